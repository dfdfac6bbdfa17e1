// "Add an example": a contributor's draft checked again on the server and written as one new row under the document lock.

import type { AddExampleResult } from '../core/api';
import {
  asLiteral,
  descriptionWithLinks,
  draftAsExample,
  draftFrom,
  draftRow,
  type ExampleDraft,
  nextExampleNumber,
} from '../core/draft';
import type { CellValue, Problem } from '../core/model';
import { readExamplesTable } from '../core/read-workbook';
import { columnMapsByRow, hasErrors, validateDraft } from '../core/validate';
import { withDocumentLock } from './lock';
import { allOrNothing } from './rollback';
import { type ExamplesTab, findExamplesTab, NO_TABLE_MESSAGE } from './spreadsheet';
import { setTypeDropdown } from './validation-marks';

const NOT_ADDED = 'The example was not added.';

export const LOCK_BUSY_MESSAGE = 'Someone else is adding an example. Try again in a moment.';

/**
 * Checks the draft with the same rules as the form and, when it has no errors, writes it as one row
 * below the table with the next free No., under the document lock; nothing is written otherwise, nor
 * left behind when Sheets stops part way (the row, its links and any rows added for it are taken back).
 * Called by the sidebar's Add view when the person presses "Add example".
 */
export function addExample(draft: ExampleDraft): AddExampleResult {
  const clean = draftFrom(draft);
  return withDocumentLock(
    () => appendExample(clean),
    () => refused([formProblem(LOCK_BUSY_MESSAGE)], LOCK_BUSY_MESSAGE),
  );
}

function appendExample(draft: ExampleDraft): AddExampleResult {
  const tab = findExamplesTab();
  if (!tab) return refused([formProblem(NO_TABLE_MESSAGE)], NO_TABLE_MESSAGE);
  const table = readExamplesTable(tab.grid, tab.headerIndex);
  const row = table.location.lastRow + 1;
  const columns = columnMapsByRow(tab.grid, tab.headerIndex)(row - 1);
  const problems = validateDraft(draft, { examples: table.examples, table: { ...table.location, columns } });
  if (hasErrors(problems))
    return refused(problems, 'There is a problem with the example: nothing was added.');
  const id = nextExampleNumber(table.examples.map((e) => e.id));
  const { sheet } = tab;
  const maxRows = sheet.getMaxRows();
  const cells = draftRow(draft, columns, id);
  const dropdowns = typeColumnBelowHeader(tab, table.location.columns.type, maxRows);
  return allOrNothing(
    NOT_ADDED,
    (undo) => {
      if (dropdowns) undo.add(() => dropdowns.range.setDataValidations(dropdowns.before));
      if (row > maxRows) {
        undo.add(() => sheet.deleteRows(maxRows + 1, row - maxRows));
        sheet.insertRowsAfter(maxRows, row - maxRows);
      }
      const written = sheet.getRange(row, 1, 1, cells.length);
      const was = rowBefore(tab.grid.values[row - 1], cells.length);
      undo.add(() => (was ? written.setValues([was]) : written.clearContent()));
      written.setValues([cells]);
      writeLinks(sheet, row, columns.description, draft);
      setTypeDropdown(tab);
      const example = draftAsExample(draft, id, tab.grid.name, row);
      return {
        ok: true,
        example,
        problems,
        message: `Added "${example.name}" as No. ${id}, in row ${row} of the "${tab.grid.name}" tab.`,
      };
    },
    (message) => refused([formProblem(message)], message),
  );
}

/**
 * The cells setTypeDropdown gives the dropdown (the type column from below the header to the foot of
 * the tab) with their rules as they are, read in one call before anything is written.
 */
function typeColumnBelowHeader(tab: ExamplesTab, typeColumn: number, maxRows: number) {
  const firstRow = tab.headerIndex + 2;
  if (typeColumn === 0 || maxRows < firstRow) return null;
  const range = tab.sheet.getRange(firstRow, typeColumn, maxRows - firstRow + 1, 1);
  return { range, before: range.getDataValidations() };
}

/**
 * The row below the table as it was, to write back if the add stops part way: null when it was empty,
 * as it almost always is; otherwise the spaces-only cells it held, each kept as the text it was.
 */
function rowBefore(values: readonly CellValue[] | undefined, width: number): CellValue[] | null {
  const cells = Array.from({ length: width }, (_, c) => values?.[c] ?? '');
  return cells.some((c) => c !== '') ? cells.map(asLiteral) : null;
}

/** Links go after the description as lines of linked text: one more call, only when there are links. */
function writeLinks(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  column: number,
  draft: ExampleDraft,
): void {
  const { text, links } = descriptionWithLinks(draft);
  if (links.length === 0 || column === 0) return;
  let builder = SpreadsheetApp.newRichTextValue().setText(text);
  for (const link of links) builder = builder.setLinkUrl(link.start, link.end, link.url);
  sheet.getRange(row, column).setRichTextValue(builder.build());
}

function refused(problems: Problem[], message: string): AddExampleResult {
  return { ok: false, problems, message };
}

function formProblem(message: string): Problem {
  return { sheet: '', row: 0, column: 0, cell: '', severity: 'error', field: 'other', message };
}
