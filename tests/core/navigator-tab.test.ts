// The Navigator tab and history grids core builds: where each value and formula sits, and reading history back.

import { describe, expect, it } from 'vitest';
import { asCellText, fromCellText } from '../../src/core/formula-safety';
import {
  assess,
  bearingFormula,
  chartRanges,
  HISTORY_TAB,
  historyHeader,
  historyRow,
  LAYOUT,
  navigatorTabGrid,
  readHistory,
  teamSummary,
} from '../../src/core/navigator';
import { PRINCIPLES } from '../../src/core/principles';

const assessment = assess(
  {
    respondent: 'Asha',
    scores: PRINCIPLES.map((p) => ({
      principle: p.id,
      score: p.id % 5,
      evidence: p.id === 2 ? '=HYPERLINK("x")' : '',
    })),
  },
  '2026-11-23T09:30:00.000Z',
);

describe('the Navigator tab grid', () => {
  const grid = navigatorTabGrid(assessment, null);
  const cell = (row: number, column: number) => grid[row - 1][column - 1];

  it('is one block of the same size every time, for one setValues', () => {
    expect(grid).toHaveLength(LAYOUT.height);
    for (const row of grid) expect(row).toHaveLength(LAYOUT.width);
  });

  it('has a row per principle with its group, prompt, score and evidence', () => {
    expect(grid[LAYOUT.headerRow - 1].slice(0, 5)).toEqual([
      'Principle',
      'Group',
      'Prompt',
      'Score (0-4)',
      'Evidence',
    ]);
    expect(grid[LAYOUT.firstPrincipleRow - 1 + 3].slice(0, 4)).toEqual([
      'Create open and transparent cultures',
      'Setting course',
      'Where could you build trust by working more openly?',
      4,
    ]);
  });

  it('keeps evidence that looks like a formula as text', () => {
    expect(cell(LAYOUT.firstPrincipleRow + 1, 5)).toBe('\'=HYPERLINK("x")');
  });

  it('holds live formulas for the bearing and the North Star over the score cells', () => {
    expect(cell(LAYOUT.bearingRow, 4)).toBe('=ROUND(AVERAGE(D5:D13),2)');
    expect(cell(LAYOUT.brightnessRow, 4)).toBe('=ROUND(AVERAGE(D5:D13)/4,2)');
    expect(cell(LAYOUT.starRow, 4)).toBe(bearingFormula('AVERAGE(D5:D13)/4'));
  });

  it('says in words what the chart shows', () => {
    expect(String(cell(LAYOUT.chartTextRow, 1))).toMatch(
      /^About the chart: a radar chart .* score in column D/,
    );
  });

  it('charts the principle names against the scores', () => {
    expect(chartRanges(null)).toEqual(['A4:A13', 'D4:D13']);
  });
});

describe('the bearing formula', () => {
  it('nests one IF per band, brightest first, with Dim as the last word', () => {
    expect(bearingFormula('B1')).toBe(
      '=IF(B1>=0.9,"Shining",IF(B1>=0.75,"Bright",IF(B1>=0.5,"Glowing",IF(B1>=0.25,"Flickering","Dim"))))',
    );
  });
});

describe('the team columns', () => {
  const other = assess(
    { respondent: 'Ben', scores: PRINCIPLES.map((p) => ({ principle: p.id, score: 0 })) },
    '2026-11-24T09:30:00.000Z',
  );
  const team = teamSummary([assessment, other]);
  const grid = navigatorTabGrid(other, team);

  it('add each principle’s average, lowest and highest', () => {
    expect(grid[LAYOUT.headerRow - 1].slice(5)).toEqual(['Team average', 'Team lowest', 'Team highest']);
    expect(grid[LAYOUT.firstPrincipleRow - 1 + 3].slice(5)).toEqual([2, 0, 4]);
  });

  it('have their own bearing formula over the averages, and the chart plots them', () => {
    expect(grid[LAYOUT.bearingRow - 1][5]).toBe('=ROUND(AVERAGE(F5:F13),2)');
    expect(chartRanges(team)).toEqual(['A4:A13', 'F4:F13']);
  });
});

describe(`the ${HISTORY_TAB} rows`, () => {
  it('hold the ISO date as text (kept from becoming a date), the respondent, nine scores and the brightness, then the evidence', () => {
    const row = historyRow(assessment);
    expect(row.slice(0, 12)).toEqual([
      "'2026-11-23T09:30:00.000Z",
      'Asha',
      1,
      2,
      3,
      4,
      0,
      1,
      2,
      3,
      4,
      assessment.brightness,
    ]);
    expect(row).toHaveLength(historyHeader().length);
  });

  it('read back into the same assessment', () => {
    const grid = [historyHeader(), historyRow(assessment)].map((r) =>
      r.map((c) => (typeof c === 'string' ? fromCellText(c) : c)),
    );
    expect(readHistory(grid)).toEqual([assessment]);
  });

  it('pass over rows that are not a complete assessment', () => {
    const broken = historyRow(assessment);
    broken[4] = '';
    expect(readHistory([historyHeader(), broken, ['', '', '']])).toEqual([]);
  });

  it('accept a date someone retyped as a date', () => {
    const row = historyRow(assessment);
    row[0] = new Date('2026-11-23T09:30:00.000Z');
    expect(readHistory([historyHeader(), row])[0].takenAt).toBe('2026-11-23T09:30:00.000Z');
  });
});

describe('text put in cells', () => {
  it.each(['=1+1', '+44 1234', '-x', '@me', '\tx'])('keeps %j from being read as a formula', (text) => {
    expect(asCellText(text)).toBe(`'${text}`);
    expect(fromCellText(asCellText(text))).toBe(text);
  });

  it('leaves ordinary text alone', () => {
    expect(asCellText("It's fine")).toBe("It's fine");
    expect(fromCellText("'quoted'")).toBe("'quoted'");
  });
});
