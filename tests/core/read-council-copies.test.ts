// Reading copies as councils change them: tick boxes, formula columns, lists under the table, merged headers, dates.

import { describe, expect, it } from 'vitest';
import { exportFile } from '../../src/core/export';
import type { CellValue, Link, SheetGrid } from '../../src/core/model';
import { findExamplesTable, isExampleRow, readCatalogue } from '../../src/core/read-workbook';
import { validateSheet } from '../../src/core/validate';
import { STAMP } from './export-fixtures';
import { seedWorkbook } from './seed';

const HEADER: CellValue[] = [
  'No.',
  'Name',
  'Council',
  'What did the council do?',
  'Type of action',
  'Shift the obstacles [1]',
];

function example(n: number, extra: CellValue[] = []): CellValue[] {
  return [n, `Example ${n}`, 'Fife', 'Opened a hub.', 'Tweak', 'Fewer forms.', ...extra];
}

function tab(values: CellValue[][], more: Partial<SheetGrid> = {}): SheetGrid {
  return { name: 'Our copy', values, ...more };
}

/** Rows 2 to count+1 hold examples 1 to count; then rows of the council's own cells down to row 200. */
function checkboxCopy(count: number): SheetGrid {
  const values: CellValue[][] = [[...HEADER, 'Reviewed?', 'Year added']];
  for (let n = 1; n <= count; n++) values.push(example(n, [n % 3 === 0, 2024]));
  while (values.length < 200) values.push(['', '', '', '', '', '', false, '']);
  return tab(values);
}

