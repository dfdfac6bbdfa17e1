// Writes the Navigator tab (table, live formulas, score dropdowns, one radar chart) and appends to its history tab.

import type { CellValue } from '../core/model';
import {
  type Assessment,
  chartRanges,
  chartTitle,
  everyChartRanges,
  historyHeader,
  historyRow,
  LAYOUT,
  LEVELS,
  NAVIGATOR_TITLE,
  type NavigatorTabContext,
  navigatorTabGrid,
  scoreRange,
  type TeamSummary,
  upgradedHistory,
} from '../core/navigator';
import { OWN_TAB_ROLES, type OwnTabRole } from '../core/own-tabs';
import { cellText } from '../core/text';
import { findOwnChart, markOwnTab, recordOwnChart } from './own-tabs';
import type { UndoList } from './rollback';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Where a save writes: a tab the add-on knows (or adopts), or the name a new tab will take. */
export type TabTarget =
  | { kind: 'own'; sheet: Sheet; values: CellValue[][] }
  | { kind: 'earlier'; sheet: Sheet; values: CellValue[][] }
  | { kind: 'new'; name: string };

/**
 * What the Navigator tab holds before a save, read before anything is written: enough to put it back
 * as it was if the save stops part way.
 */
interface NavigatorBefore {
  sheet: Sheet;
  content: unknown[][];
  validations: (DataValidation | null)[][];
  charts: EmbeddedChart[];
}

/** Reads the block the save rewrites (formulas as formulas), its validations and its charts. */
function readNavigatorBefore(sheet: Sheet, values: CellValue[][]): NavigatorBefore {
  return {
    sheet,
    content: blockContent(sheet, values),
    validations: sheet.getRange(scoreRange()).getDataValidations(),
    charts: sheet.getCharts(),
  };
}

/**
 * The Navigator block as setValues can write it back: a formula where a cell has one, else its value,
 * text behind an apostrophe so that "=…" or "007" comes back as the text it was.
 */
function blockContent(sheet: Sheet, values: CellValue[][]): unknown[][] {
  const formulas = sheet.getRange(1, 1, LAYOUT.height, LAYOUT.width).getFormulas();
  return formulas.map((row, r) => row.map((formula, c) => formula || asWritten(values[r]?.[c] ?? '')));
}

