// "Add an example": a contributor's draft checked again on the server and written into the table's own columns under the document lock.

import type { AddExampleResult } from '../core/api';
import { descriptionWithLinks, draftFrom, type ExampleDraft, nextExampleNumber } from '../core/draft';
import { asSheetText } from '../core/formula-safety';
import type { CellValue, ColumnMap, ExampleField, Problem, SheetGrid } from '../core/model';
import { readExample, readExamplesTable } from '../core/read-workbook';
import { a1, cellText } from '../core/text';
import { columnMapsByRow, hasErrors, validateDraft } from '../core/validate';
import {
  type ColumnRun,
  descriptionTooLong,
  isFreeRow,
  type MissingColumn,
  mayPutTypeRule,
  missingColumnMessage,
  missingColumns,
  type Refusal,
  refusal,
  refusalMessage,
  rowRuns,
  runTexts,
} from '../core/write-plan';
import { withDocumentLock } from './lock';
import { allOrNothing, type UndoList } from './rollback';
import { type ExamplesTab, findExamplesTab, NO_TABLE_MESSAGE, readLinks } from './spreadsheet';
import { ruleInfo, typeRule } from './validation-marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const NOT_ADDED = 'The example was not added.';

export const LOCK_BUSY_MESSAGE = 'Someone else is adding an example. Try again in a moment.';

const NOT_A_DRAFT =
  'The example did not arrive as a filled-in form, so nothing was added. Close and reopen the add-on, then fill in the form again.';

/**
 * Checks the draft with the same rules as the form and, when it has no errors and the sheet can take
 * it (every column it needs is there, no council's strict rule refuses a value), writes it just below
 * the last example with the next free No., under the document lock; nothing is written otherwise, nor
 * left behind when Sheets stops part way. Returns the example as read back from the sheet.
 * Called by the sidebar's Add view when the person presses "Add example".
 */
export function addExample(draft: ExampleDraft): AddExampleResult {
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft))
    return refused([formProblem(NOT_A_DRAFT)], NOT_A_DRAFT);
  const clean = draftFrom(draft);
  const tooLong = descriptionTooLong(clean);
  if (tooLong) return refused([formProblem(tooLong, 'description')], tooLong);
  return withDocumentLock(
    () => appendExample(clean),
    () => refused([formProblem(LOCK_BUSY_MESSAGE)], LOCK_BUSY_MESSAGE),
  );
}

function appendExample(draft: ExampleDraft): AddExampleResult {
  const tab = findExamplesTab();
  if (!tab) return refused([formProblem(NO_TABLE_MESSAGE)], NO_TABLE_MESSAGE);
  const table = readExamplesTable(tab.grid, tab.headerIndex);
  // The reader's last row is the last that holds an example: checkboxes and lists below do not count.
  const last = table.location.lastRow;
  const columns = columnMapsByRow(tab.grid, tab.headerIndex)(last - 1);
  const missing = missingColumns(draft, columns);
  if (missing.length > 0) return missingRefused(missing, tab, table.location.headerRow);
  const problems = validateDraft(draft, { examples: table.examples, table: { ...table.location, columns } });
  if (hasErrors(problems))
    return refused(problems, 'There is a problem with the example: nothing was added.');
  const id = nextExampleNumber(table.examples.map((e) => e.id));
  const place = placeNewRow(tab, last, columns);
  const ruled = strictRuleRefusal(tab, place, columns, rowRuns(draft, columns, id));
  if (ruled) return ruled;
  const { sheet } = tab;
  return allOrNothing(
    NOT_ADDED,
    (undo) => {
      makeRoom(sheet, place, undo);
      // The formats of the row as it now is (a put-in row may take them from the row above): one call.
      const formats = sheet.getRange(place.row, 1, 1, Math.max(columns.width, 1)).getNumberFormats()[0];
      for (const run of rowRuns(draft, columns, id, formats)) writeRun(sheet, place, run, undo);
      writeLinks(sheet, place.row, columns.description, draft);
      putTypeRule(sheet, place, columns.type, undo);
      const example = readBack(sheet, tab, place.row, columns);
      const moved = place.insert
        ? ' A row was put in there for it, so what was below the table stays as it was.'
        : '';
      return {
        ok: true,
        example,
        problems,
        message: `Added "${example.name}" as No. ${example.id}, in row ${place.row} of the "${tab.grid.name}" tab.${moved}`,
      };
    },
    (message) => refused([formProblem(message)], message),
  );
}

/**
 * Nothing is written when a council's strict rule would refuse one of the values: the answer names
 * each such column and what its rule allows. Null when every value passes.
 */
function strictRuleRefusal(
  tab: ExamplesTab,
  place: NewRowPlace,
  columns: ColumnMap,
  runs: readonly ColumnRun[],
): AddExampleResult | null {
  const refusals = runTexts(runs)
    .map(({ column, text }) => ({ text, refused: refusal(ruleInfo(place.rules[column - 1]), text, column) }))
    .filter((r): r is { text: string; refused: Refusal } => r.refused !== null);
  if (refusals.length === 0) return null;
  const problems = refusals.map(({ text, refused: r }) =>
    formProblem(
      refusalMessage(headerText(tab, r.column), a1(place.row, r.column), text, r),
      fieldAt(columns, r.column),
    ),
  );
  return refused(problems, problems[0].message);
}

/** Where the new row goes and the rules its cells will carry. */
interface NewRowPlace {
  row: number;
  /** A row is put in for it: what is just below the last example is not the add-on's to write over. */
  insert: boolean;
  /** Rows to add at the foot of the tab first, when the table reaches it. */
  addAtFoot: number;
  maxRows: number;
  rules: (DataValidation | null)[];
  /** The values the row held before (spaces at most, when written into). */
  below: readonly CellValue[];
}

