// Where everything sits on the Navigator tab and the history tab, as grids core builds and reads back.

import { asCellText, asSheetText, fromCellText } from '../formula-safety';
import type { CellValue } from '../model';
import { PRINCIPLES, type PrincipleId } from '../principles';
import { a1, cellText, columnLetter } from '../text';
import { type Assessment, isScore, roundTo, weakestPrinciples } from './assessment';
import { BEARINGS, bearingSummary, brightnessOf, MAX_SCORE } from './scale';
import type { TeamSummary } from './team';

export const NAVIGATOR_TAB = 'Navigator';
export const HISTORY_TAB = 'Navigator history';
export const NAVIGATOR_TITLE = 'Relationships Navigator';

/** The tab's fixed layout: 1-based rows and columns. */
export const LAYOUT = {
  headerRow: 4,
  firstPrincipleRow: 5,
  lastPrincipleRow: 4 + PRINCIPLES.length,
  bearingRow: 15,
  brightnessRow: 16,
  starRow: 17,
  respondentRow: 18,
  takenAtRow: 19,
  chartTextRow: 21,
  principleColumn: 1,
  scoreColumn: 4,
  teamAverageColumn: 6,
  /** Columns A to H: principle, group, prompt, score, evidence, team average, lowest, highest. */
  width: 8,
  height: 21,
  /** The chart sits beside the table, from column J of the header row. */
  chartColumn: 10,
} as const;

export const TABLE_HEADERS = ['Principle', 'Group', 'Prompt', 'Score (0-4)', 'Evidence'];
export const TEAM_HEADERS = ['Team average', 'Team lowest', 'Team highest'];

/** The column of scores, e.g. "D5:D13". */
export function scoreRange(column: number = LAYOUT.scoreColumn): string {
  return `${a1(LAYOUT.firstPrincipleRow, column)}:${a1(LAYOUT.lastPrincipleRow, column)}`;
}

/** =IF(x>=0.9,"Shining",IF(x>=0.75,"Bright",…"Dim")), built from BEARINGS so the words live in one place. */
export function bearingFormula(brightnessExpression: string): string {
  const brightestFirst = [...BEARINGS].reverse();
  const dimmest = brightestFirst[brightestFirst.length - 1];
  const nested = brightestFirst
    .slice(0, -1)
    .reduceRight(
      (otherwise, band) => `IF(${brightnessExpression}>=${band.from},"${band.word}",${otherwise})`,
      `"${dimmest.word}"`,
    );
  return `=${nested}`;
}

function summaryFormulas(column: number): { bearing: string; brightness: string; star: string } {
  const average = `AVERAGE(${scoreRange(column)})`;
  return {
    bearing: `=ROUND(${average},2)`,
    brightness: `=ROUND(${average}/${MAX_SCORE},2)`,
    star: bearingFormula(`${average}/${MAX_SCORE}`),
  };
}

/** Where the chart reads: principle names, and the scores (or the team average when there is a team). */
export function chartRanges(team: TeamSummary | null): string[] {
  const column = team ? LAYOUT.teamAverageColumn : LAYOUT.scoreColumn;
  const from = LAYOUT.headerRow;
  const to = LAYOUT.lastPrincipleRow;
  const letter = columnLetter(column);
  return [`A${from}:A${to}`, `${letter}${from}:${letter}${to}`];
}

export function chartTitle(team: TeamSummary | null): string {
  return team
    ? `${NAVIGATOR_TITLE}: team average of ${team.respondents.length} people`
    : `${NAVIGATOR_TITLE}: your coordinates`;
}

/** The text beside the chart that says what it shows, for anyone who cannot see it. */
export function chartDescription(assessment: Assessment, team: TeamSummary | null): string {
  const column = team ? 'the team average in column F' : 'the score in column D';
  const who = team ? `${team.respondents.length} people's latest assessments` : 'this assessment';
  const bearing = bearingSummary(team ? team.brightness : assessment.brightness);
  return (
    `About the chart: a radar chart beside this table plots ${column} for each of the nine principles ` +
    `(from ${who}); the further a point is from the centre, the closer that principle is to the North Star. ` +
    `${bearing}.`
  );
}