function asWritten(value: CellValue): CellValue {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

export function lastRowWithContent(values: readonly CellValue[][]): number {
  for (let r = values.length; r > 0; r--) {
    if (values[r - 1].some((c) => cellText(c) !== '')) return r;
  }
  return 0;
}

/** Inserts a tab after the others for this change, marked as the add-on's `role`. */
function insertOwnTab(ss: Spreadsheet, name: string, role: OwnTabRole, undo: UndoList): Sheet {
  const sheet = undo.insertSheet(ss, name, ss.getNumSheets());
  markOwnTab(sheet, role, undo, true);
  return sheet;
}

/**
 * Appends one row to the history tab: a new tab gets its header first; a tab an earlier version made is
 * marked as the add-on's and, if in the first layout, rewritten in today's in one setValues.
 */
export function appendHistory(
  ss: Spreadsheet,
  target: TabTarget,
  assessment: Assessment,
  undo: UndoList,
): Sheet {
  const row = historyRow(assessment);
  if (target.kind === 'new') {
    const sheet = insertOwnTab(ss, target.name, OWN_TAB_ROLES.navigatorHistory, undo);
    const header = historyHeader();
    const headerRange = sheet.getRange(1, 1, 1, header.length);
    headerRange.setValues([header]);
    headerRange.setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.appendRow(row);
    return sheet;
  }
  const { sheet, values } = target;
  if (target.kind === 'earlier') {
    markOwnTab(sheet, OWN_TAB_ROLES.navigatorHistory, undo, false);
    upgradeHistory(sheet, values, undo);
  }
  const nextRow = lastRowWithContent(values) + 1;
  const maxRows = sheet.getMaxRows();
  undo.add(() => {
    // appendRow adds a row to a full grid: take that away too, so the tab is the size it was.
    const grown = sheet.getMaxRows() - maxRows;
    if (grown > 0) sheet.deleteRows(maxRows + 1, grown);
    if (nextRow <= maxRows) sheet.getRange(nextRow, 1, 1, row.length).clearContent();
  });
  sheet.appendRow(row);
  return sheet;
}

/** A first-layout history rewritten in today's layout, whole, in one call; undone by writing back what was read. */
function upgradeHistory(sheet: Sheet, values: CellValue[][], undo: UndoList): void {
  const upgraded = upgradedHistory(values);
  if (upgraded.length === 0 || cellText(values[0]?.[0] ?? '') === historyHeader()[0]) return;
  const width = historyHeader().length;
  const range = sheet.getRange(1, 1, upgraded.length, width);
  const before = values.map((row) => Array.from({ length: width }, (_, c) => asWritten(row[c] ?? '')));
  undo.add(() => range.setValues(before));
  range.setValues(upgraded);
}

/**
 * Writes the Navigator tab's block in one setValues (the first change to a tab that is there already),
 * its score dropdowns, and its one chart, recording how to put each back. A tab an earlier version
 * made is marked as the add-on's first.
 */
export function writeNavigatorTab(
  ss: Spreadsheet,
  target: TabTarget,
  assessment: Assessment,
  team: TeamSummary | null,
  context: NavigatorTabContext,
  undo: UndoList,
): Sheet {
  const before = target.kind === 'new' ? null : readNavigatorBefore(target.sheet, target.values);
  const sheet =
    target.kind === 'new' ? insertOwnTab(ss, target.name, OWN_TAB_ROLES.navigator, undo) : target.sheet;
  if (target.kind === 'earlier') markOwnTab(sheet, OWN_TAB_ROLES.navigator, undo, false);
  const block = sheet.getRange(1, 1, LAYOUT.height, LAYOUT.width);
  if (before) undo.add(() => block.setValues(before.content));
  block.setValues(navigatorTabGrid(assessment, team, context));
  if (!before) formatNewTab(sheet);
  const scores = sheet.getRange(scoreRange());
  if (before) undo.add(() => scores.setDataValidations(before.validations));
  scores.setDataValidation(scoreDropdown());
  const existing = before ? chartToUpdate(sheet, before.charts, target.kind === 'earlier') : undefined;
  drawChart(sheet, team, existing, before?.charts ?? [], undo);
  return sheet;
}

/**
 * The chart to update: the one whose id the add-on recorded; on a tab an earlier version made, the
 * radar chart that version drew (its title and its exact cells). A person's own chart is never taken.
 */
function chartToUpdate(sheet: Sheet, charts: EmbeddedChart[], earlier: boolean): EmbeddedChart | undefined {
  const recorded = findOwnChart(sheet, charts);
  if (recorded || !earlier) return recorded;
  const drawnBefore = everyChartRanges().map((r) => r.join(','));
  return charts.find(
    (chart) =>
      String(chart.getOptions().get('title') ?? '').startsWith(NAVIGATOR_TITLE) &&
      drawnBefore.includes(
        chart
          .getRanges()
          .map((r) => r.getA1Notation())
          .join(','),
      ),
  );
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

/** One radar chart beside the table: updated in place when it is there, inserted (and its id recorded) when not. */
function drawChart(
  sheet: Sheet,
  team: TeamSummary | null,
  existing: EmbeddedChart | undefined,
  chartsBefore: EmbeddedChart[],
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
    recordOwnChart(sheet, existing.getChartId(), undo);
    return;
  }
  // The new chart's id is the one Sheets gives it: the one chart that was not there before.
  const idsBefore = new Set(chartsBefore.map((c) => c.getChartId()));
  const isNew = (c: EmbeddedChart) => !idsBefore.has(c.getChartId());
  undo.add(() => {
    for (const inserted of sheet.getCharts().filter(isNew)) sheet.removeChart(inserted);
  });
  sheet.insertChart(chart);
  const inserted = sheet.getCharts().find(isNew);
  if (inserted) recordOwnChart(sheet, inserted.getChartId(), undo);
}
