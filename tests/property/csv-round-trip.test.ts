// Property test of the CSV export: written out and read back with papaparse, it gives the same examples.

import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../src/core/export';
import { neutraliseField } from '../../src/core/formula-safety';
import type { Example } from '../../src/core/model';
import { readCatalogue } from '../../src/core/read-workbook';
import { htmlToText } from '../../src/core/text';
import { seedWorkbook } from '../core/seed';
import { examplesSheet } from './workbooks';

const STAMP = { iso: '2026-11-23T05:00:00.000Z', local: '23 Nov 2026, 05:00', day: '2026-11-23' };

function csvOf(examples: Example[]): string {
  const result = exportFile({ examples, resources: [] }, {}, 'csv', {}, STAMP);
  return result.content ?? '';
}

/** The CSV read as a spreadsheet would import it, then through the add-on's own reader. */
function readBack(csv: string): Example[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  expect(parsed.errors).toEqual([]);
  return readCatalogue([{ name: 'Imported', values: parsed.data }]).examples;
}

/** What the CSV carries of an example: its links travel as text in their own column, not as links. */
function carried(example: Example) {
  const { id, name, council, description, type, notes } = example;
  return { id, name, council, description, type, notes };
}

/** A field as the reader sees it again: the export's apostrophe before formula-like text stays, and the
 * text is read as a cell, so anything in it that looks like HTML is read as HTML once more. */
function readAgain(text: string): string {
  return htmlToText(neutraliseField(text)).text;
}

/** Examples the CSV can hold: with something besides the No. in a field the export writes. */
function exportable(examples: Example[]): Example[] {
  return examples.filter((e) =>
    [e.name, e.council, e.description, e.type, ...e.notes.map((n) => n.text)].some((t) => t !== ''),
  );
}

describe('CSV export read back', () => {
  it('gives the seed examples exactly', () => {
    const examples = readCatalogue(seedWorkbook()).examples;
    expect(readBack(csvOf(examples)).map(carried)).toEqual(examples.map(carried));
  });

  it('gives the same examples for any workbook, text read again as a cell would be', () => {
    fc.assert(
      fc.property(examplesSheet, (sheet) => {
        const examples = exportable(readCatalogue([sheet.grid]).examples);
        const expected = examples.map((e) => {
          const c = carried(e);
          return {
            ...c,
            id: readAgain(c.id),
            name: readAgain(c.name),
            council: readAgain(c.council),
            description: readAgain(c.description),
            notes: c.notes.map((n) => ({ ...n, text: readAgain(n.text) })).filter((n) => n.text !== ''),
          };
        });
        expect(readBack(csvOf(examples)).map(carried)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
