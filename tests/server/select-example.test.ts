import { describe, expect, it } from 'vitest';
import type { WorkbookSeed } from '../../apps-script-standin/index';
import { type LoadedAddon, loadAddon, seedSpreadsheet, spreadsheetWithExamples } from './addon';

function activeRange(addon: LoadedAddon): { sheet: string; a1: string } {
  const app = addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const range = app.getActiveSpreadsheet().getActiveRange();
  if (!range) throw new Error('nothing is selected');
  return { sheet: range.getSheet().getName(), a1: range.getA1Notation() };
}

describe('Show in sheet', () => {
  it('selects the example’s row across the table’s columns, and says where it is', () => {
    const addon = loadAddon();
    const example = addon.run.getCatalogue().examples.find((e) => e.id === '12');
    const result = addon.run.selectExample('12');
    expect(result).toMatchObject({ found: true, sheet: 'Framework in Action', row: example?.row });
    expect(activeRange(addon)).toEqual({ sheet: 'Framework in Action', a1: result.range });
    expect(result.range).toBe(`A${example?.row}:N${example?.row}`);
    expect(result.message).toBe(`Selected row ${example?.row} on the "Framework in Action" tab.`);
  });

  it('activates the examples tab when another tab was open', () => {
    const seed = seedSpreadsheet();
    seed.activeSheet = 'Useful Resources';
    const addon = loadAddon(seed);
    addon.run.selectExample('1');
    expect(addon.standIn.snapshot().activeSheet).toBe('Framework in Action');
  });

  it('says plainly when the example is no longer in the sheet, and selects nothing', () => {
    const addon = loadAddon();
    const result = addon.run.selectExample('99');
    expect(result.found).toBe(false);
    expect(result.message).toMatch(/Example No\. 99 is no longer in the sheet.*Refresh/);
  });

  it('warns when the add-on’s filter hides the row it selected', () => {
    const addon = loadAddon();
    addon.run.applySheetFilter({ types: ['Tweak'] });
    const result = addon.run.selectExample('1');
    expect(result.found).toBe(true);
    expect(result.message).toMatch(/a filter hides it: choose "Show all rows"/);
  });

  it('says there is no table on a spreadsheet without one', () => {
    const blank: WorkbookSeed = { sheets: [{ name: 'Sheet1', values: [] }] };
    expect(loadAddon(blank).run.selectExample('1')).toMatchObject({ found: false });
  });

  it('makes the same service calls for 53 and for 10,000 examples', () => {
    const small = loadAddon();
    const large = loadAddon(spreadsheetWithExamples(10_000));
    small.standIn.calls.reset();
    large.standIn.calls.reset();
    small.run.selectExample('40');
    large.run.selectExample('9999');
    expect(large.standIn.calls.byMethod()).toEqual(small.standIn.calls.byMethod());
  });
});
