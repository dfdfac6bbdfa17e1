// The Navigator's tabs and chart are the add-on's by developer metadata: a person's own tab or chart of the
// same name or cells is never written; a tab an earlier version made is adopted only when exactly its layout.

import { describe, expect, it } from 'vitest';
import type { ChartSeed, SheetSeed, WorkbookSeed } from '../../apps-script-standin/index';
import { parseInput } from '../../apps-script-standin/spreadsheet/cell-values';
import type { CellValue } from '../../src/core/model';
import {
  assess,
  HISTORY_TAB,
  historyHeader,
  historyRow,
  NAVIGATOR_TAB,
  type NavigatorInput,
  navigatorTabGrid,
} from '../../src/core/navigator';
import { PRINCIPLES } from '../../src/core/principles';
import { type LoadedAddon, loadAddon, seedSpreadsheet } from './addon';

function input(scores: number[], respondent = '', evidence: Record<number, string> = {}): NavigatorInput {
  return {
    respondent,
    scores: PRINCIPLES.map((p, i) => ({ principle: p.id, score: scores[i], evidence: evidence[p.id] ?? '' })),
  };
}

const MINE = [3, 2, 3, 1, 3, 2, 3, 2, 4];

function sheetOf(addon: LoadedAddon, name: string): SheetSeed {
  const sheet = addon.standIn.snapshot().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

const names = (addon: LoadedAddon) => addon.standIn.snapshot().sheets.map((s) => s.name);

/** A person's own chart over the very cells the add-on's chart reads, with the add-on's title. */
const PERSON_CHART: ChartSeed = {
  id: '77',
  type: 'COLUMN',
  ranges: ['A4:A13', 'D4:D13'],
  options: { title: 'Relationships Navigator: your coordinates' },
  position: { row: 1, column: 12, offsetX: 0, offsetY: 0 },
};

/** The seed plus a person's own tab, made by hand: their notes, a formula and a chart. */
function withPersonTab(name: string): WorkbookSeed {
  const seed = seedSpreadsheet();
  seed.sheets.push({
    name,
    values: [['Our team compass'], ['Principle', 'Score'], ['Shift the obstacles', 2]],
    formulas: [
      ['', ''],
      ['', ''],
      ['', '=1+1'],
    ],
    charts: [PERSON_CHART],
  });
  return seed;
}

describe.each(['Navigator', 'navigator', 'NAVIGATOR'])('a person’s own tab named “%s”', (name) => {
  const addon = loadAddon(withPersonTab(name));
  const before = addon.standIn.snapshot();
  const result = addon.run.saveNavigator(input(MINE, 'Asha'));
  const after = addon.standIn.snapshot();

  it('is left exactly as it was, its chart included', () => {
    expect(after.sheets.find((s) => s.name === name)).toEqual(before.sheets.find((s) => s.name === name));
  });

  it('is passed over for a new tab named “Navigator (2)”, which is shown', () => {
    expect(result.sheetName).toBe('Navigator (2)');
    expect(after.sheets.map((s) => s.name)).toEqual([
      ...before.sheets.map((s) => s.name),
      'Navigator (2)',
      HISTORY_TAB,
    ]);
    expect(after.activeSheet).toBe('Navigator (2)');
  });

  it('leaves every tab that was there as it was, and only the draft store changes', () => {
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.documentProperties).toEqual(before.documentProperties);
    expect(after.scriptProperties).toEqual(before.scriptProperties);
  });

  it('is still passed over the next time, when the add-on’s own tab is updated rather than a third made', () => {
    addon.run.saveNavigator(input([4, 4, 4, 4, 4, 4, 4, 4, 4], 'Asha'));
    const again = addon.standIn.snapshot();
    expect(again.sheets.map((s) => s.name)).toEqual(after.sheets.map((s) => s.name));
    expect(again.sheets.find((s) => s.name === name)).toEqual(before.sheets.find((s) => s.name === name));
    expect(sheetOf(addon, 'Navigator (2)').values[4][3]).toBe(4);
    expect(sheetOf(addon, 'Navigator (2)').charts).toHaveLength(1);
  });
});

