// The local preview in real Chromium: the grid of the seed workbook, the add-on menu, the real sidebar, edits, axe.

import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeViolations,
  editCell,
  gridRows,
  gridSettled,
  openSidebar,
  runInSidebar,
  scanAccessibility,
  selectedCells,
  showTab,
  sidebarFrame,
  usePreview,
  visibleExampleRows,
} from './harness';

const ALL_EXAMPLES = Array.from({ length: 53 }, (_, i) => String(i + 1));
/** axe over the whole grid, on a shared two-core machine: generous, never a timing assertion. */
const SLOW = 120_000;

describe('the local preview', () => {
  const preview = usePreview();

  it('shows the seed workbook: its three tabs and its 53 example rows', async () => {
    const tabs = preview.page.getByRole('group', { name: 'Sheets' }).getByRole('button');
    expect(await tabs.allTextContents()).toEqual(['Framework in Action', 'Useful Resources', 'Key']);
    expect(await visibleExampleRows(preview.page)).toEqual(ALL_EXAMPLES);
  });

  it('switches to another tab when its name is clicked', async () => {
    const rows = await gridRows(preview.page, 'Useful Resources');
    expect(rows[0].cells.slice(0, 2)).toEqual(['Resource', 'Summary']);
    await showTab(preview.page, 'Framework in Action');
  });

  it('opens the real sidebar, with its data, from Extensions ▸ Framework in Action', async () => {
    const sidebar = await openSidebar(preview.page);
    const data = await sidebar.evaluate(() =>
      JSON.parse(document.getElementById('initial-data')?.textContent ?? '{}'),
    );
    expect(data.catalogue.examples).toHaveLength(53);
    expect(await preview.page.locator('#addon-pane').boundingBox()).toMatchObject({ width: 300 });
  });

  it('opens the sidebar with the keyboard alone: Enter on Extensions, Tab, Enter, Tab, Enter', async () => {
    const page = await preview.reload();
    await page.getByRole('button', { name: 'Extensions', exact: true }).focus();
    for (const key of ['Enter', 'Tab', 'Enter', 'Tab', 'Enter']) await page.keyboard.press(key);
    const sidebar = await sidebarFrame(page);
    expect(await sidebar.locator('#explore').isVisible()).toBe(true);
  });

  it('closes an open menu with Escape and gives focus back to its button', async () => {
    const page = await preview.reload();
    const extensions = page.getByRole('button', { name: 'Extensions', exact: true });
    await extensions.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Framework in Action');
    await page.keyboard.press('Escape');
    expect(await extensions.getAttribute('aria-expanded')).toBe('false');
    expect(await extensions.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('shows the notes and Type dropdowns the add-on wrote as markers on their cells', async () => {
    const page = await preview.reload();
    const sidebar = await openSidebar(page);
    await runInSidebar(sidebar, 'checkExamples');
    await gridSettled(page);
    expect(await page.locator('#grid td[data-note]').count()).toBeGreaterThan(0);
    expect(await page.locator('#grid td[data-validation] .marker--dropdown').count()).toBeGreaterThanOrEqual(
      53,
    );
  });

  it('shows a chart the add-on made as a marker where it sits', async () => {
    const page = await preview.reload();
    const sidebar = await openSidebar(page);
    const scores = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((principle) => ({ principle, score: 3 }));
    expect((await runInSidebar(sidebar, 'saveNavigator', { scores })).error).toBeUndefined();
    await gridSettled(page);
    await showTab(page, 'Navigator');
    expect(await page.locator('#grid [data-chart]').count()).toBe(1);
  });

  it('closes the sidebar pane when the sidebar calls google.script.host.close()', async () => {
    const sidebar = await openSidebar(preview.page);
    await sidebar.evaluate(() =>
      (window as unknown as { google: { script: { host: { close(): void } } } }).google.script.host.close(),
    );
    await preview.page.locator('#addon-pane').waitFor({ state: 'hidden' });
  });

  it('runs server functions from the sidebar through google.script.run', async () => {
    const sidebar = await openSidebar(preview.page);
    const outcome = await runInSidebar(sidebar, 'getCatalogue');
    expect((outcome.result as { examples: unknown[] }).examples).toHaveLength(53);
  });

  it('gives a server error to the failure handler as its message, and keeps serving', async () => {
    const sidebar = await openSidebar(preview.page);
    // Let the sidebar's own opening calls finish first, so the fault meets the call made below.
    await gridSettled(preview.page);
    preview.server.standIn.failNext(
      'Range.getValues',
      new Error('Service Spreadsheets failed while accessing document.'),
    );
    expect(await runInSidebar(sidebar, 'getCatalogue')).toEqual({
      error: 'Exception: Service Spreadsheets failed while accessing document.',
    });
    expect(await runInSidebar(sidebar, 'noSuchFunction')).toEqual({
      error: 'Script function not found: noSuchFunction',
    });
    expect((await runInSidebar(sidebar, 'getCatalogue')).error).toBeUndefined();
  });

  it('shows a person’s edit in the grid and in the add-on’s workbook', async () => {
    const page = await preview.reload();
    await editCell(page, 'B9', 'Edited in the preview');
    const row = (await gridRows(page)).find((r) => r.row === 9);
    expect(row?.cells[1]).toBe('Edited in the preview');
    const sheet = preview.server.standIn.snapshot().sheets[0];
    expect(sheet.values[8][1]).toBe('Edited in the preview');
  });

  it('runs the add-on’s onEdit after a person’s edit, as the simple trigger does', async () => {
    const page = await preview.reload();
    const rows = await gridRows(page);
    const typeColumn =
      rows.find((r) => r.cells.includes('Type of action'))?.cells.indexOf('Type of action') ?? 0;
    const cell = `${String.fromCharCode(65 + typeColumn)}${rows.find((r) => r.cells[0] === '1')?.row}`;
    await editCell(page, cell, 'Tweek');
    expect(await page.locator(`#grid td[data-cell="${cell}"]`).getAttribute('data-note')).toBeTruthy();
  });

  it('shows rows the add-on hid as hidden, and the grid follows without a reload', async () => {
    const page = await preview.reload();
    const sheet = preview.server.standIn.globals
      .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const examples = await gridRows(page);
    const first = examples.find((r) => r.cells[0] === '1')?.row ?? 0;
    sheet.getActiveSpreadsheet().getSheets()[0].hideRows(first, 3);
    const sidebar = await openSidebar(page);
    await runInSidebar(sidebar, 'getCatalogue');
    await gridSettled(page);
    expect(await visibleExampleRows(page)).toEqual(ALL_EXAMPLES.slice(3));
    expect(await page.locator(`[data-hidden-rows="${first}-${first + 2}"]`).textContent()).toBe(
      `Rows ${first}–${first + 2} hidden`,
    );
  });

  it('shows rows the sheet filter hides as hidden by the filter, and all rows once it is cleared', async () => {
    const page = await preview.reload();
    const sidebar = await openSidebar(page);
    await runInSidebar(sidebar, 'applySheetFilter', { types: ['Tweak'] });
    await gridSettled(page);
    expect(await visibleExampleRows(page)).toHaveLength(6);
    expect(await page.locator('#grid tr[data-hidden="filter"]').count()).toBeGreaterThanOrEqual(47);
    await runInSidebar(sidebar, 'clearSheetFilter');
    await gridSettled(page);
    expect(await visibleExampleRows(page)).toEqual(ALL_EXAMPLES);
  });

  it('highlights the row the add-on selected', async () => {
    const page = await preview.reload();
    const sidebar = await openSidebar(page);
    await runInSidebar(sidebar, 'selectExample', '5');
    await gridSettled(page);
    const row = (await gridRows(page)).find((r) => r.cells[0] === '5')?.row;
    expect(await selectedCells(page)).toContain(`A${row}`);
  });

  it(
    'has no WCAG 2.2 AA problems that axe can find on the preview page',
    async () => {
      const page = await preview.reload();
      expect(describeViolations(await scanAccessibility(page))).toEqual([]);
    },
    SLOW,
  );

  it(
    'has no WCAG 2.2 AA problems that axe can find with the sidebar open beside the grid',
    async () => {
      const page = await preview.reload();
      await openSidebar(page);
      expect(describeViolations(await scanAccessibility(page))).toEqual([]);
    },
    SLOW,
  );

  it('takes a screenshot of the preview with the sidebar open and the sheet showing a search', async () => {
    const page = await preview.reload();
    const sidebar = await openSidebar(page);
    await sidebar.getByRole('searchbox').or(sidebar.getByRole('textbox').first()).first().fill('community');
    await sidebar.getByRole('button', { name: 'Show only these in the sheet' }).click();
    await page.waitForFunction(() => document.querySelector('#grid tr[data-hidden="filter"]') !== null);
    await gridSettled(page);
    expect((await visibleExampleRows(page)).length).toBeLessThan(53);
    await page.evaluate(() => {
      const header = [...document.querySelectorAll('#grid tr[data-row]')].find((tr) =>
        /^No\.?$/.test(tr.querySelector('.grid__text')?.textContent?.trim() ?? ''),
      );
      header?.scrollIntoView({ block: 'start' });
    });
    const path = process.env.UPDATE_SCREENSHOT === '1' ? 'docs/preview.png' : 'test-results/preview.png';
    mkdirSync(path.replace(/\/[^/]+$/, ''), { recursive: true });
    await page.screenshot({ path, fullPage: true });
  });
});
