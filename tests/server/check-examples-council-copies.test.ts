import { describe, expect, it } from 'vitest';
import type { SheetSeed, WorkbookSeed } from '../../apps-script-standin/index';
import { MARK_BACKGROUNDS, MARK_PREFIX } from '../../src/core/marks';
import { TYPE_HELP_TEXT } from '../../src/core/write-plan';
import { loadAddon, seedSpreadsheet } from './addon';
import { cellAt, EXAMPLES, FIRST_EXAMPLE_ROW, LAST_EXAMPLE_ROW } from './contribute-helpers';
import { changedKeys, snapshotDiff } from './workbook-diff';

// "Check all examples" and onEdit on council copies: marks only on example rows, only the add-on's part of a note.

const row = FIRST_EXAMPLE_ROW;
const TYPES = ['Tweak', 'Tactic', 'Project', 'Strategy'];

// biome-ignore lint/suspicious/noExplicitAny: the stand-in's globals are untyped Apps Script objects
type Any = any;

function tab(seed: WorkbookSeed): SheetSeed {
  return seed.sheets[0];
}

/** A FALSE checkbox in column O down to row 300, and a council's list of contacts under the principle columns. */
function councilCopy(): WorkbookSeed {
  const seed = seedSpreadsheet();
  const values = tab(seed).values;
  for (const r of [81, 232]) values[r - 1][14] = 'Reviewed?';
  for (let r = 83; r <= 300; r++) {
    values[r - 1] ??= Array.from({ length: 16 }, () => '');
    if (r !== 232) values[r - 1][14] = false;
  }
  values[LAST_EXAMPLE_ROW + 2][5] = 'Contacts';
  values[LAST_EXAMPLE_ROW + 3][5] = 'Jo Bloggs';
  return seed;
}

/** The 1-based row of a key such as "Framework in Action!C240 notes". */
function rowOf(key: string): number {
  return Number(/!([A-Z]+)(\d+) /.exec(key)?.[2] ?? 0);
}

describe('Check all examples on a council copy', () => {
  it('marks no row below the last example: not the checkboxes, not the list', () => {
    const { run, standIn } = loadAddon(councilCopy());
    const before = standIn.snapshot();
    const result = run.checkExamples();
    const marked = changedKeys(before, standIn.snapshot()).filter((k) => / (notes|backgrounds)$/.test(k));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((k) => rowOf(k) > LAST_EXAMPLE_ROW)).toEqual([]);
    expect(result.problems.filter((p) => p.row > LAST_EXAMPLE_ROW)).toEqual([]);
  });

  it("keeps a council's own Type rule, puts the add-on's where there is none, and changes nothing else", () => {
    const seed = seedSpreadsheet();
    const theirs = {
      range: 'E83:E120',
      list: ['Quick win', 'Big project'],
      helpText: 'Ours',
      allowInvalid: false,
    };
    tab(seed).validations = [theirs];
    const { run, standIn } = loadAddon(seed);
    const before = standIn.snapshot();
    run.checkExamples();
    const diff = snapshotDiff(before, standIn.snapshot());
    const rules = Object.keys(diff).filter((k) => k.endsWith(' validation'));
    expect(rules.some((k) => rowOf(k) <= 120)).toBe(false);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((k) => k.startsWith(`${EXAMPLES}!E`) && diff[k][0] === undefined)).toBe(true);
    const sheet = (standIn.globals.SpreadsheetApp as Any).getActiveSpreadsheet().getSheetByName(EXAMPLES);
    expect(sheet.getRange('E100').getDataValidation().getHelpText()).toBe('Ours');
    expect(sheet.getRange('E121').getDataValidation().getHelpText()).toBe(TYPE_HELP_TEXT);
  });

  it('knows its own Type rule by its exact list and help text, and leaves it as it is when checking again', () => {
    const seed = seedSpreadsheet();
    tab(seed).validations = [
      { range: 'E83:E1000', list: TYPES, helpText: TYPE_HELP_TEXT, allowInvalid: true },
    ];
    const { run, standIn } = loadAddon(seed);
    const before = standIn.snapshot();
    standIn.calls.reset();
    run.checkExamples();
    expect(changedKeys(before, standIn.snapshot()).filter((k) => k.endsWith(' validation'))).toEqual([]);
    expect(standIn.calls.byMethod()['Range.setDataValidations']).toBeUndefined();
  });

  it('does not take a rule with the same list but other help text for its own', () => {
    const seed = seedSpreadsheet();
    tab(seed).validations = [{ range: 'E83:E1000', list: TYPES, helpText: 'Pick one', allowInvalid: true }];
    const { run, standIn } = loadAddon(seed);
    const before = standIn.snapshot();
    run.checkExamples();
    expect(changedKeys(before, standIn.snapshot()).filter((k) => k.endsWith(' validation'))).toEqual([]);
  });

  it('answers on a tab whose header row is its last row, without a range error', () => {
    const seed: WorkbookSeed = {
      sheets: [
        {
          name: 'Examples',
          values: [['No.', 'Name', 'Council', 'What did the council do?', 'Type of action']],
          maxRows: 1,
        },
      ],
    };
    const { run, standIn } = loadAddon(seed);
    const before = standIn.snapshot();
    const result = run.checkExamples();
    expect(result).toMatchObject({
      problems: [],
      unmarked: [],
      message: 'No problems found in the examples.',
    });
    expect(standIn.snapshot()).toEqual(before);
  });
});

