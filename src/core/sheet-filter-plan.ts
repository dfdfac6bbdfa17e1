// What "Show only these in the sheet" hides: the native filter's range and the one column's hidden values.

import { isHeaderFragment, mappedColumns } from './headers';
import type { CellValue, Example, TableLocation } from './model';
import { a1 } from './text';

/** A block of cells, 1-based, as Sheet.getRange(row, column, numRows, numColumns) takes it. */
export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Where the filter goes and which column its criteria read. */
export interface FilterPlace {
  /** From the table's (last) header row to its last row, across the table's columns. */
  range: GridRange;
  /**
   * The columns the add-on's criteria may hide by, in the order tried: No., then Name. A person's own
   * criteria on any other column of the filter are theirs and kept.
   */
  keyColumns: number[];
}

/**
 * The filter's place in a table. When the header spans two rows (the merged "Which framework
 * principles…" title above the principle names), the filter starts on the second, so both stay in view.
 */
export function filterPlace(location: TableLocation, values: readonly (readonly CellValue[])[]): FilterPlace {
  const columns = [...mappedColumns(location.columns)];
  const first = Math.min(...columns);
  const last = Math.max(location.columns.width, ...columns);
  const below = values[location.headerRow];
  const headerRow = below && isHeaderFragment(below) ? location.headerRow + 1 : location.headerRow;
  const lastRow = Math.max(location.lastRow, headerRow);
  return {
    range: { row: headerRow, column: first, numRows: lastRow - headerRow + 1, numColumns: last - first + 1 },
    keyColumns: [...new Set([location.columns.id, location.columns.name].filter((c) => c > 0))],
  };
}

/** The range of one example's row across the table's columns: what "Show in sheet" selects. */
export function exampleRowRange(place: FilterPlace, row: number): GridRange {
  return { row, column: place.range.column, numRows: 1, numColumns: place.range.numColumns };
}

/** An example the filter leaves in view although it does not match, or hides although it does. */
export interface UnfilteredExample {
  id: string;
  name: string;
  row: number;
}

export interface SheetFilterPlan {
  /** Per key column (1-based), the values to hide: one newFilterCriteria().setHiddenValues(…) each. */
  hiddenValues: Record<number, string[]>;
  /** Example rows the sheet shows once the filter is on. */
  shown: number;
  /** Example rows it hides. */
  hidden: number;
  /** Examples that do not match but stay in view: Sheets' filter cannot tell them from a match. */
  notHidden: UnfilteredExample[];
}

/**
 * Hides every row below the filter's header that is not a matching example: the other examples,
 * repeated headers, blank and title rows. Sheets' filter hides by value, and a row stays in view only
 * when every column's criteria lets it through; so it hides by No. first and, when an example shares
 * its No. (or has none) with a match, by Name as well. A match is never hidden; an example that has
 * both the No. and the name of a match stays in view and is listed.
 * @param keys for each key column, its displayed values from the row below the filter's header to its last row
 */
export function planSheetFilter(
  place: FilterPlace,
  keys: Record<number, readonly string[]>,
  examples: readonly Example[],
  matching: readonly Example[],
): SheetFilterPlan {
  const columns = Object.keys(keys).map(Number);
  const first = place.range.row + 1;
  const keyAt = (column: number, row: number) => keys[column][row - first] ?? '';
  const matchingRows = new Set(matching.map((e) => e.row));
  const rows = Array.from({ length: place.range.numRows - 1 }, (_, i) => first + i);
  const kept = new Map(columns.map((c) => [c, new Set(matching.map((e) => keyAt(c, e.row)))]));
  const inView = (row: number, used: readonly number[]) => used.every((c) => kept.get(c)?.has(keyAt(c, row)));
  // The fewest columns that leave nothing but the matches in view: one criteria call each.
  let used = columns.slice(0, 1);
  for (const column of columns.slice(1))
    if (rows.some((row) => !matchingRows.has(row) && inView(row, used))) used = [...used, column];
  const hiddenValues: Record<number, string[]> = {};
  for (const c of used)
    hiddenValues[c] = [...new Set(rows.map((row) => keyAt(c, row)).filter((k) => !kept.get(c)?.has(k)))];
  const notHidden = examples
    .filter((e) => !matchingRows.has(e.row) && inView(e.row, used))
    .map((e) => ({ id: e.id, name: e.name, row: e.row }));
  const shown = matching.length + notHidden.length;
  return { hiddenValues, shown, hidden: examples.length - shown, notHidden };
}

/** What a person must know about a filter that shows more than the matches; undefined when nothing. */
export function notHiddenMessage(plan: SheetFilterPlan): string | undefined {
  const count = plan.notHidden.length;
  if (count === 0) return undefined;
  const listed = plan.notHidden
    .slice(0, 5)
    .map((e) => `${e.id ? `No. ${e.id}` : 'no No.'} "${e.name}" (row ${e.row})`)
    .join('; ');
  const more = count > 5 ? `; and ${count - 5} more` : '';
  const them = count === 1 ? 'It has' : 'They have';
  return `${count === 1 ? '1 example that does not match stays' : `${count} examples that do not match stay`} in view: ${listed}${more}. ${them} the same No. and name as a matching example, so the sheet's filter cannot hide ${count === 1 ? 'it' : 'them'}. Give each example its own No. to filter them apart.`;
}

/** A1 notation of a grid range, e.g. "A12:N12". */
export function rangeA1(range: GridRange): string {
  const start = a1(range.row, range.column);
  const end = a1(range.row + range.numRows - 1, range.column + range.numColumns - 1);
  return start === end ? start : `${start}:${end}`;
}
