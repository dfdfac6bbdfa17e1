import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { WorkbookSeed } from '../../apps-script-standin/index';
import { findExamplesTable } from '../../src/core/read-workbook';
import { INJECTIONS, PRINCIPLE_4_IDS } from '../core/export-fixtures';
import { type LoadedAddon, loadAddon, seedSpreadsheet, spreadsheetWithExamples } from './addon';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function spreadsheet(addon: LoadedAddon): Spreadsheet {
  return (
    addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
}

function tab(addon: LoadedAddon, name: string): Sheet {
  const sheet = spreadsheet(addon).getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

/** The seed with extra example rows whose name, council, description and a note are formula-like text. */
function hostileSpreadsheet(): WorkbookSeed {
  const seed = seedSpreadsheet();
  const grid = seed.sheets[0];
  const table = findExamplesTable([{ name: grid.name, values: grid.values }]);
  if (!table) throw new Error('seed has no table');
  const { columns } = table.location;
  const width = Math.max(...grid.values.map((r) => r.length));
  for (const [i, text] of INJECTIONS.entries()) {
    const row: string[] = Array(width).fill('');
    row[columns.id - 1] = String(100 + i);
    row[columns.name - 1] = text;
    row[columns.council - 1] = text;
    row[columns.description - 1] = text;
    row[columns.type - 1] = 'Tweak';
    row[(columns.principles[4] ?? 0) - 1] = text;
    grid.values.push(row);
  }
  // Written as text, as a person's typed apostrophe would keep them: the seed holds values, not formulas.
  grid.formulas = grid.values.map((r) => r.map(() => ''));
  return seed;
}

describe('exporting to a new tab', () => {
  it('makes a tab named with the date and time, holding the eight principle 4 examples and their notes', () => {
    const addon = loadAddon();
    const result = addon.run.exportExamples({ principles: [4] }, 'sheet');
    expect(result).toMatchObject({ format: 'sheet', count: 8 });
    expect(result.sheetName).toMatch(/^Export \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d\.\d\d$/);
    const values = tab(addon, result.sheetName ?? '')
      .getDataRange()
      .getValues();
    expect(values[0][0]).toBe(
      'Framework in Action: resource list: 8 examples showing 4. Create open and transparent cultures',
    );
    expect(values.slice(3, 11).map((r) => String(r[0]))).toEqual(PRINCIPLE_4_IDS);
    const noteColumn = values[2].indexOf('4. Create open and transparent cultures');
    const catalogue = addon.run.getCatalogue();
    for (const row of values.slice(3, 11)) {
      const example = catalogue.examples.find((e) => e.id === String(row[0]));
      expect(row[noteColumn]).toBe(example?.notes.find((n) => n.principle === 4)?.text);
    }
  });

  it('freezes the title and header rows and wraps the text', () => {
    const addon = loadAddon();
    const { sheetName } = addon.run.exportExamples({ principles: [4] }, 'sheet');
    const sheet = tab(addon, sheetName ?? '');
    expect(sheet.getFrozenRows()).toBe(3);
    expect(sheet.getColumnWidth(4)).toBe(360);
    expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
    expect(sheet.getRange(4, 4).getVerticalAlignment()).toBe('top');
  });

  it('ends with the useful resources and the principle legend', () => {
    const addon = loadAddon();
    const { sheetName } = addon.run.exportExamples({ principles: [4] }, 'sheet');
    const firstColumn = tab(addon, sheetName ?? '')
      .getDataRange()
      .getValues()
      .map((r) => r[0]);
    expect(firstColumn).toContain('Useful Resources');
    expect(firstColumn.slice(-9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("makes a second tab when run twice and leaves the user's tabs cell for cell unchanged", () => {
    const addon = loadAddon();
    const before = addon.standIn.snapshot();
    const first = addon.run.exportExamples({ principles: [4] }, 'sheet');
    const second = addon.run.exportExamples({ principles: [4] }, 'sheet');
    expect(second.sheetName).not.toBe(first.sheetName);
    const after = addon.standIn.snapshot();
    expect(after.sheets.map((s) => s.name)).toEqual([
      ...before.sheets.map((s) => s.name),
      first.sheetName,
      second.sheetName,
    ]);
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
  });

  it('adds " (2)" rather than replacing a tab that already has the name', () => {
    const addon = loadAddon();
    const utilities = addon.standIn.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
    const now = Date.now();
    // This minute's name and the next one's are both taken (in another case: Sheets ignores case),
    // whichever minute the export runs in.
    const taken = [now, now + 60_000].map((t) =>
      `export ${utilities.formatDate(new Date(t), 'Europe/London', 'd MMM yyyy, HH.mm')}`.toLowerCase(),
    );
    for (const name of taken) spreadsheet(addon).insertSheet(name);
    const before = addon.standIn.snapshot();
    const { sheetName } = addon.run.exportExamples({}, 'sheet');
    expect(taken.map((name) => `${name} (2)`)).toContain(sheetName?.toLowerCase());
    expect(addon.standIn.snapshot().sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
  });

  it('leaves no live formula in the export tab, however the examples begin', () => {
    const addon = loadAddon(hostileSpreadsheet());
    const hostile = addon.run.getCatalogue().examples.filter((e) => Number(e.id) >= 100);
    const { sheetName, count } = addon.run.exportExamples({ types: ['Tweak'] }, 'sheet');
    expect(count).toBeGreaterThan(INJECTIONS.length);
    const range = tab(addon, sheetName ?? '').getDataRange();
    expect(
      range
        .getFormulas()
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
    const names = range
      .getValues()
      .slice(3, 3 + count)
      .map((r) => r[1]);
    expect(names.slice(-hostile.length)).toEqual(hostile.map((e) => e.name));
    expect(hostile.every((e) => /^[=+\-@]/.test(e.name))).toBe(true);
  });

  it("keeps an example's links as links in the Links column", () => {
    const seed = seedSpreadsheet();
    const grid = seed.sheets[0];
    const table = findExamplesTable([{ name: grid.name, values: grid.values }]);
    const first = table?.examples[0];
    if (!table || !first) throw new Error('seed has no examples');
    grid.richLinks = grid.values.map((r, i) =>
      r.map((_, c) =>
        i === first.row - 1 && c === table.location.columns.name - 1
          ? [{ text: first.name, url: 'https://example.org/kirklees' }]
          : null,
      ),
    );
    const addon = loadAddon(seed);
    const { sheetName } = addon.run.exportExamples({ principles: [4] }, 'sheet');
    const sheet = tab(addon, sheetName ?? '');
    const runs = sheet.getRange(4, 15).getRichTextValue()?.getRuns() ?? [];
    expect(runs.map((r) => [r.getText(), r.getLinkUrl()])).toEqual([
      [first.name, 'https://example.org/kirklees'],
    ]);
  });

  it('makes the same service calls for 53 and 10,000 examples', () => {
    const calls = (addon: LoadedAddon) => {
      addon.standIn.calls.reset();
      addon.run.exportExamples({}, 'sheet');
      return addon.standIn.calls.byMethod();
    };
    const small = calls(loadAddon());
    const large = calls(loadAddon(spreadsheetWithExamples(10_000)));
    expect(large).toEqual(small);
    expect(small['Range.setValues']).toBe(1);
  });

  it('says so, and makes no tab, while someone else holds the document lock', () => {
    const addon = loadAddon();
    const release = addon.standIn.holdLock('document');
    expect(() => addon.run.exportExamples({}, 'sheet')).toThrow(/Someone else is changing this spreadsheet/);
    release();
    expect(spreadsheet(addon).getSheets()).toHaveLength(seedSpreadsheet().sheets.length);
  });

  for (const method of [
    'Range.setValues',
    'Range.setWrap',
    'Range.setRichTextValues',
    'SpreadsheetApp.flush',
  ]) {
    it(`takes its new tab away again when ${method} fails, leaving the spreadsheet as it was cell by cell`, () => {
      const addon = loadAddon();
      const before = addon.standIn.snapshot();
      addon.standIn.failNext(method, new Error('Service Spreadsheets timed out while accessing document.'));
      expect(() => addon.run.exportExamples({ principles: [4] }, 'sheet')).toThrow(
        /^The export tab was not made\. .*the spreadsheet is as it was\. Try again in a moment\.$/,
      );
      expect(addon.standIn.snapshot()).toEqual(before);
    });
  }

  it('says plainly when it could not take its tab away again, and where to look', () => {
    const addon = loadAddon();
    addon.standIn.failNext('Range.setValues');
    addon.standIn.failNext('Spreadsheet.deleteSheet');
    expect(() => addon.run.exportExamples({}, 'sheet')).toThrow(
      /^The export tab was not made\. .*could not put back everything.*File > Version history/,
    );
    expect(spreadsheet(addon).getSheets()).toHaveLength(seedSpreadsheet().sheets.length + 1);
  });

  it('makes the tab on the next try after a failed write', () => {
    const addon = loadAddon();
    addon.standIn.failNext('Range.setValues');
    expect(() => addon.run.exportExamples({}, 'sheet')).toThrow();
    const { sheetName } = addon.run.exportExamples({}, 'sheet');
    expect(
      spreadsheet(addon)
        .getSheets()
        .map((s) => s.getName()),
    ).toContain(sheetName);
  });
});

describe('exporting a file', () => {
  it('returns the CSV of the principle 4 examples, for the sidebar to download', () => {
    const result = loadAddon().run.exportExamples({ principles: [4] }, 'csv');
    expect(result).toMatchObject({ format: 'csv', count: 8, mimeType: 'text/csv;charset=utf-8' });
    expect(result.filename).toMatch(/^framework-in-action-\d{4}-\d\d-\d\d\.csv$/);
    const rows = Papa.parse<string[]>((result.content ?? '').slice(1), { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((r) => r[0])).toEqual(PRINCIPLE_4_IDS);
  });

  it('returns Markdown and a printable page, and changes nothing in the spreadsheet', () => {
    const addon = loadAddon();
    const before = addon.standIn.snapshot();
    expect(addon.run.exportExamples({ principles: [4] }, 'markdown', { grouping: 'type' }).count).toBe(8);
    expect(addon.run.exportExamples({ principles: [4] }, 'html').content).toContain('<!doctype html>');
    expect(addon.standIn.snapshot()).toEqual(before);
  });

  it('refuses a format it does not know, saying which there are', () => {
    expect(() => loadAddon().run.exportExamples({}, 'pdf' as 'csv')).toThrow(/Choose how to export/);
  });
});
