// The preview as a sheet to judge the add-on by: its chart drawn from its ranges, formulas, dropdown rules, edits, layout.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAYOUT } from '../../src/core/navigator/tab-layout';
import {
  chooseMenuItem,
  editCell,
  gridRows,
  gridSettled,
  openSidebar,
  runInSidebar,
  showTab,
  usePreview,
} from './harness';

/** Chromium and the preview on a shared two-core machine: generous, never a timing assertion. */
const SLOW = 120_000;
const SCORES = [0, 1, 2, 3, 4, 3, 2, 1, 0];

type Sheets = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Plots SCORES through the sidebar, as "Plot my coordinates" does, and shows the Navigator tab. */
async function plotScores(page: Page): Promise<void> {
  const sidebar = await openSidebar(page);
  const scores = SCORES.map((score, i) => ({ principle: i + 1, score }));
  expect((await runInSidebar(sidebar, 'saveNavigator', { scores })).error).toBeUndefined();
  await gridSettled(page);
  await showTab(page, 'Navigator');
}

/** The points the drawn radar plots, in order: [category, value]. */
function plottedPoints(page: Page): Promise<[string, number][]> {
  return page.$$eval('#grid .grid-chart circle', (circles) =>
    circles.map((c) => [c.getAttribute('data-category') ?? '', Number(c.getAttribute('data-value'))]),
  );
}

