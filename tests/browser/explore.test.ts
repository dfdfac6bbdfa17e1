// The Explore view in real Chromium, against the preview: finding, reading and showing examples in the sheet.

import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { WorkbookSeed } from '../../apps-script-standin/index';
import { seedRows } from '../core/seed-rows';
import { seedSpreadsheet } from '../server/addon';
import {
  describeViolations,
  gridSettled,
  openSidebar,
  scanAccessibility,
  selectedCells,
  sidebarFrame,
  usePreview,
  visibleExampleRows,
} from './harness';

const rows = seedRows();
const ALL = rows.map((r) => r.id);
const idsWhere = (keep: (r: (typeof rows)[number]) => boolean) => rows.filter(keep).map((r) => r.id);

interface Explore {
  frame: Frame;
  view: Locator;
}

async function openExplore(page: Page): Promise<Explore> {
  const frame = await openSidebar(page);
  return { frame, view: frame.locator('#explore') };
}

async function openFacet(view: Locator, name: string): Promise<void> {
  const summary = view.locator('summary.explore-facet__summary', { hasText: new RegExp(`^${name}`) });
  if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click();
}

function option(view: Locator, label: string | RegExp): Locator {
  const name = typeof label === 'string' ? new RegExp(`^${label} \\(\\d+\\)$`) : label;
  return view.getByRole('checkbox', { name });
}

/** The No. of every matching card, after drawing them all with "Show more". */
async function cardIds(view: Locator): Promise<string[]> {
  const more = view.locator('.explore-more');
  while (await more.isVisible()) await more.click();
  return view
    .locator('.explore-card')
    .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.id ?? ''));
}

async function count(view: Locator): Promise<string> {
  return (await view.locator('.explore-count').textContent()) ?? '';
}

describe('Explore: finding examples', () => {
  const preview = usePreview();

  it('opens with every example and the count, drawing only the first cards', async () => {
    const { view } = await openExplore(preview.page);
    expect(await count(view)).toBe('All 53 examples');
    expect(await view.locator('.explore-card').count()).toBe(25);
    expect(await cardIds(view)).toEqual(ALL);
  });

  it('principle "Develop the Covid social infrastructure" + type Tweak: exactly the seed’s matches (none), so Tweak is greyed out', async () => {
    const { view } = await openExplore(await preview.reload());
    await openFacet(view, 'Principles');
    await option(view, '3. Develop the Covid social infrastructure').check();
    expect(await cardIds(view)).toEqual(idsWhere((r) => r.principles.has(3)));
    await openFacet(view, 'Type of action');
    const expected = idsWhere((r) => r.principles.has(3) && r.type === 'Tweak');
    expect(expected).toEqual([]);
    await expect.poll(() => option(view, 'Tweak').isDisabled()).toBe(true);
    expect(await view.getByRole('checkbox', { name: 'Tweak (0)' }).count()).toBe(1);
  });

  it('principle "Develop the Covid social infrastructure" + type Tactic: exactly the seed’s matching cards', async () => {
    const { view } = await openExplore(await preview.reload());
    await openFacet(view, 'Principles');
    await option(view, '3. Develop the Covid social infrastructure').check();
    await openFacet(view, 'Type of action');
    await option(view, 'Tactic').check();
    const expected = idsWhere((r) => r.principles.has(3) && r.type === 'Tactic');
    expect(await cardIds(view)).toEqual(expected);
    expect(await count(view)).toBe(`${expected.length} examples match`);
  });

  it('"any" and "all" of two principles give the seed’s either and both', async () => {
    const { view } = await openExplore(await preview.reload());
    await openFacet(view, 'Principles');
    await option(view, '1. Shift the obstacles').check();
    await option(view, '7. Renew relationships with the voluntary sector').check();
    expect(await cardIds(view)).toEqual(idsWhere((r) => r.principles.has(1) || r.principles.has(7)));
    await view.getByRole('radio', { name: 'All of these principles' }).check();
    const both = idsWhere((r) => r.principles.has(1) && r.principles.has(7));
    expect(both.length).toBeGreaterThan(0);
    expect(await cardIds(view)).toEqual(both);
  });

  it('searches name, council, description and notes, ignoring case and accents, every word required', async () => {
    const { view } = await openExplore(await preview.reload());
    const search = view.getByRole('searchbox', { name: 'Search the examples' });
    await search.fill('KIRKLÉES democracy');
    expect(await cardIds(view)).toEqual(['1']);
    await search.fill('kirklees zebra');
    expect(await cardIds(view)).toEqual([]);
    expect(await count(view)).toBe('No examples match');
  });

  it('shows the choices as chips that remove themselves, and "Clear all" clears everything', async () => {
    const { frame, view } = await openExplore(await preview.reload());
    await openFacet(view, 'Principles');
    await option(view, '1. Shift the obstacles').check();
    await openFacet(view, 'Type of action');
    await option(view, 'Project').check();
    await view.getByRole('searchbox', { name: 'Search the examples' }).fill('community');
    const chips = view.locator('.explore-chip');
    expect(await chips.allTextContents()).toEqual(['1. Shift the obstacles×', 'Project×', '“community”×']);
    await view.getByRole('button', { name: 'Remove Project' }).click();
    expect(await option(view, 'Project').isChecked()).toBe(false);
    expect(await chips.count()).toBe(2);
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Remove “community”',
    );
    await view.getByRole('button', { name: 'Clear all' }).click();
    expect(await chips.count()).toBe(0);
    expect(await count(view)).toBe('All 53 examples');
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
  });

  it('announces the count politely to screen readers', async () => {
    const { view } = await openExplore(preview.page);
    const live = view.locator('.explore-count');
    expect(await live.getAttribute('role')).toBe('status');
    expect(await live.getAttribute('aria-live')).toBe('polite');
  });

  it('keeps the filters when the sidebar is closed and opened again', async () => {
    const page = await preview.reload();
    const { view } = await openExplore(page);
    await openFacet(view, 'Type of action');
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/run') && r.request().postData()?.includes('saveExploreState') === true,
    );
    await option(view, 'Strategy').check();
    await saved;
    const again = await openExplore(page);
    expect(await again.view.locator('.explore-chip').allTextContents()).toEqual(['Strategy×']);
    expect(await count(again.view)).toBe('14 examples match');
  });
});

