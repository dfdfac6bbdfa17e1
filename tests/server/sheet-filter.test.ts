import { describe, expect, it } from 'vitest';
import type { WorkbookSeed } from '../../apps-script-standin/index';
import { filterExamples } from '../../src/core/filter';
import type { Query } from '../../src/core/model';
import { type LoadedAddon, loadAddon, seedSpreadsheet, spreadsheetWithExamples } from './addon';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function examplesSheet(addon: LoadedAddon): Sheet {
  const app = addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActiveSpreadsheet().getSheetByName('Framework in Action') as Sheet;
}

/** The example rows a person sees between the table's first and last rows. */
function visibleExampleRows(addon: LoadedAddon): number[] {
  const sheet = examplesSheet(addon);
  const catalogue = addon.run.getCatalogue();
  return catalogue.examples.map((e) => e.row).filter((row) => !sheet.isRowHiddenByFilter(row));
}

/** Every row of the table below its header that a person sees. */
function visibleTableRows(addon: LoadedAddon): number[] {
  const sheet = examplesSheet(addon);
  const { table } = addon.run.getCatalogue();
  if (!table) throw new Error('no table');
  const rows: number[] = [];
  for (let r = table.headerRow + 2; r <= table.lastRow; r++) if (!sheet.isRowHiddenByFilter(r)) rows.push(r);
  return rows;
}

const QUERY: Query = { principles: [3], types: ['Tactic'] };

describe('Show only these in the sheet', () => {
  it('leaves exactly the matching example rows in view, and hides every other row inside the table', () => {
    const addon = loadAddon();
    const expected = filterExamples(addon.run.getCatalogue().examples, QUERY).map((e) => e.row);
    expect(expected.length).toBeGreaterThan(0);
    addon.run.applySheetFilter(QUERY);
    expect(visibleTableRows(addon)).toEqual(expected);
  });

  it('says how many examples the sheet now shows and hides, and which row it selected', () => {
    const addon = loadAddon();
    const first = filterExamples(addon.run.getCatalogue().examples, QUERY)[0];
    const result = addon.run.applySheetFilter(QUERY);
    expect(result).toEqual({ shown: 2, hidden: 51, filtered: true, firstRow: first.row });
  });

  it('scrolls to and selects the first matching row across the table, so the person sees the result', () => {
    const addon = loadAddon();
    const { table, examples } = addon.run.getCatalogue();
    const first = filterExamples(examples, QUERY)[0];
    addon.run.applySheetFilter(QUERY);
    const app = addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const range = app.getActiveSpreadsheet().getActiveRange();
    expect(range?.getSheet().getName()).toBe('Framework in Action');
    expect([range?.getRow(), range?.getNumRows(), range?.getColumn()]).toEqual([first.row, 1, 1]);
    expect(range?.getNumColumns()).toBe(table?.columns.width);
  });

  it('selects nothing when no example matches', () => {
    const addon = loadAddon();
    const result = addon.run.applySheetFilter({ text: 'no example says zzyzx' });
    expect(result.firstRow).toBeUndefined();
    expect(result.shown).toBe(0);
  });

  it('uses Sheets’ own filter with one criteria on the No. column, so the toolbar shows and clears it', () => {
    const addon = loadAddon();
    addon.standIn.calls.reset();
    addon.run.applySheetFilter(QUERY);
    const calls = addon.standIn.calls.byMethod();
    expect(calls['Range.createFilter']).toBe(1);
    expect(calls['Filter.setColumnFilterCriteria']).toBe(1);
    const filter = addon.standIn.snapshot().sheets[0].filter;
    expect(Object.keys(filter?.criteria ?? {})).toEqual(['1']);
  });

  it('replaces its own filter when asked again with another query', () => {
    const addon = loadAddon();
    addon.run.applySheetFilter(QUERY);
    const result = addon.run.applySheetFilter({ types: ['Tweak'] });
    expect(result).toMatchObject({ shown: 6, hidden: 47, filtered: true });
    expect(visibleExampleRows(addon)).toHaveLength(6);
  });

  it('with nothing chosen, shows every example and still hides the repeated headers and blank rows', () => {
    const addon = loadAddon();
    const all = addon.run.getCatalogue().examples.map((e) => e.row);
    addon.run.applySheetFilter({});
    expect(visibleTableRows(addon)).toEqual(all);
  });

  it('writes no cell', () => {
    const addon = loadAddon();
    const before = addon.standIn.snapshot().sheets.map((s) => s.values);
    addon.run.applySheetFilter(QUERY);
    expect(addon.standIn.snapshot().sheets.map((s) => s.values)).toEqual(before);
  });
});

