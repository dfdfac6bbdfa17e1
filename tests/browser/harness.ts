// The shared browser-test harness: the preview in-process, Debian's Chromium, the sidebar frame, axe and grid readers.
//
// Use it like this (each test file gets its own preview, browser and page, closed in afterAll):
//
//   import { describe, expect, it } from 'vitest';
//   import { describeViolations, gridSettled, openSidebar, scanAccessibility, usePreview, visibleExampleRows }
//     from './harness';
//
//   describe('Explore', () => {
//     const preview = usePreview();          // beforeAll: preview + Chromium + page; afterAll: all closed
//     it('shows the matching rows in the sheet', async () => {
//       const sidebar = await openSidebar(preview.page);    // Extensions ▸ Framework in Action ▸ Open…
//       await sidebar.getByRole('button', { name: 'Show only these in the sheet' }).click();
//       await gridSettled(preview.page);
//       expect(await visibleExampleRows(preview.page)).toHaveLength(53);
//       expect(describeViolations(await scanAccessibility(sidebar, '#explore'))).toEqual([]);
//     });
//   });
//
// - `preview.page` is a fresh page per file; call `await preview.reload()` for a clean page and a fresh
//   workbook from data/ (or `preview.reload(seed)` for your own WorkbookSeed, e.g. a hand-made grid).
// - `preview.server.standIn` is the stand-in the add-on runs on (calls, ui records, failNext, snapshot()).
// - After anything that calls the server, `await gridSettled(page)` waits for the calls to be answered and the
//   grid to show the workbook as it is now; then read it with gridRows(), visibleExampleRows(), selectedCells().
// - scanAccessibility(page) scans the page and any open sidebar in it; scanAccessibility(frame, '#explore') scans
//   only inside the sidebar. Compare `describeViolations(...)` with [] for a readable failure.
// - Grid: rows hidden by the person carry data-hidden="user", rows a filter hides data-hidden="filter"; cells carry
//   data-cell="B5", data-note, data-validation (the dropdown list) and data-background.
// - Lower-level: startPreview(), openBrowser(), openPage(), chooseMenuItem(), sidebarFrame(), runInSidebar(),
//   showTab(), editCell().

import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { WorkbookSeed } from '../../apps-script-standin/index';
import { openBrowser } from './chromium';

export { openBrowser } from './chromium';

import { type Preview, type PreviewOptions, startPreview as startPreviewServer } from '../../preview/server';

export type { Preview };

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The menu item onOpen adds for the sidebar. */
export const OPEN_SIDEBAR = 'Open Framework in Action';
export const VIEWPORT = { width: 1280, height: 800 };

/** The preview in this process: any free port, the workbook in memory (nothing written to .preview/). */
export function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  return startPreviewServer({ port: 0, statePath: null, ...options });
}

/** A new context (as axe needs) and a page on the preview, with its grid drawn. */
export async function openPage(
  browser: Browser,
  preview: Preview,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(preview.url);
  await gridSettled(page);
  return { context, page };
}

export interface PreviewFixture {
  readonly server: Preview;
  readonly browser: Browser;
  readonly page: Page;
  /** A fresh workbook (data/ or `seed`) and a fresh page on it. */
  reload(seed?: WorkbookSeed): Promise<Page>;
}

