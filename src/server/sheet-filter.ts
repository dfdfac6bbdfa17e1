// "Show only these in the sheet" and "Show all rows": the add-on's own native filter on the examples table.

import type { SheetFilterResult } from '../core/api';
import { filterExamples, normaliseQuery } from '../core/filter';
import { isHeaderFragment, mappedColumns } from '../core/headers';
import type { Example, Query } from '../core/model';
import { type ExamplesTable, readExamplesTable } from '../core/read-workbook';
import { fitsStore } from '../core/saved-views';
import {
  exampleRowRange,
  type FilterPlace,
  filterPlace,
  notHiddenMessage,
  planSheetFilter,
} from '../core/sheet-filter-plan';
import { cellText } from '../core/text';
import { allOrNothing, type UndoList } from './rollback';
import { findExamplesTab, NO_TABLE_MESSAGE } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Filter = GoogleAppsScript.Spreadsheet.Filter;
type FilterCriteria = GoogleAppsScript.Spreadsheet.FilterCriteria;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The tab holding the examples table, read with one getValues(), and where a filter on it goes. */
export interface ExamplesSheet {
  sheet: Sheet;
  table: ExamplesTable;
  place: FilterPlace;
  /** The header row's text by column (the row below where a principle's name sits there), for messages. */
  headers: string[];
}

/** The examples tab, read with one getValues(), its table, and where a filter on it goes. */
export function readExamplesSheet(): ExamplesSheet | null {
  const tab = findExamplesTab();
  if (!tab) return null;
  const table = readExamplesTable(tab.grid, tab.headerIndex);
  const [top = [], below = []] = [tab.grid.values[tab.headerIndex], tab.grid.values[tab.headerIndex + 1]];
  const headers = top.map(
    (cell, c) => cellText(cell).trim() || (isHeaderFragment(below) ? cellText(below[c]).trim() : ''),
  );
  return { sheet: tab.sheet, table, place: filterPlace(table.location, tab.grid.values), headers };
}

/**
 * Kept in document properties: where the add-on put its filter and which columns its criteria use.
 * The filter is known as the add-on's by this note alone (its place on the tab), never by reading back
 * the hidden values it set: Google does not document that getHiddenValues gives back what was set.
 */
interface FilterRecord {
  sheetId: number;
  row: number;
  column: number;
  keyColumns: number[];
}

const FILTER_PROPERTY = 'frameworkInAction.sheetFilter';

function parseRecord(text: string | null | undefined): FilterRecord | null {
  try {
    const record = JSON.parse(text ?? 'null') as Partial<FilterRecord> | null;
    if (!record || typeof record.sheetId !== 'number') return null;
    // A note from before keyColumns: its one column was keyColumn.
    const legacy = (record as { keyColumn?: unknown }).keyColumn;
    const keyColumns = Array.isArray(record.keyColumns)
      ? record.keyColumns
      : typeof legacy === 'number'
        ? [legacy]
        : [];
    return { sheetId: record.sheetId, row: Number(record.row), column: Number(record.column), keyColumns };
  } catch {
    return null;
  }
}

function readRecord(): FilterRecord | null {
  return parseRecord(PropertiesService.getDocumentProperties().getProperty(FILTER_PROPERTY));
}

/** The add-on's filter as it stands: enough to make it again if a change to it stops part way. */
interface OurFilter {
  range: Range;
  /** Every column's criteria, the add-on's and a person's, by column. */
  criteria: Map<number, FilterCriteria>;
  keyColumns: number[];
}

/**
 * Ours when it sits where the add-on noted it put its own. Then its criteria are read, one call per
 * column with a header (a person filters by a column they can name), so a wide tab costs no more.
 */
function ourFilter(filter: Filter, found: ExamplesSheet, record: FilterRecord | null): OurFilter | null {
  if (!record || record.sheetId !== found.sheet.getSheetId()) return null;
  const range = filter.getRange();
  if (range.getRow() !== record.row || range.getColumn() !== record.column) return null;
  const criteria = new Map<number, FilterCriteria>();
  const headed = new Set([...mappedColumns(found.table.location.columns), ...record.keyColumns]);
  for (const c of [...headed].sort((a, b) => a - b)) {
    if (c < range.getColumn() || c > range.getLastColumn()) continue;
    const set = filter.getColumnFilterCriteria(c);
    if (set) criteria.set(c, set);
  }
  return { range, criteria, keyColumns: record.keyColumns };
}

