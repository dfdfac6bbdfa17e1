// The sidebar in step with the sheet, in real Chromium against the preview: edits in the grid reach it
// without reopening; "Show only these" shows and tells; search results say where they matched.

import Papa from 'papaparse';
import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadedText } from './chromium';
import {
  describeViolations,
  editCell,
  gridSettled,
  openSidebar,
  scanAccessibility,
  selectedCells,
  usePreview,
} from './harness';

/** Chromium, the preview and axe on a shared two-core machine: generous, never a timing assertion. */
const SLOW = { timeout: 120_000 };
const UPDATED = 'The examples were updated from the sheet.';
/** Example 1, Kirklees Democracy Commission, on the seed's row 83: B is its name, C its council. */
const FIRST_ROW = 83;

async function search(frame: Frame, words: string): Promise<void> {
  await frame.getByRole('searchbox', { name: 'Search the examples' }).fill(words);
}

async function cardIds(frame: Frame): Promise<string[]> {
  return frame
    .locator('#explore .explore-card')
    .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.id ?? ''));
}

function focusedClass(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.activeElement?.className ?? '');
}

/** Back from the grid to the sidebar, as a person does: a click in it (the sidebar's window gets focus). */
async function comeBack(frame: Frame): Promise<void> {
  await frame.getByRole('searchbox', { name: 'Search the examples' }).click();
}

async function downloadCsv(page: Page, frame: Frame): Promise<string[][]> {
  await frame.getByRole('link', { name: 'Export', exact: true }).click();
  await frame.getByLabel('A CSV file').check();
  const downloading = page.waitForEvent('download');
  await frame.getByRole('button', { name: 'Download the CSV file' }).click();
  const content = await downloadedText(await downloading);
  return Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;
}

describe('the sidebar in step with the sheet', () => {
  const preview = usePreview();

  it(
    'takes an edit made in the grid into the cards, the search and the CSV, without reopening',
    SLOW,
    async () => {
      const page = await preview.reload();
      const frame = await openSidebar(page);
      await editCell(page, `B${FIRST_ROW}`, 'Zephyr Democracy Commission');
      await comeBack(frame);
      await expect.poll(() => frame.locator('#sync-message').textContent()).toBe(UPDATED);
      await search(frame, 'zephyr');
      await expect.poll(() => cardIds(frame)).toEqual(['1']);
      expect(await frame.locator('.explore-card__title').first().textContent()).toBe(
        'Zephyr Democracy Commission',
      );
      // The person's search survived the refresh: it is still what narrows the list.
      expect(await frame.locator('.explore-count').textContent()).toBe('1 example matches');

      await editCell(page, `C${FIRST_ROW}`, 'Calderdale');
      const rows = await downloadCsv(page, frame);
      expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
        ['1', 'Zephyr Democracy Commission', 'Calderdale'],
      ]);
    },
  );

  it('stays quiet when the person comes back and nothing changed', SLOW, async () => {
    const page = await preview.reload();
    const frame = await openSidebar(page);
    await page.locator(`#grid td[data-cell="A${FIRST_ROW}"]`).click();
    await comeBack(frame);
    await gridSettled(page);
    expect(await frame.locator('#sync-message').textContent()).toBe('');
  });

  it(
    '"Refresh" reads the sheet again whatever the check says, keeping the filters, and focus goes to what it says',
    SLOW,
    async () => {
      const page = await preview.reload();
      const frame = await openSidebar(page);
      await search(frame, 'kirklees');
      await frame.getByRole('button', { name: 'Refresh', exact: true }).click();
      await expect.poll(() => frame.locator('#sync-message').textContent()).toBe(UPDATED);
      expect(await focusedClass(frame)).toContain('sync__message');
      expect(await frame.getByRole('searchbox', { name: 'Search the examples' }).inputValue()).toBe(
        'kirklees',
      );
      expect(await cardIds(frame)).toContain('1');
    },
  );
});