describe('the add-on’s own tabs', () => {
  it('carry developer metadata saying which they are, and the tab records its chart’s id', () => {
    const addon = loadAddon();
    addon.run.saveNavigator(input(MINE));
    const navigator = sheetOf(addon, NAVIGATOR_TAB);
    expect(navigator.developerMetadata).toEqual([
      { key: 'frameworkInAction.tab', value: 'navigator', visibility: 'DOCUMENT' },
      { key: 'frameworkInAction.navigatorChart', value: navigator.charts?.[0].id, visibility: 'DOCUMENT' },
    ]);
    expect(sheetOf(addon, HISTORY_TAB).developerMetadata).toEqual([
      { key: 'frameworkInAction.tab', value: 'navigatorHistory', visibility: 'DOCUMENT' },
    ]);
  });

  it('are found when a person has renamed them', () => {
    const addon = loadAddon();
    addon.run.saveNavigator(input(MINE, 'Asha'));
    const app = addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    app.getActiveSpreadsheet().getSheetByName(NAVIGATOR_TAB)?.setName('Our compass');
    app.getActiveSpreadsheet().getSheetByName(HISTORY_TAB)?.setName('Compass log');
    const result = addon.run.saveNavigator(input(MINE, 'Ben'));
    expect(result.sheetName).toBe('Our compass');
    expect(names(addon).slice(-2)).toEqual(['Our compass', 'Compass log']);
    expect(sheetOf(addon, 'Compass log').values).toHaveLength(3);
    expect(sheetOf(addon, 'Our compass').formulas?.[4][5]).toContain("'Compass log'!D2");
  });

  it('never take a person’s chart of the same cells and title on the add-on’s tab for the add-on’s', () => {
    const addon = loadAddon();
    addon.run.saveNavigator(input(MINE, 'Asha'));
    const app = addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const tab = app.getActiveSpreadsheet().getSheetByName(NAVIGATOR_TAB);
    if (!tab) throw new Error('no Navigator tab');
    const theirs = tab
      .newChart()
      .setChartType((addon.standIn.globals.Charts as GoogleAppsScript.Charts.Charts).ChartType.COLUMN)
      .addRange(tab.getRange('A4:A13'))
      .addRange(tab.getRange('D4:D13'))
      .setOption('title', 'Relationships Navigator: your coordinates')
      .setPosition(30, 1, 0, 0)
      .build();
    tab.insertChart(theirs);
    const before = sheetOf(addon, NAVIGATOR_TAB).charts ?? [];
    const personsChart = before.find((c) => c.type === 'COLUMN');
    addon.run.saveNavigator(input(MINE, 'Ben'));
    const after = sheetOf(addon, NAVIGATOR_TAB).charts ?? [];
    expect(after).toHaveLength(2);
    expect(after.find((c) => c.id === personsChart?.id)).toEqual(personsChart);
    expect(after.find((c) => c.id !== personsChart?.id)).toMatchObject({
      type: 'RADAR',
      ranges: ['A4:A13', 'F4:F13'],
    });
  });

  it('get their radar chart back when a person deleted it, and only one', () => {
    const addon = loadAddon();
    addon.run.saveNavigator(input(MINE, 'Asha'));
    const app = addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const tab = app.getActiveSpreadsheet().getSheetByName(NAVIGATOR_TAB);
    for (const chart of tab?.getCharts() ?? []) tab?.removeChart(chart);
    addon.run.saveNavigator(input(MINE, 'Asha'));
    addon.run.saveNavigator(input(MINE, 'Asha'));
    expect(sheetOf(addon, NAVIGATOR_TAB).charts).toHaveLength(1);
  });

  it('beside a person’s own “Navigator history” tab, are “Navigator history (2)”, which the team formulas read', () => {
    const seed = seedSpreadsheet();
    seed.sheets.push({
      name: 'navigator HISTORY',
      values: [
        ['When', 'Who'],
        ['Monday', 'Asha'],
      ],
    });
    const addon = loadAddon(seed);
    const before = addon.standIn.snapshot();
    addon.run.saveNavigator(input(MINE, 'Asha'));
    addon.run.saveNavigator(input(MINE, 'Ben'));
    expect(names(addon).slice(-3)).toEqual(['navigator HISTORY', NAVIGATOR_TAB, 'Navigator history (2)']);
    expect(sheetOf(addon, 'navigator HISTORY')).toEqual(
      before.sheets.find((s) => s.name === 'navigator HISTORY'),
    );
    expect(sheetOf(addon, NAVIGATOR_TAB).formulas?.[4][5]).toContain("'Navigator history (2)'!D2");
  });
});