function withUserFilter(): WorkbookSeed {
  const seed = seedSpreadsheet();
  seed.sheets[0].filter = { range: 'A82:N200', criteria: { 3: { hiddenValues: ['Leeds'] } } };
  return seed;
}

describe('a filter the person made', () => {
  it('is left exactly as it was, and the person is told how to clear it', () => {
    const addon = loadAddon(withUserFilter());
    const before = addon.standIn.snapshot().sheets[0].filter;
    const result = addon.run.applySheetFilter(QUERY);
    expect(addon.standIn.snapshot().sheets[0].filter).toEqual(before);
    expect(result.filtered).toBe(false);
    expect(result.message).toMatch(/already has a filter that the add-on did not make.*Data > Remove filter/);
  });

  it('is not removed by "Show all rows", which says it is still there', () => {
    const addon = loadAddon(withUserFilter());
    const before = addon.standIn.snapshot().sheets[0].filter;
    const result = addon.run.clearSheetFilter();
    expect(addon.standIn.snapshot().sheets[0].filter).toEqual(before);
    expect(result.message).toMatch(/did not make/);
  });

  it('counts the add-on’s own filter as the person’s once they change what it hides', () => {
    const addon = loadAddon();
    addon.run.applySheetFilter(QUERY);
    const filter = examplesSheet(addon).getFilter();
    const app = addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    filter?.setColumnFilterCriteria(1, app.newFilterCriteria().setHiddenValues(['1']).build());
    const result = addon.run.clearSheetFilter();
    expect(examplesSheet(addon).getFilter()).not.toBeNull();
    expect(result.message).toMatch(/did not make/);
  });
});

describe('when the filter cannot be made', () => {
  const TIMED_OUT = new Error('Service Spreadsheets timed out while accessing document.');
  const SAID = /^The sheet was not filtered\. .*the spreadsheet is as it was\. Try again in a moment\.$/;

  /** The seed with the document's property store full but for a few bytes, as other add-ons can leave it. */
  function fullStore(): WorkbookSeed {
    const documentProperties: Record<string, string> = {};
    for (let i = 0; i < 55; i++)
      documentProperties[`other-addon-${String(i).padStart(2, '0')}`] = 'x'.repeat(9 * 1024);
    const used = Object.entries(documentProperties).reduce((n, [k, v]) => n + k.length + v.length, 0);
    documentProperties.filler = 'x'.repeat(500 * 1024 - used - 'filler'.length - 16);
    return { ...seedSpreadsheet(), documentProperties };
  }

  it('changes nothing when there is no room to note the filter, and says what to do', () => {
    const addon = loadAddon(fullStore());
    const before = addon.standIn.snapshot();
    const result = addon.run.applySheetFilter(QUERY);
    expect(result).toMatchObject({
      filtered: false,
      message: expect.stringMatching(/no room left.*Delete a saved view/),
    });
    expect(addon.standIn.snapshot()).toEqual(before);
  });

  for (const method of [
    'Properties.setProperty',
    'Range.createFilter',
    'Filter.setColumnFilterCriteria',
    'SpreadsheetApp.flush',
  ]) {
    it(`leaves the sheet and the add-on's note as they were when ${method} fails`, () => {
      const addon = loadAddon();
      const before = addon.standIn.snapshot();
      addon.standIn.failNext(method, TIMED_OUT);
      expect(() => addon.run.applySheetFilter(QUERY)).toThrow(SAID);
      expect(addon.standIn.snapshot()).toEqual(before);
    });
  }

  it('puts back its earlier filter, still known as its own, when the new one cannot be made', () => {
    const addon = loadAddon();
    addon.run.applySheetFilter(QUERY);
    const before = addon.standIn.snapshot();
    addon.standIn.failNext('Filter.setColumnFilterCriteria', TIMED_OUT);
    expect(() => addon.run.applySheetFilter({ types: ['Tweak'] })).toThrow(SAID);
    expect(addon.standIn.snapshot()).toEqual(before);
    expect(addon.run.clearSheetFilter().message).toBeUndefined();
    expect(examplesSheet(addon).getFilter()).toBeNull();
  });
});

