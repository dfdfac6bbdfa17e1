import { describe, expect, it } from 'vitest';
import type { CellValue, SheetSeed, WorkbookSeed } from '../../apps-script-standin/index';
import type { ExampleDraft } from '../../src/core/draft';
import { loadAddon, seedSpreadsheet } from './addon';
import { EXAMPLES, LAST_EXAMPLE_ROW } from './contribute-helpers';
import { changedKeys, snapshotDiff } from './workbook-diff';

// Councils change their copy of the sheet; Add must write only its own cells into whatever they made.

const draft: ExampleDraft = {
  name: 'Warm Spaces',
  council: 'Leeds',
  description: 'Opened libraries as warm spaces in winter.',
  type: 'Tweak',
  notes: [
    { principle: 1, text: 'No sign-up needed.' },
    { principle: 6, text: 'Libraries as meeting places.' },
  ],
  links: [],
};

const NEXT = LAST_EXAMPLE_ROW + 1;
/** The header rows of the seed's examples tab: the first, and the one repeated above the last section. */
const HEADER_ROWS = [81, 232];

// biome-ignore lint/suspicious/noExplicitAny: the stand-in's globals are untyped Apps Script objects
type Any = any;

function examplesTab(seed: WorkbookSeed): SheetSeed {
  return seed.sheets[0];
}

function setCell(tab: SheetSeed, row: number, column: number, value: CellValue): void {
  while (tab.values.length < row) tab.values.push([]);
  const cells = tab.values[row - 1];
  while (cells.length < column) cells.push('');
  cells[column - 1] = value;
}

function setFormula(tab: SheetSeed, row: number, column: number, formula: string): void {
  tab.formulas ??= [];
  while (tab.formulas.length < row) tab.formulas.push([]);
  const cells = tab.formulas[row - 1];
  while (cells.length < column) cells.push('');
  cells[column - 1] = formula;
}

/** A council's own column after the table's: a header in both header rows and a value down to row 300. */
function withOwnColumn(
  column: number,
  header: string,
  fill: (row: number, tab: SheetSeed) => void,
): WorkbookSeed {
  const seed = seedSpreadsheet();
  const tab = examplesTab(seed);
  for (const row of HEADER_ROWS) setCell(tab, row, column, header);
  for (let row = 83; row <= 300; row++) if (!HEADER_ROWS.includes(row)) fill(row, tab);
  return seed;
}

/** The cells Add should write for `draft` as No. 54 in the seed's columns, and the Type rule it puts on E. */
function expectedKeys(row: number, extra: string[] = []): string[] {
  const cells = ['A', 'B', 'C', 'D', 'E', 'F', 'K'].map((c) => `${EXAMPLES}!${c}${row} values`);
  return [...cells, `${EXAMPLES}!E${row} validation`, ...extra].sort();
}

function sheetOf(standIn: ReturnType<typeof loadAddon>['standIn'], name = EXAMPLES): Any {
  return (standIn.globals.SpreadsheetApp as Any).getActiveSpreadsheet().getSheetByName(name);
}

