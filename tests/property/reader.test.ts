// Property tests of the reader: whatever a sheet holds, reading never throws and no example row vanishes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/model';
import { findExamplesTable, readCatalogue } from '../../src/core/read-workbook';
import { examplesSheet, rowsThatMustBeSeen } from './workbooks';

describe('reading any workbook', () => {
  it('never throws, whatever the cells hold', () => {
    fc.assert(
      fc.property(examplesSheet, (sheet) => {
        readCatalogue([sheet.grid]);
        findExamplesTable([sheet.grid]);
      }),
    );
  });

  it('finds a table exactly when the tab has a header row', () => {
    fc.assert(
      fc.property(examplesSheet, (sheet) => {
        expect(findExamplesTable([sheet.grid]) !== null).toBe(sheet.hasTable);
      }),
    );
  });

  it('makes every row with a number in No. and any other text an example or a problem', () => {
    fc.assert(
      fc.property(examplesSheet, (sheet) => {
        const catalogue = readCatalogue([sheet.grid]);
        const seen = new Set([
          ...catalogue.examples.map((e) => e.row),
          ...catalogue.problems.map((p) => p.row),
        ]);
        const vanished = rowsThatMustBeSeen(sheet).filter((row) => !seen.has(row));
        expect(vanished, 'rows neither read as examples nor reported as problems').toEqual([]);
      }),
    );
  });

  it('reads only example rows as examples: never the preamble, a header or a blank row', () => {
    fc.assert(
      fc.property(examplesSheet, (sheet) => {
        for (const example of readCatalogue([sheet.grid]).examples)
          expect(sheet.kinds[example.row - 1]).toBe('example');
      }),
    );
  });

  it('reads the same examples and last row when tick boxes, 0s and blanks fill the rows below', () => {
    const filler = fc.array(
      fc.array(fc.constantFrom<CellValue>(false, true, 0, '', ' '), { maxLength: 20 }),
      {
        minLength: 1,
        maxLength: 30,
      },
    );
    fc.assert(
      fc.property(examplesSheet, filler, (sheet, rows) => {
        const table = findExamplesTable([sheet.grid]);
        fc.pre(table !== null);
        // Anywhere, even in the No. or Name column: what a tick-box or formula column gives an empty row.
        const { values } = sheet.grid;
        const longer = findExamplesTable([{ ...sheet.grid, values: [...values, ...rows] }]);
        expect(longer?.examples).toEqual(table.examples);
        expect(longer?.location.lastRow).toBe(table.location.lastRow);
      }),
    );
  });

  it('gives plain JSON: what google.script.run carries arrives unchanged', () => {
    fc.assert(
      fc.property(examplesSheet, (sheet) => {
        const catalogue = readCatalogue([sheet.grid]);
        expect(JSON.parse(JSON.stringify(catalogue))).toEqual(catalogue);
      }),
      { numRuns: 50 },
    );
  });
});
