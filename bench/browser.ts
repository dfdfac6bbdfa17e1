// The sidebar in headless Chromium with 10,000 examples: time to first results and time per keystroke.

import type { Browser, Page } from 'playwright-core';
import { openBrowser } from '../tests/browser/chromium';
import { median } from './node';

/** The page is served from this made-up origin by page.route: nothing goes over the network. */
const SIDEBAR_URL = 'https://sidebar.invalid/';

/** The search box a person types in, in the Explore view. */
const SEARCH_BOX = '#explore input[type="search"], #explore input[type="text"]';

/** Words from the seed, typed a key at a time, then rubbed out: the result count changes on most keys. */
const TYPED = 'community budget';
const BACKSPACES = 8;

export interface BrowserFigures {
  examples: number;
  pageBytes: number;
  /** From navigation start to the Explore view's first result card, laid out. */
  firstResultsMs: number;
  /** Each key: from keydown until the Explore view has filtered, redrawn and been laid out. */
  keystrokeMs: number[];
  medianKeystrokeMs: number;
  worstKeystrokeMs: number;
  /** Set when there was nothing to type into (the Explore view has no search box yet). */
  note?: string;
}

/**
 * google.script.run answering every call with nothing, and the watches the measurements read: when the
 * Explore view first has content, and when each key's changes to it end.
 */
function instrumentPage(): void {
  const w = window as unknown as Record<string, unknown>;
  const runner: Record<string, unknown> = {};
  let onSuccess: (value: unknown) => void = () => {};
  const proxy: unknown = new Proxy(runner, {
    get: (_t, name: string) => {
      if (name === 'withSuccessHandler')
        return (fn: (value: unknown) => void) => {
          onSuccess = fn;
          return proxy;
        };
      if (name === 'withFailureHandler' || name === 'withUserObject') return () => proxy;
      return () => {
        const handler = onSuccess;
        setTimeout(() => handler(undefined), 0);
      };
    },
  });
  w.google = { script: { run: proxy, host: { close() {}, setHeight() {}, setWidth() {} } } };
  const marks = { firstResults: -1, keyDown: -1, handled: -1 };
  w.__bench = marks;
  document.addEventListener(
    'keydown',
    () => {
      marks.keyDown = performance.now();
    },
    true,
  );
  // Bubbling to window comes after the search box's own handler has filtered and redrawn: lay out, then stop the clock.
  window.addEventListener('input', () => {
    void document.body.offsetHeight;
    marks.handled = performance.now();
  });
  // Watch the whole document from before the first byte: the sidebar renders while the page is parsed.
  new MutationObserver(() => {
    const root = document.getElementById('explore');
    if (marks.firstResults >= 0 || !root || root.hidden || !root.querySelector('ol li')) return;
    void document.body?.offsetHeight;
    marks.firstResults = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

async function openSidebar(browser: Browser, html: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 300, height: 800 } });
  const page = await context.newPage();
  await page.route('**/*', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.addInitScript(instrumentPage);
  await page.goto(SIDEBAR_URL);
  await page.waitForFunction(
    () => (window as unknown as { __bench: { firstResults: number } }).__bench.firstResults >= 0,
  );
  return page;
}

/** Types one key, lets any delayed work settle, and returns keydown → the search box's input handled and laid out. */
async function timeKey(page: Page, key: string): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __bench: { handled: number } }).__bench.handled = -1;
  });
  await page.keyboard.press(key);
  await page.waitForTimeout(250);
  return page.evaluate(() => {
    const marks = (window as unknown as { __bench: { keyDown: number; handled: number } }).__bench;
    return marks.handled < 0 ? Number.NaN : marks.handled - marks.keyDown;
  });
}

export async function measureSidebar(html: string, examples: number): Promise<BrowserFigures> {
  const browser = await openBrowser();
  try {
    const page = await openSidebar(browser, html);
    const firstResultsMs = await page.evaluate(() => {
      const marks = (window as unknown as { __bench: { firstResults: number } }).__bench;
      return marks.firstResults >= 0 ? marks.firstResults : performance.now();
    });
    const base = { examples, pageBytes: Buffer.byteLength(html), firstResultsMs };
    const box = page.locator(SEARCH_BOX).first();
    if ((await box.count()) === 0)
      return {
        ...base,
        keystrokeMs: [],
        medianKeystrokeMs: Number.NaN,
        worstKeystrokeMs: Number.NaN,
        note: 'no search box in the Explore view yet',
      };
    await box.focus();
    const keystrokeMs: number[] = [];
    for (const key of [...TYPED].map((c) => (c === ' ' ? 'Space' : c)))
      keystrokeMs.push(await timeKey(page, key));
    for (let i = 0; i < BACKSPACES; i++) keystrokeMs.push(await timeKey(page, 'Backspace'));
    return {
      ...base,
      keystrokeMs,
      medianKeystrokeMs: median(keystrokeMs),
      worstKeystrokeMs: Math.max(...keystrokeMs),
    };
  } finally {
    await browser.close();
  }
}
