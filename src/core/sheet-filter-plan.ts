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
  /** The column whose values the criteria hide: No., or Name when the table has no No. column. */
  keyColumn: number;
  keyHeader: 'No.' | 'Name';
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
    keyColumn: location.columns.id || location.columns.name,
    keyHeader: location.columns.id ? 'No.' : 'Name',
  };
}

/** The range of one example's row across the table's columns: what "Show in sheet" selects. */
export function exampleRowRange(place: FilterPlace, row: number): GridRange {
  return { row, column: place.range.column, numRows: 1, numColumns: place.range.numColumns };
}

export interface SheetFilterPlan {
  /** The values of the key column to hide, for one newFilterCriteria().setHiddenValues(…) call. */
  hiddenValues: string[];
  /** Example rows the sheet shows once the filter is on. */
  shown: number;
  /** Example rows it hides. */
  hidden: number;
  /** Key values of examples left in view only because a matching example has the same value. */
  sharedKeys: string[];
}

/**
 * Hides every row below the filter's header whose key value no matching example has: the other
 * examples, repeated headers, blank and title rows alike. A filter hides by value, so an example that
 * shares its No. with a matching one stays in view (never the other way round: a match is never hidden).
 * @param keys the key column's displayed values, from the row below the filter's header to its last row
 */
export function planSheetFilter(
  place: FilterPlace,
  keys: readonly string[],
  examples: readonly Example[],
  matching: readonly Example[],
): SheetFilterPlan {
  const keyAt = (row: number) => keys[row - place.range.row - 1] ?? '';
  const kept = new Set(matching.map((e) => keyAt(e.row)));
  const hiddenValues = [...new Set(keys.filter((k) => !kept.has(k)))];
  const matchingRows = new Set(matching.map((e) => e.row));
  const sharedKeys = new Set<string>();
  let shown = 0;
  for (const example of examples) {
    const key = keyAt(example.row);
    if (!kept.has(key)) continue;
    shown++;
    if (!matchingRows.has(example.row)) sharedKeys.add(key);
  }
  return { hiddenValues, shown, hidden: examples.length - shown, sharedKeys: [...sharedKeys] };
}

/** What a person must know about a filter that shows more than the matches; undefined when nothing. */
export function sharedKeysMessage(plan: SheetFilterPlan, place: FilterPlace): string | undefined {
  if (!plan.sharedKeys.length) return undefined;
  const list = plan.sharedKeys.slice(0, 5).join(', ');
  return `Some other examples stay in view because they have the same ${place.keyHeader} as a matching one (${place.keyHeader} ${list}). Give each example its own ${place.keyHeader} to filter them apart.`;
}

/**
 * A short fingerprint of a hidden-values list, kept in document properties (too small for the list
 * itself) so the add-on recognises its own filter, and leaves one a person changed or made alone.
 */
export function hiddenValuesFingerprint(values: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const value of [...values].sort()) {
    for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ 0x1f, 0x01000193) >>> 0;
  }
  return `${values.length}:${hash.toString(16)}`;
}

/** A1 notation of a grid range, e.g. "A12:N12". */
export function rangeA1(range: GridRange): string {
  const start = a1(range.row, range.column);
  const end = a1(range.row + range.numRows - 1, range.column + range.numColumns - 1);
  return start === end ? start : `${start}:${end}`;
}
