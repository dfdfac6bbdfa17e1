// Looking at cells of the stand-in's workbook after an operation, for the Contribute server tests.

import type { StandIn } from '../../apps-script-standin/index';

export const EXAMPLES = 'Framework in Action';
/** Example 1 (Kirklees Democracy Commission) sits on row 83 of the seed's examples tab; example 53 on row 233. */
export const FIRST_EXAMPLE_ROW = 83;
export const LAST_EXAMPLE_ROW = 233;

interface CellView {
  value: unknown;
  formula: string;
  note: string;
  background: string;
}

// biome-ignore lint/suspicious/noExplicitAny: the stand-in's globals are untyped Apps Script objects
type Any = any;

/** A cell's value, formula, note and background, read after the operation under test. */
export function cellAt(standIn: StandIn, a1: string, sheet = EXAMPLES): CellView {
  const range = (standIn.globals.SpreadsheetApp as Any)
    .getActiveSpreadsheet()
    .getSheetByName(sheet)
    .getRange(a1);
  return {
    value: range.getValue(),
    formula: range.getFormula(),
    note: range.getNote(),
    background: range.getBackground(),
  };
}

/** Every formula on a tab (for "no formula was written"). */
export function formulasOf(standIn: StandIn, sheet = EXAMPLES): string[] {
  const tab = (standIn.globals.SpreadsheetApp as Any).getActiveSpreadsheet().getSheetByName(sheet);
  return (tab.getDataRange().getFormulas() as string[][]).flat().filter((f) => f !== '');
}

/** The values of one row of a tab, as getValues gives them. */
export function rowValues(standIn: StandIn, row: number, sheet = EXAMPLES): unknown[] {
  const tab = (standIn.globals.SpreadsheetApp as Any).getActiveSpreadsheet().getSheetByName(sheet);
  return tab.getRange(row, 1, 1, 14).getValues()[0];
}

/** Only the calls that read or write the sheet's cells, the ones that grow with a careless loop. */
export function cellCalls(standIn: StandIn): Record<string, number> {
  return Object.fromEntries(
    Object.entries(standIn.calls.byMethod()).filter(([name]) =>
      /^Range\.(get|set)(Values|Notes|Backgrounds|Formulas|RichTextValues?|DataValidations)$/.test(name),
    ),
  );
}
