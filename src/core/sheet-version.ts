// A short fingerprint of the sheet as the sidebar last read it, so a cheap check can tell whether it changed.

import type { CellValue, SheetGrid, TableLocation, Workbook } from './model';

/**
 * What the fingerprint covers: the examples tab's size, its header row, its No. column and the stamp
 * onEdit leaves on every edit a person makes. The No. column catches what onEdit never sees (a sort, rows
 * inserted or deleted, a script's change to the numbers); the stamp catches edits to any other cell.
 */
export interface TableShape {
  sheet: string;
  lastRow: number;
  lastColumn: number;
  header: readonly CellValue[];
  /** The No. column below the first header row, blank and repeated-header rows included. */
  keys: readonly CellValue[];
  editStamp: string;
}

/** Without an examples table there is less to follow: the tabs' names and the edit stamp. */
export interface NoTableShape {
  sheets: readonly string[];
  editStamp: string;
}

/** A cell as text that keeps its type, so 7 and "7" or a date and its text differ. */
function cellKey(value: CellValue): string {
  // Dates cross a vm or iframe boundary, where instanceof Date fails: test for getTime instead.
  if (typeof value === 'object' && value !== null && typeof value.getTime === 'function')
    return `d${value.getTime()}`;
  return `${(typeof value)[0]}${String(value)}`;
}

/** FNV-1a over the text, 32 bits, from a given start: two starts make a 64-bit digest. */
function fnv(text: string, start: number): string {
  let hash = start >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** A digest of many cells: short enough to send on every check, and different when any cell is. */
export function cellsDigest(cells: readonly CellValue[]): string {
  const text = cells.map(cellKey).join('\u0000');
  return `${text.length.toString(36)}.${fnv(text, 0x811c9dc5)}.${fnv(text, 0x01234567)}`;
}

/** The version string of a shape: equal versions mean the sidebar's examples are still the sheet's. */
export function sheetVersion(shape: TableShape | NoTableShape): string {
  if ('sheets' in shape) return JSON.stringify(['none', shape.sheets, shape.editStamp]);
  return JSON.stringify([
    'table',
    shape.sheet,
    shape.lastRow,
    shape.lastColumn,
    cellsDigest(shape.header),
    cellsDigest(shape.keys),
    shape.editStamp,
  ]);
}

/**
 * The shape of the examples tab from a full read of it (its getDataRange grid: lastRow × lastColumn),
 * so the version sent with a fresh catalogue equals what the cheap check computes from the same sheet.
 */
export function tableShape(grid: SheetGrid, table: TableLocation, editStamp: string): TableShape {
  const { values } = grid;
  return {
    sheet: grid.name,
    lastRow: values.length,
    lastColumn: values[0]?.length ?? 0,
    header: values[table.headerRow - 1] ?? [],
    keys: values.slice(table.headerRow).map((row) => row[table.columns.id - 1] ?? ''),
    editStamp,
  };
}

/** The version of a workbook just read, whose catalogue found the table at `table` (or none). */
export function workbookVersion(workbook: Workbook, table: TableLocation | null, editStamp: string): string {
  const grid = table && workbook.find((g) => g.name === table.sheet);
  if (!table || !grid) return sheetVersion({ sheets: workbook.map((g) => g.name), editStamp });
  return sheetVersion(tableShape(grid, table, editStamp));
}