/** A person's own criteria on the add-on's filter: every column but the ones the add-on hides by. */
function personCriteria(ours: OurFilter | null): Map<number, FilterCriteria> {
  return new Map([...(ours?.criteria ?? [])].filter(([c]) => !ours?.keyColumns.includes(c)));
}

const STORE_FULL =
  'The sheet was not filtered: this spreadsheet has no room left for the add-on to note which filter is its own, so nothing was changed. Delete a saved view you no longer need (Export tab, Saved views), then try again.';
const NOT_FILTERED = 'The sheet was not filtered.';

const USER_FILTER_MESSAGE =
  'This sheet already has a filter that the add-on did not make, so the add-on has left it alone. To show only these examples, first remove that filter (Data > Remove filter), then try again.';

/**
 * Shows only the example rows matching the query, with Sheets' own filter over the table (so people
 * see it, and can clear it, in the toolbar): criteria on the No. column (and on Name when No. alone
 * cannot tell the matches apart) hide the other examples and every repeated header, blank or title
 * row. A filter the person made is never touched; criteria a person added to the add-on's filter on
 * other columns are kept. All or nothing: when Sheets stops part way, the earlier filter and the
 * add-on's note of it are put back.
 * Called by the sidebar's Explore view ("Show only these in the sheet").
 */
export function applySheetFilter(query: Query): SheetFilterResult {
  const found = readExamplesSheet();
  if (!found) return { shown: 0, hidden: 0, filtered: false, message: NO_TABLE_MESSAGE };
  const { sheet, table, place } = found;
  const existing = sheet.getFilter();
  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperties();
  const previous = existing && ourFilter(existing, found, parseRecord(stored[FILTER_PROPERTY]));
  if (existing && !previous)
    return { shown: table.examples.length, hidden: 0, filtered: false, message: USER_FILTER_MESSAGE };
  const matching = filterExamples(table.examples, normaliseQuery(query));
  const plan = planSheetFilter(place, readKeys(sheet, place), table.examples, matching);
  const { range } = place;
  const keyColumns = Object.keys(plan.hiddenValues).map(Number);
  const record = JSON.stringify({
    sheetId: sheet.getSheetId(),
    row: range.row,
    column: range.column,
    keyColumns,
  } satisfies FilterRecord);
  if (!fitsStore(stored, FILTER_PROPERTY, record))
    return { shown: table.examples.length, hidden: 0, filtered: false, message: STORE_FULL };
  const lastColumn = range.column + range.numColumns - 1;
  const kept = [...personCriteria(previous ?? null)].filter(
    ([c]) => c >= range.column && c <= lastColumn && !keyColumns.includes(c),
  );
  allOrNothing(NOT_FILTERED, (undo) => {
    // The record first: a filter is never left that the add-on would not know as its own.
    const before = stored[FILTER_PROPERTY];
    undo.add(() =>
      before === undefined
        ? properties.deleteProperty(FILTER_PROPERTY)
        : properties.setProperty(FILTER_PROPERTY, before),
    );
    properties.setProperty(FILTER_PROPERTY, record);
    const newCriteria = (column: number) =>
      SpreadsheetApp.newFilterCriteria().setHiddenValues(plan.hiddenValues[column]).build();
    if (existing && previous && sameRange(previous.range, range)) {
      updateInPlace(existing, previous, keyColumns, newCriteria, undo);
      return;
    }
    if (existing && previous) {
      existing.remove();
      // Made again from what Sheets reports: exact as far as getHiddenValues gives back what was set.
      undo.add(() => {
        const again = previous.range.createFilter();
        for (const [c, criteria] of previous.criteria)
          again.setColumnFilterCriteria(c, criteria.copy().build());
      });
    }
    const filter = sheet.getRange(range.row, range.column, range.numRows, range.numColumns).createFilter();
    undo.add(() => filter.remove());
    for (const column of keyColumns) filter.setColumnFilterCriteria(column, newCriteria(column));
    for (const [column, criteria] of kept) filter.setColumnFilterCriteria(column, criteria.copy().build());
  });
  const messages = [
    notHiddenMessage(plan),
    keptMessage(
      kept.map(([c]) => c),
      found,
    ),
  ].filter(Boolean);
  const first = selectFirst(sheet, place, matching);
  return {
    shown: plan.shown,
    hidden: plan.hidden,
    filtered: true,
    ...first,
    ...(plan.notHidden.length ? { notHidden: plan.notHidden } : {}),
    ...(messages.length ? { message: messages.join(' ') } : {}),
  };
}

