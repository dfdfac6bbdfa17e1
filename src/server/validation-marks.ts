// Checking example rows in the sheet: onEdit for the rows an edit touched, "Check all examples" for the whole table, the Type dropdown.

import { ACTION_TYPE_NAMES } from '../core/action-types';
import type { CheckExamplesResult, SelectProblemResult } from '../core/api';
import { isHeaderFragment, isHeaderRow, readColumnMap } from '../core/headers';
import { type MarkedBlock, onExampleRows, planMarks } from '../core/marks';
import type { Link, Problem } from '../core/model';
import { columnMapsByRow, validateSheet } from '../core/validate';
import { isExampleRow, mayPutTypeRule, type RuleInfo, TYPE_HELP_TEXT } from '../core/write-plan';
import { noteSheetEdit } from './sheet-changes';
import {
  activeSpreadsheet,
  type ExamplesTab,
  findExamplesTab,
  NO_TABLE_MESSAGE,
  readExamplesTab,
  readLinks,
  readTabLinks,
} from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Simple trigger: checks the example rows an edit touched (one cell, a pasted block, a new row below the
 * table, a cleared row), marks their problem cells and clears fixed ones. Never changes a value; only
 * the examples tab; the same few calls whatever the size of the sheet. Runs in AuthMode.LIMITED.
 * @param e the edit event Sheets passes
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  noteSheetEdit();
  const edited = editedRange(e);
  if (!edited) return;
  const sheet = edited.getSheet();
  const tab = readExamplesTab(sheet);
  if (!tab || !isFirstTableTab(sheet)) return;
  const firstRow = Math.max(edited.getRow(), tab.headerIndex + 2);
  const lastRow = edited.getRow() + edited.getNumRows() - 1;
  if (lastRow < firstRow) return;
  const width = Math.max(tableWidth(tab), edited.getColumn() + edited.getNumColumns() - 1);
  const block = sheet.getRange(firstRow, 1, lastRow - firstRow + 1, width);
  const links = readLinks(block);
  tab.grid.links = [];
  links.forEach((row, i) => {
    (tab.grid.links as Link[][][])[firstRow - 1 + i] = row;
  });
  const rows = new Set(Array.from({ length: lastRow - firstRow + 1 }, (_, i) => firstRow + i));
  markBlock(block, exampleRowProblems(tab, validateSheet(tab.grid, rows)));
}

/** The event's range, or null when the event is not one Sheets sends (a test run from the editor, a bad call). */
function editedRange(e: unknown): Range | null {
  const range = typeof e === 'object' && e !== null ? (e as { range?: unknown }).range : null;
  return typeof range === 'object' && range !== null && typeof (range as Range).getSheet === 'function'
    ? (range as Range)
    : null;
}

/** Only problems on rows that hold an example: a council's checkboxes or list below the table get no mark. */
function exampleRowProblems(tab: ExamplesTab, problems: Problem[]): Problem[] {
  const columnsAt = columnMapsByRow(tab.grid, tab.headerIndex);
  return onExampleRows(problems, (row) => isExampleRow(tab.grid.values[row - 1], columnsAt(row - 1)));
}

/** Whether no tab before this one holds the examples table (reads only the tabs before it). */
function isFirstTableTab(sheet: Sheet): boolean {
  const before = sheet
    .getParent()
    .getSheets()
    .slice(0, sheet.getIndex() - 1);
  return before.every((other) => readExamplesTab(other) === null);
}

/**
 * "Check all examples": validates every example row, refreshes the marks across the table (clearing
 * stale ones) and puts the Type dropdown on the type column. Called by the sidebar's Add view and,
 * through checkExamplesFromMenu, by the add-on menu.
 */
export function checkExamples(): CheckExamplesResult {
  const tab = findExamplesTab();
  if (!tab) return { problems: [], unmarked: [], message: NO_TABLE_MESSAGE };
  tab.grid.links = readTabLinks(tab);
  const problems = exampleRowProblems(tab, validateSheet(tab.grid));
  const firstRow = tab.headerIndex + 2;
  const lastRow = tab.sheet.getMaxRows();
  // A tab that ends at its header row has no rows to mark (and no range below the header to ask for).
  if (lastRow < firstRow) return { problems, unmarked: [], message: summary(problems) };
  const block = tab.sheet.getRange(firstRow, 1, lastRow - firstRow + 1, tableWidth(tab));
  const unmarked = markBlock(block, problems);
  setTypeDropdown(tab);
  return { problems, unmarked, message: summary(problems) };
}

/**
 * The menu's "Check all examples": runs the check and says in a toast what it found.
 * Called from the add-on menu (a menu item cannot show a returned value).
 */
export function checkExamplesFromMenu(): void {
  const { message } = checkExamples();
  activeSpreadsheet().toast(
    `${message} Open the add-on's Add tab to see the list.`,
    'Check all examples',
    10,
  );
}

