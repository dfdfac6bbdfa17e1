// The built add-on reading council copies on the stand-in: a tick-box column, a date in London summer time, a HYPERLINK.

import { describe, expect, it } from 'vitest';
import type { CellValue, WorkbookSeed } from '../../apps-script-standin/index';
import { loadAddon, seedSpreadsheet } from './addon';

const HEADER: CellValue[] = [
  'No.',
  'Name',
  'Council',
  'What did the council do?',
  'Type of action',
  'Shift the obstacles [1]',
  'Reviewed?',
];

/** 20 examples with a "Reviewed?" tick box, FALSE down to row 200 as Sheets fills an inserted checkbox column. */
function checkboxCopy(): WorkbookSeed {
  const values: CellValue[][] = [HEADER];
  for (let n = 1; n <= 20; n++)
    values.push([n, `Example ${n}`, 'Fife', 'Opened a hub.', 'Tweak', 'Fewer forms.', n % 2 === 0]);
  while (values.length < 200) values.push(['', '', '', '', '', '', false]);
  // The day a person typed as 1 June 2024 in a London sheet: getValues gives midnight London time.
  values[1][3] = new Date('2024-05-31T23:00:00Z');
  return { name: 'Fife copy', sheets: [{ name: 'Examples', values }] };
}

describe('getCatalogue on a council copy', () => {
  it('reads 20 examples from a copy with a tick-box column down to row 200, changing nothing', () => {
    const { run, standIn } = loadAddon(checkboxCopy());
    const before = standIn.snapshot();
    const catalogue = run.getCatalogue();
    expect(catalogue.examples.map((e) => e.row)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    expect(catalogue.table?.lastRow).toBe(21);
    expect(catalogue.problems).toEqual([]);
    expect(standIn.snapshot()).toEqual(before);
  });

  it('reads a date in a Europe/London sheet in summer as the day the sheet shows', () => {
    const { run } = loadAddon(checkboxCopy(), { timeZone: 'Europe/London' });
    expect(run.getCatalogue().examples[0].description).toBe('2024-06-01');
  });

  it('reads a date in the zone of the sheet, whatever the zone', () => {
    const { run } = loadAddon(checkboxCopy(), { timeZone: 'America/New_York' });
    expect(run.getCatalogue().examples[0].description).toBe('2024-05-31 19:00');
  });

  it('reads the zone once and formulas once per catalogue tab', () => {
    const { run, standIn } = loadAddon(checkboxCopy());
    standIn.calls.reset();
    run.getCatalogue();
    const calls = standIn.calls.byMethod();
    expect(calls['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
    expect(calls['Range.getFormulas']).toBe(1);
    expect(calls['Range.getValues']).toBe(1);
  });
});

describe('a HYPERLINK typed as an example name', () => {
  function withNameFormula(url: string): WorkbookSeed {
    const values: CellValue[][] = [HEADER.slice(0, 6), [1, 'Café', 'Fife', 'Opened a hub.', 'Tweak', 'n']];
    const formulas = values.map((row) => row.map(() => ''));
    formulas[1][1] = `=HYPERLINK("${url}","Café")`;
    return { sheets: [{ name: 'Examples', values, formulas }] };
  }

  it('is a warning naming the cell, with the name read as the sheet shows it', () => {
    const catalogue = loadAddon(withNameFormula('http://evil.example')).run.getCatalogue();
    expect(catalogue.examples[0].name).toBe('Café');
    expect(catalogue.problems).toEqual([
      expect.objectContaining({ cell: 'B2', severity: 'warning', field: 'name' }),
    ]);
  });

  it('with a user name part in its address reaches no export', () => {
    const { run } = loadAddon(withNameFormula('https://google.com@evil.example/'));
    const catalogue = run.getCatalogue();
    expect(catalogue.examples[0].links).toEqual([]);
    expect(catalogue.problems.map((p) => [p.cell, p.severity])).toEqual([
      ['B2', 'warning'],
      ['B2', 'error'],
    ]);
    for (const format of ['csv', 'markdown', 'html'] as const)
      expect(run.exportExamples({}, format).content).not.toContain('evil.example');
  });
});

describe('the seed with its first header cells merged', () => {
  it('still reads all 53 examples, and names the header cell to unmerge', () => {
    const seed = seedSpreadsheet();
    const values = seed.sheets[0].values;
    const headerRow = values.findIndex((row) => row[0] === 'No.') + 1;
    // "Name" merged into "No.": Sheets keeps the text in the first cell and gives '' for the other.
    values[headerRow - 1][1] = '';
    const catalogue = loadAddon(seed).run.getCatalogue();
    expect(catalogue.examples).toHaveLength(53);
    expect(catalogue.examples[0].name).toBe('Kirklees Democracy Commission');
    expect(catalogue.problems).toContainEqual(
      expect.objectContaining({ cell: `B${headerRow}`, severity: 'warning', field: 'name' }),
    );
  });
});
