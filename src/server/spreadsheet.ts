// Thin adapters between SpreadsheetApp and src/core: whole grids in one call each, nothing per row.

import { isHeaderRow } from '../core/headers';
import type { CellValue, Link, SheetGrid, Workbook } from '../core/model';
import { catalogueSheetNames } from '../core/read-workbook';
import { hyperlinkFromFormula } from '../core/text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/**
 * Every tab as a grid of values, one service call per tab, with the spreadsheet's time zone (one call) so
 * dates read as the sheet shows them; the tabs holding the examples and the resources also with their
 * cells' formulas and links (two more calls each).
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
  const withLinks = new Set(catalogueSheetNames(workbook));
  workbook.forEach((grid, i) => {
    if (!withLinks.has(grid.name)) return;
    // The reader needs the formulas too (a formula in a text cell is reported): one read serves both.
    grid.formulas = ranges[i].getFormulas();
    grid.links = readLinks(ranges[i], grid.formulas);
  });
  return workbook;
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
