// Property tests of the validator: whatever a sheet or a form holds, checking never throws and no example row is passed over.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExampleDraft } from '../../src/core/draft';
import { readCatalogue } from '../../src/core/read-workbook';
import { validateDraft, validateSheet, validateWorkbook } from '../../src/core/validate';
import { examplesSheet, hugeText, pastedText, rowsThatMustBeSeen } from './workbooks';

const draftText = fc.oneof(
  { weight: 5, arbitrary: pastedText },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: hugeText },
);

const draft: fc.Arbitrary<ExampleDraft> = fc.record({
  name: draftText,
  council: draftText,
  description: draftText,
  type: fc.oneof(fc.constantFrom('Tweak', 'tactic', ' Project ', 'Strategy', ''), pastedText),
  notes: fc.array(
    fc.record({ principle: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9) as fc.Arbitrary<1>, text: draftText }),
    { maxLength: 9 },
  ),
  links: fc.array(
    fc.record({
      text: pastedText,
      url: fc.oneof(fc.webUrl(), pastedText, fc.constant('javascript:alert(1)')),
    }),
    { maxLength: 3 },
  ),
});

describe('checking any workbook', () => {
  it('never throws, whatever the cells hold', () => {
    fc.assert(
      fc.property(examplesSheet, (sheet) => {
        validateWorkbook([sheet.grid]);
      }),
    );
  });

  it('reports each problem on a row of the sheet, with a message a person can act on', () => {
    fc.assert(
      fc.property(examplesSheet, (sheet) => {
        for (const problem of validateSheet(sheet.grid)) {
          expect(problem.row).toBeGreaterThanOrEqual(1);
          expect(problem.row).toBeLessThanOrEqual(sheet.grid.values.length);
          expect(problem.message.trim()).not.toBe('');
          expect(problem.cell).not.toBe('');
        }
      }),
    );
  });

  it('leaves no row with a number in No. and any other text unseen: each is an example or has a problem', () => {
    fc.assert(
      fc.property(examplesSheet, (sheet) => {
        const examples = readCatalogue([sheet.grid]).examples.map((e) => e.row);
        const seen = new Set([...examples, ...validateSheet(sheet.grid).map((p) => p.row)]);
        expect(rowsThatMustBeSeen(sheet).filter((row) => !seen.has(row))).toEqual([]);
      }),
    );
  });

  it('checks only the rows asked for, and finds on them what checking the whole table finds', () => {
    fc.assert(
      fc.property(examplesSheet, fc.integer({ min: 1, max: 40 }), (sheet, row) => {
        const whole = validateSheet(sheet.grid).filter((p) => p.row === row);
        expect(validateSheet(sheet.grid, new Set([row]))).toEqual(whole);
      }),
    );
  });
});

describe('checking any draft from the Add form', () => {
  it('never throws, and every problem names a field of the form', () => {
    fc.assert(
      fc.property(examplesSheet, draft, (sheet, form) => {
        const catalogue = readCatalogue([sheet.grid]);
        for (const problem of validateDraft(form, catalogue)) {
          expect(problem.row).toBe(0);
          expect(problem.message.trim()).not.toBe('');
        }
      }),
    );
  });
});
