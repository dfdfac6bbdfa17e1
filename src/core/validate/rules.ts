// The rules an example row must meet, one function each, shared by the sheet check and the Add an example form.

import { ACTION_TYPE_NAMES, parseActionType } from '../action-types';
import { startsLikeFormula } from '../formula-safety';
import type { CellValue, ColumnMap, Example, ExampleField, Link, Problem, Severity } from '../model';
import { PRINCIPLE_IDS, type PrincipleId, principleLabel } from '../principles';
import { suggestActionType, suggestCouncil } from '../suggest';
import { a1, cellText, foldForMatch, hasMarkup, htmlToText } from '../text';
import { exampleNumberOf, exampleNumberProblem } from './example-number';

/** Sheets refuses a cell longer than this. */
export const MAX_CELL_LENGTH = 50_000;

/** One example row as the rules see it: its raw cells (for formulas and markup) and its reading. */
export interface RowToCheck {
  sheet: string;
  /** 1-based sheet row; 0 for a draft not yet in the sheet. */
  row: number;
  cells: readonly CellValue[];
  columns: ColumnMap;
  example: Example;
}

/** What the rules compare a row with: the rest of the table. */
export interface TableContext {
  /** The first example using each name-and-council key and each No. */
  firstByKey: Map<string, Example>;
  firstByNumber: Map<number, Example>;
  councilSpellings: Map<string, number>;
  nextNumber: number;
  /** Whether the row is already one of the examples counted here (a sheet row) or new (a draft). */
  rowIsCounted: boolean;
}

export function exampleKey(example: Pick<Example, 'name' | 'council'>): string {
  return `${foldForMatch(example.name)}|${foldForMatch(example.council)}`;
}

/** Builds problems for one row, placing each on its cell. */
export function problemAt(row: RowToCheck) {
  return (
    field: ExampleField,
    column: number,
    severity: Severity,
    message: string,
    principle?: PrincipleId,
  ): Problem => {
    const cell = row.row === 0 ? '' : column > 0 ? a1(row.row, column) : `${row.row}:${row.row}`;
    const problem: Problem = {
      sheet: row.sheet,
      row: row.row,
      column: row.row === 0 ? 0 : column,
      cell,
      severity,
      field,
      message,
    };
    if (principle !== undefined) problem.principle = principle;
    return problem;
  };
}

const REQUIRED: { field: 'name' | 'council' | 'description' | 'type'; message: string }[] = [
  { field: 'name', message: "Enter the example's name." },
  { field: 'council', message: 'Enter the name of the council.' },
  { field: 'description', message: 'Enter what the council did.' },
  { field: 'type', message: 'Choose a type of action: Tweak, Tactic, Project or Strategy.' },
];

export function requiredFields(row: RowToCheck): Problem[] {
  const at = problemAt(row);
  return REQUIRED.filter(
    ({ field }) => rawText(row, row.columns[field]).trim() === '' && row.example[field] === '',
  ).map(({ field, message }) => at(field, row.columns[field], 'error', message));
}

export function actionType(row: RowToCheck): Problem[] {
  const written = htmlToText(rawText(row, row.columns.type)).text;
  if (written === '' || parseActionType(written)) return [];
  const suggestion = suggestActionType(written);
  const names = `${ACTION_TYPE_NAMES.slice(0, -1).join(', ')} or ${ACTION_TYPE_NAMES[ACTION_TYPE_NAMES.length - 1]}`;
  const message = `Type of action must be ${names}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`;
  return [problemAt(row)('type', row.columns.type, 'error', message)];
}

export function principleNotes(row: RowToCheck): Problem[] {
  if (row.example.notes.length > 0) return [];
  const first = PRINCIPLE_IDS.map((id) => row.columns.principles[id] ?? 0).find((c) => c > 0) ?? 0;
  return [
    problemAt(row)(
      'notes',
      first,
      'error',
      'Add a note under at least one principle, saying how the example shows it.',
    ),
  ];
}

