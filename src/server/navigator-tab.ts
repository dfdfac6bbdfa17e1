// Writes the Navigator tab (table, live formulas, score dropdowns, one radar chart) and appends to its history tab.

import type { CellValue } from '../core/model';
import {
  type Assessment,
  chartRanges,
  chartTitle,
  HISTORY_TAB,
  historyHeader,
  historyRow,
  LAYOUT,
  LEVELS,
  NAVIGATOR_TAB,
  NAVIGATOR_TITLE,
  navigatorTabGrid,
  scoreRange,
  type TeamSummary,
} from '../core/navigator';
import { cellText } from '../core/text';
import type { UndoList } from './rollback';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** A tab the add-on may write: absent, empty, or one it made (its first cell says so). */
export function isOursOrAbsent(values: CellValue[][] | undefined, firstCell: string): boolean {
  if (!values) return true;
  const first = cellText(values[0]?.[0] ?? '').trim();
  return first === firstCell || values.every((row) => row.every((c) => cellText(c).trim() === ''));
}

export function notOursMessage(name: string): string {
  return (
    `There is already a tab called “${name}” that the add-on did not make, so it has not been changed. ` +
    'Rename that tab, then plot your coordinates again.'
  );
}

/**
 * What the Navigator and history tabs hold before a save, read before anything is written: enough to
 * put each back as it was if the save stops part way.
 */
export interface TabsBefore {
  navigator: {
    sheet: Sheet;
    content: unknown[][];
    validations: (DataValidation | null)[][];
    chart: EmbeddedChart | undefined;
  } | null;
  history: { sheet: Sheet; nextRow: number; maxRows: number } | null;
}

/** Reads the block the save rewrites (formulas as formulas), its chart, and where the history row will go. */
export function readTabsBefore(
  ss: Spreadsheet,
  grid: (name: string) => CellValue[][] | undefined,
): TabsBefore {
  const navigator = ss.getSheetByName(NAVIGATOR_TAB);
  const history = ss.getSheetByName(HISTORY_TAB);
  return {
    navigator: navigator && {
      sheet: navigator,
      content: blockContent(navigator, grid(NAVIGATOR_TAB) ?? []),
      validations: navigator.getRange(scoreRange()).getDataValidations(),
      chart: findNavigatorChart(navigator.getCharts()),
    },
    history: history && {
      sheet: history,
      nextRow: lastRowWithContent(grid(HISTORY_TAB) ?? []) + 1,
      maxRows: history.getMaxRows(),
    },
  };
}

/**
 * The Navigator block as setValues can write it back: a formula where a cell has one, else its value,
 * text behind an apostrophe so that "=…" or "007" comes back as the text it was.
 */
function blockContent(sheet: Sheet, values: CellValue[][]): unknown[][] {
  const formulas = sheet.getRange(1, 1, LAYOUT.height, LAYOUT.width).getFormulas();
  return formulas.map((row, r) =>
    row.map((formula, c) => {
      if (formula) return formula;
      const value = values[r]?.[c] ?? '';
      return typeof value === 'string' && value !== '' ? `'${value}` : value;
    }),
  );
}

function lastRowWithContent(values: CellValue[][]): number {
  for (let r = values.length; r > 0; r--) {
    if (values[r - 1].some((c) => cellText(c) !== '')) return r;
  }
  return 0;
}

/** Appends one row to the history tab, creating the tab with its header row the first time. */
export function appendHistory(
  ss: Spreadsheet,
  assessment: Assessment,
  before: TabsBefore,
  undo: UndoList,
): void {
  const row = historyRow(assessment);
  const existing = before.history;
  if (!existing) {
    const sheet = undo.insertSheet(ss, HISTORY_TAB, ss.getNumSheets());
    const header = historyHeader();
    const headerRange = sheet.getRange(1, 1, 1, header.length);
    headerRange.setValues([header]);
    headerRange.setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.appendRow(row);
    return;
  }
  const { sheet, nextRow, maxRows } = existing;
  undo.add(() => {
    // appendRow adds a row to a full grid: take that away too, so the tab is the size it was.
    const grown = sheet.getMaxRows() - maxRows;
    if (grown > 0) sheet.deleteRows(maxRows + 1, grown);
    if (nextRow <= maxRows) sheet.getRange(nextRow, 1, 1, row.length).clearContent();
  });
  sheet.appendRow(row);
}

