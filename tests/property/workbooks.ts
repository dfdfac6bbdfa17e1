// Random Framework in Action workbooks for property tests: any header order, repeated or missing headers,
// blank rows, HTML, Unicode, numbers, booleans, dates and cells near 50,000 characters.

import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../../src/core/model';
import { PRINCIPLES } from '../../src/core/principles';

/** The sheet's own headers, as the published spreadsheet spells them. */
export const FIELD_HEADERS = [
  'No.',
  'Name',
  'Council',
  'What did the council do?',
  'Type of action',
] as const;
const PRINCIPLE_HEADERS = PRINCIPLES.map((p) => `${p.label} [${p.id}]`);
export const ALL_HEADERS: readonly string[] = [...FIELD_HEADERS, ...PRINCIPLE_HEADERS];

/** Columns councils add of their own, which the add-on keeps and never reads as fields. */
const OWN_HEADERS = ['Contact', 'Year', 'Status', 'Notes for us'];

/** The way people really spell a header: stray spaces, other case, "&" for "and". */
const headerSpelling = (header: string) =>
  fc
    .tuple(fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' '), fc.boolean())
    .map(([before, after, upper]) => `${before}${upper ? header.toUpperCase() : header}${after}`);

/** Text people paste: HTML fragments, entities, Unicode of every plane, line breaks, formulas, stray spaces. */
export const pastedText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          '<p>',
          '<u>',
          '<i>',
          '<br>',
          '<a href="https://example.org/x">',
          '&amp;',
          '&nbsp;',
          '&#9731;',
        ),
        fc.string({ maxLength: 30 }),
        fc.constantFrom('</p>', '</u>', '</i>', '</a>', '', '<'),
      )
      .map(([open, inner, close]) => `${open}${inner}${close}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '=1+2',
      '+44 113',
      '-',
      '@sum',
      '\tTabbed',
      ' Leading space',
      'Line one\r\nLine two',
      'Zwölf Städte ✓ 🏛️',
      'مجلس',
      '市議会',
    ),
  },
);

/** A cell as getValues() may give it: text, a number, a boolean or a date. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: pastedText },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  },
);

/** A cell near the 50,000 characters Sheets allows: text, or broken HTML pasted over and over. */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 49_900, max: 50_000 }),
    fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
      fc.constantFrom('<a href="', '<a href="x">', '<p', '<a ', '&amp;', '</a'),
    ),
  )
  .map(([length, chunk]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length));

/** A cell of an example row: usually filled, sometimes empty, now and then huge. */
const exampleCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 8, arbitrary: cellValue },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constant('   ') },
  { weight: 1, arbitrary: hugeText },
);

/** The number in No.: whole numbers mostly, the odd decimal or zero. */
const exampleNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1.5, -3) },
);

/** Header cells of a table: the known headers in any order, perhaps some of the council's own among them. */
const headerLayout: fc.Arbitrary<string[]> = fc
  .tuple(fc.shuffledSubarray(OWN_HEADERS), fc.shuffledSubarray([...PRINCIPLE_HEADERS]))
  .chain(([own, principles]) =>
    fc.shuffledSubarray([...FIELD_HEADERS, ...principles, ...own], {
      minLength: FIELD_HEADERS.length + principles.length + own.length,
    }),
  )
  .filter((headers) => headers.includes('Name') && headers.includes('No.'));

export type RowKind = 'preamble' | 'header' | 'blank' | 'example';

/** A generated tab, with what the generator knows each row to be. */
export interface GeneratedSheet {
  grid: SheetGrid;
  kinds: RowKind[];
  /** For each example row: the 1-based column of No. under its header. */
  numberColumn: number[];
  hasTable: boolean;
}

type Section = { headers: string[]; spelled: string[]; rows: ('blank' | CellValue[])[] };

const sectionOf = (headers: string[]): fc.Arbitrary<Section> =>
  fc.record({
    headers: fc.constant(headers),
    spelled: fc.tuple(...headers.map(headerSpelling)),
    rows: fc.array(
      fc.oneof(
        { weight: 1, arbitrary: fc.constant('blank' as const) },
        {
          // A number and one other cell: the rows most easily lost.
          weight: 2,
          arbitrary: fc
            .tuple(exampleNumber, fc.integer({ min: 0, max: headers.length }), cellValue)
            .map(([n, at, value]) => {
              const cells: CellValue[] = Array<CellValue>(headers.length + 1).fill('');
              const number = headers.indexOf('No.');
              cells[at === number ? headers.length : at] = value;
              cells[number] = n;
              return cells;
            }),
        },
        {
          weight: 4,
          arbitrary: fc
            .tuple(
              exampleNumber,
              fc.array(exampleCell, { minLength: headers.length + 1, maxLength: headers.length + 1 }),
            )
            .map(([n, cells]) => {
              const number = headers.indexOf('No.');
              cells[number] = n;
              return cells;
            }),
        },
      ),
      { maxLength: 8 },
    ),
  });

/**
 * A tab: a preamble, then sections each under a header row (the first section's order, or a new one), with
 * blank rows among the examples; now and then a tab with no header row at all.
 */
export const examplesSheet: fc.Arbitrary<GeneratedSheet> = fc
  .record({
    name: fc.constantFrom('Framework in Action', 'Our examples', 'Sheet1', 'Tab with “quotes” & <html>'),
    preamble: fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { maxLength: 3 }),
    layouts: fc.array(headerLayout, { minLength: 1, maxLength: 3 }),
    sections: fc.integer({ min: 0, max: 4 }),
    repeatFirst: fc.boolean(),
  })
  .chain((plan) =>
    fc
      .tuple(
        ...Array.from({ length: plan.sections }, (_, i) =>
          sectionOf(plan.repeatFirst ? plan.layouts[0] : plan.layouts[i % plan.layouts.length]),
        ),
      )
      .map((sections) => buildSheet(plan.name, plan.preamble, sections)),
  );

function buildSheet(name: string, preamble: string[], sections: Section[]): GeneratedSheet {
  const values: CellValue[][] = [];
  const kinds: RowKind[] = [];
  const numberColumn: number[] = [];
  const push = (row: CellValue[], kind: RowKind, column = 0) => {
    values.push(row);
    kinds.push(kind);
    numberColumn.push(column);
  };
  // A preamble line that happened to read as headers would be a header: keep them plain sentences.
  for (const line of preamble) push([`Preamble: ${line}`], 'preamble');
  for (const section of sections) {
    push(section.spelled, 'header');
    for (const row of section.rows) {
      if (row === 'blank') push([], 'blank');
      else push(row, 'example', section.headers.indexOf('No.') + 1);
    }
  }
  const width = Math.max(1, ...values.map((r) => r.length));
  const rectangle = values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill('')]);
  return { grid: { name, values: rectangle }, kinds, numberColumn, hasTable: sections.length > 0 };
}

/** Whether a cell holds anything a person would see. */
export function isFilled(value: CellValue | undefined): boolean {
  if (value === undefined) return false;
  if (value instanceof Date) return true;
  return String(value).trim() !== '';
}

/**
 * 1-based rows that hold a number in No. and anything else: each must become an example or a problem. A 0
 * is what a formula No. column gives an empty row, so a 0 alone does not make a row an example.
 */
export function rowsThatMustBeSeen(sheet: GeneratedSheet): number[] {
  const rows: number[] = [];
  sheet.grid.values.forEach((cells, r) => {
    if (sheet.kinds[r] !== 'example') return;
    const no = sheet.numberColumn[r] - 1;
    const other = cells.some((cell, c) => c !== no && isFilled(cell));
    if (typeof cells[no] === 'number' && cells[no] !== 0 && other) rows.push(r + 1);
  });
  return rows;
}