/**
 * Just below the last example. When that row holds anything in the table's own columns (a council's
 * list under the table) a row is put in above it instead. Reads the last example's row and the row
 * below in two calls (formulas, rules): a put-in row takes the rules of the row above, as Sheets does.
 */
function placeNewRow(tab: ExamplesTab, last: number, columns: ColumnMap): NewRowPlace {
  const maxRows = tab.sheet.getMaxRows();
  const row = last + 1;
  const width = Math.max(columns.width, 1);
  const around = tab.sheet.getRange(last, 1, row <= maxRows ? 2 : 1, width);
  const formulas = around.getFormulas();
  const rules = around.getDataValidations();
  if (row > maxRows) return { row, insert: false, addAtFoot: row - maxRows, maxRows, rules: [], below: [] };
  const below = tab.grid.values[row - 1] ?? [];
  const free = isFreeRow(below, formulas[1], columns);
  return { row, insert: !free, addAtFoot: 0, maxRows, rules: free ? rules[1] : rules[0], below };
}

function makeRoom(sheet: Sheet, place: NewRowPlace, undo: UndoList): void {
  if (place.addAtFoot > 0) {
    undo.add(() => sheet.deleteRows(place.maxRows + 1, place.addAtFoot));
    sheet.insertRowsAfter(place.maxRows, place.addAtFoot);
  } else if (place.insert) {
    undo.add(() => sheet.deleteRows(place.row, 1));
    sheet.insertRowsBefore(place.row, 1);
  }
}

/**
 * One run of the table's own columns: one setValues. Taken back by writing back what was there: almost
 * always nothing, at most spaces (a row with anything more gets a row put in instead).
 */
function writeRun(sheet: Sheet, place: NewRowPlace, run: ColumnRun, undo: UndoList): void {
  const range = sheet.getRange(place.row, run.column, 1, run.values.length);
  if (!place.insert && place.addAtFoot === 0) {
    const was = run.values.map((_, i) => place.below[run.column - 1 + i] ?? '');
    undo.add(() =>
      was.some((v) => v !== '')
        ? range.setValues([was.map((v) => asSheetText(cellText(v)))])
        : range.clearContent(),
    );
  }
  range.setValues([run.values]);
}

/** Links go after the description as lines of linked text: one more call, only when there are links. */
function writeLinks(sheet: Sheet, row: number, column: number, draft: ExampleDraft): void {
  const { text, links } = descriptionWithLinks(draft);
  if (links.length === 0 || column === 0) return;
  let builder = SpreadsheetApp.newRichTextValue().setText(text);
  for (const link of links) builder = builder.setLinkUrl(link.start, link.end, link.url);
  sheet.getRange(row, column).setRichTextValue(builder.build());
}

/** The add-on's Type dropdown on the new row's type cell, unless a council's own rule is there. */
function putTypeRule(sheet: Sheet, place: NewRowPlace, typeColumn: number, undo: UndoList): void {
  if (typeColumn === 0) return;
  const before = place.insert || place.addAtFoot > 0 ? null : (place.rules[typeColumn - 1] ?? null);
  if (!mayPutTypeRule(ruleInfo(before))) return;
  const cell = sheet.getRange(place.row, typeColumn);
  undo.add(() => cell.setDataValidation(before));
  cell.setDataValidation(typeRule());
}

/** The new row as the sheet now holds it (three calls: values, formulas, links), read as the catalogue would read it. */
function readBack(sheet: Sheet, tab: ExamplesTab, row: number, columns: ColumnMap) {
  const range = sheet.getRange(row, 1, 1, Math.max(columns.width, 1));
  const grid: SheetGrid = {
    name: tab.grid.name,
    values: [],
    formulas: [],
    links: [],
    timeZone: tab.grid.timeZone,
  };
  const formulas = range.getFormulas();
  grid.values[row - 1] = range.getValues()[0] as CellValue[];
  (grid.formulas as string[][])[row - 1] = formulas[0];
  (grid.links as NonNullable<SheetGrid['links']>)[row - 1] = readLinks(range, formulas)[0];
  return readExample(grid, row - 1, columns).example;
}

/** The header a person sees over a column: its cell in the header row, or in the row below it. */
function headerText(tab: ExamplesTab, column: number): string {
  const [top, below] = [tab.grid.values[tab.headerIndex], tab.grid.values[tab.headerIndex + 1]];
  return cellText(top?.[column - 1]).trim() || cellText(below?.[column - 1]).trim() || `column ${column}`;
}

function fieldAt(columns: ColumnMap, column: number): ExampleField {
  for (const field of ['id', 'name', 'council', 'description', 'type'] as const)
    if (columns[field] === column) return field;
  return Object.values(columns.principles).includes(column) ? 'notes' : 'other';
}

function missingRefused(missing: MissingColumn[], tab: ExamplesTab, headerRow: number): AddExampleResult {
  const messages = missing.map((m) => missingColumnMessage(m, tab.grid.name, headerRow));
  const problems = missing.map((m, i) => formProblem(messages[i], m.field, m.principle));
  return refused(problems, messages[0]);
}

function refused(problems: Problem[], message: string): AddExampleResult {
  return { ok: false, problems, message };
}

function formProblem(
  message: string,
  field: ExampleField = 'other',
  principle?: Problem['principle'],
): Problem {
  const problem: Problem = { sheet: '', row: 0, column: 0, cell: '', severity: 'error', field, message };
  if (principle !== undefined) problem.principle = principle;
  return problem;
}
