import { beforeEach, describe, expect, it } from 'vitest';
import { MARK_BACKGROUNDS, MARK_PREFIX } from '../../src/core/marks';
import { loadAddon, seedSpreadsheet, spreadsheetWithExamples } from './addon';
import { cellAt, cellCalls, EXAMPLES, FIRST_EXAMPLE_ROW, LAST_EXAMPLE_ROW } from './contribute-helpers';

const row = FIRST_EXAMPLE_ROW;

describe('onEdit on the examples tab', () => {
  let addon: ReturnType<typeof loadAddon>;
  const edit = (a1: string, values: (string | number)[][], sheet = EXAMPLES) => {
    const event = addon.standIn.edit(sheet, a1, values);
    addon.standIn.calls.reset();
    addon.raw.onEdit(event);
  };

  beforeEach(() => {
    addon = loadAddon();
    addon.standIn.setAuthMode('LIMITED');
  });

  it('marks a misspelt type with its own note and a soft background, leaving the value', () => {
    edit(`E${row}`, [['Tweek']]);
    const cell = cellAt(addon.standIn, `E${row}`);
    expect(cell.value).toBe('Tweek');
    expect(cell.note.startsWith(MARK_PREFIX)).toBe(true);
    expect(cell.note).toContain(
      'Type of action must be Tweak, Tactic, Project or Strategy. Did you mean Tweak?',
    );
    expect(cell.background).toBe(MARK_BACKGROUNDS.error);
  });

  it('clears its mark when the problem is fixed', () => {
    edit(`E${row}`, [['Tweek']]);
    edit(`E${row}`, [['Tweak']]);
    expect(cellAt(addon.standIn, `E${row}`)).toMatchObject({ note: '', background: '#ffffff' });
  });

  it('leaves a person note and colour in place on a problem cell', () => {
    const seed = seedSpreadsheet();
    const tab = seed.sheets[0];
    tab.notes = tab.values.map((r) => r.map(() => ''));
    tab.backgrounds = tab.values.map((r) => r.map(() => '#ffffff'));
    tab.notes[row - 1][2] = 'Ask Priya which council';
    tab.backgrounds[row - 1][2] = '#00ff00';
    addon = loadAddon(seed);
    edit(`C${row}`, [['']]);
    expect(cellAt(addon.standIn, `C${row}`)).toMatchObject({
      note: 'Ask Priya which council',
      background: '#00ff00',
    });
  });

  it('checks every row of a pasted block of 5 rows by 14 columns, reading and writing once each', () => {
    const pasted = [84, 85, 86, 87, 88].map((r, i) => [
      r - 82,
      `Pasted ${i}`,
      i === 2 ? 'Gatshead' : 'Leeds',
      'Did something.',
      i === 4 ? 'Projet' : 'Project',
      i === 0 ? '' : 'A note.',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    edit('A84:N88', pasted);
    expect(cellAt(addon.standIn, 'F84').note).toContain('at least one principle');
    expect(cellAt(addon.standIn, 'C86').note).toContain('Did you mean Gateshead?');
    expect(cellAt(addon.standIn, 'C86').background).toBe(MARK_BACKGROUNDS.warning);
    expect(cellAt(addon.standIn, 'E88').note).toContain('Did you mean Project?');
    expect(cellCalls(addon.standIn)).toMatchObject({
      'Range.getValues': 1,
      'Range.getNotes': 1,
      'Range.getBackgrounds': 1,
      'Range.setNotes': 1,
      'Range.setBackgrounds': 1,
    });
  });

  it('checks a row added below the table, asking for the next free No.', () => {
    const added = LAST_EXAMPLE_ROW + 1;
    edit(`B${added}:F${added}`, [['Warm Spaces', 'Leeds', 'Opened libraries.', 'Tweak', 'No sign-up.']]);
    expect(cellAt(addon.standIn, `A${added}`).note).toContain('next free number, 54');
  });

  it('removes its marks from a row that is cleared', () => {
    const added = LAST_EXAMPLE_ROW + 1;
    edit(`B${added}:C${added}`, [['Warm Spaces', '']]);
    expect(cellAt(addon.standIn, `C${added}`).note).not.toBe('');
    edit(`B${added}:C${added}`, [['', '']]);
    for (const column of 'ABCDEF') expect(cellAt(addon.standIn, `${column}${added}`).note).toBe('');
  });

  it('does nothing for an edit in the preamble above the table', () => {
    const before = addon.standIn.snapshot();
    edit('A1', [['The Framework in Action: our copy']]);
    const after = addon.standIn.snapshot();
    expect(after.sheets[0].notes).toEqual(before.sheets[0].notes);
    expect(cellCalls(addon.standIn)).toEqual({ 'Range.getValues': 1 });
  });

  it('does nothing on another tab', () => {
    edit('A2', [['=1+1']], 'Useful Resources');
    expect(cellAt(addon.standIn, 'A2', 'Useful Resources').note).toBe('');
    expect(cellCalls(addon.standIn)['Range.getNotes']).toBeUndefined();
  });

  it('never changes a value, a formula or a note it did not write', () => {
    const event = addon.standIn.edit(EXAMPLES, `A${row}:N${row + 1}`, [
      ['', '=HYPERLINK("x")', 'leeds', '', 'Tweek', '', '', '', '', '', '', '', '', ''],
      [2, '', '', '', '', '', '', '', '', '', '', '', '', ''],
    ]);
    const before = addon.standIn.snapshot().sheets[0];
    addon.raw.onEdit(event);
    const after = addon.standIn.snapshot().sheets[0];
    expect(after.values).toEqual(before.values);
    expect(after.formulas).toEqual(before.formulas);
    expect(cellAt(addon.standIn, `A${row}`).note).toContain('No. is missing');
  });

  it('makes the same service calls on 53 examples and on 10,000', () => {
    edit(`E${row}`, [['Tweek']]);
    const small = addon.standIn.calls.byMethod();
    addon = loadAddon(spreadsheetWithExamples(10_000));
    addon.standIn.setAuthMode('LIMITED');
    edit(`E${row}`, [['Tweek']]);
    expect(addon.standIn.calls.byMethod()).toEqual(small);
    expect(cellAt(addon.standIn, `E${row}`).note).toContain('Did you mean Tweak?');
  });
});
