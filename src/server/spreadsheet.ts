// Thin adapters between SpreadsheetApp and src/core: whole grids in one call each, nothing per row.

import { isHeaderRow } from '../core/headers';
import type { CellValue, Link, SheetGrid, Workbook } from '../core/model';
import { type LinkCell, linkCells } from '../core/read-workbook';
import { hyperlinkFromFormula } from '../core/text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/**
 * Every tab as a grid of values, one service call per tab, with the spreadsheet's time zone (one call) so
 * dates read as the sheet shows them; the tabs holding the examples and the resources also with their
 * cells' formulas and the links in their text cells (three more calls each, see readLinksAt).
 */
export function readWorkbook(ss: Spreadsheet = activeSpreadsheet()): Workbook {
  const sheets = ss.getSheets();
  const timeZone = ss.getSpreadsheetTimeZone();
  const ranges = sheets.map((sheet) => sheet.getDataRange());
  const workbook: Workbook = sheets.map((sheet, i) => ({
    name: sheet.getName(),
    values: ranges[i].getValues() as CellValue[][],
    timeZone,
  }));
  const cells = linkCells(workbook);
  workbook.forEach((grid, i) => {
    const where = cells.get(grid.name);
    if (!where) return;
    // The reader needs the formulas too (a formula in a text cell is reported): one read serves both.
    grid.formulas = ranges[i].getFormulas();
    if (where.length) grid.links = readLinksAt(sheets[i], grid, where);
  });
  return workbook;
}

/** The links of the examples tab's example-row text cells (its formulas read too, when not yet). */
export function readTabLinks(tab: ExamplesTab): Link[][][] {
  const where = linkCells([tab.grid]).get(tab.grid.name) ?? [];
  if (where.length === 0) return [];
  tab.grid.formulas ??= tab.dataRange.getFormulas();
  return readLinksAt(tab.sheet, tab.grid, where);
}

/**
 * The links in the given cells of a tab read from its data range: HYPERLINK formulas from the grid's
 * formulas, rich text from one getRichTextValues over the cells' bounding box only, and only the text
 * cells among them asked for their runs (see cellLinks).
 */
export function readLinksAt(sheet: Sheet, grid: SheetGrid, cells: readonly LinkCell[]): Link[][][] {
  const { values } = grid;
  const formulas = grid.formulas ?? [];
  const box = boundingBox(cells);
  const rich = sheet
    .getRange(box.top + 1, box.left + 1, box.bottom - box.top + 1, box.right - box.left + 1)
    .getRichTextValues();
  const links: Link[][][] = [];
  for (const { row, column } of cells) {
    const found = cellLinks(
      formulas[row]?.[column] ?? '',
      values[row][column],
      rich[row - box.top][column - box.left],
    );
    if (found.length === 0) continue;
    links[row] ??= [];
    links[row][column] = found;
  }
  return links;
}

function boundingBox(cells: readonly LinkCell[]): {
  top: number;
  left: number;
  bottom: number;
  right: number;
} {
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let bottom = 0;
  let right = 0;
  for (const { row, column } of cells) {
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  return { top, left, bottom, right };
}

/**
 * One cell's links. Sheets keeps rich text (and so links) only on a text value, never on a number, a date
 * or a formula's result, so only text cells are asked. Their runs are the one question that finds every
 * link: getLinkUrl() on the whole value says null both for a cell with no link and for one whose link
 * covers only part of its text, so asking it first would cost a plain cell three calls instead of two.
 */
function cellLinks(formula: string, value: CellValue, rich: RichTextValue | null): Link[] {
  const fromFormula = hyperlinkFromFormula(formula);
  if (fromFormula) return [fromFormula];
  if (formula !== '' || typeof value !== 'string' || value.trim() === '' || !rich) return [];
  const runs = rich.getRuns();
  // One run is the whole text: its words are the cell's, already read with getValues.
  if (runs.length === 1) {
    const url = runs[0].getLinkUrl();
    return url ? [{ text: value.trim(), url }] : [];
  }
  const links: Link[] = [];
  for (const run of runs) {
    const url = run.getLinkUrl();
    if (url) links.push({ text: run.getText().trim(), url });
  }
  return links;
}

/**
 * The links a range's cells hold, from HYPERLINK formulas and rich text: two calls for the whole range.
 * @param formulas the range's getFormulas(), when the caller has them already (they are read once)
 */
export function readLinks(range: Range, formulas: string[][] = range.getFormulas()): Link[][][] {
  const richText = range.getRichTextValues();
  return formulas.map((row, r) =>
    row.map((formula, c) => {
      const fromFormula = hyperlinkFromFormula(formula);
      if (fromFormula) return [fromFormula];
      const links: Link[] = [];
      for (const run of richText[r][c]?.getRuns() ?? []) {
        const url = run.getLinkUrl();
        if (url) links.push({ text: run.getText().trim(), url });
      }
      return links;
    }),
  );
}

export const NO_TABLE_MESSAGE =
  'This spreadsheet has no Framework in Action table: no tab has the headers No., Name, Council, "What did the council do?" and "Type of action". To add the 53 examples, open the add-on and choose "Add the 53 examples to this spreadsheet".';

/** The examples tab as read: its grid (one getValues) and where the header is. */
export interface ExamplesTab {
  sheet: Sheet;
  grid: SheetGrid;
  /** 0-based index of the first header row in grid.values. */
  headerIndex: number;
  dataRange: Range;
}

/** The first tab with the examples headers, reading one tab at a time (one getValues each) until it is found. */
export function findExamplesTab(sheets: Sheet[] = activeSpreadsheet().getSheets()): ExamplesTab | null {
  for (const sheet of sheets) {
    const tab = readExamplesTab(sheet);
    if (tab) return tab;
  }
  return null;
}

/** A tab read with one getValues, when it holds the examples headers; null otherwise. */
export function readExamplesTab(sheet: Sheet): ExamplesTab | null {
  const dataRange = sheet.getDataRange();
  const values = dataRange.getValues() as CellValue[][];
  const headerIndex = values.findIndex(isHeaderRow);
  if (headerIndex === -1) return null;
  const timeZone = sheet.getParent().getSpreadsheetTimeZone();
  return { sheet, grid: { name: sheet.getName(), values, timeZone }, headerIndex, dataRange };
}
