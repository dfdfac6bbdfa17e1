// Hostile text in every field of an example, shown by the real sidebar in Chromium: nothing runs, nothing is added.

import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSidebar, usePreview } from '../browser/harness';
import { loadAddon } from '../server/addon';
import { hostileSeed } from './hostile-workbook';
import { CANARY, HOSTILE_TEXT } from './xss-payloads';

/** Elements that run, load or show something of their own: text shown as text never makes one. */
const ACTIVE_TAGS = [
  'script',
  'img',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'video',
  'audio',
  'source',
  'template',
  'noscript',
];

interface PageState {
  tags: Record<string, number>;
  handlers: string[];
  addresses: string[];
  canary: boolean;
}

/**
 * alert, confirm and prompt still open their dialog, and also set the canary, in every frame: each on its
 * own window, since the sidebar is another site than the page around it (as in Google) and cannot write there.
 */
function watchForScript(canary: string): void {
  const w = window as unknown as Record<string, unknown>;
  for (const name of ['alert', 'confirm', 'prompt']) {
    const original = w[name] as (...args: unknown[]) => unknown;
    w[name] = (...args: unknown[]) => {
      w[canary] = true;
      return original.apply(window, args);
    };
  }
}

function pageState(frame: Frame, tags: string[], canary: string): Promise<PageState> {
  return frame.evaluate(
    ([names, flag]) => {
      const all = [...document.querySelectorAll('*')];
      return {
        tags: Object.fromEntries(names.map((t) => [t, document.getElementsByTagName(t).length])),
        handlers: all.flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
        ),
        addresses: all.flatMap((el) =>
          ['href', 'src', 'action', 'formaction', 'data', 'background', 'poster']
            .map((a) => el.getAttribute(a))
            .filter((v): v is string => v !== null && !/^(https?:\/\/|#)/i.test(v)),
        ),
        canary: Boolean((window as unknown as Record<string, unknown>)[flag]),
      };
    },
    [tags, canary] as const,
  );
}

/** Every view drawn, every card drawn and opened, every problem listed: all the text on screen at once. */
async function showEverything(frame: Frame): Promise<void> {
  for (const view of ['contribute', 'navigator', 'export', 'explore']) {
    await frame.locator(`.tabs__tab[data-view="${view}"]`).click();
    const check = frame.locator(`#${view} button`, { hasText: /Check all examples/ });
    if (await check.count()) {
      await check.first().click();
      // The problems quote the cells' text: wait until they are listed.
      await frame.locator(`#${view} .problems__problem`).first().waitFor({ timeout: 15_000 });
    }
    await frame.waitForTimeout(200);
  }
  // Plot the Navigator, so its recommendations show the examples' names and councils too.
  await frame.locator('.tabs__tab[data-view="navigator"]').click();
  for (let principle = 1; principle <= 9; principle++)
    await frame.locator(`#navigator-p${principle}-score-0`).check();
  await frame.locator('#navigator button[type="submit"]').click();
  await frame.locator('#navigator .course__list li').first().waitFor({ timeout: 15_000 });
  await frame.locator('.tabs__tab[data-view="explore"]').click();
  const more = frame.locator('#explore .explore-more');
  while (await more.isVisible()) await more.click();
  await frame.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  await frame.waitForTimeout(300);
}

async function sidebarWith(page: Page, dialogs: string[]): Promise<Frame> {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.context().addInitScript(watchForScript, CANARY);
  return openSidebar(page);
}

describe('hostile text in the sidebar', () => {
  const preview = usePreview();

  it('runs no script, opens no dialog and adds no element, in any view', { timeout: 180_000 }, async () => {
    const plainDialogs: string[] = [];
    const plainFrame = await sidebarWith(await preview.reload(hostileSeed(HOSTILE_TEXT, true)), plainDialogs);
    await showEverything(plainFrame);
    const plain = await pageState(plainFrame, ACTIVE_TAGS, CANARY);

    const dialogs: string[] = [];
    const frame = await sidebarWith(await preview.reload(hostileSeed()), dialogs);
    await showEverything(frame);
    const hostile = await pageState(frame, ACTIVE_TAGS, CANARY);

    expect(await frame.locator('#explore .explore-card').count()).toBe(HOSTILE_TEXT.length);
    expect(await frame.locator('.problems__problem').count()).toBeGreaterThan(HOSTILE_TEXT.length);
    expect(await frame.locator('#navigator .course__list li').count()).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    expect(hostile.canary).toBe(false);
    expect(hostile.tags).toEqual(plain.tags);
    expect(hostile.handlers).toEqual(plain.handlers);
    expect(hostile.addresses).toEqual([]);
  });

  it('shows the printable page export with no script run and no element added', async () => {
    const exportPage = (plain: boolean) => {
      const addon = loadAddon(hostileSeed(HOSTILE_TEXT, plain));
      return (addon.run.exportExamples({}, 'html') as { content?: string }).content ?? '';
    };
    const page = await preview.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.addInitScript(watchForScript, CANARY);
    // Served from a made-up origin by the route: nothing leaves the machine.
    let body = exportPage(true);
    await page.route('https://export.invalid/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
    await page.route(/^(?!https:\/\/export\.invalid\/)/, (route) => route.abort());
    await page.goto('https://export.invalid/plain');
    const plain = await pageState(page.mainFrame(), ACTIVE_TAGS, CANARY);
    body = exportPage(false);
    await page.goto('https://export.invalid/hostile');
    await page.waitForTimeout(300);
    const hostile = await pageState(page.mainFrame(), ACTIVE_TAGS, CANARY);
    await page.close();
    expect(dialogs).toEqual([]);
    expect(hostile.canary).toBe(false);
    expect(hostile.tags).toEqual(plain.tags);
    expect(hostile.handlers).toEqual([]);
    expect(hostile.addresses).toEqual([]);
  });
});