/** No. is a whole number written with digits, given, and not used by an earlier row. */
export function exampleNumber(row: RowToCheck, context: TableContext): Problem[] {
  const at = problemAt(row);
  const column = row.columns.id;
  const written = row.example.id.trim();
  if (written === '')
    return [
      at(
        'id',
        column,
        'error',
        `No. is missing. Give this example the next free number, ${context.nextNumber}.`,
      ),
    ];
  const notANumber = exampleNumberProblem(written, context.nextNumber);
  if (notANumber !== null) return [at('id', column, 'error', notANumber)];
  const number = exampleNumberOf(written) as number;
  const first = context.firstByNumber.get(number);
  if (first && first.row < row.row)
    return [
      at(
        'id',
        column,
        'error',
        `No. ${number} is already used in row ${first.row} (${first.name || 'no name'}). Give this example the next free number, ${context.nextNumber}.`,
      ),
    ];
  return [];
}

/** The same name and council as an earlier row (or, for a draft, as any row). */
export function duplicateExample(row: RowToCheck, context: TableContext): Problem[] {
  if (row.example.name === '' || row.example.council === '') return [];
  const first = context.firstByKey.get(exampleKey(row.example));
  if (!first || (context.rowIsCounted && first.row >= row.row)) return [];
  const where = `row ${first.row}${first.id ? ` (No. ${first.id})` : ''}`;
  return [
    problemAt(row)(
      'name',
      row.columns.name,
      'error',
      `"${row.example.name}" from ${row.example.council} is already in the sheet, in ${where}. Add to that row instead, or give this example a different name.`,
    ),
  ];
}

export function councilSpelling(row: RowToCheck, context: TableContext): Problem[] {
  const council = row.example.council;
  const suggestion = suggestCouncil(council, context.councilSpellings, context.rowIsCounted ? 1 : 0);
  if (!suggestion) return [];
  return [
    problemAt(row)(
      'council',
      row.columns.council,
      'warning',
      `"${council}" is written differently from "${suggestion}", already in the sheet. If it is the same council, write it as "${suggestion}" so it is found together. Did you mean ${suggestion}?`,
    ),
  ];
}

/** Formula-like text, markup and over-long text, in every cell of the row. */
export function cellContents(row: RowToCheck): Problem[] {
  const at = problemAt(row);
  const problems: Problem[] = [];
  row.cells.forEach((value, c) => {
    if (typeof value !== 'string' || value === '') return;
    const column = c + 1;
    const { field, principle } = fieldOfColumn(row.columns, column);
    if (startsLikeFormula(value))
      problems.push(
        at(
          field,
          column,
          'error',
          `This starts with ${visibleStart(value)}, so a spreadsheet would read it as a formula. Start with a word instead.`,
          principle,
        ),
      );
    if (value.length > MAX_CELL_LENGTH)
      problems.push(
        at(
          field,
          column,
          'error',
          `This has ${value.length.toLocaleString('en-GB')} characters; a cell holds at most 50,000. Shorten it.`,
          principle,
        ),
      );
    if (hasMarkup(value))
      problems.push(
        at(
          field,
          column,
          'warning',
          'This holds HTML markup (such as <p>), which is shown as plain text. You can remove the tags.',
          principle,
        ),
      );
  });
  return problems;
}

export function badLinkMessage(link: Link): string {
  const label = link.text && link.text !== link.url ? `The link "${link.text}"` : 'The link';
  const userPart = /^\s*https?:\/\/([^/?#\s]*)@/i.exec(link.url)?.[1];
  if (userPart !== undefined)
    return `${label} goes to "${link.url}", which opens a different site from the one it seems to name: "${userPart}@" is a user name, not the site. Write the site's own address, starting with https:// or http://.`;
  return `${label} goes to "${link.url}". Links must be web addresses starting with https:// or http://.`;
}

/** Which field a column holds, so a problem in any cell can be placed beside the form's field. */
export function fieldOfColumn(
  columns: ColumnMap,
  column: number,
): { field: ExampleField; principle?: PrincipleId } {
  for (const field of ['id', 'name', 'council', 'description', 'type'] as const)
    if (columns[field] === column) return { field };
  const principle = PRINCIPLE_IDS.find((id) => columns.principles[id] === column);
  return principle ? { field: 'notes', principle } : { field: 'other' };
}

export function principleName(id: PrincipleId): string {
  return principleLabel(id);
}

function rawText(row: RowToCheck, column: number): string {
  return column > 0 ? cellText(row.cells[column - 1]) : '';
}

function visibleStart(value: string): string {
  if (value[0] === '\t') return 'a tab';
  if (value[0] === '\r' || value[0] === '\n') return 'a line break';
  return `"${value[0]}"`;
}