describe('show and tell in the sheet', () => {
  const preview = usePreview();
  const apply = (frame: Frame): Locator =>
    frame.getByRole('button', { name: 'Show only these in the sheet' });

  it('"Show only these in the sheet" is off with no match, and says why', SLOW, async () => {
    const frame = await openSidebar(await preview.reload());
    await search(frame, 'zzyzx');
    await expect.poll(() => apply(frame).isDisabled()).toBe(true);
    expect(await frame.locator('.explore-sheet__none').isVisible()).toBe(true);
    await search(frame, 'wigan');
    await expect.poll(() => apply(frame).isDisabled()).toBe(false);
    expect(await frame.locator('.explore-sheet__none').isVisible()).toBe(false);
  });

  it('selects the first match in the grid, and focus goes to the message that says so', SLOW, async () => {
    const page = await preview.reload();
    const frame = await openSidebar(page);
    await search(frame, 'wigan');
    const first = (await cardIds(frame))[0];
    await apply(frame).click();
    const status = frame.locator('.explore-sheet__status');
    await expect.poll(() => status.textContent()).toMatch(/The first, on row \d+, is selected\.$/);
    await gridSettled(page);
    const row = (await status.textContent())?.match(/on row (\d+)/)?.[1];
    expect(await page.locator(`#grid td[data-cell="A${row}"] .grid__text`).textContent()).toBe(first);
    expect(await selectedCells(page)).toContain(`A${row}`);
    expect(await focusedClass(frame)).toContain('explore-sheet__status');
  });

  it(
    'says under each card where the search words matched: "wigan" finds Cambridgeshire by its description',
    SLOW,
    async () => {
      const frame = await openSidebar(await preview.reload());
      await search(frame, 'wigan');
      const think = frame.locator('.explore-card[data-id="5"]');
      await expect.poll(() => think.locator('.explore-card__meta').textContent()).toContain('Cambridgeshire');
      expect(await think.locator('.explore-card__matched').textContent()).toBe('Matched in: description');
      expect(
        await frame.locator('.explore-card[data-id="34"] .explore-card__matched').textContent(),
      ).toContain('council');
    },
  );

  it('names principles with their number in the facets, chips and cards', SLOW, async () => {
    const frame = await openSidebar(await preview.reload());
    await frame.locator('summary.explore-facet__summary', { hasText: /^Principles/ }).click();
    await frame
      .getByRole('checkbox', { name: /^3\. Develop the Covid social infrastructure \(\d+\)$/ })
      .check();
    expect(await frame.locator('.explore-chip').allTextContents()).toEqual([
      '3. Develop the Covid social infrastructure×',
    ]);
    const tags = await frame.locator('.explore-card').first().locator('.explore-tag').allTextContents();
    expect(tags).toContain('3. Develop the Covid social infrastructure');
  });

  it('"Check all examples" moves focus to its summary, and says each problem’s cell once', SLOW, async () => {
    const frame = await openSidebar(await preview.reload());
    await frame.getByRole('link', { name: 'Add', exact: true }).click();
    await frame.getByRole('button', { name: 'Check all examples' }).click();
    await frame.getByText('Found 19 warnings in 19 rows.').first().waitFor();
    await expect.poll(() => focusedClass(frame)).toContain('problems__summary');
    const problem = (await frame.getByRole('button', { name: /P83/ }).textContent()) ?? '';
    expect(problem.match(/P83/g)).toHaveLength(1);
  });

  it(
    'has no axe violations with the refresh message, a disabled "Show only these" and "Matched in" lines',
    SLOW,
    async () => {
      const frame = await openSidebar(await preview.reload());
      await frame.getByRole('button', { name: 'Refresh', exact: true }).click();
      await expect.poll(() => frame.locator('#sync-message').textContent()).toBe(UPDATED);
      await search(frame, 'wigan');
      await frame.locator('.explore-card__matched').first().waitFor();
      expect(describeViolations(await scanAccessibility(frame))).toEqual([]);
      await search(frame, 'zzyzx');
      await expect.poll(() => apply(frame).isDisabled()).toBe(true);
      expect(describeViolations(await scanAccessibility(frame))).toEqual([]);
    },
  );
});
