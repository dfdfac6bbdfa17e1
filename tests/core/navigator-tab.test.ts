// The Navigator tab and history grids core builds: where each value and formula sits, and reading history back.

import { describe, expect, it } from 'vitest';
import { parseInput } from '../../apps-script-standin/spreadsheet/cell-values';
import { asCellText, fromCellText } from '../../src/core/formula-safety';
import type { CellValue } from '../../src/core/model';
import {
  assess,
  averageOfCells,
  bearingFormula,
  chartRanges,
  HISTORY_TAB,
  historyHeader,
  historyRow,
  isEarlierNavigatorLayout,
  isHistoryLayout,
  LAYOUT,
  navigatorTabGrid,
  readHistory,
  readHistoryEntries,
  teamSummary,
  upgradedHistory,
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
  '23 Nov 2026, 09:30',
);

/** A row as Sheets stores what setValues or appendRow was given: strings parsed as if typed. */
function asStored(row: readonly CellValue[]): CellValue[] {
  return row.map((v) => parseInput(v, 'Europe/London').value as CellValue);
}

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

  it('holds live formulas for the bearing and the North Star that read 3 and "3" alike', () => {
    const average =
      'SUM(VALUE(D5),VALUE(D6),VALUE(D7),VALUE(D8),VALUE(D9),VALUE(D10),VALUE(D11),VALUE(D12),VALUE(D13))/COUNTA(D5,D6,D7,D8,D9,D10,D11,D12,D13)';
    expect(averageOfCells(['D5', 'D6'])).toBe('SUM(VALUE(D5),VALUE(D6))/COUNTA(D5,D6)');
    expect(cell(LAYOUT.bearingRow, 4)).toBe(`=IFERROR(ROUND(${average},2),"")`);
    expect(cell(LAYOUT.brightnessRow, 4)).toBe(`=IFERROR(ROUND(${average}/4,2),"")`);
    expect(cell(LAYOUT.starRow, 4)).toBe(`=IFERROR(${bearingFormula(`(${average})/4`).slice(1)},"")`);
  });

  it('says in words what the chart shows', () => {
    expect(String(cell(LAYOUT.chartTextRow, 1))).toMatch(
      /^'About the chart: a radar chart .* score in column D/,
    );
  });

  it('shows when it was taken as people read it, never as an ISO time', () => {
    expect(cell(LAYOUT.takenAtRow, 1)).toBe('Taken at');
    expect(cell(LAYOUT.takenAtRow, 4)).toBe("'23 Nov 2026, 09:30");
    expect(grid.flat().some((c) => /\d{4}-\d\d-\d\dT/.test(String(c)))).toBe(false);
  });

  it('writes every text a person typed behind an apostrophe, so it is read back as typed', () => {
    const typed = ["'=SUM(1)", '007', 'TRUE', '1,700', '2024-05-01'];
    const own = assess(
      {
        respondent: '007',
        scores: PRINCIPLES.map((p, i) => ({ principle: p.id, score: 2, evidence: typed[i % typed.length] })),
      },
      '2026-11-23T09:30:00.000Z',
    );
    const stored = navigatorTabGrid(own, null).map(asStored);
    const evidence = PRINCIPLES.map((_, i) => stored[LAYOUT.firstPrincipleRow - 1 + i][4]);
    expect(evidence).toEqual(PRINCIPLES.map((_, i) => typed[i % typed.length]));
    expect(stored[LAYOUT.respondentRow - 1][3]).toBe('007');
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

  it('hold each principle’s average, lowest and highest as live formulas over the history rows given', () => {
    const grid = navigatorTabGrid(other, team, { historyTab: "Asha's history", teamRows: [2, 5] });
    const fourth = grid[LAYOUT.firstPrincipleRow - 1 + 3];
    expect(grid[LAYOUT.headerRow - 1].slice(5)).toEqual(['Team average', 'Team lowest', 'Team highest']);
    // Principle 4 is the history's column G: after the readable time, the ISO time, the respondent and three scores.
    const cells = "'Asha''s history'!G2,'Asha''s history'!G5";
    expect(fourth.slice(5)).toEqual([
      `=IFERROR(ROUND(SUM(VALUE('Asha''s history'!G2),VALUE('Asha''s history'!G5))/COUNTA(${cells}),2),"")`,
      `=IFERROR(MIN(VALUE('Asha''s history'!G2),VALUE('Asha''s history'!G5)),"")`,
      `=IFERROR(MAX(VALUE('Asha''s history'!G2),VALUE('Asha''s history'!G5)),"")`,
    ]);
  });

  it('say what follows what, naming the history rows, and what the chart plots', () => {
    const grid = navigatorTabGrid(other, team, { historyTab: 'Navigator history', teamRows: [2, 5] });
    expect(String(grid[1][0])).toContain('worked out from rows 2 and 5 of the “Navigator history” tab');
    expect(String(grid[LAYOUT.chartTextRow - 1][0])).toContain(
      'plots the team average in column F for each of the nine principles: the average of the latest assessment of each of the 2 people',
    );
  });

  it('hold the values worked out now when no history rows are given', () => {
    const grid = navigatorTabGrid(other, team);
    expect(grid[LAYOUT.firstPrincipleRow - 1 + 3].slice(5)).toEqual([2, 0, 4]);
  });

  it('have their own bearing formula over the averages, and the chart plots them', () => {
    const grid = navigatorTabGrid(other, team);
    expect(grid[LAYOUT.bearingRow - 1][5]).toBe('=IFERROR(ROUND(AVERAGE(F5:F13),2),"")');
    expect(chartRanges(team)).toEqual(['A4:A13', 'F4:F13']);
  });
});