/**
 * Writes the Navigator tab's block in one setValues (the first change to a tab that is there already),
 * its score dropdowns, and its one chart, recording how to put each back.
 */
export function writeNavigatorTab(
  ss: Spreadsheet,
  assessment: Assessment,
  team: TeamSummary | null,
  before: TabsBefore,
  undo: UndoList,
): Sheet {
  const existing = before.navigator;
  const sheet = existing?.sheet ?? undo.insertSheet(ss, NAVIGATOR_TAB, ss.getNumSheets());
  const block = sheet.getRange(1, 1, LAYOUT.height, LAYOUT.width);
  if (existing) undo.add(() => block.setValues(existing.content));
  block.setValues(navigatorTabGrid(assessment, team));
  if (!existing) formatNewTab(sheet);
  const scores = sheet.getRange(scoreRange());
  if (existing) undo.add(() => scores.setDataValidations(existing.validations));
  scores.setDataValidation(scoreDropdown());
  drawChart(sheet, team, existing?.chart, undo);
  return sheet;
}

function scoreDropdown(): GoogleAppsScript.Spreadsheet.DataValidation {
  const hint = LEVELS.map((l) => `${l.score} ${l.name}`).join(', ');
  return SpreadsheetApp.newDataValidation()
    .requireValueInList(
      LEVELS.map((l) => String(l.score)),
      true,
    )
    .setAllowInvalid(false)
    .setHelpText(`Choose a score from 0 to 4: ${hint}.`)
    .build();
}

/** Headings bold and prompts wrapped, once, when the tab is made: later runs leave the person's formatting be. */
function formatNewTab(sheet: Sheet): void {
  sheet.getRange(1, 1).setFontWeight('bold');
  sheet.getRange(LAYOUT.headerRow, 1, 1, LAYOUT.width).setFontWeight('bold');
  sheet.getRange(LAYOUT.firstPrincipleRow, 1, LAYOUT.lastPrincipleRow - LAYOUT.headerRow, 5).setWrap(true);
  sheet.setColumnWidths(1, 1, 220);
  sheet.setColumnWidths(3, 1, 300);
  sheet.setColumnWidths(5, 1, 240);
}

/** The chart the add-on made on this tab: found by its title, or by where it reads its labels from. */
function findNavigatorChart(charts: EmbeddedChart[]): EmbeddedChart | undefined {
  const byTitle = charts.find((chart) =>
    String(chart.getOptions().get('title') ?? '').startsWith(NAVIGATOR_TITLE),
  );
  if (byTitle) return byTitle;
  return charts.find((chart) => {
    const first = chart.getRanges()[0];
    return first && first.getRow() === LAYOUT.headerRow && first.getColumn() === LAYOUT.principleColumn;
  });
}

/** One radar chart beside the table: updated in place when it is there, inserted when it is not. */
function drawChart(
  sheet: Sheet,
  team: TeamSummary | null,
  existing: EmbeddedChart | undefined,
  undo: UndoList,
): void {
  const builder = existing ? existing.modify().clearRanges() : sheet.newChart();
  for (const a1 of chartRanges(team)) builder.addRange(sheet.getRange(a1));
  const chart = builder
    .setChartType(Charts.ChartType.RADAR)
    .setPosition(LAYOUT.headerRow, LAYOUT.chartColumn, 0, 0)
    .setOption('title', chartTitle(team))
    .setOption('legend', { position: 'bottom' })
    .setOption('vAxis', { viewWindow: { min: 0, max: 4 } })
    .build();
  if (existing) {
    // The chart read before the change is a copy of it as it was.
    undo.add(() => sheet.updateChart(existing));
    sheet.updateChart(chart);
  } else {
    undo.add(() => {
      const inserted = findNavigatorChart(sheet.getCharts());
      if (inserted) sheet.removeChart(inserted);
    });
    sheet.insertChart(chart);
  }
}