describe('Show all rows', () => {
  it('removes the add-on’s filter, so every row shows again', () => {
    const addon = loadAddon();
    addon.run.applySheetFilter(QUERY);
    const result = addon.run.clearSheetFilter();
    expect(result).toEqual({ shown: 53, hidden: 0, filtered: false });
    expect(addon.standIn.snapshot().sheets[0].filter ?? null).toBeNull();
    expect(visibleExampleRows(addon)).toHaveLength(53);
  });

  it('forgets the filter it made, so a later filter of the person’s own is safe', () => {
    const addon = loadAddon();
    addon.run.applySheetFilter(QUERY);
    addon.run.clearSheetFilter();
    expect(Object.keys(addon.standIn.snapshot().documentProperties ?? {})).toEqual([]);
  });

  it('does nothing when there is no filter', () => {
    const addon = loadAddon();
    expect(addon.run.clearSheetFilter()).toEqual({ shown: 53, hidden: 0, filtered: false });
  });
});

describe('a spreadsheet with no examples table', () => {
  const blank: WorkbookSeed = { sheets: [{ name: 'Sheet1', values: [['Budget'], [120]] }] };

  it('says so, and what to do, for both buttons', () => {
    const addon = loadAddon(blank);
    expect(addon.run.applySheetFilter(QUERY).message).toMatch(
      /no Framework in Action table.*Add the 53 examples/,
    );
    expect(addon.run.clearSheetFilter().message).toMatch(/no Framework in Action table/);
  });
});

describe('service calls', () => {
  function callsFor(seed: WorkbookSeed, act: (addon: LoadedAddon) => void): Record<string, number> {
    const addon = loadAddon(seed);
    addon.standIn.calls.reset();
    act(addon);
    return addon.standIn.calls.byMethod();
  }

  it('"Show only these in the sheet" makes the same calls for 53 and for 10,000 examples', () => {
    const act = (addon: LoadedAddon) => addon.run.applySheetFilter(QUERY);
    expect(callsFor(spreadsheetWithExamples(10_000), act)).toEqual(callsFor(seedSpreadsheet(), act));
  });

  it('applying again makes the same calls for 53 and for 10,000 examples', () => {
    const act = (addon: LoadedAddon) => {
      addon.run.applySheetFilter(QUERY);
      addon.run.applySheetFilter({ types: ['Tweak'] });
    };
    expect(callsFor(spreadsheetWithExamples(10_000), act)).toEqual(callsFor(seedSpreadsheet(), act));
  });

  it('"Show all rows" makes the same calls for 53 and for 10,000 examples', () => {
    const act = (addon: LoadedAddon) => {
      addon.run.applySheetFilter(QUERY);
      addon.run.clearSheetFilter();
    };
    expect(callsFor(spreadsheetWithExamples(10_000), act)).toEqual(callsFor(seedSpreadsheet(), act));
  });
});