/** The Navigator tab's whole block, A1:H21, formulas included, for one setValues. */
export function navigatorTabGrid(assessment: Assessment, team: TeamSummary | null): CellValue[][] {
  const grid: CellValue[][] = Array.from({ length: LAYOUT.height }, () =>
    Array<CellValue>(LAYOUT.width).fill(''),
  );
  const put = (row: number, column: number, value: CellValue) => {
    grid[row - 1][column - 1] = value;
  };
  put(1, 1, NAVIGATOR_TITLE);
  put(
    2,
    1,
    'Made by the Framework in Action add-on. Change a score in column D (0 to 4) and the bearing, the North Star ' +
      'and the chart follow. Plotting your coordinates again rewrites this tab; every assessment is kept in the ' +
      `“${HISTORY_TAB}” tab.`,
  );
  [...TABLE_HEADERS, ...(team ? TEAM_HEADERS : [])].forEach((text, i) => {
    put(LAYOUT.headerRow, i + 1, text);
  });
  PRINCIPLES.forEach((p, i) => {
    const row = LAYOUT.firstPrincipleRow + i;
    const answer = assessment.scores.find((s) => s.principle === p.id);
    const spread = team?.principles.find((s) => s.principle === p.id);
    const cells: CellValue[] = [
      p.name,
      p.group,
      p.prompt,
      answer?.score ?? '',
      asCellText(answer?.evidence ?? ''),
    ];
    if (spread) cells.push(spread.average, spread.lowest, spread.highest);
    cells.forEach((value, c) => {
      put(row, c + 1, value);
    });
  });
  putSummary(put, LAYOUT.scoreColumn, 'Your');
  if (team) putSummary(put, LAYOUT.teamAverageColumn, 'Team');
  put(LAYOUT.respondentRow, 1, 'Taken by');
  put(LAYOUT.respondentRow, LAYOUT.scoreColumn, asCellText(assessment.respondent || '(no name given)'));
  put(LAYOUT.takenAtRow, 1, 'Taken at (UTC)');
  put(LAYOUT.takenAtRow, LAYOUT.scoreColumn, asSheetText(assessment.takenAt));
  put(LAYOUT.chartTextRow, 1, chartDescription(assessment, team));
  return grid;
}

type Put = (row: number, column: number, value: CellValue) => void;

function putSummary(put: Put, column: number, whose: 'Your' | 'Team'): void {
  const formulas = summaryFormulas(column);
  const labels =
    whose === 'Your'
      ? ['Overall bearing (average score, 0 to 4)', 'North Star brightness (0 to 1)', 'North Star']
      : [];
  labels.forEach((label, i) => {
    put(LAYOUT.bearingRow + i, 1, label);
  });
  put(LAYOUT.bearingRow - 1, column, whose === 'Your' ? 'You' : 'Team');
  put(LAYOUT.bearingRow, column, formulas.bearing);
  put(LAYOUT.brightnessRow, column, formulas.brightness);
  put(LAYOUT.starRow, column, formulas.star);
}

/* ---------- The history tab: one row per assessment, appended, never rewritten. ---------- */

export function historyHeader(): string[] {
  return [
    'Taken at (UTC)',
    'Respondent',
    ...PRINCIPLES.map((p) => `${p.id}. ${p.name}`),
    'Brightness',
    ...PRINCIPLES.map((p) => `Evidence ${p.id}`),
  ];
}

export function historyRow(assessment: Assessment): CellValue[] {
  const score = (id: PrincipleId) => assessment.scores.find((s) => s.principle === id);
  return [
    asSheetText(assessment.takenAt),
    asCellText(assessment.respondent),
    ...PRINCIPLES.map((p) => score(p.id)?.score ?? ''),
    assessment.brightness,
    ...PRINCIPLES.map((p) => asCellText(score(p.id)?.evidence ?? '')),
  ];
}

/** Every complete assessment in the history grid, oldest first; rows that are not one are passed over. */
export function readHistory(values: readonly CellValue[][]): Assessment[] {
  const assessments: Assessment[] = [];
  const width = historyHeader().length;
  for (const row of values.slice(1)) {
    const assessment = assessmentFromRow([
      ...row,
      ...Array<CellValue>(Math.max(0, width - row.length)).fill(''),
    ]);
    if (assessment) assessments.push(assessment);
  }
  return assessments;
}

function assessmentFromRow(row: readonly CellValue[]): Assessment | null {
  const takenAt = isoText(row[0]);
  const scores = PRINCIPLES.map((p, i) => ({
    principle: p.id,
    score: row[2 + i],
    evidence: fromCellText(cellText(row[3 + PRINCIPLES.length + i])),
  }));
  if (!takenAt || !scores.every((s) => isScore(s.score))) return null;
  const scored = scores.map((s) => ({ ...s, score: s.score as number }));
  return {
    takenAt,
    respondent: fromCellText(cellText(row[1]).trim()),
    scores: scored,
    brightness: roundTo(brightnessOf(scored.map((s) => s.score)), 2),
    weakest: weakestPrinciples(scored),
  };
}

/** A date cell as ISO text: written as text, but a Date if someone retyped it. */
function isoText(value: CellValue): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  const text = cellText(value).trim().replace(/^'/, '');
  return /^\d{4}-\d{2}-\d{2}T/.test(text) ? text : '';
}