/** Whether the add-on's filter already covers exactly where the new one goes. */
function sameRange(range: Range, place: FilterPlace['range']): boolean {
  return (
    range.getRow() === place.row &&
    range.getColumn() === place.column &&
    range.getNumRows() === place.numRows &&
    range.getNumColumns() === place.numColumns
  );
}

/**
 * Scrolls to and selects the first matching row (the grid would otherwise stay where it was, often on the
 * preamble, and nothing would seem to happen): one getRange and one activate, whatever the size.
 */
function selectFirst(sheet: Sheet, place: FilterPlace, matching: readonly Example[]): { firstRow?: number } {
  const first = matching[0];
  if (!first) return {};
  const where = exampleRowRange(place, first.row);
  sheet.getRange(where.row, where.column, where.numRows, where.numColumns).activate();
  return { firstRow: first.row };
}

/**
 * The add-on's filter where it already is: only its own columns' criteria change, so a person's criteria
 * stay untouched, and a call that fails part way leaves the filter as it was (each step taken back).
 */
function updateInPlace(
  filter: Filter,
  previous: OurFilter,
  keyColumns: readonly number[],
  newCriteria: (column: number) => FilterCriteria,
  undo: UndoList,
): void {
  for (const column of [...new Set([...previous.keyColumns, ...keyColumns])]) {
    const before = previous.criteria.get(column) ?? null;
    if (keyColumns.includes(column)) filter.setColumnFilterCriteria(column, newCriteria(column));
    else if (before) filter.removeColumnFilterCriteria(column);
    else continue;
    undo.add(() =>
      before
        ? filter.setColumnFilterCriteria(column, before.copy().build())
        : filter.removeColumnFilterCriteria(column),
    );
  }
}

/** The key columns' shown values below the filter's header: one call across them. */
function readKeys(sheet: Sheet, place: FilterPlace): Record<number, string[]> {
  const { range, keyColumns } = place;
  if (keyColumns.length === 0 || range.numRows < 2) return Object.fromEntries(keyColumns.map((c) => [c, []]));
  const first = Math.min(...keyColumns);
  const width = Math.max(...keyColumns) - first + 1;
  const shown = sheet.getRange(range.row + 1, first, range.numRows - 1, width).getDisplayValues();
  return Object.fromEntries(keyColumns.map((c) => [c, shown.map((row) => row[c - first])]));
}

/** Says which of a person's own criteria on the add-on's filter are still on, naming their columns. */
function keptMessage(columns: number[], found: ExamplesSheet): string | undefined {
  if (columns.length === 0) return undefined;
  const header = found.headers;
  const names = columns.map((c) => `"${header[c - 1] || `column ${c}`}"`).join(', ');
  return `Your own filter settings on ${names} are still on, so they may hide some of these examples too.`;
}

/**
 * Removes the add-on's criteria, and only them: a filter the person made stays, and the sidebar says
 * so; when a person added criteria of their own to the add-on's filter, those stay on.
 * Called by the sidebar's Explore view ("Show all rows").
 */
export function clearSheetFilter(): SheetFilterResult {
  const found = readExamplesSheet();
  if (!found) return { shown: 0, hidden: 0, filtered: false, message: NO_TABLE_MESSAGE };
  const { sheet, table } = found;
  const existing = sheet.getFilter();
  const properties = PropertiesService.getDocumentProperties();
  const shown = table.examples.length;
  const ours = existing && ourFilter(existing, found, readRecord());
  if (existing && !ours)
    return {
      shown,
      hidden: 0,
      filtered: false,
      message:
        'The sheet has a filter that the add-on did not make, so some rows may still be hidden. Remove it with Data > Remove filter if you want to see every row.',
    };
  const theirs = [...personCriteria(ours ?? null).keys()];
  if (existing && ours && theirs.length > 0) {
    // The filter stays for the person's own criteria (and stays known as the add-on's, to keep them next time).
    for (const column of ours.keyColumns)
      if (ours.criteria.has(column)) existing.removeColumnFilterCriteria(column);
    return { shown, hidden: 0, filtered: false, message: keptMessage(theirs, found) };
  }
  existing?.remove();
  properties.deleteProperty(FILTER_PROPERTY);
  return { shown, hidden: 0, filtered: false };
}
