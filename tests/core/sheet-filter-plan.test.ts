import { describe, expect, it } from 'vitest';
import { filterExamples } from '../../src/core/filter';
import type { CellValue } from '../../src/core/model';
import { findExamplesTable } from '../../src/core/read-workbook';
import {
  exampleRowRange,
  filterPlace,
  notHiddenMessage,
  planSheetFilter,
  rangeA1,
} from '../../src/core/sheet-filter-plan';
import { cellText } from '../../src/core/text';
import { seedWorkbook } from './seed';

const HEADER = [
  'No.',
  'Name',
  'Council',
  'What did the council do?',
  'Type of action',
  'Shift the obstacles [1]',
];

/** A hand-made table: a title above, a repeated header and a blank row inside. */
function grid(): CellValue[][] {
  return [
    ['Framework in Action', '', '', '', '', ''],
    HEADER,
    [1, 'Street parties', 'Leeds', 'Closed roads.', 'Tweak', 'Fewer forms'],
    [2, 'Hub', 'Brent', 'A hub.', 'Project', ''],
    ['', '', '', '', '', ''],
    HEADER,
    [3, 'Open data', 'Leeds', 'Published data.', 'Tactic', 'Open by default'],
  ];
}

function planFor(values: CellValue[][], query: Parameters<typeof filterExamples>[1]) {
  const table = findExamplesTable([{ name: 'Examples', values }]);
  if (!table) throw new Error('no table');
  const place = filterPlace(table.location, values);
  const rows = values.slice(place.range.row, place.range.row + place.range.numRows - 1);
  const keys = Object.fromEntries(place.keyColumns.map((c) => [c, rows.map((r) => cellText(r[c - 1]))]));
  const matching = filterExamples(table.examples, query);
  return { place, plan: planSheetFilter(place, keys, table.examples, matching) };
}

describe('where the filter goes', () => {
  it('covers the table from its header row to its last row, across its columns', () => {
    const { place } = planFor(grid(), {});
    expect(place.range).toEqual({ row: 2, column: 1, numRows: 6, numColumns: 6 });
    expect(place.keyColumns).toEqual([1, 2]);
  });

  it('starts on the second header row when the seed’s header spans two rows, so both stay in view', () => {
    const values = seedWorkbook()[0].values;
    const table = findExamplesTable([{ name: 'Framework in Action', values }]);
    if (!table) throw new Error('no table');
    const place = filterPlace(table.location, values);
    expect(place.range.row).toBe(table.location.headerRow + 1);
    expect(place.range.row + place.range.numRows - 1).toBe(table.location.lastRow);
  });

  it('uses the Name column when the table has no No. column', () => {
    const values = grid().map((r) => r.slice(1));
    expect(planFor(values, {}).place).toMatchObject({ keyColumns: [1] });
  });

  it('selects an example’s row across the table’s columns', () => {
    const { place } = planFor(grid(), {});
    expect(rangeA1(exampleRowRange(place, 7))).toBe('A7:F7');
  });
});

describe('what the filter hides', () => {
  it('hides the examples that do not match, and the repeated header and blank rows inside the table, by No. alone', () => {
    const { plan } = planFor(grid(), { councils: ['Leeds'] });
    expect(Object.keys(plan.hiddenValues)).toEqual(['1']);
    expect(plan.hiddenValues[1].sort()).toEqual(['', '2', 'No.']);
    expect(plan).toMatchObject({ shown: 2, hidden: 1, notHidden: [] });
  });

  it('with every example matching, hides only the rows that are not examples', () => {
    const { plan } = planFor(grid(), {});
    expect(plan.hiddenValues[1].sort()).toEqual(['', 'No.']);
    expect(plan).toMatchObject({ shown: 3, hidden: 0 });
  });

  it('hides by Name as well when an example shares its No. with a match, so exactly the match shows', () => {
    const values = grid();
    values[3][0] = 1;
    const { plan } = planFor(values, { types: ['Tweak'] });
    expect(plan.hiddenValues[1]).not.toContain('1');
    expect(plan.hiddenValues[2]).toContain('Hub');
    expect(plan.hiddenValues[2]).not.toContain('Street parties');
    expect(plan).toMatchObject({ shown: 1, hidden: 2, notHidden: [] });
  });

  it('shows a matching example with no No. and hides the blank rows and the other examples by Name', () => {
    const values = grid();
    values[2][0] = '';
    const { plan } = planFor(values, { types: ['Tweak'] });
    expect(plan.hiddenValues[1]).not.toContain('');
    expect(plan.hiddenValues[2]).toEqual(expect.arrayContaining(['', 'Hub', 'Open data', 'Name']));
    expect(plan).toMatchObject({ shown: 1, hidden: 2, notHidden: [] });
  });

  it('lists an example it cannot hide: one with both the No. and the name of a match', () => {
    const values = grid();
    values[3][0] = 1;
    values[3][1] = 'Street parties';
    const { plan } = planFor(values, { types: ['Tweak'] });
    expect(plan.notHidden).toEqual([{ id: '1', name: 'Street parties', row: 4 }]);
    expect(plan).toMatchObject({ shown: 2, hidden: 1 });
    expect(notHiddenMessage(plan)).toBe(
      '1 example that does not match stays in view: No. 1 "Street parties" (row 4). It has the same No. and name as a matching example, so the sheet\'s filter cannot hide it. Give each example its own No. to filter them apart.',
    );
  });

  it('says nothing more when every example can be told apart', () => {
    const { plan } = planFor(grid(), { types: ['Tweak'] });
    expect(notHiddenMessage(plan)).toBeUndefined();
  });

  it('on the seed, leaves exactly the matching examples in view', () => {
    const values = seedWorkbook()[0].values;
    const { plan } = planFor(values, { principles: [3], types: ['Tactic'] });
    expect(plan.shown).toBe(2);
    expect(plan.hidden).toBe(51);
  });
});
