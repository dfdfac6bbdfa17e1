// Turns the spreadsheet's text export (tabs between cells, one line a row) back into a workbook.

import type { CellValue, Workbook } from './model';
import { cellText, foldForMatch } from './text';

export const EXAMPLES_TAB = 'Framework in Action';
export const RESOURCES_TAB = 'Useful Resources';
export const KEY_TAB = 'Key';

/**
 * The export holds three tabs one after another: the examples tab (preamble and page-broken table),
 * the Useful Resources table, then the principle key. Cells stay exactly as exported, numbers as numbers.
 */
export function workbookFromExportText(text: string): Workbook {
  const rows = text.replace(/\r\n?/g, '\n').split('\n').map(splitRow);
  const resourcesAt = rows.findIndex((cells) => {
    const folded = cells.map((c) => foldForMatch(cellText(c)));
    return folded[0] === 'resource' && folded.includes('summary');
  });
  const keyAt = rows.findIndex((cells, i) => i > resourcesAt && /^- \[\d\]/.test(cellText(cells[0])));
  const examplesEnd = resourcesAt === -1 ? rows.length : resourcesAt;
  const resourcesEnd = keyAt === -1 ? rows.length : keyAt;
  const tabs: Workbook = [
    { name: EXAMPLES_TAB, values: rectangle(trimBlankTail(rows.slice(0, examplesEnd))) },
  ];
  if (resourcesAt !== -1) {
    tabs.push({
      name: RESOURCES_TAB,
      values: rectangle(trimBlankTail(rows.slice(resourcesAt, resourcesEnd))),
    });
  }
  if (keyAt !== -1) tabs.push({ name: KEY_TAB, values: rectangle(trimBlankTail(rows.slice(keyAt))) });
  return tabs;
}

function splitRow(line: string): CellValue[] {
  return line.split('\t').map((cell) => (/^-?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell) : cell));
}

function trimBlankTail(rows: CellValue[][]): CellValue[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((c) => cellText(c).trim() === '')) end--;
  return rows.slice(0, end);
}

/** Sheets are rectangles: every row padded with '' to the widest. */
function rectangle(rows: CellValue[][]): CellValue[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill('')]);
}