describe('a tab an earlier version of the add-on made', () => {
  it('is the add-on’s Navigator when it holds exactly its layout', () => {
    expect(isEarlierNavigatorLayout(navigatorTabGrid(assessment, null).map(asStored))).toBe(true);
  });

  it('is a person’s own with one note outside the block, another title, or nothing in it', () => {
    const grid = navigatorTabGrid(assessment, null).map(asStored);
    const withNote = grid.map((row) => [...row]);
    withNote[2].push('', 'our note');
    const retitled = grid.map((row) => [...row]);
    retitled[0][0] = 'Our navigator';
    expect(isEarlierNavigatorLayout(withNote)).toBe(false);
    expect(isEarlierNavigatorLayout(retitled)).toBe(false);
    expect(isEarlierNavigatorLayout([['']])).toBe(false);
  });
});

describe(`the ${HISTORY_TAB} rows`, () => {
  it('hold the time as people read it, the ISO time beside it to sort by, the respondent, nine scores and the brightness, then the evidence', () => {
    const row = historyRow(assessment);
    expect(row.slice(0, 13)).toEqual([
      "'23 Nov 2026, 09:30",
      "'2026-11-23T09:30:00.000Z",
      "'Asha",
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
    expect(historyHeader().slice(0, 3)).toEqual(['Taken', 'Taken at (UTC, sortable)', 'Respondent']);
    expect(row).toHaveLength(historyHeader().length);
  });

  it('read back into the same assessment, text as typed', () => {
    const typed = assess(
      {
        respondent: "'=SUM(1)",
        scores: PRINCIPLES.map((p) => ({
          principle: p.id,
          score: 1,
          evidence: p.id === 1 ? '1,700' : 'TRUE',
        })),
      },
      '2026-11-23T09:30:00.000Z',
      '23 Nov 2026, 09:30',
    );
    const grid = [historyHeader(), historyRow(typed)].map(asStored);
    expect(readHistory(grid)).toEqual([typed]);
  });

  it('read a score a person typed as text ("3") as the number', () => {
    const row = asStored(historyRow(assessment));
    row[3] = '1';
    expect(readHistory([historyHeader(), row])[0].scores[0].score).toBe(1);
  });

  it('give the row each assessment sits on', () => {
    const grid = [historyHeader(), historyRow(assessment), [], historyRow(assessment)].map(asStored);
    expect(readHistoryEntries(grid).map((e) => e.row)).toEqual([2, 4]);
  });

  it('pass over rows that are not a complete assessment', () => {
    const broken = historyRow(assessment);
    broken[5] = '';
    expect(readHistory([historyHeader(), broken, ['', '', '']])).toEqual([]);
  });

  it('accept a date someone retyped as a date', () => {
    const row = historyRow(assessment);
    row[1] = new Date('2026-11-23T09:30:00.000Z');
    expect(readHistory([historyHeader(), row])[0].takenAt).toBe('2026-11-23T09:30:00.000Z');
  });
});

describe('a history tab in the first layout (ISO time first, no readable time)', () => {
  const firstHeader = historyHeader().slice(1);
  firstHeader[0] = 'Taken at (UTC)';
  const firstRow = asStored(historyRow(assessment)).slice(1);

  it('is read, its times shown in UTC and said to be', () => {
    const [read] = readHistory([firstHeader, firstRow]);
    expect(read.takenAt).toBe('2026-11-23T09:30:00.000Z');
    expect(read.takenAtText).toBe('23 Nov 2026, 09:30 UTC');
    expect(read.scores).toEqual(assessment.scores);
  });

  it('is recognised as the add-on’s only with nothing beside its columns', () => {
    expect(isHistoryLayout([firstHeader, firstRow])).toBe(true);
    expect(isHistoryLayout([firstHeader, [...firstRow, 'our note']])).toBe(false);
    expect(isHistoryLayout([['Taken at (UTC)', 'Who']])).toBe(false);
  });

  it('is upgraded row for row, every value kept and the readable time put first', () => {
    const upgraded = upgradedHistory([firstHeader, firstRow, []]).map(asStored);
    expect(upgraded[0]).toEqual(historyHeader());
    expect(upgraded[1]).toEqual(['23 Nov 2026, 09:30 UTC', ...firstRow]);
    expect(readHistory(upgraded)[0].scores).toEqual(assessment.scores);
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
