import { describe, expect, it } from 'vitest';
import type { WorkbookSeed } from '../../apps-script-standin/index';
import { filterExamples } from '../../src/core/filter';
import type { Query } from '../../src/core/model';
import { type LoadedAddon, loadAddon, seedSpreadsheet } from './addon';
import { EXAMPLES } from './contribute-helpers';
import { changedKeys } from './workbook-diff';

// "Show only these in the sheet" and "Show in sheet" when examples share a No., have none, or a person
// added criteria of their own to the add-on's filter.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function examplesSheet(addon: LoadedAddon): Sheet {
  const app = addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActiveSpreadsheet().getSheetByName(EXAMPLES) as Sheet;
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

/** The seed with cells of the examples tab changed, e.g. { A84: 1 }. */
function seedWith(cells: Record<string, string | number>): WorkbookSeed {
  const seed = seedSpreadsheet();
  for (const [a1, value] of Object.entries(cells)) {
    const [, column, row] = /^([A-Z])(\d+)$/.exec(a1) ?? [];
    seed.sheets[0].values[Number(row) - 1][column.charCodeAt(0) - 65] = value;
  }
  return seed;
}

const KIRKLEES: Query = { councils: ['Kirklees'] };

function matchingRows(addon: LoadedAddon, query: Query): number[] {
  return filterExamples(addon.run.getCatalogue().examples, query).map((e) => e.row);
}

describe('Show only these in the sheet, exactly', () => {
  it('shows only the match when another example shares its No.', () => {
    const addon = loadAddon(seedWith({ A84: 1 }));
    const expected = matchingRows(addon, KIRKLEES);
    expect(expected).toContain(83);
    const result = addon.run.applySheetFilter(KIRKLEES);
    expect(visibleTableRows(addon)).toEqual(expected);
    expect(result).toEqual({
      shown: expected.length,
      hidden: 53 - expected.length,
      filtered: true,
      firstRow: expected[0],
    });
  });

  it('shows a matching example that has no No., and hides the blank rows and the other examples', () => {
    const addon = loadAddon(seedWith({ A83: '' }));
    const expected = matchingRows(addon, KIRKLEES);
    expect(expected).toContain(83);
    addon.run.applySheetFilter(KIRKLEES);
    expect(visibleTableRows(addon)).toEqual(expected);
  });

  it('lists the examples it cannot hide, and says why', () => {
    const addon = loadAddon(seedWith({ A84: 1, B84: 'Kirklees Democracy Commission' }));
    const name = addon.run.getCatalogue().examples.find((e) => e.row === 83)?.name;
    expect(name).toBe('Kirklees Democracy Commission');
    const result = addon.run.applySheetFilter(KIRKLEES);
    expect(result.notHidden).toEqual([{ id: '1', name, row: 84 }]);
    expect(result.message).toContain(`No. 1 "${name}" (row 84)`);
    expect(visibleTableRows(addon)).toEqual([...matchingRows(addon, KIRKLEES), 84].sort((a, b) => a - b));
  });

  it('changes nothing but the filter and its note in the document properties', () => {
    const addon = loadAddon(seedWith({ A84: 1 }));
    const before = addon.standIn.snapshot();
    addon.run.applySheetFilter(KIRKLEES);
    expect(changedKeys(before, addon.standIn.snapshot())).toEqual([
      `${EXAMPLES} filter`,
      'documentProperties frameworkInAction.sheetFilter',
    ]);
  });
});

describe("a person's own criteria on the add-on's filter", () => {
  function withTheirCriteria(addon: LoadedAddon): void {
    const app = addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    examplesSheet(addon)
      .getFilter()
      ?.setColumnFilterCriteria(3, app.newFilterCriteria().setHiddenValues(['Newham']).build());
  }

  it('are kept when the add-on filters again', () => {
    const addon = loadAddon();
    addon.run.applySheetFilter({ types: ['Tweak'] });
    withTheirCriteria(addon);
    const result = addon.run.applySheetFilter({ types: ['Project', 'Tweak'] });
    expect(addon.standIn.snapshot().sheets[0].filter?.criteria[3]).toEqual({ hiddenValues: ['Newham'] });
    expect(result.message).toContain('Your own filter settings on "Council" are still on');
    const newham = addon.run.getCatalogue().examples.find((e) => e.council === 'Newham');
    expect(newham && examplesSheet(addon).isRowHiddenByFilter(newham.row)).toBe(true);
  });

  it('are kept by "Show all rows", which removes only the add-on\'s own criteria and says so', () => {
    const addon = loadAddon();
    addon.run.applySheetFilter({ types: ['Tweak'] });
    withTheirCriteria(addon);
    const result = addon.run.clearSheetFilter();
    expect(addon.standIn.snapshot().sheets[0].filter?.criteria).toEqual({ 3: { hiddenValues: ['Newham'] } });
    expect(result.message).toContain('"Council"');
    // Still the add-on's filter: filtering again keeps their criteria rather than refusing.
    expect(addon.run.applySheetFilter({ types: ['Tweak'] }).filtered).toBe(true);
    expect(addon.standIn.snapshot().sheets[0].filter?.criteria[3]).toEqual({ hiddenValues: ['Newham'] });
  });
});

describe('Show in sheet with a shared No.', () => {
  it("selects the example's own row, told apart by the row the sidebar saw", () => {
    const addon = loadAddon(seedWith({ A84: 1 }));
    expect(addon.run.selectExample('1', 84)).toMatchObject({ found: true, row: 84, range: 'A84:N84' });
    expect(addon.standIn.selection()).toMatchObject({ row: 84 });
    expect(addon.run.selectExample('1', 83)).toMatchObject({ found: true, row: 83 });
  });

  it('selects an example with no No. by its row', () => {
    const addon = loadAddon(seedWith({ A83: '' }));
    expect(addon.run.selectExample('', 83)).toMatchObject({ found: true, row: 83 });
  });

  it('says it cannot tell which one was meant when the row moved and the No. is shared', () => {
    const addon = loadAddon(seedWith({ A84: 1 }));
    const result = addon.run.selectExample('1', 90);
    expect(result.found).toBe(false);
    expect(result.message).toContain('2 examples now have that No. (rows 83, 84)');
    expect(addon.standIn.selection()).toBeNull();
  });
});

describe('Show in sheet without a row', () => {
  it('says where to choose when two examples share the No., rather than select the wrong one', () => {
    const addon = loadAddon(seedWith({ A84: 1 }));
    const result = addon.run.selectExample('1');
    expect(result).toMatchObject({ found: false });
    expect(result.message).toContain('2 examples have that No. (rows 83, 84)');
    expect(result.message).toContain('choose "Show in sheet" there');
  });
});

describe('odd input from the sidebar', () => {
  const inputs: unknown[] = [null, [], 5, 'text', { principles: 'x', types: [null] }, true];
  for (const input of inputs) {
    it(`gets a plain answer, never a JavaScript error, for ${JSON.stringify(input)}`, () => {
      const addon = loadAddon();
      const call = (name: string, ...args: unknown[]) =>
        (addon.run as unknown as Record<string, (...a: unknown[]) => unknown>)[name](...args);
      expect(() => call('applySheetFilter', input)).not.toThrow();
      expect(() => call('clearSheetFilter', input)).not.toThrow();
      expect(() => call('checkExamples', input)).not.toThrow();
      expect(() => call('insertExamples', input)).not.toThrow();
      const selected = call('selectExample', input, input) as { found: boolean; message: string };
      expect(selected.message.length).toBeGreaterThan(10);
    });
  }
});
