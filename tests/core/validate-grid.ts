// Hand-made examples tabs for the validation tests: the real two-row header, then whatever rows a test needs.

import type { CellValue, SheetGrid } from '../../src/core/model';

export const HEADER: CellValue[] = [
  'No.',
  'Name',
  'Council',
  'What did the council do?',
  'Type of action',
  'Which framework principles does this show in action?',
];
export const PRINCIPLE_HEADER: CellValue[] = [
  '',
  '',
  '',
  '',
  '',
  'Shift the obstacles [1]',
  'Sustain motivation & purpose [2]',
  'Develop the Covid social infrastructure [3]',
  'Create an open & transparent culture [4]',
  'Enhance everyday touchpoints [5]',
  'Build relationships into physical spaces [6]',
  'Renew voluntary sector relationships [7]',
  'Train & empower staff [8]',
  'Embrace new accountabilities [9]',
];

/** A full, valid example row: No., name, council, description, type and a note under principle 1. */
export function exampleRow(
  id: CellValue,
  name: string,
  council: string,
  overrides: Record<number, CellValue> = {},
): CellValue[] {
  const row: CellValue[] = [
    id,
    name,
    council,
    'Opened a community hub.',
    'Project',
    'Removed the form.',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ];
  for (const [column, value] of Object.entries(overrides)) row[Number(column) - 1] = value;
  return row;
}

/** A tab with a preamble line, a blank row, the header on rows 3 and 4, and the given rows from row 5. */
export function examplesTab(rows: CellValue[][], name = 'Examples'): SheetGrid {
  return { name, values: [['Welcome to the Framework in Action'], [''], HEADER, PRINCIPLE_HEADER, ...rows] };
}

/** The 1-based row of the n-th given row (0-based) in examplesTab. */
export function rowOf(index: number): number {
  return index + 5;
}
