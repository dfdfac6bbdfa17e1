import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../src/core/export';
import { CSV_HEADERS, csvField } from '../../src/core/export/csv';
import {
  friendlyExample,
  hostileExample,
  INJECTIONS,
  PRINCIPLE_4_IDS,
  STAMP,
  seedCatalogue,
} from './export-fixtures';

const catalogue = seedCatalogue();

function parse(content: string): string[][] {
  const parsed = Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
    delimiter: ',',
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('the CSV export', () => {
  const result = exportFile(catalogue, { principles: [4] }, 'csv', {}, STAMP);

  it('holds the eight principle 4 examples, in the order shown, with their notes', () => {
    const [header, ...rows] = parse(result.content ?? '');
    expect(result.count).toBe(8);
    expect(rows.map((r) => r[0])).toEqual(PRINCIPLE_4_IDS);
    const notes = header.indexOf('4. Create open and transparent cultures');
    for (const [i, id] of PRINCIPLE_4_IDS.entries()) {
      const example = catalogue.examples.find((e) => e.id === id);
      expect(rows[i][notes]).toBe(example?.notes.find((n) => n.principle === 4)?.text);
    }
  });

  it('is named for the day and says it is UTF-8 CSV', () => {
    expect(result).toMatchObject({
      format: 'csv',
      filename: 'framework-in-action-2026-11-23.csv',
      mimeType: 'text/csv;charset=utf-8',
    });
  });

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const content = result.content ?? '';
    expect(content.startsWith('\uFEFF')).toBe(true);
    expect(content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(content.endsWith('\r\n')).toBe(true);
  });

  it('parses back with papaparse to the same examples, every field intact', () => {
    const all = exportFile(catalogue, {}, 'csv', {}, STAMP);
    const [header, ...rows] = parse(all.content ?? '');
    expect(header).toEqual(CSV_HEADERS);
    expect(rows).toHaveLength(53);
    for (const [i, example] of catalogue.examples.entries()) {
      expect(rows[i].slice(0, 5)).toEqual([
        example.id,
        example.name,
        example.council,
        example.description.replace(/\n/g, '\r\n'),
        example.type,
      ]);
    }
  });

  it('keeps accents, emoji, quotes and paragraphs through a real parser', () => {
    const example = friendlyExample();
    const content = exportFile({ examples: [example], resources: [] }, {}, 'csv', {}, STAMP).content ?? '';
    const [, row] = parse(content);
    expect(row[1]).toBe('Café “Ça va” in Ynys Môn 🌱');
    expect(row[3]).toBe('A café, with “quotes”, commas, and\r\n\r\nA second paragraph.');
    expect(row[8]).toBe('Open books 📖 — naïve café menus');
    expect(row[row.length - 1]).toBe('Report (https://example.org/report)\r\nBad');
  });

  it('leaves no field that a spreadsheet would run as a formula', () => {
    const examples = INJECTIONS.map(hostileExample);
    const content = exportFile({ examples, resources: [] }, {}, 'csv', {}, STAMP).content ?? '';
    const [, ...rows] = parse(content);
    const fields = rows.flat().filter((f) => f !== '');
    expect(fields.filter((f) => /^[=+\-@\t\r\n]/.test(f))).toEqual([]);
    expect(rows.map((r) => r[1])).toEqual(INJECTIONS.map((t) => `'${t.replace(/\r\n?|\n/g, '\r\n')}`));
  });

  it('quotes every field, so a spreadsheet splitting at ";" still runs no formula', () => {
    const example = { ...hostileExample('=1+1', 1), name: 'Fish;=1+1', council: 'Leeds; =HYPERLINK("x")' };
    const content = exportFile({ examples: [example], resources: [] }, {}, 'csv', {}, STAMP).content ?? '';
    const [, row] = content.replace(/^\uFEFF/, '').split('\r\n');
    expect(row.startsWith('"1","Fish;=1+1","Leeds; =HYPERLINK(""x"")"')).toBe(true);
    const parsed = Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), {
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.data.flat().filter((f) => /^\s*[=+\-@]/.test(f))).toEqual([]);
  });

  it('reads back any text as written, give or take the apostrophe and line ends', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), (fields) => {
        const line = fields.map((f) => csvField(f)).join(',');
        const [parsed] = Papa.parse<string[]>(`${line}\r\n`, { newline: '\r\n', delimiter: ',' }).data;
        const expected = fields.map((f) => (/^[=+\-@\t\r\n]/.test(f) ? `'${f}` : f));
        expect(parsed).toEqual(expected);
      }),
    );
  });
});
