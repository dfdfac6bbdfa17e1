// Which cells of the examples tab are the add-on's to write, and the checks a new row passes before any is written.

import { ACTION_TYPE_NAMES, ACTION_TYPES } from './action-types';
import { descriptionWithLinks, draftCells, type ExampleDraft } from './draft';
import { asSheetText } from './formula-safety';
import type { CellValue, ColumnMap } from './model';
import { PRINCIPLE_IDS, type PrincipleId, principleById } from './principles';
import { cellText } from './text';
import { MAX_CELL_LENGTH } from './validate/rules';

/** Whether a row holds an example: the reader's rule (No., Name, Council or description; never a tick box or 0). */
export { isExampleRow } from './read-workbook';

/** The table's own columns (the fields and the principles), without the council's own ones. */
export function ownColumns(columns: ColumnMap): number[] {
  const all = [
    columns.id,
    columns.name,
    columns.council,
    columns.description,
    columns.type,
    ...PRINCIPLE_IDS.map((id) => columns.principles[id] ?? 0),
  ];
  return [...new Set(all.filter((c) => c > 0))].sort((a, b) => a - b);
}

/** A run of neighbouring columns written with one setValues. */
export interface ColumnRun {
  /** 1-based first column. */
  column: number;
  values: CellValue[];
}

/** The number format of a cell formatted as plain text (Format > Number > Plain text). */
export const PLAIN_TEXT_FORMAT = '@';

/**
 * The new row's cells as runs of the table's own columns: a council's column between them splits the
 * write in two, so its cell (a formula, a checkbox) is never written over. Text is written with a
 * leading apostrophe, which Sheets hides, so "1,700", "TRUE", "007" or "2024-05-01" stay text; in a
 * cell formatted as plain text Sheets already keeps text as it is, and would keep the apostrophe too.
 * @param formats the row's number formats by 0-based column, when read
 */
export function rowRuns(
  draft: ExampleDraft,
  columns: ColumnMap,
  id: number,
  formats: readonly string[] = [],
): ColumnRun[] {
  const cells = draftCells(draft, columns, id);
  const runs: ColumnRun[] = [];
  let previous = -1;
  for (const column of ownColumns(columns)) {
    const raw = cells[column - 1] ?? '';
    const plain = formats[column - 1] === PLAIN_TEXT_FORMAT;
    const value = typeof raw === 'string' && !plain ? asSheetText(raw) : raw;
    const run = runs[runs.length - 1];
    if (run && column === previous + 1) run.values.push(value);
    else runs.push({ column, values: [value] });
    previous = column;
  }
  return runs;
}

/**
 * Whether Add may write into this row as it is: none of the table's own columns holds a value or a
 * formula. A council's own columns may hold anything (a FALSE checkbox, a formula filled down).
 */
export function isFreeRow(
  values: readonly CellValue[] | undefined,
  formulas: readonly string[] | undefined,
  columns: ColumnMap,
): boolean {
  return ownColumns(columns).every(
    (c) => cellText(values?.[c - 1]).trim() === '' && (formulas?.[c - 1] ?? '') === '',
  );
}

/** A column the person's entry needs that the table lacks: its header, to put back. */
export interface MissingColumn {
  field: 'id' | 'name' | 'council' | 'description' | 'type' | 'notes';
  header: string;
  principle?: PrincipleId;
}

const FIELD_HEADERS = {
  id: 'No.',
  name: 'Name',
  council: 'Council',
  description: 'What did the council do?',
  type: 'Type of action',
} as const;

/** The principle column's header as the published sheet writes it, e.g. "Shift the obstacles [1]". */
export function principleHeaderText(id: PrincipleId): string {
  return `${principleById(id).label} [${id}]`;
}

/** The columns the draft needs and the table lacks: every field it fills, No., and each principle it has a note for. */
export function missingColumns(draft: ExampleDraft, columns: ColumnMap): MissingColumn[] {
  const missing: MissingColumn[] = [];
  for (const field of ['id', 'name', 'council', 'description', 'type'] as const) {
    const needed = field === 'id' || draft[field].trim() !== '';
    if (needed && columns[field] === 0) missing.push({ field, header: FIELD_HEADERS[field] });
  }
  for (const note of draft.notes)
    if (note.text.trim() !== '' && !columns.principles[note.principle])
      missing.push({
        field: 'notes',
        header: principleHeaderText(note.principle),
        principle: note.principle,
      });
  return missing;
}

