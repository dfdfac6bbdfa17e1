import { describe, expect, it } from 'vitest';
import { filterExamples } from '../../src/core/filter';
import type { CellValue } from '../../src/core/model';
import { findExamplesTable } from '../../src/core/read-workbook';
import {
  exampleRowRange,
  filterPlace,
  hiddenValuesFingerprint,
  planSheetFilter,
  rangeA1,
  sharedKeysMessage,
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
  const keys = values
    .slice(place.range.row, place.range.row + place.range.numRows - 1)
    .map((r) => cellText(r[place.keyColumn - 1]));
  const matching = filterExamples(table.examples, query);
  return { place, plan: planSheetFilter(place, keys, table.examples, matching) };
}

describe('where the filter goes', () => {
  it('covers the table from its header row to its last row, across its columns', () => {
    const { place } = planFor(grid(), {});
    expect(place.range).toEqual({ row: 2, column: 1, numRows: 6, numColumns: 6 });
    expect(place.keyColumn).toBe(1);
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
    expect(planFor(values, {}).place).toMatchObject({ keyColumn: 1, keyHeader: 'Name' });
  });

  it('selects an example’s row across the table’s columns', () => {
    const { place } = planFor(grid(), {});
    expect(rangeA1(exampleRowRange(place, 7))).toBe('A7:F7');
  });
});

describe('what the filter hides', () => {
  it('hides the examples that do not match, and the repeated header and blank rows inside the table', () => {
    const { plan } = planFor(grid(), { councils: ['Leeds'] });
    expect(plan.hiddenValues.sort()).toEqual(['', '2', 'No.']);
    expect(plan).toMatchObject({ shown: 2, hidden: 1, sharedKeys: [] });
  });

  it('with every example matching, hides only the rows that are not examples', () => {
    const { plan } = planFor(grid(), {});
    expect(plan.hiddenValues.sort()).toEqual(['', 'No.']);
    expect(plan).toMatchObject({ shown: 3, hidden: 0 });
  });

  it('never hides a match: an example sharing its No. with a match stays in view, and the person is told', () => {
    const values = grid();
    values[3][0] = 1;
    const { plan, place } = planFor(values, { types: ['Tweak'] });
    expect(plan.hiddenValues).not.toContain('1');
    expect(plan).toMatchObject({ shown: 2, hidden: 1, sharedKeys: ['1'] });
    expect(sharedKeysMessage(plan, place)).toMatch(/same No\. as a matching one \(No\. 1\)/);
  });

  it('says nothing more when no example shares a No.', () => {
    const { plan, place } = planFor(grid(), { types: ['Tweak'] });
    expect(sharedKeysMessage(plan, place)).toBeUndefined();
  });

  it('on the seed, leaves exactly the matching examples in view', () => {
    const values = seedWorkbook()[0].values;
    const { plan } = planFor(values, { principles: [3], types: ['Tactic'] });
    expect(plan.shown).toBe(2);
    expect(plan.hidden).toBe(51);
  });
});

describe('recognising the add-on’s own filter', () => {
  it('gives the same fingerprint whatever the order of the hidden values', () => {
    expect(hiddenValuesFingerprint(['2', '', 'No.'])).toBe(hiddenValuesFingerprint(['No.', '2', '']));
  });

  it('gives a different fingerprint when a person hides one value more', () => {
    expect(hiddenValuesFingerprint(['2', ''])).not.toBe(hiddenValuesFingerprint(['2', '', '3']));
    expect(hiddenValuesFingerprint(['12'])).not.toBe(hiddenValuesFingerprint(['1', '2']));
  });
});