describe('Add on a council copy of the sheet', () => {
  it('writes just after the last example although a checkbox column runs down to row 300, leaving the checkboxes', () => {
    const seed = withOwnColumn(15, 'Reviewed?', (row, tab) => setCell(tab, row, 15, false));
    const { run, standIn } = loadAddon(seed);
    const before = standIn.snapshot();
    const result = run.addExample(draft);
    expect(result).toMatchObject({ ok: true, example: { id: '54', row: NEXT } });
    expect(changedKeys(before, standIn.snapshot())).toEqual(expectedKeys(NEXT));
    expect(sheetOf(standIn).getRange(NEXT, 15).getValue()).toBe(false);
  });

  it("never writes over a council's formula in its own column, and the formula sees the new row", () => {
    const seed = withOwnColumn(15, 'Label', (row, tab) =>
      setFormula(tab, row, 15, `=IF(A${row}="","",CONCATENATE("No. ",A${row}))`),
    );
    const { run, standIn } = loadAddon(seed);
    const before = standIn.snapshot();
    expect(run.addExample(draft).ok).toBe(true);
    const diff = snapshotDiff(before, standIn.snapshot());
    // Only the formula's shown value changes in column O: the formula itself is the council's and stays.
    expect(Object.keys(diff)).toEqual(expectedKeys(NEXT, [`${EXAMPLES}!O${NEXT} values`]).sort());
    expect(diff[`${EXAMPLES}!O${NEXT} values`]).toEqual([undefined, '"No. 54"']);
    expect(sheetOf(standIn).getRange(NEXT, 15).getFormula()).toBe(
      `=IF(A${NEXT}="","",CONCATENATE("No. ",A${NEXT}))`,
    );
  });

  it("writes around a council's column in the middle of the table, in one call per side", () => {
    const seed: WorkbookSeed = {
      sheets: [
        {
          name: 'Examples',
          values: [
            [
              'No.',
              'Name',
              'Council',
              'Year',
              'What did the council do?',
              'Type of action',
              'Shift the obstacles [1]',
            ],
            [1, 'Open Door', 'York', '', 'Opened the door.', 'Tweak', 'Anyone can come.'],
          ],
          formulas: [
            [],
            ['', '', '', '=IF(A2="","",CONCATENATE("Year of ",A2))'],
            ['', '', '', '=IF(A3="","",CONCATENATE("Year of ",A3))'],
          ],
        },
      ],
    };
    const { run, standIn } = loadAddon(seed);
    const before = standIn.snapshot();
    standIn.calls.reset();
    const result = run.addExample({ ...draft, notes: [{ principle: 1, text: 'No sign-up needed.' }] });
    expect(result).toMatchObject({ ok: true, example: { id: '2', row: 3 } });
    expect(standIn.calls.byMethod()['Range.setValues']).toBe(2);
    expect(changedKeys(before, standIn.snapshot())).toEqual(
      [
        'A3 values',
        'B3 values',
        'C3 values',
        'D3 values',
        'E3 values',
        'F3 validation',
        'F3 values',
        'G3 values',
      ].map((k) => `Examples!${k}`),
    );
    expect(sheetOf(standIn, 'Examples').getRange('D3').getFormula()).toBe(
      '=IF(A3="","",CONCATENATE("Year of ",A3))',
    );
  });

  it("puts a row in for the example when a council's list starts just under the table, moving the list down intact", () => {
    const seed = seedSpreadsheet();
    const tab = examplesTab(seed);
    // Under the principle columns: no No., name, council or description, so not an example.
    setCell(tab, NEXT, 6, 'Contacts');
    setCell(tab, NEXT + 1, 6, 'Jo Bloggs');
    setCell(tab, NEXT + 1, 7, '0113 496 0000');
    const { run, standIn } = loadAddon(seed);
    const before = standIn.snapshot();
    const result = run.addExample(draft);
    expect(result).toMatchObject({ ok: true, example: { id: '54', row: NEXT } });
    expect(result.message).toContain('A row was put in');
    const after = standIn.snapshot();
    const [was, is] = [examplesTab(before), examplesTab(after)];
    expect(is.maxRows).toBe((was.maxRows ?? 0) + 1);
    // Take the new row out again: everything else is exactly as it was, the list one row lower.
    const shifted = { ...is, values: is.values.filter((_, i) => i !== NEXT - 1), maxRows: was.maxRows };
    delete shifted.validations;
    expect({ ...shifted, validations: undefined }).toEqual({ ...was, validations: undefined });
    expect(is.values[NEXT].slice(5, 7)).toEqual(['Contacts', '']);
    expect(is.values[NEXT + 1].slice(5, 7)).toEqual(['Jo Bloggs', '0113 496 0000']);
    expect(after.sheets.slice(1)).toEqual(before.sheets.slice(1));
  });

  it('takes the row it put in away again when Sheets stops part way, leaving the list where it was', () => {
    const seed = seedSpreadsheet();
    setCell(examplesTab(seed), NEXT, 6, 'Contacts');
    const { run, standIn } = loadAddon(seed);
    const before = standIn.snapshot();
    standIn.failNext(
      'Range.setValues',
      new Error('Service Spreadsheets timed out while accessing document.'),
    );
    const result = run.addExample(draft);
    expect(result.ok).toBe(false);
    expect(result.message).toContain('the spreadsheet is as it was');
    expect(standIn.snapshot()).toEqual(before);
  });

  describe("a council's strict dropdown", () => {
    function withStrictCouncilRule(): WorkbookSeed {
      const seed = seedSpreadsheet();
      examplesTab(seed).validations = [
        { range: 'C83:C400', list: ['Leeds City Council', 'York'], helpText: '', allowInvalid: false },
      ];
      return seed;
    }

    it('refuses a council the rule would reject, names the column and what it allows, and writes nothing', () => {
      const { run, standIn } = loadAddon(withStrictCouncilRule());
      const before = standIn.snapshot();
      const result = run.addExample(draft);
      expect(result.ok).toBe(false);
      expect(result.message).toContain(
        '"Council" column has a rule that only accepts one of: Leeds City Council, York',
      );
      expect(result.message).toContain('"Leeds" cannot go in C234');
      expect(result.message).not.toContain('Try again in a moment');
      expect(result.problems).toMatchObject([{ field: 'council', severity: 'error' }]);
      expect(standIn.snapshot()).toEqual(before);
    });

    it('adds the example when the council is one the rule allows', () => {
      const { run, standIn } = loadAddon(withStrictCouncilRule());
      const result = run.addExample({ ...draft, council: 'Leeds City Council' });
      expect(result).toMatchObject({ ok: true, example: { council: 'Leeds City Council' } });
      expect(sheetOf(standIn).getRange(NEXT, 3).getValue()).toBe('Leeds City Council');
    });
  });

  it("keeps a council's own rule on the Type column instead of putting the add-on's there", () => {
    const seed = seedSpreadsheet();
    const theirs = {
      range: 'E83:E400',
      list: ['Tweak', 'Tactic', 'Project', 'Strategy', 'Pilot'],
      helpText: 'Ours',
      allowInvalid: true,
    };
    examplesTab(seed).validations = [theirs];
    const { run, standIn } = loadAddon(seed);
    const before = standIn.snapshot();
    expect(run.addExample(draft).ok).toBe(true);
    const changed = changedKeys(before, standIn.snapshot());
    expect(changed.filter((k) => k.endsWith('validation'))).toEqual([]);
    expect(sheetOf(standIn).getRange(NEXT, 5).getDataValidation().getHelpText()).toBe('Ours');
  });

  describe('a column the entry needs is missing', () => {
    function withoutColumn(column: number): WorkbookSeed {
      const seed = seedSpreadsheet();
      const tab = examplesTab(seed);
      tab.values = tab.values.map((row) => row.filter((_, c) => c !== column - 1));
      return seed;
    }

    for (const [column, header, field] of [
      [1, 'No.', 'id'],
      [3, 'Council', 'council'],
      [5, 'Type of action', 'type'],
      [11, 'Build relationships into physical spaces [6]', 'notes'],
    ] as const) {
      it(`writes nothing and says how to put back "${header}"`, () => {
        const { run, standIn } = loadAddon(withoutColumn(column));
        const before = standIn.snapshot();
        const result = run.addExample(draft);
        expect(result.ok).toBe(false);
        expect(result.message).toContain(`has no "${header}" column, so nothing was added`);
        expect(result.message).toContain(`type "${header}" in its header cell (row 81)`);
        expect(result.problems[0].field).toBe(field);
        expect(standIn.snapshot()).toEqual(before);
      });
    }
  });

  describe('text stays text', () => {
    const texts: [keyof ExampleDraft, string][] = [
      ['council', '1,700'],
      ['name', 'TRUE'],
      ['name', '007'],
      ['name', '2024-05-01'],
      ['name', "'=SUM(1)"],
    ];
    for (const [field, text] of texts) {
      it(`stores ${field} "${text}" as exactly that text and reads it back identical`, () => {
        const { run, standIn } = loadAddon();
        const result = run.addExample({ ...draft, [field]: text });
        expect(result.ok).toBe(true);
        const column = field === 'name' ? 2 : 3;
        const cell = sheetOf(standIn).getRange(NEXT, column);
        expect(cell.getValue()).toBe(text);
        expect(cell.getDisplayValue()).toBe(text);
        expect(result.ok && result.example[field as 'name' | 'council']).toBe(text);
      });
    }

    it('stores text without an apostrophe in a cell a council formatted as plain text', () => {
      const seed = seedSpreadsheet();
      const formats: string[][] = [];
      formats[NEXT - 1] = ['', '@'];
      examplesTab(seed).numberFormats = formats;
      const { run, standIn } = loadAddon(seed);
      expect(run.addExample({ ...draft, name: '007', council: '1,700' }).ok).toBe(true);
      const sheet = sheetOf(standIn);
      expect([sheet.getRange(NEXT, 2).getValue(), sheet.getRange(NEXT, 3).getValue()]).toEqual([
        '007',
        '1,700',
      ]);
    });

    it('stores a note "100%" as text, not the number 1', () => {
      const { run, standIn } = loadAddon();
      const result = run.addExample({ ...draft, notes: [{ principle: 1, text: '100%' }] });
      expect(sheetOf(standIn).getRange(NEXT, 6).getValue()).toBe('100%');
      expect(result.ok && result.example.notes).toEqual([{ principle: 1, text: '100%' }]);
    });
  });

  it('joins two notes for one principle in the one cell, each on its own line, and reports what the cell holds', () => {
    const { run, standIn } = loadAddon();
    const result = run.addExample({
      ...draft,
      notes: [
        { principle: 1, text: 'No sign-up needed.' },
        { principle: 1, text: 'Open every evening.' },
      ],
    });
    expect(sheetOf(standIn).getRange(NEXT, 6).getValue()).toBe('No sign-up needed.\nOpen every evening.');
    expect(result.ok && result.example.notes).toEqual([
      { principle: 1, text: 'No sign-up needed.\nOpen every evening.' },
    ]);
  });

  it('reports the example as read back from the sheet, the same as the catalogue reads it', () => {
    const { run } = loadAddon();
    const result = run.addExample({ ...draft, links: [{ text: 'Map', url: 'https://leeds.gov.uk/warm' }] });
    expect(result.ok && result.example).toEqual(run.getCatalogue().examples.find((e) => e.row === NEXT));
  });

  it('refuses a description whose link lines take it past 50,000 characters, before writing anything', () => {
    const { run, standIn } = loadAddon();
    const before = standIn.snapshot();
    const result = run.addExample({
      ...draft,
      description: 'x'.repeat(49_990),
      links: [{ text: 'A long link label', url: 'https://leeds.gov.uk/warm' }],
    });
    expect(result.ok).toBe(false);
    expect(result.message).toContain('a cell holds at most 50,000, so nothing was added');
    expect(result.problems[0].field).toBe('description');
    expect(standIn.snapshot()).toEqual(before);
  });

  for (const input of [null, [], 5, 'Warm Spaces', true, { name: 5, notes: 'x', links: null }]) {
    it(`answers ${JSON.stringify(input)} with a message, never a JavaScript error, and writes nothing`, () => {
      const { run, standIn } = loadAddon();
      const before = standIn.snapshot();
      const result = run.addExample(input as unknown as ExampleDraft);
      expect(result.ok).toBe(false);
      expect(result.message.length).toBeGreaterThan(20);
      expect(standIn.snapshot()).toEqual(before);
    });
  }
});
