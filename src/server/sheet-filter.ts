// "Show only these in the sheet" and "Show all rows": the add-on's own native filter on the examples table.

import type { SheetFilterResult } from '../core/api';
import { filterExamples, normaliseQuery } from '../core/filter';
import type { Example, Query } from '../core/model';
import { type ExamplesTable, readExamplesTable } from '../core/read-workbook';
import { fitsStore } from '../core/saved-views';
import {
  exampleRowRange,
  type FilterPlace,
  filterPlace,
  hiddenValuesFingerprint,
  planSheetFilter,
  sharedKeysMessage,
} from '../core/sheet-filter-plan';
import { allOrNothing } from './rollback';
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
}

/** The examples tab, read with one getValues(), its table, and where a filter on it goes. */
export function readExamplesSheet(): ExamplesSheet | null {
  const tab = findExamplesTab();
  if (!tab) return null;
  const table = readExamplesTable(tab.grid, tab.headerIndex);
  return { sheet: tab.sheet, table, place: filterPlace(table.location, tab.grid.values) };
}

/** Kept in document properties: enough to recognise the filter the add-on made, and nothing else. */
interface FilterRecord {
  sheetId: number;
  row: number;
  column: number;
  keyColumn: number;
  fingerprint: string;
}

const FILTER_PROPERTY = 'frameworkInAction.sheetFilter';

function parseRecord(text: string | null | undefined): FilterRecord | null {
  try {
    return JSON.parse(text ?? 'null');
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
  keyColumn: number;
  criteria: FilterCriteria;
}

/** Ours when it sits where the add-on put it and still hides exactly what the add-on told it to. */
function ourFilter(filter: Filter, sheet: Sheet, record: FilterRecord | null): OurFilter | null {
  if (!record || record.sheetId !== sheet.getSheetId()) return null;
  const range = filter.getRange();
  if (range.getRow() !== record.row || range.getColumn() !== record.column) return null;
  const criteria = filter.getColumnFilterCriteria(record.keyColumn);
  if (criteria === null || hiddenValuesFingerprint(criteria.getHiddenValues()) !== record.fingerprint)
    return null;
  return { range, keyColumn: record.keyColumn, criteria };
}

const STORE_FULL =
  'The sheet was not filtered: this spreadsheet has no room left for the add-on to note which filter is its own, so nothing was changed. Delete a saved view you no longer need (Export tab, Saved views), then try again.';
const NOT_FILTERED = 'The sheet was not filtered.';

const USER_FILTER_MESSAGE =
  'This sheet already has a filter that the add-on did not make, so the add-on has left it alone. To show only these examples, first remove that filter (Data > Remove filter), then try again.';

/**
 * Shows only the example rows matching the query, with Sheets' own filter over the table (so people
 * see it, and can clear it, in the toolbar): one criteria call on the No. column hides the other
 * examples and every repeated header, blank or title row. A filter the person made is never touched.
 * All or nothing: when Sheets stops part way, the earlier filter and the add-on's note of it are put back.
 * Called by the sidebar's Explore view ("Show only these in the sheet").
 */
export function applySheetFilter(query: Query): SheetFilterResult {
  const found = readExamplesSheet();
  if (!found) return { shown: 0, hidden: 0, filtered: false, message: NO_TABLE_MESSAGE };
  const { sheet, table, place } = found;
  const existing = sheet.getFilter();
  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperties();
  const previous = existing && ourFilter(existing, sheet, parseRecord(stored[FILTER_PROPERTY]));
  if (existing && !previous)
    return { shown: table.examples.length, hidden: 0, filtered: false, message: USER_FILTER_MESSAGE };
  const { range } = place;
  const keys =
    range.numRows > 1
      ? sheet
          .getRange(range.row + 1, place.keyColumn, range.numRows - 1, 1)
          .getDisplayValues()
          .map((r) => r[0])
      : [];
  const matching = filterExamples(table.examples, normaliseQuery(query));
  const plan = planSheetFilter(place, keys, table.examples, matching);
  const record = JSON.stringify({
    sheetId: sheet.getSheetId(),
    row: range.row,
    column: range.column,
    keyColumn: place.keyColumn,
    fingerprint: hiddenValuesFingerprint(plan.hiddenValues),
  } satisfies FilterRecord);
  if (!fitsStore(stored, FILTER_PROPERTY, record))
    return { shown: table.examples.length, hidden: 0, filtered: false, message: STORE_FULL };
  allOrNothing(NOT_FILTERED, (undo) => {
    // The record first: a filter is never left that the add-on would not know as its own.
    const before = stored[FILTER_PROPERTY];
    undo.add(() =>
      before === undefined
        ? properties.deleteProperty(FILTER_PROPERTY)
        : properties.setProperty(FILTER_PROPERTY, before),
    );
    properties.setProperty(FILTER_PROPERTY, record);
    if (existing && previous) {
      existing.remove();
      undo.add(() =>
        previous.range
          .createFilter()
          .setColumnFilterCriteria(previous.keyColumn, previous.criteria.copy().build()),
      );
    }
    const criteria = SpreadsheetApp.newFilterCriteria().setHiddenValues(plan.hiddenValues).build();
    const filter = sheet.getRange(range.row, range.column, range.numRows, range.numColumns).createFilter();
    undo.add(() => filter.remove());
    filter.setColumnFilterCriteria(place.keyColumn, criteria);
  });
  const message = sharedKeysMessage(plan, place);
  const first = selectFirst(sheet, place, matching);
  return {
    shown: plan.shown,
    hidden: plan.hidden,
    filtered: true,
    ...first,
    ...(message ? { message } : {}),
  };
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
 * Removes the add-on's filter, and only it: a filter the person made stays, and the sidebar says so.
 * Called by the sidebar's Explore view ("Show all rows").
 */
export function clearSheetFilter(): SheetFilterResult {
  const found = readExamplesSheet();
  if (!found) return { shown: 0, hidden: 0, filtered: false, message: NO_TABLE_MESSAGE };
  const { sheet, table } = found;
  const existing = sheet.getFilter();
  const properties = PropertiesService.getDocumentProperties();
  const shown = table.examples.length;
  if (existing && !ourFilter(existing, sheet, readRecord()))
    return {
      shown,
      hidden: 0,
      filtered: false,
      message:
        'The sheet has a filter that the add-on did not make, so some rows may still be hidden. Remove it with Data > Remove filter if you want to see every row.',
    };
  existing?.remove();
  properties.deleteProperty(FILTER_PROPERTY);
  return { shown, hidden: 0, filtered: false };
}
