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

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

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

/** Appends one row to the history tab, creating the tab with its header row the first time. */
export function appendHistory(ss: Spreadsheet, assessment: Assessment): void {
  let sheet = ss.getSheetByName(HISTORY_TAB);
  if (!sheet) {
    sheet = ss.insertSheet(HISTORY_TAB, ss.getNumSheets());
    const header = historyHeader();
    const headerRange = sheet.getRange(1, 1, 1, header.length);
    headerRange.setValues([header]);
    headerRange.setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  sheet.appendRow(historyRow(assessment));
}

/** Writes the Navigator tab's block in one setValues, its score dropdowns, and its one chart. */
export function writeNavigatorTab(ss: Spreadsheet, assessment: Assessment, team: TeamSummary | null): Sheet {
  let sheet = ss.getSheetByName(NAVIGATOR_TAB);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(NAVIGATOR_TAB, ss.getNumSheets());
  sheet.getRange(1, 1, LAYOUT.height, LAYOUT.width).setValues(navigatorTabGrid(assessment, team));
  if (created) formatNewTab(sheet);
  sheet.getRange(scoreRange()).setDataValidation(scoreDropdown());
  drawChart(sheet, team);
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
function drawChart(sheet: Sheet, team: TeamSummary | null): void {
  const existing = findNavigatorChart(sheet.getCharts());
  const builder = existing ? existing.modify().clearRanges() : sheet.newChart();
  for (const a1 of chartRanges(team)) builder.addRange(sheet.getRange(a1));
  const chart = builder
    .setChartType(Charts.ChartType.RADAR)
    .setPosition(LAYOUT.headerRow, LAYOUT.chartColumn, 0, 0)
    .setOption('title', chartTitle(team))
    .setOption('legend', { position: 'bottom' })
    .setOption('vAxis', { viewWindow: { min: 0, max: 4 } })
    .build();
  if (existing) sheet.updateChart(chart);
  else sheet.insertChart(chart);
}