/** What a person reads when a column is missing: which header, and how to put it back. */
export function missingColumnMessage(column: MissingColumn, sheet: string, headerRow: number): string {
  return `The "${sheet}" tab has no "${column.header}" column, so nothing was added. Insert a column in the table and type "${column.header}" in its header cell (row ${headerRow}), or undo the change that removed it (Edit > Undo, or File > Version history), then add the example again.`;
}

/** A cell's data validation rule as Apps Script describes it, in plain data. */
export interface RuleInfo {
  /** DataValidationCriteria name, e.g. VALUE_IN_LIST, CHECKBOX. */
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

/** Help text of the add-on's own Type dropdown: with its exact list, how the add-on knows the rule is its own. */
export const TYPE_HELP_TEXT = `Choose the type of action: ${ACTION_TYPES.map((t) => `${t.name} (${t.meaning.replace(/\.$/, '').toLowerCase()})`).join('; ')}.`;

/** The add-on's own Type dropdown: exactly its list of the four types, its help text, warnings only. */
export function isOwnTypeRule(rule: RuleInfo): boolean {
  const list = Array.isArray(rule.values[0]) ? (rule.values[0] as unknown[]).map(String) : [];
  return (
    rule.criteria === 'VALUE_IN_LIST' &&
    rule.allowInvalid &&
    rule.helpText === TYPE_HELP_TEXT &&
    list.length === ACTION_TYPE_NAMES.length &&
    list.every((name, i) => name === ACTION_TYPE_NAMES[i])
  );
}

/** Where the add-on may put its Type dropdown: no rule there yet, or its own. A council's rule stays. */
export function mayPutTypeRule(rule: RuleInfo | null): boolean {
  return rule === null || isOwnTypeRule(rule);
}

/** A value a strict rule (one that rejects input) would refuse, and what the rule allows. */
export interface Refusal {
  column: number;
  allowed: string;
}

/**
 * Whether a strict rule would refuse the text: a list refuses text not on it, a checkbox anything but
 * its two values; other kinds (ranges, formulas, dates…) are not judged here, so they are refused
 * too, saying the add-on cannot tell, rather than left to fail part way through the write.
 */
export function refusal(rule: RuleInfo | null, text: string, column: number): Refusal | null {
  if (rule === null || rule.allowInvalid || text === '') return null;
  if (rule.criteria === 'VALUE_IN_LIST') {
    const list = Array.isArray(rule.values[0]) ? (rule.values[0] as unknown[]).map(String) : [];
    return list.includes(text) ? null : { column, allowed: `one of: ${list.join(', ')}` };
  }
  if (rule.criteria === 'CHECKBOX') {
    const [checked = 'TRUE', unchecked = 'FALSE'] = rule.values.map(String);
    return [checked, unchecked].includes(text) ? null : { column, allowed: `${checked} or ${unchecked}` };
  }
  return {
    column,
    allowed: `only what its own rule (${rule.criteria}) allows, which the add-on cannot check`,
  };
}

/** What the person reads for a value a council's strict rule refuses. */
export function refusalMessage(header: string, cell: string, value: string, refused: Refusal): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `The "${header}" column has a rule that only accepts ${refused.allowed}, and rejects anything else, so "${shown}" cannot go in ${cell}: nothing was added. Enter one of the accepted values, or ask whoever set the rule to change it to "Show a warning" (Data > Data validation), then add the example again.`;
}

/** The text each written cell will hold, as Sheets shows it, for checking against rules. */
export function runTexts(runs: readonly ColumnRun[]): { column: number; text: string }[] {
  return runs.flatMap((run) =>
    run.values.map((value, i) => ({
      column: run.column + i,
      text: typeof value === 'string' && value.startsWith("'") ? value.slice(1) : cellText(value),
    })),
  );
}

/** The description cell with its link lines: refused before writing when longer than a cell holds. */
export function descriptionTooLong(draft: ExampleDraft): string | null {
  const { text } = descriptionWithLinks(draft);
  if (text.length <= MAX_CELL_LENGTH) return null;
  return `The description and its links come to ${text.length.toLocaleString('en-GB')} characters, and a cell holds at most 50,000, so nothing was added. Shorten the description or remove a link, then add the example again.`;
}
