// Checking example rows in the sheet: onEdit for the rows an edit touched, "Check all examples" for the whole table, the Type dropdown.

import { ACTION_TYPE_NAMES, ACTION_TYPES } from '../core/action-types';
import type { CheckExamplesResult, SelectProblemResult } from '../core/api';
import { isHeaderFragment, isHeaderRow, readColumnMap } from '../core/headers';
import { type MarkedBlock, planMarks } from '../core/marks';
import type { Link, Problem } from '../core/model';
import { validateSheet } from '../core/validate';
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

/**
 * Simple trigger: checks the example rows an edit touched (one cell, a pasted block, a new row below the
 * table, a cleared row), marks their problem cells and clears fixed ones. Never changes a value; only
 * the examples tab; the same few calls whatever the size of the sheet. Runs in AuthMode.LIMITED.
 * @param e the edit event Sheets passes
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  noteSheetEdit();
  const edited = e.range;
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
  markBlock(block, validateSheet(tab.grid, rows));
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
  const problems = validateSheet(tab.grid);
  const firstRow = tab.headerIndex + 2;
  const lastRow = Math.max(tab.sheet.getMaxRows(), firstRow);
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
  const sheet = activeSpreadsheet().getSheetByName(String(sheetName));
  if (!sheet)
    return {
      found: false,
      message: `The "${sheetName}" tab is no longer there. Run "Check all examples" again.`,
    };
  // A cell such as D12, or a whole row (12:12) for a problem about a column the table lacks.
  if (!/^([A-Z]{1,3}[1-9]\d*|[1-9]\d*:[1-9]\d*)$/.test(String(cell)))
    return { found: false, message: `"${cell}" is not a cell. Run "Check all examples" again.` };
  sheet.getRange(String(cell)).activate();
  return { found: true, message: `Selected ${cell} on the "${sheetName}" tab.` };
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

export const TYPE_HELP_TEXT = `Choose the type of action: ${ACTION_TYPES.map((t) => `${t.name} (${t.meaning.replace(/\.$/, '').toLowerCase()})`).join('; ')}.`;

/**
 * The native dropdown of the four types on the type column, from below the header to the last row of the
 * tab (so new rows get it too), skipping repeated header rows; one call. Values that are not a type are
 * allowed and shown with a warning, so nothing anyone typed is refused or lost.
 */
export function setTypeDropdown(tab: ExamplesTab): void {
  const { values } = tab.grid;
  const typeColumn = readColumnMap(values[tab.headerIndex], values[tab.headerIndex + 1]).type;
  if (typeColumn === 0) return;
  const firstRow = tab.headerIndex + 2;
  const lastRow = tab.sheet.getMaxRows();
  if (lastRow < firstRow) return;
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList([...ACTION_TYPE_NAMES], true)
    .setAllowInvalid(true)
    .setHelpText(TYPE_HELP_TEXT)
    .build();
  const rules = Array.from({ length: lastRow - firstRow + 1 }, (_, i) => {
    const cells = values[firstRow - 1 + i];
    return [cells && (isHeaderRow(cells) || isHeaderFragment(cells)) ? null : rule];
  });
  tab.sheet.getRange(firstRow, typeColumn, rules.length, 1).setDataValidations(rules);
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
