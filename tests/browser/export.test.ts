// The Export view in real Chromium, against the preview: download, copy, make a tab, saved views, axe.

import Papa from 'papaparse';
import type { ConsoleMessage, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storedView, viewKey } from '../../src/core/saved-views';
import { PRINCIPLE_4_IDS } from '../core/export-fixtures';
import { seedSpreadsheet } from '../server/addon';
import { downloadedText } from './chromium';
import { describeViolations, gridSettled, openSidebar, scanAccessibility, usePreview } from './harness';

/** Everything the page and its frames print to the console, and any uncaught error. */
function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message: ConsoleMessage) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

async function openExport(page: Page): Promise<Frame> {
  const sidebar = await openSidebar(page);
  await sidebar.getByRole('link', { name: 'Export', exact: true }).click();
  await sidebar.getByRole('heading', { name: 'Export a resource list' }).waitFor();
  return sidebar;
}

/** The seed with one saved view for principle 4, as someone else using the sheet might have left it. */
function seedWithSavedView() {
  const seed = seedSpreadsheet();
  const view = {
    name: 'Open culture',
    query: { match: 'any' as const, principles: [4 as const] },
    savedAt: '2026-11-23T14:05:00.000Z',
  };
  seed.documentProperties = { [viewKey(view.name)]: storedView(view) };
  return seed;
}

/** Chromium, the preview and axe on a shared two-core machine: generous, never a timing assertion. */
const SLOW = 120_000;

