// Which rows a tab hides and which marks each cell carries, worked out from the tab's snapshot.

import { parseA1Ref, type Rect } from '../../apps-script-standin/spreadsheet/a1';
import type { SheetView } from './protocol';

export type HiddenBy = 'user' | 'filter' | null;

/** Why a row is hidden: hidden by the person (hideRows), by the tab's filter, or not at all. */
export function rowHiddenBy(sheet: SheetView, filterRect: Rect | null, row: number): HiddenBy {
  if (sheet.hiddenRows?.includes(row)) return 'user';
  if (!filterRect || !sheet.filter) return null;
  if (row <= filterRect.row || row > filterRect.row + filterRect.numRows - 1) return null;
  const text = sheet.text[row - 1] ?? [];
  for (const [column, { hiddenValues }] of Object.entries(sheet.filter.criteria)) {
    if (hiddenValues.includes(text[Number(column) - 1] ?? '')) return 'filter';
  }
  return null;
}

export function rectOf(a1: string, sheet: Pick<SheetView, 'maxRows' | 'maxColumns'>): Rect | null {
  try {
    return parseA1Ref(a1, sheet.maxRows ?? 1000, sheet.maxColumns ?? 26);
  } catch {
    return null;
  }
}

export function contains(rect: Rect | null, row: number, column: number): boolean {
  return (
    rect !== null &&
    row >= rect.row &&
    row < rect.row + rect.numRows &&
    column >= rect.column &&
    column < rect.column + rect.numColumns
  );
}

/** Each cell's dropdown list, by "row:column", for the cells a data validation rule covers. */
export function dropdownLists(sheet: SheetView): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const rule of sheet.validations ?? []) {
    const rect = rectOf(rule.range, sheet);
    if (!rect) continue;
    const lastRow = Math.min(rect.row + rect.numRows - 1, MAX_ROWS);
    for (let r = rect.row; r <= lastRow; r++) {
      for (let c = rect.column; c < rect.column + rect.numColumns; c++) lists.set(`${r}:${c}`, rule.list);
    }
  }
  return lists;
}

/** How much of the tab to draw: its content and a margin, at least a screenful, at most MAX_ROWS. */
export const MAX_ROWS = 2000;

export function gridSize(sheet: SheetView): { rows: number; columns: number } {
  const contentColumns = Math.max(0, ...sheet.text.map((row) => row.length));
  const chartEdge = Math.max(0, ...(sheet.charts ?? []).map((c) => c.position.row));
  const rows = Math.min(
    MAX_ROWS,
    Math.max(30, sheet.text.length + 5, (sheet.frozenRows ?? 0) + 1, chartEdge + 10),
  );
  return { rows, columns: Math.max(10, contentColumns + 1) };
}
