// The edges of what a council's spreadsheet can be: each works, or says why in words a council officer knows.

import { describe, expect, it } from 'vitest';
import type { CellValue, WorkbookSeed } from '../../apps-script-standin/index';
import { messyWorkbook } from '../../bench/workbooks';
import type { ExampleDraft } from '../../src/core/draft';
import { type LoadedAddon, loadAddon, seedSpreadsheet } from '../server/addon';
import { HEADERS } from './hostile-workbook';

const CELL_LIMIT = 50_000;

const DRAFT: ExampleDraft = {
  name: 'Warm Spaces',
  council: 'Leeds',
  description: 'Opened libraries as warm spaces in winter.',
  type: 'Tweak',
  notes: [{ principle: 6, text: 'Libraries as meeting places.' }],
  links: [],
};

/** Words a person can act on: no stack trace, no code names, no "undefined". */
function expectPlainWords(message: string | undefined): void {
  expect(message?.trim()).toBeTruthy();
  expect(message).not.toMatch(
    /TypeError|ReferenceError|RangeError|undefined|\bnull\b|\bat \w+ \(|Exception|NaN/,
  );
}

/** The call's result, or the words of the error the sidebar would show. */
function outcome<T>(call: () => T): { result?: T; error?: string } {
  try {
    return { result: call() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** No cell the add-on leaves in the workbook holds more than Sheets allows. */
function expectCellsWithinLimit(addon: LoadedAddon): void {
  const long = addon.standIn
    .snapshot()
    .sheets.flatMap((s) => s.values.flat().map((v) => ({ sheet: s.name, length: String(v).length })))
    .filter((c) => c.length > CELL_LIMIT);
  expect(long).toEqual([]);
}

describe('an empty spreadsheet', () => {
  const empty: WorkbookSeed = { sheets: [{ name: 'Sheet1', values: [] }] };

  it('opens the sidebar with nothing to show and no error', () => {
    const addon = loadAddon(empty);
    addon.raw.showSidebar();
    const catalogue = addon.run.getCatalogue();
    expect(catalogue.examples).toEqual([]);
    expect(catalogue.table).toBeNull();
  });

  it('explains that there is no table when asked to add, check, filter, show or export', () => {
    const addon = loadAddon(empty);
    const calls = {
      addExample: () => addon.run.addExample(DRAFT),
      checkExamples: () => addon.run.checkExamples(),
      applySheetFilter: () => addon.run.applySheetFilter({ types: ['Tweak'] }),
      selectExample: () => addon.run.selectExample('1'),
    };
    for (const [name, call] of Object.entries(calls)) {
      const { result, error } = outcome(call as () => { message?: string });
      const message = error ?? result?.message;
      expectPlainWords(message);
      expect(message, name).toMatch(/no Framework in Action table/i);
    }
  });

  it('adds the 53 examples when asked', () => {
    const addon = loadAddon(empty);
    const result = addon.run.insertExamples();
    expect(result.catalogue.examples).toHaveLength(53);
    expectPlainWords(result.message);
  });

  it('exports nothing to a file, saying so, and runs the Navigator', () => {
    const addon = loadAddon(empty);
    const { result, error } = outcome(() => addon.run.exportExamples({}, 'csv'));
    if (error) expectPlainWords(error);
    else expect(result?.count).toBe(0);
    expect(addon.run.getNavigator().principles ?? []).toBeDefined();
  });
});

describe('a table with headers only', () => {
  const headersOnly: WorkbookSeed = { sheets: [{ name: 'Framework in Action', values: [HEADERS] }] };

  it('is a table with no examples yet', () => {
    const catalogue = loadAddon(headersOnly).run.getCatalogue();
    expect(catalogue.table).not.toBeNull();
    expect(catalogue.examples).toEqual([]);
  });

  it('takes its first example as No. 1 on the row below the headers', () => {
    const result = loadAddon(headersOnly).run.addExample(DRAFT);
    expect(result).toMatchObject({ ok: true, example: { id: '1', row: 2 } });
  });

  it('checks, filters and exports with no error', () => {
    const addon = loadAddon(headersOnly);
    expectPlainWords(addon.run.checkExamples().message);
    const filtered = outcome(() => addon.run.applySheetFilter({ types: ['Tweak'] }));
    if (filtered.error) expectPlainWords(filtered.error);
    expect(addon.run.exportExamples({}, 'markdown').count).toBe(0);
  });
});

// 1,000 examples already run through the seed's page-broken body 19 times (repeated headers, blank rows,
// HTML): what a long sheet adds over a short one. 10,000 is the benchmark's size, which checks the same
// three results there (bench/operations.ts) and fails when one is wrong.
describe('1,000 examples in the real messy layout', () => {
  it('reads them all, adds the 1,001st and checks them', () => {
    const addon = loadAddon(messyWorkbook(1_000));
    expect(addon.run.getCatalogue().examples).toHaveLength(1_000);
    expect(addon.run.addExample(DRAFT)).toMatchObject({ ok: true, example: { id: '1001' } });
    expectPlainWords(addon.run.checkExamples().message);
  });
});

describe('a 50,000-character cell', () => {
  const longText = 'Residents and officers met weekly. '.repeat(2000).slice(0, CELL_LIMIT);

  function withLongDescription(): WorkbookSeed {
    const seed = seedSpreadsheet();
    const rows = seed.sheets[0].values;
    const first = rows.findIndex((r) => r[0] === 1);
    rows[first] = rows[first].map((v, c) => (c === 3 ? longText : v)) as CellValue[];
    return seed;
  }

  it('is read whole', () => {
    const example = loadAddon(withLongDescription()).run.getCatalogue().examples[0];
    expect(example.description).toHaveLength(longText.trim().length);
  });

  it('is exported to a new tab without going over what a cell holds', () => {
    const addon = loadAddon(withLongDescription());
    const result = outcome(() => addon.run.exportExamples({}, 'sheet'));
    if (result.error) expectPlainWords(result.error);
    expectCellsWithinLimit(addon);
  });

  it('is refused one character longer from the form, saying how long a cell may be', () => {
    const result = loadAddon().run.addExample({ ...DRAFT, description: `${longText}!` });
    expect(result.ok).toBe(false);
    const message = result.problems.map((p) => p.message).join(' ');
    expect(message).toMatch(/50,000/);
    expectPlainWords(message);
  });
});

describe('a sheet 1,000 columns wide', () => {
  function wide(): WorkbookSeed {
    const seed = seedSpreadsheet();
    const tab = seed.sheets[0];
    tab.values = tab.values.map((row) => [...row, ...Array<CellValue>(1_000 - row.length).fill('')]);
    const headerRow = tab.values.findIndex((r) => r[0] === 'No.');
    tab.values[headerRow][999] = 'Our own notes';
    tab.values[headerRow + 2][999] = 'Asked the leader in May';
    return seed;
  }

  it('reads the examples and keeps the council’s own column', () => {
    const catalogue = loadAddon(wide()).run.getCatalogue();
    expect(catalogue.examples).toHaveLength(53);
    expect(catalogue.table?.columns.extra).toContain(1_000);
  });

  it('adds, checks, filters and exports as on a narrow sheet', () => {
    const addon = loadAddon(wide());
    expect(addon.run.addExample(DRAFT).ok).toBe(true);
    expectPlainWords(addon.run.checkExamples().message);
    // The seed's 6 Tweaks and the one just added.
    expect(addon.run.applySheetFilter({ types: ['Tweak'] }).shown).toBe(7);
    expect(addon.run.exportExamples({ types: ['Tweak'] }, 'html').count).toBe(7);
  });
});
