// Where everything sits on the Navigator tab, as one grid core builds: table, live formulas, the chart's words.

import { asSheetText } from '../formula-safety';
import type { CellValue } from '../model';
import { PRINCIPLES, type PrincipleId } from '../principles';
import { a1, cellText, columnLetter } from '../text';
import { readableUtc } from '../times';
import type { Assessment } from './assessment';
import { HISTORY_TAB, historyScoreColumn } from './history';
import { BEARINGS, bearingSummary, MAX_SCORE } from './scale';
import type { TeamSummary } from './team';

export const NAVIGATOR_TAB = 'Navigator';
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

/**
 * The average of some cells whether each holds 3 or "3": a list dropdown may store its choice as text,
 * which AVERAGE would pass over. VALUE reads both; blanks add nothing to the sum and are not counted.
 */
export function averageOfCells(cells: readonly string[]): string {
  return `SUM(${cells.map((c) => `VALUE(${c})`).join(',')})/COUNTA(${cells.join(',')})`;
}

/** The nine score cells of a column, one reference each: D5, D6 … D13. */
function scoreCells(column: number): string[] {
  return PRINCIPLES.map((_, i) => a1(LAYOUT.firstPrincipleRow + i, column));
}

/** A formula whose error (a score that is not a number, or none at all) shows as an empty cell. */
function orBlank(expression: string): string {
  return `=IFERROR(${expression},"")`;
}

function summaryFormulas(average: string): { bearing: string; brightness: string; star: string } {
  return {
    bearing: orBlank(`ROUND(${average},2)`),
    brightness: orBlank(`ROUND(${average}/${MAX_SCORE},2)`),
    star: orBlank(bearingFormula(`(${average})/${MAX_SCORE}`).slice(1)),
  };
}

/** 'Navigator history'!D2: a reference to another tab, its name quoted as Sheets requires. */
export function tabReference(tab: string, cell: string): string {
  return `'${tab.replace(/'/g, "''")}'!${cell}`;
}

/** Where the chart reads: principle names, and the scores (or the team average when there is a team). */
export function chartRanges(team: TeamSummary | null): string[] {
  return chartRangesOf(team ? LAYOUT.teamAverageColumn : LAYOUT.scoreColumn);
}

function chartRangesOf(column: number): string[] {
  const from = LAYOUT.headerRow;
  const to = LAYOUT.lastPrincipleRow;
  const letter = columnLetter(column);
  return [`A${from}:A${to}`, `${letter}${from}:${letter}${to}`];
}

/** Both pairs of ranges the add-on's chart reads (scores, or the team average), to know its chart from earlier versions. */
export function everyChartRanges(): string[][] {
  return [chartRangesOf(LAYOUT.scoreColumn), chartRangesOf(LAYOUT.teamAverageColumn)];
}

export function chartTitle(team: TeamSummary | null): string {
  return team
    ? `${NAVIGATOR_TITLE}: team average of ${team.respondents.length} people`
    : `${NAVIGATOR_TITLE}: your coordinates`;
}

/** What the grid needs beyond the assessment: the history tab it reads, and where the team's rows are. */
export interface NavigatorTabContext {
  /** The history tab's name, as the tab's words and formulas name it. */
  historyTab: string;
  /** 1-based rows of the history tab holding each team member's latest assessment; empty without a team. */
  teamRows: readonly number[];
}

const NO_CONTEXT: NavigatorTabContext = { historyTab: HISTORY_TAB, teamRows: [] };

/** "rows 2, 5 and 7" */
function rowList(rows: readonly number[]): string {
  const words = [...rows].sort((a, b) => a - b).map(String);
  const last = words.pop() ?? '';
  return words.length ? `rows ${words.join(', ')} and ${last}` : `row ${last}`;
}

/** The text beside the chart that says what it shows, for anyone who cannot see it. */
export function chartDescription(
  assessment: Assessment,
  team: TeamSummary | null,
  context: NavigatorTabContext = NO_CONTEXT,
): string {
  const bearing = bearingSummary(team ? team.brightness : assessment.brightness);
  const plots = team
    ? `the team average in column F for each of the nine principles: the average of the latest assessment of each of the ${team.respondents.length} people in the “${context.historyTab}” tab`
    : 'the score in column D for each of the nine principles, from this assessment';
  return (
    `About the chart: a radar chart beside this table plots ${plots}; the further a point is from the ` +
    `centre, the closer that principle is to the North Star. ${bearing}.`
  );
}