/**
 * Selects one problem's cell so the person can fix it.
 * Called by the sidebar's problem list.
 */
export function selectProblemCell(sheetName: string, cell: string): SelectProblemResult {
  if (typeof sheetName !== 'string' || typeof cell !== 'string')
    return {
      found: false,
      message: 'That problem did not come with a tab and a cell. Run "Check all examples" again.',
    };
  const sheet = activeSpreadsheet().getSheetByName(sheetName);
  if (!sheet)
    return {
      found: false,
      message: `The "${sheetName}" tab is no longer there. Run "Check all examples" again.`,
    };
  const place = cellPlace(cell);
  if (!place) return { found: false, message: `"${cell}" is not a cell. Run "Check all examples" again.` };
  // Rows or columns deleted since the check: the problem's cell is no longer on the tab.
  if (place.row > sheet.getMaxRows() || place.column > sheet.getMaxColumns())
    return {
      found: false,
      message: `${cell} is no longer on the "${sheetName}" tab: rows or columns were deleted since the check. Run "Check all examples" again.`,
    };
  sheet.getRange(cell).activate();
  return { found: true, message: `Selected ${cell} on the "${sheetName}" tab.` };
}

/** The last row and column a problem's cell reaches: a cell such as D12, or a whole row (12:12) for a problem about the row. */
function cellPlace(cell: string): { row: number; column: number } | null {
  const single = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(cell);
  if (single) return { row: Number(single[2]), column: columnNumber(single[1]) };
  const rows = /^([1-9]\d{0,6}):([1-9]\d{0,6})$/.exec(cell);
  if (rows) return { row: Math.max(Number(rows[1]), Number(rows[2])), column: 1 };
  return null;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Reads the block's notes and backgrounds (one call each), writes back only what changed (one call each). */
function markBlock(block: Range, problems: Problem[]): Problem[] {
  const current: MarkedBlock = {
    row: block.getRow(),
    column: block.getColumn(),
    notes: block.getNotes(),
    backgrounds: block.getBackgrounds(),
  };
  const plan = planMarks(current, problems);
  if (plan.notesChanged) block.setNotes(plan.notes);
  if (plan.backgroundsChanged) block.setBackgrounds(plan.backgrounds as string[][]);
  return plan.unmarked;
}

/** The columns marks may sit in: every column the data reaches (getValues gives a rectangle). */
function tableWidth(tab: ExamplesTab): number {
  return Math.max(tab.grid.values[0]?.length ?? 0, 1);
}

export { TYPE_HELP_TEXT } from '../core/write-plan';

/** The add-on's Type dropdown: the four types, warnings only, so nothing anyone typed is refused or lost. */
export function typeRule(): DataValidation {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...ACTION_TYPE_NAMES], true)
    .setAllowInvalid(true)
    .setHelpText(TYPE_HELP_TEXT)
    .build();
}

/** A rule as plain data for src/core (calls on a DataValidation value read it, not the sheet). */
export function ruleInfo(rule: DataValidation | null | undefined): RuleInfo | null {
  if (!rule) return null;
  return {
    criteria: String(rule.getCriteriaType()),
    values: rule.getCriteriaValues(),
    allowInvalid: rule.getAllowInvalid(),
    helpText: rule.getHelpText() ?? '',
  };
}

/**
 * The add-on's Type dropdown on the type column, from below the header to the last row of the tab (so
 * new rows get it too), skipping repeated header rows and every cell where a council put a rule of its
 * own: two calls (read the rules, write them), the write only when something changes.
 */
export function setTypeDropdown(tab: ExamplesTab): void {
  const { values } = tab.grid;
  const typeColumn = readColumnMap(values[tab.headerIndex], values[tab.headerIndex + 1]).type;
  if (typeColumn === 0) return;
  const firstRow = tab.headerIndex + 2;
  const lastRow = tab.sheet.getMaxRows();
  if (lastRow < firstRow) return;
  const range = tab.sheet.getRange(firstRow, typeColumn, lastRow - firstRow + 1, 1);
  const before = range.getDataValidations();
  const ours = typeRule();
  let changed = false;
  const rules = before.map(([rule], i) => {
    const cells = values[firstRow - 1 + i];
    const headerHere = cells && (isHeaderRow(cells) || isHeaderFragment(cells));
    const info = ruleInfo(rule);
    if (headerHere || !mayPutTypeRule(info)) return [rule];
    changed ||= info === null;
    return [info === null ? ours : rule];
  });
  if (changed) range.setDataValidations(rules);
}

function summary(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'No problems found in the examples.';
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const rows = new Set(problems.map((p) => p.row)).size;
  const parts = [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean);
  return `Found ${parts.join(' and ')} in ${plural(rows, 'row')}.`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