describe('the preview’s sheet', () => {
  const preview = usePreview();

  it(
    'draws the Navigator’s radar chart from the chart’s own ranges, and a wrong range looks wrong',
    async () => {
      const page = await preview.reload();
      await plotScores(page);
      const names = (await gridRows(page))
        .filter((r) => r.row >= LAYOUT.firstPrincipleRow && r.row <= LAYOUT.lastPrincipleRow)
        .map((r) => r.cells[0]);
      expect(await plottedPoints(page)).toEqual(names.map((name, i) => [name, SCORES[i]]));

      // Point the chart past its header and one principle, as a slip in its range would.
      const sheet = (preview.server.standIn.globals.SpreadsheetApp as Sheets)
        .getActiveSpreadsheet()
        .getSheetByName('Navigator');
      if (!sheet) throw new Error('No Navigator tab');
      const [chart] = sheet.getCharts();
      const from = LAYOUT.headerRow + 2;
      const to = LAYOUT.lastPrincipleRow + 2;
      sheet.updateChart(
        chart
          .modify()
          .clearRanges()
          .addRange(sheet.getRange(`A${from}:A${to}`))
          .addRange(sheet.getRange(`D${from}:D${to}`))
          .build(),
      );
      await runInSidebar(await openSidebar(page), 'getNavigator');
      await gridSettled(page);
      const shifted = await plottedPoints(page);
      expect(shifted.map(([, value]) => value)).not.toEqual(SCORES);
      expect(shifted[0]).toEqual([names[1], SCORES[1]]);
    },
    SLOW,
  );

  it(
    'shows a cell’s formula in the formula bar, and its value in the grid',
    async () => {
      const page = await preview.reload();
      await plotScores(page);
      const navigator = preview.server.standIn.snapshot().sheets.find((s) => s.name === 'Navigator');
      const row = navigator?.formulas?.findIndex((cells) => cells.some(Boolean)) ?? -1;
      const column = navigator?.formulas?.[row]?.findIndex(Boolean) ?? -1;
      const formula = navigator?.formulas?.[row]?.[column] ?? '';
      expect(formula.startsWith('=')).toBe(true);
      const a1 = `${String.fromCharCode(65 + column)}${row + 1}`;
      await page.locator(`#grid td[data-cell="${a1}"]`).click();
      expect(await page.locator('#cell-text').textContent()).toBe(formula);
      expect(await page.locator(`#grid td[data-cell="${a1}"] .grid__text`).textContent()).not.toBe(formula);
    },
    SLOW,
  );

  it(
    'refuses 7 in a score cell whose 0–4 dropdown is strict, and says why',
    async () => {
      const page = await preview.reload();
      await plotScores(page);
      const cell = `D${LAYOUT.firstPrincipleRow}`;
      await editCell(page, cell, '7');
      expect(await page.locator(`#grid td[data-cell="${cell}"] .grid__text`).textContent()).toBe(
        String(SCORES[0]),
      );
      await page
        .locator('#messages')
        .getByText(/There was a problem: "7" is not allowed in D5/)
        .waitFor();
    },
    SLOW,
  );

  it(
    'lets a wrong type through the Type dropdown’s warning rule, and marks the cell',
    async () => {
      const page = await preview.reload();
      await runInSidebar(await openSidebar(page), 'checkExamples');
      await gridSettled(page);
      const cell = page.locator('#grid td[data-validation]').first();
      const a1 = (await cell.getAttribute('data-cell')) ?? '';
      expect(await cell.getAttribute('data-invalid')).toBeNull();
      await editCell(page, a1, 'Tweek');
      const edited = page.locator(`#grid td[data-cell="${a1}"]`);
      expect(await edited.locator('.grid__text').textContent()).toBe('Tweek');
      expect(await edited.getAttribute('data-invalid')).toBe('true');
    },
    SLOW,
  );

  it(
    'keeps an edit when the person clicks away, as Sheets does',
    async () => {
      const page = await preview.reload();
      await page.locator('#grid td[data-cell="B9"]').dblclick();
      await page.getByRole('textbox', { name: 'Edit cell B9' }).fill('Kept on click-away');
      const saved = page.waitForResponse((response) => response.url().endsWith('/api/edit'));
      await page.locator('#grid td[data-cell="C12"]').click();
      await saved;
      await gridSettled(page);
      expect(preview.server.standIn.snapshot().sheets[0].values[8][1]).toBe('Kept on click-away');
      expect(await page.locator('#grid td[data-cell="B9"] .grid__text').textContent()).toBe(
        'Kept on click-away',
      );
    },
    SLOW,
  );

  it(
    'shows the "Check all examples" toast above the grid, not under the row numbers',
    async () => {
      const page = await preview.reload();
      await chooseMenuItem(page, 'Check all examples');
      const toast = page.locator('#messages p').first();
      await toast.waitFor();
      const box = await toast.boundingBox();
      if (!box) throw new Error('The toast has no box');
      const onTop = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('#messages') !== null,
        { x: box.x + 4, y: box.y + box.height / 2 },
      );
      expect(onTop).toBe(true);
    },
    SLOW,
  );

  it(
    'draws the filter’s icon on its header cells, filled where a column hides rows',
    async () => {
      const page = await preview.reload();
      await runInSidebar(await openSidebar(page), 'applySheetFilter', { types: ['Tweak'] });
      await gridSettled(page);
      expect(await page.locator('#grid .marker--filter svg path').count()).toBeGreaterThan(1);
      expect(await page.locator('#grid .marker--filter-active').count()).toBe(1);
    },
    SLOW,
  );

  it(
    'keeps the column letters over their columns when the grid scrolls sideways',
    async () => {
      const page = await preview.reload();
      await page.locator('#grid').evaluate((grid) => {
        grid.scrollLeft = 300;
      });
      const header = await page.locator('#grid thead th', { hasText: /^D$/ }).boundingBox();
      const cell = await page.locator('#grid td[data-cell="D1"]').boundingBox();
      expect(Math.round(header?.x ?? -1)).toBe(Math.round(cell?.x ?? -2));
      expect(Math.round(header?.width ?? -1)).toBe(Math.round(cell?.width ?? -2));
      const corner = await page.locator('#grid .grid__corner').boundingBox();
      const grid = await page.locator('#grid').boundingBox();
      expect(Math.round(corner?.x ?? -1)).toBe(Math.round(grid?.x ?? -2));
    },
    SLOW,
  );

  it(
    'shows every sheet tab whole at 1024 px wide with the sidebar open',
    async () => {
      const page = await preview.reload();
      await page.setViewportSize({ width: 1024, height: 700 });
      await plotScores(page);
      const tabs = page.getByRole('group', { name: 'Sheets' }).getByRole('button');
      expect(await tabs.count()).toBeGreaterThanOrEqual(5);
      const bar = await page.locator('#sheet-tabs').boundingBox();
      for (const tab of await tabs.all()) {
        const box = await tab.boundingBox();
        expect(box && bar && box.x >= bar.x && box.x + box.width <= bar.x + bar.width).toBe(true);
        expect(box && box.y + box.height <= 700).toBe(true);
      }
    },
    SLOW,
  );

  it(
    'loads with no missing file (no favicon 404) and says it is a stand-in',
    async () => {
      const page = preview.page;
      const missing: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
      });
      await page.reload();
      await gridSettled(page);
      await openSidebar(page);
      expect(missing).toEqual([]);
      expect(await page.locator('.topbar__badge').textContent()).toContain('stand-in for Google Sheets');
    },
    SLOW,
  );
});
