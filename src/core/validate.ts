// Validating examples: the whole table as the sheet holds it, some of its rows, or a draft from the form; one set of rules.

import { draftCells, type ExampleDraft, filledLinks } from './draft';
import { isHeaderRow, readColumnMap } from './headers';
import { isWebAddress } from './links';
import type { Catalogue, CellValue, ColumnMap, Example, Problem, SheetGrid, Workbook } from './model';
import { PRINCIPLE_IDS } from './principles';
import { readExamplesTable } from './read-workbook';
import { councilSpellings } from './suggest';
import { exampleNumberOf, nextExampleNumber } from './validate/example-number';
import {
  actionType,
  badLinkMessage,
  cellContents,
  councilSpelling,
  duplicateExample,
  exampleKey,
  exampleNumber,
  principleName,
  principleNotes,
  problemAt,
  type RowToCheck,
  requiredFields,
  type TableContext,
} from './validate/rules';

export { isWebAddress } from './links';
export { MAX_CELL_LENGTH } from './validate/rules';

/** The columns of the Framework in Action sheet as published, for a draft when the workbook has no table yet. */
export const STANDARD_COLUMNS: ColumnMap = {
  id: 1,
  name: 2,
  council: 3,
  description: 4,
  type: 5,
  principles: Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, 5 + id])),
  extra: [],
  width: 14,
};

/** Every problem in the workbook's examples table (none when it has no table). */
export function validateWorkbook(workbook: Workbook): Problem[] {
  const sheet = workbook.find((s) => s.values.some(isHeaderRow));
  return sheet ? validateSheet(sheet) : [];
}

/**
 * Every problem in a tab's examples table: each example row against the rules and the rest of the table,
 * and values in columns with no header. Preamble, header, title and blank rows are not examples.
 * @param onlyRows when given, only problems on these 1-based rows (the rest of the table is still compared with)
 */
export function validateSheet(sheet: SheetGrid, onlyRows?: ReadonlySet<number>): Problem[] {
  const headerIndex = sheet.values.findIndex(isHeaderRow);
  if (headerIndex === -1) return [];
  const table = readExamplesTable(sheet, headerIndex);
  const context = tableContext(table.examples, true);
  const columnsAt = columnMapsByRow(sheet, headerIndex);
  const wanted = (row: number): boolean => onlyRows === undefined || onlyRows.has(row);
  const problems = table.problems.filter((p) => wanted(p.row));
  for (const example of table.examples) {
    if (!wanted(example.row)) continue;
    const r = example.row - 1;
    const row: RowToCheck = {
      sheet: sheet.name,
      row: example.row,
      cells: sheet.values[r],
      columns: columnsAt(r),
      example,
    };
    problems.push(...rowProblems(row, context));
  }
  return problems.sort((a, b) => a.row - b.row || a.column - b.column);
}

/**
 * A draft from the Add an example form, judged by the same rules as a sheet row, against the examples
 * already in the catalogue. Problems have row 0 and name the form's field.
 */
export function validateDraft(
  draft: ExampleDraft,
  catalogue: Pick<Catalogue, 'examples' | 'table'>,
): Problem[] {
  const columns = catalogue.table?.columns ?? STANDARD_COLUMNS;
  const sheet = catalogue.table?.sheet ?? '';
  const example: Example = {
    id: '',
    name: draft.name.trim(),
    council: draft.council.trim(),
    description: draft.description.trim(),
    type: '',
    notes: draft.notes.filter((n) => n.text.trim() !== ''),
    links: [],
    sheet,
    row: 0,
  };
  const row: RowToCheck = {
    sheet,
    row: 0,
    cells: draftCells(draft, columns),
    columns,
    example,
  };
  const context = tableContext(catalogue.examples, false);
  const problems = [
    ...requiredFields(row),
    ...actionType(row),
    ...draftNotes(draft, row),
    ...duplicateExample(row, context),
    ...councilSpelling(row, context),
    ...cellContents(row),
    ...draftLinks(draft, row),
  ];
  return problems;
}

/** Whether any of these problems stops an example being added. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

function rowProblems(row: RowToCheck, context: TableContext): Problem[] {
  return [
    ...exampleNumber(row, context),
    ...requiredFields(row),
    ...actionType(row),
    ...principleNotes(row),
    ...duplicateExample(row, context),
    ...councilSpelling(row, context),
    ...cellContents(row),
    // Links are checked as the row is read (readExamplesTable), so the catalogue reports them too.
  ];
}

function tableContext(examples: readonly Example[], rowIsCounted: boolean): TableContext {
  const firstByKey = new Map<string, Example>();
  const firstByNumber = new Map<number, Example>();
  for (const example of examples) {
    const key = exampleKey(example);
    if (example.name !== '' && example.council !== '' && !firstByKey.has(key)) firstByKey.set(key, example);
    const number = exampleNumberOf(example.id);
    if (number !== null && !firstByNumber.has(number)) firstByNumber.set(number, example);
  }
  return {
    firstByKey,
    firstByNumber,
    councilSpellings: councilSpellings(examples.map((e) => e.council)),
    nextNumber: nextExampleNumber(examples.map((e) => e.id)),
    rowIsCounted,
  };
}

/** The column map in force at each row: a repeated header row may reorder the columns below it. */
export function columnMapsByRow(sheet: SheetGrid, headerIndex: number): (r: number) => ColumnMap {
  const starts: { index: number; columns: ColumnMap }[] = [];
  for (let r = headerIndex; r < sheet.values.length; r++)
    if (mayBeHeaderRow(sheet.values[r]) && isHeaderRow(sheet.values[r]))
      starts.push({ index: r, columns: readColumnMap(sheet.values[r], sheet.values[r + 1]) });
  return (r) => {
    let found = starts[0].columns;
    for (const start of starts) {
      if (start.index > r) break;
      found = start.columns;
    }
    return found;
  };
}

/**
 * A quick test before the full one: a header row has a short cell saying "Council" (or "Type", "No.", …:
 * Name may be merged away). Folding every long description for the full test took most of a whole-table
 * check's time.
 */
function mayBeHeaderRow(cells: readonly CellValue[]): boolean {
  return cells.some(
    (c) => typeof c === 'string' && c.length <= 80 && /council|type|name|\bno\b|number/i.test(c),
  );
}

/** Ticked principles need their note; at least one principle is needed at all. */
function draftNotes(draft: ExampleDraft, row: RowToCheck): Problem[] {
  const at = problemAt(row);
  if (draft.notes.length === 0)
    return [
      at('notes', 0, 'error', 'Choose at least one principle the example shows, and say how it shows it.'),
    ];
  return draft.notes
    .filter((n) => n.text.trim() === '')
    .map((n) =>
      at(
        'notes',
        0,
        'error',
        `Say how the example shows "${principleName(n.principle)}", or untick it.`,
        n.principle,
      ),
    );
}

function draftLinks(draft: ExampleDraft, row: RowToCheck): Problem[] {
  const at = problemAt(row);
  return filledLinks(draft.links).flatMap((link, i) => {
    if (link.url === '')
      return [at('links', 0, 'error', `Enter the web address for link ${i + 1}, or clear its text.`)];
    if (!isWebAddress(link.url)) return [at('links', 0, 'error', badLinkMessage(link))];
    return [];
  });
}