/** What the previous version wrote: the same block (its formulas aside), its chart, its first-layout history. */
function earlierVersionWorkbook(extra?: (tab: SheetSeed) => void): WorkbookSeed {
  const asha = assess(input(MINE, 'Asha', { 1: '007' }), '2026-06-01T09:30:00.000Z');
  const stored = (row: CellValue[]) => row.map((v) => parseInput(v, 'Europe/London').value as CellValue);
  const navigator: SheetSeed = {
    name: NAVIGATOR_TAB,
    values: navigatorTabGrid(asha, null).map(stored),
    charts: [
      {
        id: '5',
        type: 'RADAR',
        ranges: ['A4:A13', 'D4:D13'],
        options: { title: 'Relationships Navigator: your coordinates' },
        position: { row: 4, column: 10, offsetX: 0, offsetY: 0 },
      },
    ],
  };
  extra?.(navigator);
  const firstHeader = ['Taken at (UTC)', ...historyHeader().slice(2)];
  const history: SheetSeed = {
    name: HISTORY_TAB,
    values: [firstHeader, stored(historyRow(asha).slice(1))],
  };
  const seed = seedSpreadsheet();
  seed.sheets.push(navigator, history);
  return seed;
}

describe('a workbook the previous version wrote (its tabs unmarked)', () => {
  const addon = loadAddon(earlierVersionWorkbook());
  const before = addon.standIn.snapshot();
  const result = addon.run.saveNavigator(input([4, 4, 4, 4, 4, 4, 4, 4, 4], 'Ben'));
  const after = addon.standIn.snapshot();

  it('has its tabs adopted: no second Navigator, and both now marked as the add-on’s', () => {
    expect(result.sheetName).toBe(NAVIGATOR_TAB);
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(sheetOf(addon, NAVIGATOR_TAB).developerMetadata?.[0]).toMatchObject({ value: 'navigator' });
    expect(sheetOf(addon, HISTORY_TAB).developerMetadata?.[0]).toMatchObject({ value: 'navigatorHistory' });
  });

  it('has its history upgraded in place: the earlier row kept, its time shown in UTC, the new row below', () => {
    const history = sheetOf(addon, HISTORY_TAB).values;
    expect(history[0].slice(0, 3)).toEqual(['Taken', 'Taken at (UTC, sortable)', 'Respondent']);
    expect(history[1].slice(0, 4)).toEqual(['1 Jun 2026, 09:30 UTC', '2026-06-01T09:30:00.000Z', 'Asha', 3]);
    expect(history[1][13]).toBe('007');
    expect(history[2][2]).toBe('Ben');
    expect(result.team?.respondents).toEqual(['Asha', 'Ben']);
  });

  it('keeps the one chart the earlier version drew, now plotting the team', () => {
    const charts = sheetOf(addon, NAVIGATOR_TAB).charts ?? [];
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ id: '5', type: 'RADAR', ranges: ['A4:A13', 'F4:F13'] });
  });

  it('is read by getNavigator before anything is plotted again', () => {
    const fresh = loadAddon(earlierVersionWorkbook());
    const state = fresh.run.getNavigator();
    expect(state.history.map((a) => a.respondent)).toEqual(['Asha']);
    expect(state.current?.takenAtText).toBe('1 Jun 2026, 09:30 UTC');
  });

  it('is put back exactly, marks and all, when the save stops part way', () => {
    const again = loadAddon(earlierVersionWorkbook());
    const untouched = again.standIn.snapshot();
    again.standIn.failNext('Sheet.appendRow', new Error('Service Spreadsheets timed out.'));
    expect(() => again.run.saveNavigator(input(MINE, 'Ben'))).toThrow(/the spreadsheet is as it was/);
    expect(again.standIn.snapshot()).toEqual(untouched);
  });
});

