// The sidebar in a frame like Google's (another site, the bound-script sandbox): print, copy, download, the skip link.

import Papa from 'papaparse';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadedText } from './chromium';
import { openSidebar, usePreview } from './harness';

/** The iframe sandbox Google gives a container-bound script's sidebar (HTML Service "Restrictions"). */
const BOUND_SCRIPT_SANDBOX = [
  'allow-downloads',
  'allow-forms',
  'allow-modals',
  'allow-popups',
  'allow-popups-to-escape-sandbox',
  'allow-same-origin',
  'allow-scripts',
];

/** Chromium, the preview and a popup on a shared two-core machine: generous, never a timing assertion. */
const SLOW = 120_000;

async function openExport(page: Page): Promise<Frame> {
  const sidebar = await openSidebar(page);
  await sidebar.getByRole('link', { name: 'Export', exact: true }).click();
  await sidebar.getByRole('heading', { name: 'Export a resource list' }).waitFor();
  return sidebar;
}

describe('the sidebar’s frame', () => {
  const preview = usePreview();

  it(
    'is on another site than the page, sandboxed exactly as a bound script’s, with no permissions',
    async () => {
      const page = await preview.reload();
      const sidebar = await openSidebar(page);
      for (const id of ['sidebar-frame', 'dialog-frame']) {
        const frame = page.locator(`#${id}`);
        const sandbox = ((await frame.getAttribute('sandbox')) ?? '').split(/\s+/).filter(Boolean);
        expect(sandbox.sort()).toEqual(BOUND_SCRIPT_SANDBOX);
        expect(await frame.getAttribute('allow')).toBeNull();
      }
      expect(new URL(sidebar.url()).hostname).not.toBe(new URL(page.url()).hostname);
      expect(await page.evaluate(() => document.querySelector('iframe')?.contentDocument ?? null)).toBeNull();
      expect(await sidebar.evaluate(() => document.querySelector('base')?.target)).toBe('_top');
      const clipboardAllowed = await sidebar.evaluate(() =>
        (
          document as unknown as { featurePolicy: { allowsFeature(name: string): boolean } }
        ).featurePolicy.allowsFeature('clipboard-write'),
      );
      expect(clipboardAllowed).toBe(false);
    },
    SLOW,
  );

  it(
    'downloads the CSV file from inside the sandboxed frame',
    async () => {
      const page = await preview.reload();
      const sidebar = await openExport(page);
      await sidebar.getByLabel('A CSV file').check();
      const downloading = page.waitForEvent('download');
      await sidebar.getByRole('button', { name: 'Download the CSV file' }).click();
      const download = await downloading;
      const content = await downloadedText(download);
      const rows = Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;
      expect(rows.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 53 }, (_, i) => String(i + 1)));
    },
    SLOW,
  );

  it(
    'opens the printable page in a window it writes to, with a Print button, and says it opened',
    async () => {
      const page = await preview.reload();
      const sidebar = await openExport(page);
      await sidebar.getByLabel('A page to print or save as PDF').check();
      const opening = page.context().waitForEvent('page');
      await sidebar.getByRole('button', { name: 'Open the printable page' }).click();
      const printable = await opening;
      await printable.locator('h1').waitFor();
      expect(await printable.locator('h1').textContent()).toBe('Framework in Action: resource list');
      await printable.evaluate(() => {
        window.print = () => {
          (window as unknown as { printed: boolean }).printed = true;
        };
      });
      await printable.getByRole('button', { name: 'Print or save as PDF' }).click();
      expect(await printable.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
      await printable.emulateMedia({ media: 'print' });
      expect(await printable.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
      const notice = await sidebar.locator('#export-result').textContent();
      expect(notice).toContain('Opened the printable page of 53 examples in a new window');
      expect(notice).not.toContain('blocked');
      await printable.close();
    },
    SLOW,
  );

  it(
    'copies the Markdown without the clipboard permission the frame lacks',
    async () => {
      const page = await preview.reload();
      await page.context().grantPermissions(['clipboard-read'], { origin: new URL(page.url()).origin });
      const sidebar = await openExport(page);
      const refused = await sidebar.evaluate(() =>
        navigator.clipboard.writeText('x').then(
          () => 'allowed',
          (error: Error) => error.name,
        ),
      );
      expect(refused).toBe('NotAllowedError');
      await sidebar.getByLabel('Markdown text').check();
      await sidebar.getByRole('button', { name: 'Make the Markdown' }).click();
      await sidebar.locator('#export-copy-status').getByText('Copied the Markdown for 53 examples').waitFor();
      const text = await sidebar.getByLabel('Markdown for 53 examples').inputValue();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    },
    SLOW,
  );

  it(
    'selects the Markdown and asks for Ctrl+C when the browser will not copy at all',
    async () => {
      const page = await preview.reload();
      const sidebar = await openExport(page);
      await sidebar.evaluate(() => {
        document.execCommand = () => false;
      });
      await sidebar.getByLabel('Markdown text').check();
      await sidebar.getByRole('button', { name: 'Make the Markdown' }).click();
      await sidebar
        .locator('#export-copy-status')
        .getByText('press Ctrl+C (Cmd+C on a Mac) to copy it', { exact: false })
        .waitFor();
      const selection = await sidebar.evaluate(() => {
        const box = document.activeElement as HTMLTextAreaElement;
        return { id: box.id, selected: box.selectionEnd - box.selectionStart, length: box.value.length };
      });
      expect(selection.id).toBe('export-markdown');
      expect(selection.selected).toBe(selection.length);
    },
    SLOW,
  );

  it(
    'moves focus to the content with the skip link, without navigating the page or the frame',
    async () => {
      const page = await preview.reload();
      const sidebar = await openSidebar(page);
      const pageUrl = page.url();
      const frameUrl = sidebar.url();
      await sidebar.locator('.skip-link').focus();
      await page.keyboard.press('Enter');
      await sidebar.waitForFunction(() => document.activeElement?.id === 'main');
      expect(page.url()).toBe(pageUrl);
      expect(sidebar.url()).toBe(frameUrl);
      // By mouse too: focused, the link shows, and a click on it does the same.
      const skip = sidebar.getByRole('link', { name: 'Skip to content' });
      await skip.focus();
      await skip.click();
      expect(await sidebar.evaluate(() => document.activeElement?.id)).toBe('main');
      expect(page.url()).toBe(pageUrl);
    },
    SLOW,
  );
});
