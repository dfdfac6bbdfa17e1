import { describe, expect, it } from 'vitest';
import type { WorkbookSeed } from '../../apps-script-standin/index';
import { readCatalogue } from '../../src/core/read-workbook';
import { seedWorkbook } from '../core/seed';
import { loadAddon } from './addon';

const empty = (): WorkbookSeed => ({ sheets: [{ name: 'Sheet1', values: [] }] });
const seedCatalogue = readCatalogue(seedWorkbook());

describe('adding the 53 examples to a spreadsheet that has none', () => {
  it('writes a new examples tab with one header row and the 53 examples, and a Useful Resources tab', () => {
    const addon = loadAddon(empty());
    addon.run.insertExamples();
    const sheets = addon.standIn.snapshot().sheets;
    expect(sheets.map((s) => s.name)).toEqual(['Sheet1', 'Framework in Action', 'Useful Resources']);
    const [header, ...rows] = sheets[1].values;
    expect(header.slice(0, 6)).toEqual([
      'No.',
      'Name',
      'Council',
      'What did the council do?',
      'Type of action',
      'Shift the obstacles [1]',
    ]);
    expect(rows.filter((r) => r.some((c) => c !== ''))).toHaveLength(53);
    expect(sheets[2].values.filter((r) => r.some((c) => c !== ''))).toHaveLength(12);
  });

  it('returns the catalogue read back from the new tabs: the same examples as the bundled data', () => {
    const result = loadAddon(empty()).run.insertExamples();
    const strip = (e: (typeof seedCatalogue.examples)[number]) => ({
      id: e.id,
      name: e.name,
      council: e.council,
      description: e.description,
      type: e.type,
      notes: e.notes,
    });
    expect(result.catalogue.examples.map(strip)).toEqual(seedCatalogue.examples.map(strip));
    expect(result.catalogue.resources.map((r) => r.name)).toEqual(seedCatalogue.resources.map((r) => r.name));
    expect(result.catalogue.problems).toEqual([]);
    expect(result.catalogue.table).toMatchObject({ sheet: 'Framework in Action', headerRow: 1 });
    expect(result.message).toMatch(/Added 53 examples on a new "Framework in Action" tab/);
  });

  it('writes each tab with one setValues call', () => {
    const addon = loadAddon(empty());
    addon.standIn.calls.reset();
    addon.run.insertExamples();
    expect(addon.standIn.calls.byMethod()['Range.setValues']).toBe(2);
  });

  it('writes no formulas, whatever the text starts with', () => {
    const addon = loadAddon(empty());
    addon.run.insertExamples();
    for (const sheet of addon.standIn.snapshot().sheets)
      expect((sheet.formulas ?? []).flat().every((f) => f === '')).toBe(true);
  });

  it('never writes over an existing tab: it picks a free name and leaves the old tab as it was', () => {
    const seed: WorkbookSeed = {
      sheets: [
        { name: 'Framework in Action', values: [['My notes'], ['Call Leeds']] },
        { name: 'Useful Resources', values: [['Links we like']] },
      ],
    };
    const addon = loadAddon(seed);
    const result = addon.run.insertExamples();
    const sheets = addon.standIn.snapshot().sheets;
    expect(sheets.map((s) => s.name)).toEqual([
      'Framework in Action',
      'Useful Resources',
      'Framework in Action (2)',
      'Useful Resources (2)',
    ]);
    expect(sheets[0].values.slice(0, 2).map((r) => r[0])).toEqual(['My notes', 'Call Leeds']);
    expect(sheets[1].values[0][0]).toBe('Links we like');
    expect(result.sheet).toBe('Framework in Action (2)');
  });

  it('adds nothing when the spreadsheet already has the examples', () => {
    const addon = loadAddon();
    const before = addon.standIn.snapshot().sheets;
    const result = addon.run.insertExamples();
    expect(addon.standIn.snapshot().sheets).toEqual(before);
    expect(result.catalogue.examples).toHaveLength(53);
    expect(result.message).toMatch(/already has the examples/);
  });

  it('waits for someone else changing the spreadsheet, and says so when it cannot', () => {
    const addon = loadAddon(empty());
    addon.standIn.holdLock('document');
    expect(() => addon.run.insertExamples()).toThrow(/Someone else is changing this spreadsheet/);
    expect(addon.standIn.snapshot().sheets).toHaveLength(1);
  });
});

describe('adding the examples when Sheets stops part way', () => {
  it('takes both new tabs away again and says nothing was added', () => {
    const addon = loadAddon(empty());
    const before = addon.standIn.snapshot();
    addon.standIn.failNext(
      'Range.setValues',
      new Error('Service Spreadsheets timed out while accessing document.'),
    );
    expect(() => addon.run.insertExamples()).toThrow(/The examples were not added.*as it was/s);
    expect(addon.standIn.snapshot()).toEqual(before);
  });
});