/** Row 2: what the tab is and what follows what, so nobody edits a cell expecting something else to move. */
function tabIntroduction(team: TeamSummary | null, context: NavigatorTabContext): string {
  const made = 'Made by the Framework in Action add-on.';
  const again = `Plotting your coordinates again rewrites this tab; every assessment is kept in the “${context.historyTab}” tab.`;
  if (!team) {
    return `${made} Change a score in column D (0 to 4) and the bearing, the North Star and the chart follow. ${again}`;
  }
  return (
    `${made} Column D is the latest assessment: change a score there and its bearing follows. ` +
    `Columns F to H are the team's average, lowest and highest scores, worked out from ${rowList(context.teamRows)} ` +
    `of the “${context.historyTab}” tab (each person's latest assessment): change a score there and the team ` +
    `columns, the team's bearing and the chart follow. ${again}`
  );
}

/** A team cell: a live formula over the history rows when they are known, else the value worked out now. */
function teamCells(
  principle: PrincipleId,
  spread: TeamSummary['principles'][number],
  context: NavigatorTabContext,
): CellValue[] {
  if (context.teamRows.length === 0) return [spread.average, spread.lowest, spread.highest];
  const cells = context.teamRows.map((row) =>
    tabReference(context.historyTab, `${historyScoreColumn(principle)}${row}`),
  );
  const values = cells.map((c) => `VALUE(${c})`).join(',');
  return [orBlank(`ROUND(${averageOfCells(cells)},2)`), orBlank(`MIN(${values})`), orBlank(`MAX(${values})`)];
}

/** The Navigator tab's whole block, A1:H21, formulas included, for one setValues; every text as text. */
export function navigatorTabGrid(
  assessment: Assessment,
  team: TeamSummary | null,
  context: NavigatorTabContext = NO_CONTEXT,
): CellValue[][] {
  const grid: CellValue[][] = Array.from({ length: LAYOUT.height }, () =>
    Array<CellValue>(LAYOUT.width).fill(''),
  );
  const put = (row: number, column: number, value: CellValue) => {
    grid[row - 1][column - 1] = value;
  };
  put(1, 1, NAVIGATOR_TITLE);
  put(2, 1, asSheetText(tabIntroduction(team, context)));
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
      asSheetText(answer?.evidence ?? ''),
    ];
    if (spread) cells.push(...teamCells(p.id, spread, context));
    cells.forEach((value, c) => {
      put(row, c + 1, value);
    });
  });
  putSummary(put, LAYOUT.scoreColumn, 'Your', averageOfCells(scoreCells(LAYOUT.scoreColumn)));
  if (team)
    putSummary(put, LAYOUT.teamAverageColumn, 'Team', `AVERAGE(${scoreRange(LAYOUT.teamAverageColumn)})`);
  put(LAYOUT.respondentRow, 1, 'Taken by');
  put(LAYOUT.respondentRow, LAYOUT.scoreColumn, asSheetText(assessment.respondent || '(no name given)'));
  put(LAYOUT.takenAtRow, 1, 'Taken at');
  put(
    LAYOUT.takenAtRow,
    LAYOUT.scoreColumn,
    asSheetText(assessment.takenAtText ?? readableUtc(assessment.takenAt)),
  );
  put(LAYOUT.chartTextRow, 1, asSheetText(chartDescription(assessment, team, context)));
  return grid;
}

type Put = (row: number, column: number, value: CellValue) => void;

function putSummary(put: Put, column: number, whose: 'Your' | 'Team', average: string): void {
  const formulas = summaryFormulas(average);
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

/**
 * Whether a tab holds exactly the Navigator tab an earlier version of the add-on made (it marked
 * nothing): the title, the table's headers and the nine principles where the add-on put them, and
 * nothing outside its block. Only such a tab is adopted; any other tab of that name is a person's own.
 */
export function isEarlierNavigatorLayout(values: readonly CellValue[][]): boolean {
  const text = (row: number, column: number) => cellText(values[row - 1]?.[column - 1] ?? '').trim();
  if (text(1, 1) !== NAVIGATOR_TITLE) return false;
  if (!TABLE_HEADERS.every((h, i) => text(LAYOUT.headerRow, i + 1) === h)) return false;
  if (!PRINCIPLES.every((p, i) => text(LAYOUT.firstPrincipleRow + i, 1) === p.name)) return false;
  return values.every((row, r) =>
    row.every((cell, c) => cellText(cell) === '' || (r < LAYOUT.height && c < LAYOUT.width)),
  );
}