describe('Explore: the sheet', () => {
  const preview = usePreview();

  it('"Show only these in the sheet" leaves exactly the matching rows in the grid; "Show all rows" brings every row back', async () => {
    const page = preview.page;
    const { view } = await openExplore(page);
    await openFacet(view, 'Principles');
    await option(view, '3. Develop the Covid social infrastructure').check();
    await view.getByRole('button', { name: 'Show only these in the sheet' }).click();
    await expect
      .poll(() => view.locator('.explore-sheet__status').textContent())
      .toMatch(/^The sheet shows 15 of 53 examples\. The first, on row \d+, is selected\.$/);
    await gridSettled(page);
    expect(await visibleExampleRows(page)).toEqual(idsWhere((r) => r.principles.has(3)));
    await view.getByRole('button', { name: 'Show all rows' }).click();
    await expect
      .poll(() => view.locator('.explore-sheet__status').textContent())
      .toBe('The sheet shows all 53 examples.');
    await gridSettled(page);
    expect(await visibleExampleRows(page)).toEqual(ALL);
  });

  it('says when the choices changed after the sheet was filtered', async () => {
    const { view } = await openExplore(await preview.reload());
    await view.getByRole('button', { name: 'Show only these in the sheet' }).click();
    await expect
      .poll(() => view.locator('.explore-sheet__status').textContent())
      .toBe('The sheet shows 53 of 53 examples. The first, on row 83, is selected.');
    await view.getByRole('searchbox', { name: 'Search the examples' }).fill('hub');
    expect(await view.locator('.explore-sheet__stale').isVisible()).toBe(true);
  });

  it('"Show in sheet" selects the example’s row and says where it is', async () => {
    const page = await preview.reload();
    const { view } = await openExplore(page);
    await view.getByRole('button', { name: 'Show in sheet: Kirklees Democracy Commission' }).click();
    await expect
      .poll(() => view.locator('.explore-sheet__status').textContent())
      .toMatch(/^Selected row \d+ on the "Framework in Action" tab\.$/);
    await gridSettled(page);
    const row = (await view.locator('.explore-sheet__status').textContent())?.match(/row (\d+)/)?.[1];
    expect(await selectedCells(page)).toContain(`A${row}`);
  });

  it('tells the person about a filter of their own instead of removing it', async () => {
    const seed = seedSpreadsheet();
    seed.sheets[0].filter = { range: 'A82:N200', criteria: { 3: { hiddenValues: ['Leeds'] } } };
    const { view } = await openExplore(await preview.reload(seed));
    await view.getByRole('button', { name: 'Show only these in the sheet' }).click();
    await expect
      .poll(() => view.locator('.explore-sheet__status').textContent())
      .toMatch(/did not make.*Data > Remove filter/);
    expect(preview.server.standIn.snapshot().sheets[0].filter).toEqual(seed.sheets[0].filter);
  });

  it('shows a server failure as "There is a problem", with focus on it, and lets the person try again', async () => {
    const { frame, view } = await openExplore(await preview.reload());
    preview.server.standIn.failNext(
      'Range.createFilter',
      new Error('Service Spreadsheets failed while accessing document.'),
    );
    const apply = view.getByRole('button', { name: 'Show only these in the sheet' });
    await apply.click();
    const summary = view.locator('.error-summary');
    await expect
      .poll(() => summary.textContent())
      .toMatch(
        /^There is a problemThe sheet was not filtered\. Google Sheets stopped part way through.*Try again/,
      );
    expect(await frame.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(
      true,
    );
    await apply.click();
    await expect
      .poll(() => view.locator('.explore-sheet__status').textContent())
      .toBe('The sheet shows 53 of 53 examples. The first, on row 83, is selected.');
    expect(await summary.count()).toBe(0);
  });

  it('on a spreadsheet with no examples, says so and adds them into new tabs on request', async () => {
    const blank: WorkbookSeed = { name: 'Budget', sheets: [{ name: 'Sheet1', values: [['Budget'], [120]] }] };
    const page = await preview.reload(blank);
    const { view } = await openExplore(page);
    expect(
      await view
        .getByRole('heading', { name: 'This spreadsheet has no Framework in Action examples' })
        .isVisible(),
    ).toBe(true);
    await view.getByRole('button', { name: 'Add the 53 examples to this spreadsheet' }).click();
    await expect.poll(() => count(view)).toBe('All 53 examples');
    expect(await view.locator('.explore-success').textContent()).toMatch(
      /Added 53 examples on a new "Framework in Action" tab/,
    );
    expect(preview.server.standIn.snapshot().sheets.map((s) => s.name)).toEqual([
      'Sheet1',
      'Framework in Action',
      'Useful Resources',
    ]);
  });
});

describe('Explore: safe, keyboard-only and accessible', () => {
  const preview = usePreview();

  it('shows a name and description holding HTML and script as text, runs no script, and drops javascript: links', async () => {
    const seed = seedSpreadsheet();
    const tab = seed.sheets[0].values;
    const row = tab.findIndex((r) => r[0] === 1);
    tab[row][1] = '&lt;img src=x onerror="window.__pwned=1"&gt; Street parties';
    tab[row][3] =
      '<p>Closed roads.</p><script>window.__pwned=2</script>&lt;script&gt;window.__pwned=3&lt;/script&gt; <a href="javascript:window.__pwned=4">Click me</a>';
    const { frame, view } = await openExplore(await preview.reload(seed));
    const card = view.locator('.explore-card[data-id="1"]');
    expect(await card.locator('.explore-card__title').textContent()).toBe(
      '<img src=x onerror="window.__pwned=1"> Street parties',
    );
    await card.locator('summary').click();
    expect(await card.locator('.explore-card__body').textContent()).toContain(
      '<script>window.__pwned=3</script>',
    );
    expect(await card.locator('img, script, a[href^="javascript"]').count()).toBe(0);
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('works with the keyboard alone, from opening the sidebar to reading an expanded result', async () => {
    const page = await preview.reload();
    const extensions = page.getByRole('button', { name: 'Extensions', exact: true });
    await extensions.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector<HTMLIFrameElement>('#sidebar-frame')?.src.includes('/sidebar/'),
    );
    const frame = await sidebarFrame(page);
    const view = frame.locator('#explore');
    const focused = () => frame.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    await tabUntil(page, () => focused().then((t) => t.startsWith('Principles')));
    await page.keyboard.press('Enter');
    await tabUntil(page, async () =>
      (await focusedLabel(frame)).startsWith('3. Develop the Covid social infrastructure'),
    );
    await page.keyboard.press('Space');
    await tabUntil(page, () => focused().then((t) => t.startsWith('Read more')));
    await page.keyboard.press('Enter');
    const open = view.locator('.explore-card details[open]');
    expect(await open.count()).toBe(1);
    expect(await open.locator('.explore-card__body').isVisible()).toBe(true);
    expect(await count(view)).toBe('15 examples match');
  });

  it('has no axe violations on the Explore view, facets open, chips shown and a result expanded', {
    timeout: 120_000,
  }, async () => {
    const { frame, view } = await openExplore(await preview.reload());
    for (const facet of ['Principles', 'Type of action', 'Council']) await openFacet(view, facet);
    await option(view, '1. Shift the obstacles').check();
    await view.locator('.explore-card summary').first().click();
    const violations = await scanAccessibility(frame, '#explore');
    expect(describeViolations(violations)).toEqual([]);
  });
});

async function focusedLabel(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const active = document.activeElement as HTMLInputElement | null;
    return active?.labels?.[0]?.textContent?.trim() ?? '';
  });
}

/** Presses Tab until the condition holds (at most 300 times): how a keyboard user gets somewhere. */
async function tabUntil(page: Page, reached: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await reached()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}
