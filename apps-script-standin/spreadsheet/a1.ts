// Reads and writes A1 notation ('B2', 'A1:C9', 'A:A', '2:5', "'My sheet'!A1"), Sheets' name for a range.

/** A 1-based rectangle of cells. */
export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rectToA1(rect: Rect): string {
  const start = cellA1(rect.row, rect.column);
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${cellA1(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1)}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (if any) and the cell part. */
export function splitSheetName(a1: string): { sheetName?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Parses the cell part of A1 notation; open ends (A:A, 2:5, A2:C) reach the sheet's edge. */
export function parseA1Ref(ref: string, maxRows: number, maxColumns: number): Rect {
  const [startText, endText, extra] = ref.trim().split(':');
  if (extra !== undefined || !startText) throw new Error('Range not found');
  const start = PART.exec(startText);
  const end = PART.exec(endText ?? startText);
  if (!start || !end || (!start[1] && !start[2]) || (!end[1] && !end[2])) throw new Error('Range not found');
  const c1 = start[1] ? columnNumber(start[1]) : 1;
  const r1 = start[2] ? Number(start[2]) : 1;
  const c2 = end[1] ? columnNumber(end[1]) : maxColumns;
  const r2 = end[2] ? Number(end[2]) : maxRows;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}
