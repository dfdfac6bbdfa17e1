// Finding and marking the tabs and the chart the add-on made, by developer metadata (rules in src/core/own-tabs.ts).

import type { CellValue, Workbook } from '../core/model';
import { NAVIGATOR_CHART_KEY, OWN_TAB_KEY, type OwnTabRole } from '../core/own-tabs';
import { sameTabName } from '../core/tab-names';
import type { UndoList } from './rollback';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** The tab the add-on made for `role`, found by its metadata in a fixed number of calls; null when there is none. */
export function findOwnTab(ss: Spreadsheet, role: OwnTabRole): Sheet | null {
  const [found] = ss.createDeveloperMetadataFinder().withKey(OWN_TAB_KEY).withValue(role).find();
  return found ? found.getLocation().getSheet() : null;
}

/** Marks a tab as the add-on's `role`; when the tab was there before, the undo list takes the mark off again. */
export function markOwnTab(sheet: Sheet, role: OwnTabRole, undo: UndoList, madeNow: boolean): void {
  sheet.addDeveloperMetadata(OWN_TAB_KEY, role);
  // A tab made in this change goes entirely on undo, its metadata with it.
  if (!madeNow) undo.add(() => removeMetadata(sheet, OWN_TAB_KEY));
}

function removeMetadata(sheet: Sheet, key: string): void {
  for (const entry of sheet.createDeveloperMetadataFinder().withKey(key).find()) entry.remove();
}

/**
 * A tab an earlier version of the add-on made (it marked nothing): named `name` in any case, and holding
 * exactly what that version wrote (`isEarlierLayout`). Any other tab of that name is a person's own.
 */
export function findEarlierTab(
  ss: Spreadsheet,
  workbook: Workbook,
  name: string,
  isEarlierLayout: (values: CellValue[][]) => boolean,
): Sheet | null {
  const tab = workbook.find((grid) => sameTabName(grid.name, name) && isEarlierLayout(grid.values));
  return tab ? ss.getSheetByName(tab.name) : null;
}

/** The chart the add-on drew on its Navigator tab, by the id it recorded there; undefined when gone. */
export function findOwnChart(sheet: Sheet, charts: EmbeddedChart[]): EmbeddedChart | undefined {
  const [entry] = sheet.createDeveloperMetadataFinder().withKey(NAVIGATOR_CHART_KEY).find();
  const id = entry?.getValue();
  return id ? charts.find((chart) => String(chart.getChartId()) === id) : undefined;
}

/** Records which chart on the tab is the add-on's, replacing any earlier record; undone with the change. */
export function recordOwnChart(sheet: Sheet, chartId: number | null, undo: UndoList): void {
  if (chartId === null) return;
  const [entry] = sheet.createDeveloperMetadataFinder().withKey(NAVIGATOR_CHART_KEY).find();
  if (entry) {
    const before = entry.getValue() ?? '';
    entry.setValue(String(chartId));
    undo.add(() => entry.setValue(before));
  } else {
    sheet.addDeveloperMetadata(NAVIGATOR_CHART_KEY, String(chartId));
    undo.add(() => removeMetadata(sheet, NAVIGATOR_CHART_KEY));
  }
}
