// The export tab as the add-on's own: marked by metadata, named and dated as people read times, text kept as text, titles cut to fit.

import { describe, expect, it } from 'vitest';
import type { WorkbookSeed } from '../../apps-script-standin/index';
import { findExamplesTable } from '../../src/core/read-workbook';
import { CELL_CHARACTER_LIMIT } from '../../src/core/sheet-limits';
import { type LoadedAddon, loadAddon, seedSpreadsheet } from './addon';

const ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d/;
const READABLE = /\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d/;

function tabValues(addon: LoadedAddon, name: string) {
  const sheet = addon.standIn.snapshot().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

/** The seed with one more example whose text Sheets would turn into other things if written plainly. */
function seedWithLookalikes(): WorkbookSeed {
  const seed = seedSpreadsheet();
  const grid = seed.sheets[0];
  const table = findExamplesTable([{ name: grid.name, values: grid.values }]);
  if (!table) throw new Error('seed has no table');
  const { columns } = table.location;
  const row: string[] = Array(Math.max(...grid.values.map((r) => r.length))).fill('');
  row[columns.id - 1] = '900';
  row[columns.name - 1] = '007';
  row[columns.council - 1] = '1,700';
  row[columns.description - 1] = "'=SUM(1)";
  row[columns.type - 1] = 'Tweak';
  row[(columns.principles[2] ?? 0) - 1] = 'TRUE';
  row[(columns.principles[3] ?? 0) - 1] = '2024-05-01';
  grid.values.push(row);
  // Text as the council typed it, not numbers or dates: the seed holds values exactly.
  grid.numberFormats = grid.values.map((r) => r.map(() => '@'));
  return seed;
}

describe('the export tab', () => {
  it('is marked as the add-on’s by developer metadata, and changes no other tab or store', () => {
    const addon = loadAddon();
    const before = addon.standIn.snapshot();
    const { sheetName } = addon.run.exportExamples({ principles: [4] }, 'sheet');
    const after = addon.standIn.snapshot();
    expect(tabValues(addon, sheetName ?? '').developerMetadata).toEqual([
      { key: 'frameworkInAction.tab', value: 'export', visibility: 'DOCUMENT' },
    ]);
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.sheets).toHaveLength(before.sheets.length + 1);
    expect([after.documentProperties, after.userProperties]).toEqual([
      before.documentProperties,
      before.userProperties,
    ]);
  });

  it('is named and dated as people read times, in the spreadsheet’s time zone, with no ISO time in it', () => {
    const addon = loadAddon(undefined, { timeZone: 'Asia/Kolkata' });
    const utilities = addon.standIn.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
    const { sheetName } = addon.run.exportExamples({ principles: [4] }, 'sheet');
    const values = tabValues(addon, sheetName ?? '').values;
    const stamp = /Exported (.*)\. Made by/.exec(String(values[1][0]))?.[1] ?? '';
    expect(stamp).toMatch(new RegExp(`^${READABLE.source}$`));
    expect(sheetName).toBe(`Export ${stamp.replace(':', '.')}`);
    // Within the minute the export ran, in Kolkata's time.
    const now = utilities.formatDate(new Date(), 'Asia/Kolkata', 'd MMM yyyy, HH:mm');
    const before = utilities.formatDate(new Date(Date.now() - 60_000), 'Asia/Kolkata', 'd MMM yyyy, HH:mm');
    expect([now, before]).toContain(stamp);
    expect(values.flat().filter((v) => ISO.test(String(v)))).toEqual([]);
  });

  it('keeps what councils typed as exactly that text', () => {
    const addon = loadAddon(seedWithLookalikes());
    const example = addon.run.getCatalogue().examples.find((e) => e.id === '900');
    expect(example).toMatchObject({ name: '007', council: '1,700', description: "'=SUM(1)" });
    const { sheetName } = addon.run.exportExamples({ text: '1,700' }, 'sheet');
    const sheet = tabValues(addon, sheetName ?? '');
    const row = sheet.values.find((r) => r[0] === 900) ?? [];
    expect(row.slice(1, 5)).toEqual(['007', '1,700', "'=SUM(1)", 'Tweak']);
    expect(row).toContain('TRUE');
    expect(row).toContain('2024-05-01');
    expect((sheet.formulas ?? []).flat().filter((f) => f !== '')).toEqual([]);
  });

  it('has its title cut to fit when the filter would make it longer than a cell holds, and says so with …', () => {
    const addon = loadAddon();
    const councils = Array.from({ length: 200 }, (_, i) => `${'Borough '.repeat(40)}${i}`);
    const { sheetName, count } = addon.run.exportExamples({ councils, text: 'x'.repeat(400) }, 'sheet');
    expect(count).toBe(0);
    const title = String(tabValues(addon, sheetName ?? '').values[0][0]);
    expect(title.length).toBeLessThanOrEqual(1_000);
    expect(title.endsWith('…')).toBe(true);
    expect(title.startsWith('Framework in Action: resource list: ')).toBe(true);
  });

  it('keeps every cell within what Sheets holds', () => {
    const seed = seedSpreadsheet();
    const grid = seed.sheets[0];
    const table = findExamplesTable([{ name: grid.name, values: grid.values }]);
    const first = table?.examples[0];
    if (!table || !first) throw new Error('seed has no examples');
    grid.values[first.row - 1][table.location.columns.description - 1] = 'd'.repeat(CELL_CHARACTER_LIMIT);
    const addon = loadAddon(seed);
    const { sheetName } = addon.run.exportExamples({}, 'sheet');
    const longest = Math.max(
      ...tabValues(addon, sheetName ?? '')
        .values.flat()
        .map((v) => String(v).length),
    );
    expect(longest).toBeLessThanOrEqual(CELL_CHARACTER_LIMIT);
  });

  it('takes another name when a person’s tab has this one in another case', () => {
    const addon = loadAddon();
    const first = addon.run.exportExamples({}, 'sheet').sheetName ?? '';
    const app = addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    app.getActiveSpreadsheet().getSheetByName(first)?.setName(first.toUpperCase());
    const second = addon.run.exportExamples({}, 'sheet').sheetName ?? '';
    expect([`${first} (2)`, expect.stringMatching(/^Export /)]).toContainEqual(second);
    expect(second.toLowerCase()).not.toBe(first.toLowerCase());
  });
});

describe('export files', () => {
  it.each(['csv', 'markdown', 'html'] as const)(
    '%s: dated as people read times, with no ISO time',
    (format) => {
      const result = loadAddon().run.exportExamples({ principles: [4] }, format);
      const content = result.content ?? '';
      expect(content).not.toMatch(ISO);
      if (format !== 'csv') expect(content).toMatch(new RegExp(`Exported ${READABLE.source}`));
      expect(result.filename).toMatch(/^framework-in-action-\d{4}-\d\d-\d\d\./);
    },
  );
});