describe("the add-on's part of a check note", () => {
  const edit = (addon: ReturnType<typeof loadAddon>, a1: string, value: string) =>
    addon.raw.onEdit(addon.standIn.edit(EXAMPLES, a1, [[value]]));

  function withAddedLine(addon: ReturnType<typeof loadAddon>, a1: string, line: string): void {
    const range = (addon.standIn.globals.SpreadsheetApp as Any)
      .getActiveSpreadsheet()
      .getSheetByName(EXAMPLES)
      .getRange(a1);
    range.setNote(`${range.getNote()}\n${line}`);
  }

  it('keeps a line a person added below it when the problem is fixed and the mark goes', () => {
    const addon = loadAddon();
    edit(addon, `E${row}`, 'Tweek');
    withAddedLine(addon, `E${row}`, 'Asked Priya to check.');
    const before = addon.standIn.snapshot();
    edit(addon, `E${row}`, 'Tweak');
    const diff = snapshotDiff(before, addon.standIn.snapshot());
    expect(Object.keys(diff)).toEqual([
      `${EXAMPLES}!E${row} backgrounds`,
      `${EXAMPLES}!E${row} notes`,
      `${EXAMPLES}!E${row} values`,
    ]);
    expect(cellAt(addon.standIn, `E${row}`)).toMatchObject({
      note: 'Asked Priya to check.',
      background: '#ffffff',
    });
  });

  it('keeps the added line below the new mark when the problem changes', () => {
    const addon = loadAddon();
    edit(addon, `E${row}`, 'Tweek');
    withAddedLine(addon, `E${row}`, 'Asked Priya to check.');
    edit(addon, `E${row}`, 'Stratgy');
    const note = cellAt(addon.standIn, `E${row}`).note;
    expect(note.startsWith(MARK_PREFIX)).toBe(true);
    expect(note).toContain('Did you mean Strategy?');
    expect(note).not.toContain('Did you mean Tweak?');
    expect(note.endsWith('\nAsked Priya to check.')).toBe(true);
    expect(cellAt(addon.standIn, `E${row}`).background).toBe(MARK_BACKGROUNDS.error);
  });
});

describe('onEdit on a council copy', () => {
  it('marks nothing when a checkbox below the table is ticked', () => {
    const addon = loadAddon(councilCopy());
    const before = addon.standIn.snapshot();
    addon.raw.onEdit(addon.standIn.edit(EXAMPLES, 'O280', [[true]]));
    expect(changedKeys(before, addon.standIn.snapshot())).toEqual([`${EXAMPLES}!O280 values`]);
  });

  for (const event of [undefined, null, {}, { range: 'A1' }, [], 7]) {
    it(`returns quietly for an event ${JSON.stringify(event)} that Sheets would never send`, () => {
      const addon = loadAddon();
      const before = addon.standIn.snapshot();
      expect(() => addon.raw.onEdit(event)).not.toThrow();
      expect(addon.standIn.snapshot()).toEqual(before);
    });
  }
});

describe('selectProblemCell', () => {
  it('says to run the check again when the cell is no longer on the tab', () => {
    const seed = seedSpreadsheet();
    tab(seed).maxRows = 240;
    const { run } = loadAddon(seed);
    const result = run.selectProblemCell(EXAMPLES, 'C500');
    expect(result).toEqual({
      found: false,
      message: `C500 is no longer on the "${EXAMPLES}" tab: rows or columns were deleted since the check. Run "Check all examples" again.`,
    });
    expect(run.selectProblemCell(EXAMPLES, 'AB10').found).toBe(false);
    expect(run.selectProblemCell(EXAMPLES, '300:300').found).toBe(false);
  });

  for (const [sheet, cell] of [
    [null, 'C5'],
    [EXAMPLES, 7],
    [['a'], { a: 1 }],
    [EXAMPLES, 'C0'],
  ]) {
    it(`answers ${JSON.stringify([sheet, cell])} with a message, not a JavaScript error`, () => {
      const { run } = loadAddon();
      const result = run.selectProblemCell(sheet as string, cell as string);
      expect(result.found).toBe(false);
      expect(result.message).toContain('Run "Check all examples" again.');
    });
  }
});