describe('a “Navigator” tab shaped like the add-on’s but with a person’s own note beside it', () => {
  it('is theirs: left as it was, and the add-on makes “Navigator (2)”', () => {
    const seed = earlierVersionWorkbook((tab) => {
      tab.values[1] = [...tab.values[1], '', '', '', '', 'Our note: review in March'];
    });
    const addon = loadAddon(seed);
    const before = addon.standIn.snapshot();
    const result = addon.run.saveNavigator(input(MINE, 'Ben'));
    expect(result.sheetName).toBe('Navigator (2)');
    expect(sheetOf(addon, NAVIGATOR_TAB)).toEqual(before.sheets.find((s) => s.name === NAVIGATOR_TAB));
  });
});

describe('a team: the tab’s live formulas follow the history', () => {
  const addon = loadAddon();
  addon.run.saveNavigator(input([0, 1, 2, 3, 4, 0, 1, 2, 3], 'Asha'));
  addon.run.saveNavigator(input([2, 2, 2, 2, 2, 2, 2, 2, 2], 'Ben'));
  addon.run.saveNavigator(input([4, 4, 4, 4, 4, 4, 4, 4, 4], 'Asha'));

  it('averages each person’s latest row only, naming those rows', () => {
    const tab = sheetOf(addon, NAVIGATOR_TAB);
    expect(tab.values[4].slice(5, 8)).toEqual([3, 2, 4]);
    expect(tab.values.slice(14, 17).map((r) => r[5])).toEqual([3, 0.75, 'Bright']);
    expect(String(tab.values[1][0])).toContain('rows 3 and 4 of the “Navigator history” tab');
    expect(String(tab.values[20][0])).toContain('plots the team average in column F');
  });

  it('moves the averages, the team’s bearing and the chart’s column when a score is edited in the history', () => {
    const before = addon.standIn.snapshot();
    addon.standIn.edit(HISTORY_TAB, 'D3', [[0]]);
    const after = addon.standIn.snapshot();
    const tab = sheetOf(addon, NAVIGATOR_TAB);
    expect(tab.values[4].slice(5, 8)).toEqual([2, 0, 4]);
    expect(tab.values.slice(14, 17).map((r) => r[5])).toEqual([2.89, 0.72, 'Glowing']);
    expect(tab.charts?.[0].ranges).toEqual(['A4:A13', 'F4:F13']);
    // Only the edited cell and the formulas over it changed.
    const changed = (name: string) => {
      const b = before.sheets.find((s) => s.name === name)?.values ?? [];
      const a = after.sheets.find((s) => s.name === name)?.values ?? [];
      return a.flatMap((row, r) => row.flatMap((v, c) => (v === b[r]?.[c] ? [] : [`${r + 1}:${c + 1}`])));
    };
    expect(changed(HISTORY_TAB)).toEqual(['3:4']);
    expect(changed(NAVIGATOR_TAB)).toEqual(['5:6', '5:7', '15:6', '16:6', '17:6']);
  });

  it('reads a score stored as text ("3") as the number', () => {
    addon.standIn.edit(HISTORY_TAB, 'D3', [["'2"]]);
    expect(sheetOf(addon, HISTORY_TAB).values[2][3]).toBe('2');
    expect(sheetOf(addon, NAVIGATOR_TAB).values[4].slice(5, 8)).toEqual([3, 2, 4]);
  });
});

describe('a score cell that holds "3" rather than 3', () => {
  it('counts in the bearing and the North Star like the number', () => {
    const addon = loadAddon();
    addon.run.saveNavigator(input(MINE));
    const numbers = sheetOf(addon, NAVIGATOR_TAB)
      .values.slice(14, 17)
      .map((r) => r[3]);
    addon.standIn.edit(
      NAVIGATOR_TAB,
      'D5:D13',
      MINE.map((s) => [`'${s}`]),
    );
    const tab = sheetOf(addon, NAVIGATOR_TAB);
    expect(tab.values[4][3]).toBe('3');
    expect(tab.values.slice(14, 17).map((r) => r[3])).toEqual(numbers);
    expect(numbers).toEqual([2.56, 0.64, 'Glowing']);
  });
});
