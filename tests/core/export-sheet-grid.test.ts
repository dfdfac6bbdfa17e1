import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../src/core/export';
import { exportTabName, linkCellText, linksThatFit, sheetGrid } from '../../src/core/export/sheet-grid';
import { readCatalogue } from '../../src/core/read-workbook';
import {
  friendlyExample,
  hostileExample,
  INJECTIONS,
  PRINCIPLE_4_IDS,
  STAMP,
  seedCatalogue,
} from './export-fixtures';

const catalogue = seedCatalogue();

describe('the export tab as a grid', () => {
  const grid = sheetGrid(exportDocument(catalogue, { principles: [4] }, {}, STAMP));

  it('starts with a title saying which filter produced it, then a header', () => {
    expect(grid.values[0][0]).toBe(
      "'Framework in Action: resource list: 8 examples showing 4. Create open and transparent cultures",
    );
    expect(grid.values[2].slice(0, 5)).toEqual([
      "'No.",
      "'Example",
      "'Council",
      "'What did the council do?",
      "'Type of action",
    ]);
    expect(grid.frozenRows).toBe(3);
  });

  it('has one row per principle 4 example, with its note under principle 4', () => {
    const body = grid.values.slice(3, 11);
    expect(body.map((r) => String(r[0]))).toEqual(PRINCIPLE_4_IDS);
    const column = grid.values[2].indexOf("'4. Create open and transparent cultures");
    for (const row of body) {
      const example = catalogue.examples.find((e) => e.id === String(row[0]));
      expect(row[column]).toBe(`'${example?.notes.find((n) => n.principle === 4)?.text}`);
    }
  });

  it('follows with the 11 useful resources and the nine principles', () => {
    const firstColumn = grid.values.map((r) => r[0]);
    expect(firstColumn).toContain("'Useful Resources");
    expect(firstColumn).toContain("'The nine principles");
    expect(grid.values.filter((r) => r[1] === "'Community Power, New Local")).toHaveLength(1);
    expect(grid.values.slice(-9).map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('is never taken for the examples or resources table when the add-on reads the sheet again', () => {
    // What getValues returns: Sheets keeps the apostrophe out of the value.
    const values = grid.values.map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v)));
    const again = readCatalogue([{ name: 'Export 2026-11-23 14.05', values }]);
    expect(again.table).toBeNull();
    expect(again.resources).toEqual([]);
  });

  it('is rectangular, with a width for every column', () => {
    const width = grid.columnWidths.length;
    expect(grid.values.every((r) => r.length === width)).toBe(true);
    expect(grid.bold).toHaveLength(grid.values.length);
  });

  it('writes every text with an apostrophe, so no injected text becomes a formula', () => {
    const hostile = sheetGrid(
      exportDocument({ examples: INJECTIONS.map(hostileExample), resources: [] }, {}, {}, STAMP),
    );
    const texts = hostile.values.flat().filter((v): v is string => typeof v === 'string' && v !== '');
    expect(texts.every((t) => t.startsWith("'"))).toBe(true);
  });

  it("keeps each row's links for the link column", () => {
    const withLink = sheetGrid(
      exportDocument({ examples: [friendlyExample()], resources: [] }, {}, {}, STAMP),
    );
    expect(withLink.links).toEqual([{ row: 3, links: friendlyExample().links }]);
    expect(withLink.values[3][withLink.linkColumn - 1]).toBe("'Report\nBad");
  });
});

describe('naming the export tab', () => {
  it('names it with the date and time', () => {
    expect(exportTabName('23 Nov 2026, 14:05', ['Framework in Action'])).toBe('Export 23 Nov 2026, 14.05');
  });

  it('adds a number when the name is taken, whatever its case', () => {
    expect(
      exportTabName('23 Nov 2026, 14:05', ['export 23 nov 2026, 14.05', 'Export 23 Nov 2026, 14.05 (2)']),
    ).toBe('Export 23 Nov 2026, 14.05 (3)');
  });
});

describe('a cell of links longer than a cell holds', () => {
  it('keeps, in order, the links that fit, its text and its links agreeing', () => {
    const label = 'l'.repeat(20_000);
    const links = [1, 2, 3].map((n) => ({ text: `${label}${n}`, url: `https://example.org/${n}` }));
    expect(linksThatFit(links)).toEqual(links.slice(0, 2));
    expect(linkCellText(links)).toBe(`${label}1\n${label}2`);
  });
});
