import { beforeEach, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/core/model';
import { type LoadedAddon, loadAddon, spreadsheetWithExamples } from './addon';
import { EXAMPLES, FIRST_EXAMPLE_ROW } from './contribute-helpers';

const row = FIRST_EXAMPLE_ROW;

/** The sidebar's starting point: a fresh read, with the version it came from. */
function firstRead(addon: LoadedAddon): { catalogue: Catalogue; version: string } {
  const update = addon.run.getCatalogueIfChanged('', null);
  if (!update.changed) throw new Error('an empty version must always read the sheet again');
  return update;
}

describe('checking whether the sheet changed since the sidebar read it', () => {
  let addon: LoadedAddon;
  let known: { catalogue: Catalogue; version: string };
  const check = () => addon.run.getCatalogueIfChanged(known.version, known.catalogue.table);
  /** A person's edit in the grid, with the onEdit trigger Sheets runs for it. */
  const editWithTrigger = (a1: string, values: (string | number)[][]) =>
    addon.raw.onEdit(addon.standIn.edit(EXAMPLES, a1, values));

  beforeEach(() => {
    addon = loadAddon();
    addon.standIn.setAuthMode('LIMITED');
    known = firstRead(addon);
  });

  it('says nothing changed, and sends no catalogue, when nobody touched the sheet', () => {
    const before = addon.standIn.snapshot();
    expect(check()).toEqual({ changed: false, version: known.version });
    expect(addon.standIn.snapshot()).toEqual(before);
  });

  it('sees an edit to a description (through onEdit) and sends the examples as the sheet has them now', () => {
    editWithTrigger(`D${row}`, [['A new description']]);
    const update = check();
    expect(update.changed).toBe(true);
    if (!update.changed) return;
    expect(update.catalogue.examples.find((e) => e.row === row)?.description).toBe('A new description');
    expect(update.version).not.toBe(known.version);
  });

  it('agrees with itself after a refresh: the version sent with the new catalogue checks as unchanged', () => {
    editWithTrigger(`C${row}`, [['Wigan']]);
    const update = check();
    if (!update.changed) throw new Error('the edit was missed');
    expect(addon.run.getCatalogueIfChanged(update.version, update.catalogue.table).changed).toBe(false);
  });

  it('sees a sort that no trigger reports: two examples swapped rows', () => {
    const width = known.catalogue.table?.columns.width ?? 0;
    const grid = addon.standIn.snapshot().sheets.find((s) => s.name === EXAMPLES)?.values ?? [];
    const first = grid[row - 1].slice(0, width);
    const second = grid[row].slice(0, width);
    const end = String.fromCharCode(64 + width);
    addon.standIn.edit(EXAMPLES, `A${row}:${end}${row + 1}`, [second, first]);
    const update = check();
    expect(update.changed).toBe(true);
    if (update.changed) expect(update.catalogue.examples[0].id).toBe(String(second[0]));
  });

  it('sees rows deleted below the table without any trigger', () => {
    const { lastRow } = known.catalogue.table ?? { lastRow: 0 };
    addon.standIn.edit(EXAMPLES, `A${lastRow}:D${lastRow}`, [['', '', '', '']]);
    expect(check().changed).toBe(true);
  });

  it('misses, by design, an in-place edit onEdit did not report; "Refresh" (an empty version) still reads it', () => {
    addon.standIn.edit(EXAMPLES, `D${row}`, [['Changed by a script']]);
    expect(check().changed).toBe(false);
    const refreshed = addon.run.getCatalogueIfChanged('', known.catalogue.table);
    expect(refreshed.changed && refreshed.catalogue.examples[0].description).toBe('Changed by a script');
  });

  it('sees an examples tab that was renamed', () => {
    const app = addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    app.getActiveSpreadsheet().getSheetByName(EXAMPLES)?.setName('Examples');
    expect(check().changed).toBe(true);
  });
});

describe('what the check costs', () => {
  const callsAt = (count: number) => {
    const addon = loadAddon(spreadsheetWithExamples(count));
    const { version, catalogue } = firstRead(addon);
    addon.standIn.calls.reset();
    expect(addon.run.getCatalogueIfChanged(version, catalogue.table).changed).toBe(false);
    return addon.standIn.calls.byMethod();
  };

  it('makes the same service calls at 53 and 1,000 examples, and reads no notes, links or formulas', () => {
    const small = callsAt(53);
    expect(callsAt(1000)).toEqual(small);
    expect(Object.keys(small).filter((m) => /RichText|Formulas|getDataRange/.test(m))).toEqual([]);
  });
});
