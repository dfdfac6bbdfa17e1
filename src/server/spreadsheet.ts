// Thin adapters between SpreadsheetApp and src/core: whole grids in one call each, nothing per row.

import type { CellValue, Link, Workbook } from '../core/model';
import { catalogueSheetNames } from '../core/read-workbook';
import { hyperlinkFromFormula } from '../core/text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/**
 * Every tab as a grid of values, one service call per tab; the tabs holding the examples and the
 * resources also with their cells' links (two more calls each).
 */
export function readWorkbook(ss: Spreadsheet = activeSpreadsheet()): Workbook {
  const sheets = ss.getSheets();
  const ranges = sheets.map((sheet) => sheet.getDataRange());
  const workbook: Workbook = sheets.map((sheet, i) => ({
    name: sheet.getName(),
    values: ranges[i].getValues() as CellValue[][],
  }));
  const withLinks = new Set(catalogueSheetNames(workbook));
  workbook.forEach((grid, i) => {
    if (withLinks.has(grid.name)) grid.links = readLinks(ranges[i]);
  });
  return workbook;
}

/** The links a range's cells hold, from HYPERLINK formulas and rich text: two calls for the whole range. */
export function readLinks(range: Range): Link[][][] {
  const formulas = range.getFormulas();
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