/** Registers beforeAll/afterAll: one preview, one browser and one page for the file, all closed afterwards. */
export function usePreview(options: PreviewOptions = {}): PreviewFixture {
  let server: Preview | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use it inside a test, after beforeAll.`);
    return value;
  };
  const fixture: PreviewFixture = {
    get server() {
      return need(server, 'The preview');
    },
    get browser() {
      return need(browser, 'The browser');
    },
    get page() {
      return need(page, 'The page');
    },
    async reload(seed) {
      await context?.close();
      fixture.server.reset(seed);
      ({ context, page } = await openPage(fixture.browser, fixture.server));
      return page;
    },
  };
  beforeAll(async () => {
    [server, browser] = await Promise.all([startPreview(options), openBrowser()]);
    ({ context, page } = await openPage(browser, server));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });
  return fixture;
}

/**
 * Waits until every server call the page or the sidebar started has been answered, then until the grid
 * shows the workbook the server holds now. Use it after anything that changes the sheet.
 */
export async function gridSettled(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    await frame
      .waitForFunction(() => !((window as { __previewCallsInFlight?: number }).__previewCallsInFlight ?? 0))
      .catch(() => {}); // a frame that went away while we waited has nothing left to wait for
  }
  const response = await page.request.get(new URL('/api/version', page.url()).href);
  const { version } = (await response.json()) as { version: number };
  await page.waitForFunction((v) => Number(document.body.dataset.version) >= v, version);
}

/** Chooses a menu item the add-on added: Extensions ▸ Framework in Action ▸ caption. */
export async function chooseMenuItem(
  page: Page,
  caption: string,
  menu = 'Framework in Action',
): Promise<void> {
  const menubar = page.getByRole('navigation', { name: 'Spreadsheet menu' });
  const extensions = menubar.getByRole('button', { name: 'Extensions', exact: true });
  if ((await extensions.getAttribute('aria-expanded')) !== 'true') await extensions.click();
  const addon = menubar.getByRole('button', { name: menu, exact: true });
  if ((await addon.getAttribute('aria-expanded')) !== 'true') await addon.click();
  await menubar.getByRole('button', { name: caption, exact: true }).click();
}

/**
 * The sidebar's frame once its page has loaded (open it first, e.g. with openSidebar). The frame is
 * cross-origin to the page, as in Google, so it is found through Playwright, not the page's DOM.
 */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const element = page.locator('#sidebar-frame[src*="/sidebar/"]');
  await element.waitFor({ state: 'attached' });
  const src = (await element.getAttribute('src')) ?? '';
  const frame = await (await element.elementHandle())?.contentFrame();
  if (!frame) throw new Error('The sidebar frame is not on the page.');
  await frame.waitForURL(src);
  await frame.waitForLoadState('load');
  return frame;
}

/** Opens the sidebar from the add-on menu, as a person would, and returns its frame. */
export async function openSidebar(page: Page, caption = OPEN_SIDEBAR): Promise<Frame> {
  const before = await page.evaluate(
    () => document.querySelector<HTMLIFrameElement>('#sidebar-frame')?.src ?? '',
  );
  await chooseMenuItem(page, caption);
  await page.waitForFunction((old) => {
    const src = document.querySelector<HTMLIFrameElement>('#sidebar-frame')?.src ?? '';
    return src.includes('/sidebar/') && src !== old;
  }, before);
  return sidebarFrame(page);
}

/**
 * Calls a server function from the sidebar through google.script.run, as the sidebar's own code would;
 * resolves with `{ result }` or `{ error }` (the message the failure handler received).
 */
export function runInSidebar(
  frame: Frame,
  name: string,
  ...args: unknown[]
): Promise<{ result?: unknown; error?: string }> {
  return frame.evaluate(
    ([fn, fnArgs]) =>
      new Promise<{ result?: unknown; error?: string }>((resolve) => {
        const run = (
          window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => unknown> } } }
        ).google.script.run;
        const runner = (run.withSuccessHandler as (h: unknown) => typeof run)((result: unknown) =>
          resolve({ result }),
        );
        const withFailure = (runner.withFailureHandler as (h: unknown) => typeof run)((error: Error) =>
          resolve({ error: error.message }),
        );
        withFailure[fn as string](...(fnArgs as unknown[]));
      }),
    [name, args] as const,
  );
}

/**
 * axe's violations on a page, or on one frame (the sidebar): WCAG 2.0/2.1/2.2 A and AA rules.
 * `include` narrows the scan to a selector (inside the frame, for a frame). Expect `[]`.
 */
export async function scanAccessibility(target: Page | Frame, include?: string): Promise<Result[]> {
  const isFrame = 'parentFrame' in target && typeof target.parentFrame === 'function';
  const page = isFrame ? (target as Frame).page() : (target as Page);
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (isFrame) builder = builder.include([`iframe[name="${(target as Frame).name()}"]`, include ?? 'html']);
  else if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations;
}

/** One line per violation (rule, impact, first targets): readable in a failed expectation. */
export function describeViolations(violations: Result[]): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => JSON.stringify(n.target))
        .join(', ')}`,
  );
}

export interface GridRow {
  /** The sheet's 1-based row number. */
  row: number;
  /** Why the row is hidden: 'user' (hidden rows), 'filter', or null when it shows. */
  hidden: 'user' | 'filter' | null;
  /** Each cell's displayed text, column A first (trailing blanks included). */
  cells: string[];
}

/** Every drawn row of the tab on show (optionally switching to `tab` first). */
export async function gridRows(page: Page, tab?: string): Promise<GridRow[]> {
  if (tab) await showTab(page, tab);
  return page.$$eval('#grid tbody tr[data-row]', (rows) =>
    rows.map((tr) => ({
      row: Number((tr as HTMLElement).dataset.row),
      hidden: ((tr as HTMLElement).dataset.hidden as 'user' | 'filter' | undefined) ?? null,
      cells: [...tr.querySelectorAll('td[data-cell]')].map(
        (td) => td.querySelector('.grid__text')?.textContent ?? '',
      ),
    })),
  );
}

/**
 * The No. of every example row the grid shows (visible rows whose column A holds a whole number), in order;
 * on the tab on show, or on `tab`. With the seed and nothing filtered: '1' … '53'.
 */
export async function visibleExampleRows(page: Page, tab?: string): Promise<string[]> {
  const rows = await gridRows(page, tab);
  return rows
    .filter((r) => r.hidden === null && /^\d+$/.test(r.cells[0]?.trim() ?? ''))
    .map((r) => r.cells[0].trim());
}

/** Brings a tab forward by its name, as clicking it at the bottom of the sheet does. */
export async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole('group', { name: 'Sheets' }).getByRole('button', { name, exact: true }).click();
  await page.waitForFunction(
    (sheet) => document.querySelector<HTMLElement>('#grid table')?.dataset.sheet === sheet,
    name,
  );
}

/** The highlighted selection on the tab on show, as A1 cells. */
export function selectedCells(page: Page): Promise<string[]> {
  return page.$$eval('#grid td.grid__cell--selected', (cells) =>
    cells.map((c) => (c as HTMLElement).dataset.cell ?? ''),
  );
}

/** Types into a cell as a person would (double-click, type, Enter), then waits for the grid to show the result. */
export async function editCell(page: Page, a1: string, text: string): Promise<void> {
  await page.locator(`#grid td[data-cell="${a1}"]`).dblclick();
  const editor = page.getByRole('textbox', { name: `Edit cell ${a1}` });
  await editor.fill(text);
  const saved = page.waitForResponse((response) => response.url().endsWith('/api/edit'));
  await editor.press('Enter');
  await saved;
  await gridSettled(page);
}