describe('the Export view', () => {
  const preview = usePreview();

  it(
    'says how many examples will be exported, and downloads them as a CSV file, printing nothing to the console',
    async () => {
      const page = await preview.reload();
      const printed = watchConsole(page);
      const sidebar = await openExport(page);
      expect(await sidebar.locator('#export-count').textContent()).toBe('53 examples will be exported');
      await sidebar.getByLabel('A CSV file').check();
      const downloading = page.waitForEvent('download');
      await sidebar.getByRole('button', { name: 'Download the CSV file' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^framework-in-action-\d{4}-\d\d-\d\d\.csv$/);
      const content = await downloadedText(download);
      expect(content.startsWith('\uFEFF')).toBe(true);
      const rows = Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;
      expect(rows.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 53 }, (_, i) => String(i + 1)));
      await sidebar
        .locator('#export-result')
        .getByText(/^Downloaded framework-in-action-.*\.csv with 53 examples/)
        .waitFor();
      expect(printed).toEqual([]);
    },
    SLOW,
  );

  it(
    'has no WCAG 2.2 AA problems that axe can find on the Export view',
    async () => {
      const page = await preview.reload();
      const sidebar = await openExport(page);
      expect(describeViolations(await scanAccessibility(sidebar))).toEqual([]);
      await sidebar.getByLabel('Markdown text').check();
      await sidebar.getByRole('button', { name: 'Make the Markdown' }).click();
      await sidebar.locator('#export-markdown').waitFor();
      await sidebar.getByRole('button', { name: 'Save this view' }).click();
      await sidebar.getByRole('heading', { name: 'There is a problem' }).waitFor();
      expect(describeViolations(await scanAccessibility(sidebar))).toEqual([]);
    },
    SLOW,
  );

  it(
    'applies a saved view, then exports its eight examples',
    async () => {
      const page = await preview.reload(seedWithSavedView());
      const sidebar = await openExport(page);
      await sidebar.getByRole('button', { name: 'Apply Open culture' }).click();
      await sidebar.getByText('8 examples will be exported').waitFor();
      await sidebar.getByLabel('A CSV file').check();
      const downloading = page.waitForEvent('download');
      await sidebar.getByRole('button', { name: 'Download the CSV file' }).click();
      const content = await downloadedText(await downloading);
      const rows = Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;
      expect(rows.slice(1).map((r) => r[0])).toEqual(PRINCIPLE_4_IDS);
    },
    SLOW,
  );

  it(
    'opens the printable page in a new window, every text escaped, with a print stylesheet',
    async () => {
      const page = await preview.reload();
      const sidebar = await openExport(page);
      await sidebar.getByLabel('A page to print or save as PDF').check();
      await sidebar.getByLabel('By type of action').check();
      const opening = page.context().waitForEvent('page');
      await sidebar.getByRole('button', { name: 'Open the printable page' }).click();
      const printable = await opening;
      await printable.waitForLoadState();
      expect(await printable.locator('h1').textContent()).toBe('Framework in Action: resource list');
      expect(await printable.locator('main > h2').allTextContents()).toEqual([
        'Tweak',
        'Tactic',
        'Project',
        'Strategy',
        'Useful resources',
        'The nine principles',
      ]);
      await printable.emulateMedia({ media: 'print' });
      const shownOnPaper = await printable
        .locator('.no-print')
        .evaluateAll((elements) => elements.filter((e) => e.checkVisibility()).length);
      expect(await printable.locator('.no-print').count()).toBeGreaterThan(0);
      expect(shownOnPaper).toBe(0);
      await printable.close();
    },
    SLOW,
  );

  it(
    'puts the Markdown in a text box and copies it, or selects it for the person to copy',
    async () => {
      const page = await preview.reload();
      const sidebar = await openExport(page);
      await sidebar.getByLabel('Markdown text').check();
      await sidebar.getByRole('button', { name: 'Make the Markdown' }).click();
      const text = sidebar.getByLabel('Markdown for 53 examples');
      expect(await text.inputValue()).toMatch(
        /^# Framework in Action: resource list\n\nAll 53 examples\. Exported /,
      );
      await expect
        .poll(() => sidebar.locator('#export-copy-status').textContent())
        .toMatch(/^(Copied the Markdown for 53 examples|Your browser did not let the add-on copy)/);
    },
    SLOW,
  );

  it(
    'makes a new tab and says its name',
    async () => {
      const page = await preview.reload();
      const sidebar = await openExport(page);
      await sidebar.getByRole('button', { name: 'Make the tab' }).click();
      await sidebar
        .locator('#export-result')
        .getByText(/^Made the tab “Export .*” with 53 examples/)
        .waitFor();
      await gridSettled(page);
      const names = preview.server.standIn.snapshot().sheets.map((s) => s.name);
      expect(names).toHaveLength(4);
      // The time as people read it, in the spreadsheet's zone: "Export 3 Dec 2026, 19.13".
      expect(names[3]).toMatch(/^Export \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d\.\d\d$/);
    },
    SLOW,
  );

  it(
    'saves, renames and deletes a view, and says when a name is taken',
    async () => {
      const page = await preview.reload(seedWithSavedView());
      const sidebar = await openExport(page);
      await sidebar.getByRole('heading', { name: 'Open culture' }).waitFor();
      await sidebar.getByLabel('Name for the current filter').fill('open CULTURE');
      await sidebar.getByRole('button', { name: 'Save this view' }).click();
      await sidebar.getByRole('link', { name: /There is already a view called "Open culture"/ }).waitFor();

      await sidebar.getByLabel('Name for the current filter').fill('Everything');
      await sidebar.getByRole('button', { name: 'Save this view' }).click();
      await sidebar.getByRole('heading', { name: 'Everything' }).waitFor();

      await sidebar.getByRole('button', { name: 'Rename Everything' }).click();
      await sidebar.getByLabel('New name for “Everything”').fill('All 53');
      await sidebar.getByRole('button', { name: 'Save the name' }).click();
      await sidebar.getByRole('heading', { name: 'All 53' }).waitFor();

      await sidebar.getByRole('button', { name: 'Delete All 53' }).click();
      await sidebar.getByRole('button', { name: 'Yes, delete it' }).click();
      await sidebar.locator('#saved-view-message').getByText('Deleted the view "All 53".').waitFor();
      const headings = await sidebar.locator('.saved-view__name').allTextContents();
      expect(headings).toEqual(['Open culture']);
    },
    SLOW,
  );
});
