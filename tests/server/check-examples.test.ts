import { describe, expect, it } from 'vitest';
import { MARK_BACKGROUNDS, MARK_PREFIX } from '../../src/core/marks';
import { loadAddon, seedSpreadsheet, spreadsheetWithExamples } from './addon';
import { cellAt, EXAMPLES, FIRST_EXAMPLE_ROW } from './contribute-helpers';

const row = FIRST_EXAMPLE_ROW;

// biome-ignore lint/suspicious/noExplicitAny: the stand-in's globals are untyped Apps Script objects
type Any = any;

describe('checkExamples on the seed', () => {
  it('lists the seed problems: the unlabelled note in P83 and 18 descriptions with HTML', () => {
    const { run } = loadAddon();
    const result = run.checkExamples();
    expect(result.problems).toHaveLength(19);
    expect(result.problems[0]).toMatchObject({ cell: `P${row}`, severity: 'warning', sheet: EXAMPLES });
    expect(result.message).toBe('Found 19 warnings in 19 rows.');
  });

  it('marks each problem cell', () => {
    const { run, standIn } = loadAddon();
    run.checkExamples();
    const cell = cellAt(standIn, `P${row}`);
    expect(cell.note.startsWith(MARK_PREFIX)).toBe(true);
    expect(cell.background).toBe(MARK_BACKGROUNDS.warning);
  });

  it('removes stale marks from rows fixed since the last check', () => {
    const { run, raw, standIn } = loadAddon();
    raw.onEdit(standIn.edit(EXAMPLES, `E${row}`, [['Tweek']]));
    expect(cellAt(standIn, `E${row}`).note).not.toBe('');
    standIn.edit(EXAMPLES, `E${row}`, [['Strategy']]); // fixed without onEdit running
    run.checkExamples();
    expect(cellAt(standIn, `E${row}`)).toMatchObject({ note: '', background: '#ffffff' });
  });

  it('checks again without adding a second mark', () => {
    const { run, standIn } = loadAddon();
    run.checkExamples();
    const first = standIn.snapshot();
    run.checkExamples();
    expect(standIn.snapshot()).toEqual(first);
  });

  it('leaves a problem cell with a person note unmarked and says so', () => {
    const seed = seedSpreadsheet();
    const tab = seed.sheets[0];
    tab.notes = tab.values.map((r) => r.map(() => ''));
    tab.notes[row - 1][15] = 'Moved here from the old sheet';
    const { run, standIn } = loadAddon(seed);
    const result = run.checkExamples();
    expect(cellAt(standIn, `P${row}`).note).toBe('Moved here from the old sheet');
    expect(result.unmarked.map((p) => p.cell)).toEqual([`P${row}`]);
  });

  it('puts the Type dropdown of the four types, with help text, on the type cells and the rows below', () => {
    const { run, standIn } = loadAddon();
    run.checkExamples();
    const sheet = (standIn.globals.SpreadsheetApp as Any).getActiveSpreadsheet().getSheetByName(EXAMPLES);
    for (const r of [row, 500, 1000]) {
      const rule = sheet.getRange(r, 5).getDataValidation();
      expect(rule.getCriteriaValues()).toEqual([['Tweak', 'Tactic', 'Project', 'Strategy'], true]);
      expect(rule.getHelpText()).toContain('Tweak (a quick fix');
    }
  });

  it('keeps the dropdown off the repeated header rows', () => {
    const { run, standIn } = loadAddon();
    const values = standIn.snapshot().sheets[0].values;
    const repeated = values.findIndex((r, i) => i > row && r[4] === 'Type of action') + 1;
    expect(repeated).toBeGreaterThan(row);
    run.checkExamples();
    const sheet = (standIn.globals.SpreadsheetApp as Any).getActiveSpreadsheet().getSheetByName(EXAMPLES);
    expect(sheet.getRange(repeated, 5).getDataValidation()).toBeNull();
  });

  it('selects a problem cell', () => {
    const { run, standIn } = loadAddon();
    expect(run.selectProblemCell(EXAMPLES, `P${row}`).found).toBe(true);
    const active = (standIn.globals.SpreadsheetApp as Any).getActiveRange();
    expect(active.getA1Notation()).toBe(`P${row}`);
  });

  it('selects the whole row for a problem about a column the table lacks', () => {
    const { run, standIn } = loadAddon();
    expect(run.selectProblemCell(EXAMPLES, `${row}:${row}`).found).toBe(true);
    expect((standIn.globals.SpreadsheetApp as Any).getActiveRange().getRow()).toBe(row);
  });

  it('says when the tab of a problem is gone', () => {
    const { run } = loadAddon();
    expect(run.selectProblemCell('Old tab', 'A1')).toMatchObject({ found: false });
  });

  it('makes the same service calls on 53 examples and on 10,000', () => {
    const seed = (count: number) => {
      const s = count === 53 ? seedSpreadsheet() : spreadsheetWithExamples(count);
      s.sheets[0].maxRows = s.sheets[0].values.length + 100;
      return s;
    };
    const small = loadAddon(seed(53));
    const large = loadAddon(seed(10_000));
    small.standIn.calls.reset();
    large.standIn.calls.reset();
    small.run.checkExamples();
    large.run.checkExamples();
    expect(large.standIn.calls.byMethod()).toEqual(small.standIn.calls.byMethod());
  });

  it('appears in the menu without any other service call in onOpen', () => {
    const { raw, standIn } = loadAddon();
    standIn.setAuthMode('NONE');
    raw.onOpen({});
    const items = standIn.ui.menus[0].items;
    expect(items).toContainEqual({ caption: 'Check all examples', functionName: 'checkExamplesFromMenu' });
  });

  it('says what it found in a toast when run from the menu', () => {
    const { raw, standIn } = loadAddon();
    raw.checkExamplesFromMenu();
    expect(standIn.ui.toasts[0]).toContain('Found 19 warnings in 19 rows.');
  });
});