describe('the table ends at its last example', () => {
  it('reads 20 examples, not 199, when a tick-box column runs down to row 200', () => {
    const table = findExamplesTable([checkboxCopy(20)]);
    expect(table?.examples.map((e) => e.id)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    expect(table?.location.lastRow).toBe(21);
    expect(table?.problems).toEqual([]);
  });

  it('checks only the 20 examples of the tick-box copy, marking no empty row', () => {
    const grid = checkboxCopy(20);
    grid.values[5][2] = '';
    const rows = new Set(validateSheet(grid).map((p) => p.row));
    expect([...rows]).toEqual([6]);
  });

  it('leaves out the 0s of a formula No. column on rows with no example', () => {
    const values: CellValue[][] = [HEADER, example(1), example(2)];
    for (let r = 0; r < 30; r++) values.push([0, '', '', '', '', '']);
    const formulas = values.map((row, r) =>
      row.map((_, c) => (c === 0 && r > 2 ? `=IF(B${r + 1}="",0,ROW()-1)` : '')),
    );
    const table = findExamplesTable([tab(values, { formulas })]);
    expect(table?.examples.map((e) => e.id)).toEqual(['1', '2']);
    expect(table?.location.lastRow).toBe(3);
  });

  it('leaves out a formula column and a column of 0s on rows with no example', () => {
    const values: CellValue[][] = [[...HEADER, 'Year', 'Count'], example(1, [2024, 3]), example(2, ['', 0])];
    for (let r = 0; r < 50; r++) values.push(['', '', '', '', '', '', '', 0]);
    const formulas = values.map((row, r) =>
      row.map((_, c) => (c === 6 && r > 0 ? `=IF(A${r + 1}="","",2024)` : '')),
    );
    const table = findExamplesTable([tab(values, { formulas })]);
    expect(table?.examples.map((e) => e.row)).toEqual([2, 3]);
    expect(table?.location.lastRow).toBe(3);
    expect(table?.problems).toEqual([]);
  });

  it('leaves out a contacts list a few rows under the table', () => {
    const values: CellValue[][] = [
      HEADER,
      example(1),
      example(2),
      ['', '', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['', 'Contacts', '', '', '', ''],
      ['', 'Jane Smith', 'jane.smith@fife.gov.uk', '', '', ''],
      ['', 'Sam Jones', '01592 583000', 'Mondays only', '', ''],
    ];
    const table = findExamplesTable([tab(values)]);
    expect(table?.examples.map((e) => e.name)).toEqual(['Example 1', 'Example 2']);
    expect(table?.location.lastRow).toBe(3);
    expect(validateSheet(tab(values))).toEqual([]);
  });

  it('goes on past a blank row when the rows after it are numbered or have a type', () => {
    const values: CellValue[][] = [
      HEADER,
      example(1),
      ['', '', '', '', '', ''],
      example(2),
      ['', '', '', '', '', ''],
      ['', 'Forgot its number', 'Fife', 'Did it', 'Tactic', 'A note'],
    ];
    const table = findExamplesTable([tab(values)]);
    expect(table?.examples.map((e) => e.row)).toEqual([2, 4, 6]);
    expect(table?.location.lastRow).toBe(6);
  });

  it('says a row is an example when it has a No., name, council or description, never for a tick box or type alone', () => {
    const columns = findExamplesTable([tab([HEADER])])?.location.columns;
    if (!columns) throw new Error('no table');
    expect(isExampleRow(['', '', 'Fife', '', '', ''], columns)).toBe(true);
    expect(isExampleRow([12, '', '', '', '', ''], columns)).toBe(true);
    expect(isExampleRow(['', '', '', '', 'Tweak', 'A note'], columns)).toBe(false);
    expect(isExampleRow([false, true, '', '', '', ''], columns)).toBe(false);
    expect(isExampleRow([0, 0, '', '', '', ''], columns)).toBe(false);
    expect(isExampleRow(['  ', '', '', '', '', '', 'Own text'], columns)).toBe(false);
  });
});

describe('values read as the sheet shows them', () => {
  it('reads a date in a London sheet in summer as that day, not the day before', () => {
    // getValues gives a date cell as the instant the day starts in the sheet's zone: 23:00 UTC in summer.
    const values: CellValue[][] = [HEADER, [1, 'A', 'Fife', new Date('2024-05-31T23:00:00Z'), 'Tweak', 'n']];
    const [london] = readCatalogue([tab(values, { timeZone: 'Europe/London' })]).examples;
    const [utc] = readCatalogue([tab(values, { timeZone: 'UTC' })]).examples;
    expect(london.description).toBe('2024-06-01');
    expect(utc.description).toBe('2024-05-31 23:00');
  });

  it('reads a winter date and a time of day in the sheet zone', () => {
    const values: CellValue[][] = [
      HEADER,
      [1, 'A', 'Fife', new Date('2024-01-15T00:00:00Z'), 'Tweak', new Date('2024-06-01T08:30:00Z')],
    ];
    const [read] = readCatalogue([tab(values, { timeZone: 'Europe/London' })]).examples;
    expect(read.description).toBe('2024-01-15');
    expect(read.notes[0].text).toBe('2024-06-01 09:30');
  });

  it('reads a date in a zone it does not know as UTC rather than fail', () => {
    const values: CellValue[][] = [HEADER, [1, 'A', 'Fife', new Date('2024-05-31T23:00:00Z'), 'Tweak', 'n']];
    const [read] = readCatalogue([tab(values, { timeZone: 'Mars/Olympus_Mons' })]).examples;
    expect(read.description).toBe('2024-05-31 23:00');
  });

  it('reads numbers and ticks as the sheet shows them: 1700, TRUE, FALSE', () => {
    const values: CellValue[][] = [HEADER, [1, true, 1700, false, 'Tweak', 0.25]];
    const [read] = readCatalogue([tab(values)]).examples;
    expect([read.name, read.council, read.description, read.notes[0].text]).toEqual([
      'TRUE',
      '1700',
      'FALSE',
      '0.25',
    ]);
  });
});

describe('headers as people leave them', () => {
  const rows = [example(1), example(2)];

  it('finds Name when its header cell was merged into No. and reads blank, naming the cell', () => {
    const values: CellValue[][] = [['No.', '', ...HEADER.slice(2)], ...rows];
    const { examples, problems } = readCatalogue([tab(values)]);
    expect(examples.map((e) => e.name)).toEqual(['Example 1', 'Example 2']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ cell: 'B1', severity: 'warning', field: 'name' });
    expect(problems[0].message).toContain('write "Name" in B1');
  });

  it('reads "No. Name" over a merged pair of cells as both columns, naming the cell', () => {
    const values: CellValue[][] = [['No. Name', '', ...HEADER.slice(2)], ...rows];
    const { examples, problems } = readCatalogue([tab(values)]);
    expect(examples.map((e) => [e.id, e.name])).toEqual([
      ['1', 'Example 1'],
      ['2', 'Example 2'],
    ]);
    expect(problems.map((p) => p.cell)).toEqual(['A1']);
    expect(problems[0].message).toContain('column A as "No." and column B as "Name"');
  });

  it('reads all 53 seed examples when the first header row has Name merged into No.', () => {
    const workbook = seedWorkbook();
    const table = findExamplesTable(workbook);
    const headerIndex = (table?.location.headerRow ?? 0) - 1;
    workbook[0].values[headerIndex][1] = '';
    const catalogue = readCatalogue(workbook);
    expect(catalogue.examples).toHaveLength(53);
    expect(catalogue.problems.map((p) => p.cell)).toContain(`B${headerIndex + 1}`);
  });

  it('says which header is missing when no column can stand for it, once for the tab', () => {
    const header: CellValue[] = [
      'No.',
      'Name',
      'Council',
      'What did the council do?',
      'Shift the obstacles [1]',
    ];
    const values: CellValue[][] = [
      header,
      [1, 'Hub', 'Fife', 'Did it', 'n'],
      header,
      [2, 'Café', 'Fife', 'Did it', 'n'],
    ];
    const { examples, problems } = readCatalogue([tab(values)]);
    expect(examples.map((e) => [e.name, e.type])).toEqual([
      ['Hub', ''],
      ['Café', ''],
    ]);
    expect(problems).toEqual([expect.objectContaining({ cell: '1:1', field: 'type', severity: 'warning' })]);
    expect(problems[0].message).toContain('has no "Type of action" column');
  });

  it('does not take a header with neither Name nor room for it for the table (the export tab says "Example")', () => {
    const values: CellValue[][] = [
      ['No.', 'Example', 'Council', 'What did the council do?', 'Type of action'],
      [1, 'Hub', 'Fife', 'Did it', 'Tweak'],
    ];
    expect(readCatalogue([tab(values)]).table).toBeNull();
  });

  it('never drops a numbered row above the header without saying which', () => {
    const values: CellValue[][] = [example(1), HEADER, example(2)];
    const { examples, problems } = readCatalogue([tab(values)]);
    expect(examples.map((e) => e.id)).toEqual(['2']);
    expect(problems).toEqual([expect.objectContaining({ cell: 'A1', row: 1, severity: 'warning' })]);
    expect(problems[0].message).toContain('above the table');
  });
});

describe('formulas and links in an example', () => {
  const hyperlink = (url: string) => `=HYPERLINK("${url}","Café")`;

  function withNameFormula(url: string): SheetGrid {
    const values: CellValue[][] = [HEADER, [1, 'Café', 'Fife', 'Did it', 'Tweak', 'n']];
    const formulas = values.map((row) => row.map(() => ''));
    formulas[1][1] = hyperlink(url);
    const links: Link[][][] = [[], [[], [{ text: 'Café', url }]]];
    return tab(values, { formulas, links });
  }

  it('warns about a formula in a text cell, reading what it shows', () => {
    const { examples, problems } = readCatalogue([withNameFormula('http://evil.example')]);
    expect(examples[0].name).toBe('Café');
    expect(problems).toEqual([expect.objectContaining({ cell: 'B2', severity: 'warning', field: 'name' })]);
    expect(problems[0].message).toContain('holds a formula');
    expect(problems[0].message).not.toContain(problems[0].cell);
  });

  it('keeps a HYPERLINK address that passes the link rule', () => {
    const { examples } = readCatalogue([withNameFormula('http://evil.example')]);
    expect(examples[0].links).toEqual([{ text: 'Café', url: 'http://evil.example' }]);
  });

  it('refuses a HYPERLINK address with a user name part, so no export carries it', () => {
    const catalogue = readCatalogue([withNameFormula('https://google.com@evil.example/')]);
    expect(catalogue.examples[0].links).toEqual([]);
    const refused = catalogue.problems.find((p) => p.severity === 'error');
    expect(refused).toMatchObject({ cell: 'B2', field: 'name' });
    expect(refused?.message).toContain('"google.com@" is a user name');
    for (const format of ['csv', 'markdown', 'html'] as const)
      expect(exportFile(catalogue, {}, format, {}, STAMP).content).not.toContain('evil.example');
  });

  it('refuses a javascript: anchor in a description and keeps the text', () => {
    const values: CellValue[][] = [
      HEADER,
      [1, 'A', 'Fife', 'See <a href="javascript:alert(1)">this</a>.', 'Tweak', 'n'],
    ];
    const { examples, problems } = readCatalogue([tab(values)]);
    expect(examples[0]).toMatchObject({ description: 'See this.', links: [] });
    expect(problems).toEqual([expect.objectContaining({ cell: 'D2', severity: 'error' })]);
  });

  it('keeps a resource link only when it passes the same rule', () => {
    const resources: SheetGrid = {
      name: 'Useful Resources',
      values: [
        ['Resource', 'Summary'],
        ['<a href="https://google.com@evil.example/">Report</a>', '<a href="https://example.org/r">Read</a>'],
      ],
    };
    const [resource] = readCatalogue([tab([HEADER, example(1)]), resources]).resources;
    expect(resource.links).toEqual([{ text: 'Read', url: 'https://example.org/r' }]);
  });

  it('gives the check the same link and formula problems as the catalogue', () => {
    const grid = withNameFormula('https://google.com@evil.example/');
    expect(validateSheet(grid).map((p) => [p.cell, p.severity])).toEqual([
      ['B2', 'warning'],
      ['B2', 'error'],
    ]);
  });
});
