// The Navigator in real Chromium: answered by keyboard, plotted, the compass and course corrections, the draft, axe.

import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  describeViolations,
  gridRows,
  gridSettled,
  openSidebar,
  scanAccessibility,
  usePreview,
} from './harness';

const SCORES = [3, 2, 3, 1, 3, 2, 3, 2, 4];

async function openNavigator(page: Page): Promise<Frame> {
  const sidebar = await openSidebar(page);
  await sidebar.getByRole('link', { name: 'Navigator', exact: true }).click();
  await sidebar.getByRole('heading', { name: 'Take your coordinates' }).waitFor();
  return sidebar;
}

/** Waits for the sidebar's debounced draft save to reach the server. */
function draftSaved(page: Page) {
  return page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/run') &&
      (response.request().postData() ?? '').includes('saveNavigatorDraft'),
  );
}

describe('the Relationships Navigator', { timeout: 120_000 }, () => {
  const preview = usePreview();

  it('is answered with the keyboard alone, plotted, and shows the compass and the course corrections', async () => {
    const page = await preview.reload();
    const sidebar = await openNavigator(page);
    await sidebar.getByLabel('Your name (optional)').focus();
    await page.keyboard.type('Asha');
    for (const [i, score] of SCORES.entries()) {
      await page.keyboard.press('Tab'); // into principle i+1's radios, on "0"
      await page.keyboard.press('Space');
      for (let step = 0; step < score; step++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab'); // its evidence box
      if (i === 3) await page.keyboard.type('We publish decisions.');
    }
    expect(await sidebar.locator('#navigator-progress').textContent()).toBe('9 of 9 answered');
    await page.keyboard.press('Tab');
    expect(await sidebar.evaluate(() => document.activeElement?.textContent)).toBe('Plot my coordinates');
    await page.keyboard.press('Enter');

    const heading = sidebar.getByRole('heading', { name: 'Your bearing' });
    await heading.waitFor();
    expect(await sidebar.evaluate(() => document.activeElement?.id)).toBe('navigator-bearing-title');
    expect(await sidebar.locator('.compass__summary').textContent()).toBe(
      'Your North Star is Glowing: 2.6 out of 4',
    );
    const points = (await sidebar.locator('.compass__current').getAttribute('points'))?.split(' ') ?? [];
    expect(points).toHaveLength(9);
    expect(await sidebar.locator('.compass__svg .compass__label').allTextContents()).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(
      await sidebar
        .getByRole('table', { name: /Your coordinates/ })
        .locator('tbody tr')
        .count(),
    ).toBe(9);

    const course = sidebar.getByRole('region', { name: 'Correct your course' });
    expect(await course.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      '4. Create open and transparent cultures',
      '2. Sustain motivation and build new purpose',
      '6. Build relationships into physical spaces',
    ]);
    const firstThree = course.locator('.course__principle').first().locator('.course__name');
    expect(await firstThree.allTextContents()).toEqual([
      'Kirklees Democracy Commission',
      'Good Employment Charter',
      'Gloucester Community Building Collective',
    ]);

    await gridSettled(page);
    const tab = await gridRows(page, 'Navigator');
    expect(tab[7]?.cells.slice(0, 5)).toEqual([
      'Create open and transparent cultures',
      'Setting course',
      'Where could you build trust by working more openly?',
      '1',
      'We publish decisions.',
    ]);
  });

  it('selects a recommended example in the sheet', async () => {
    const sidebar = await openNavigator(preview.page);
    const course = sidebar.getByRole('region', { name: 'Correct your course' });
    const openness = course.locator('.course__principle').first();
    await openness.getByRole('button', { name: 'Show Kirklees Democracy Commission in sheet' }).click();
    await sidebar.waitForFunction(() =>
      document.getElementById('status')?.textContent?.startsWith('Selected row'),
    );
    expect(await sidebar.locator('#status').textContent()).toMatch(
      /^Selected row \d+ on the "Framework in Action" tab/,
    );
  });

  it('draws the earlier assessment dashed beneath the new one', async () => {
    const sidebar = await openNavigator(preview.page);
    await sidebar.getByLabel('Your name (optional)').fill('Asha');
    for (const [i] of SCORES.entries()) await sidebar.locator(`#navigator-p${i + 1}-score-4`).check();
    await sidebar.getByRole('button', { name: 'Plot my coordinates' }).click();
    await sidebar.locator('.compass__previous').waitFor();
    expect(await sidebar.locator('.compass__summary').textContent()).toBe(
      'Your North Star is Shining: 4 out of 4',
    );
  });

  it('draws the team average beside your own line once two people have plotted, with a legend and a table', async () => {
    const sidebar = await openNavigator(await preview.reload());
    const plot = async (name: string, scores: readonly number[]) => {
      await sidebar.getByLabel('Your name (optional)').fill(name);
      for (const [i, score] of scores.entries())
        await sidebar.locator(`#navigator-p${i + 1}-score-${score}`).check();
      await sidebar.getByRole('button', { name: 'Plot my coordinates' }).click();
      await sidebar.getByRole('heading', { name: 'Your bearing' }).waitFor();
    };
    await plot('Asha', SCORES);
    expect(await sidebar.locator('.compass__team-line').count()).toBe(0);
    await plot(
      'Ben',
      SCORES.map(() => 1),
    );
    await sidebar.locator('.compass__team-line').waitFor();
    const points = (await sidebar.locator('.compass__team-line').getAttribute('points'))?.split(' ') ?? [];
    expect(points).toHaveLength(9);
    const key = (await sidebar.locator('.compass__key').textContent()) ?? '';
    expect(key).toContain('Dotted line: the team average of 2 people');
    expect(key).toMatch(/Solid line: Ben, \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d/); // a time as people read it
    expect(key).not.toMatch(/\d{4}-\d\d-\d\d/);
    const table = sidebar.getByRole('table', { name: /the team average/ });
    expect(await table.getByRole('columnheader').allTextContents()).toContain('Team average (range)');
    const firstRow = await table.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(firstRow).toEqual([
      '1. Shift the obstacles',
      '1 Exploring',
      `${(SCORES[0] + 1) / 2} (1–${SCORES[0]})`,
    ]);
    expect(describeViolations(await scanAccessibility(sidebar, '#navigator'))).toEqual([]);
  });

  it('opens at the Navigator from the menu’s “Relationships Navigator”, with the last assessment drawn', async () => {
    const sidebar = await openSidebar(preview.page, 'Relationships Navigator');
    expect(await sidebar.locator('#navigator').isVisible()).toBe(true);
    expect(await sidebar.locator('#explore').isVisible()).toBe(false);
    expect(await sidebar.locator('.compass__summary').textContent()).toMatch(/^Your North Star is/);
  });

  it('is at most 3,000 px tall at 300 px wide, the scale explained once, each prompt short', async () => {
    const sidebar = await openNavigator(await preview.reload());
    const size = await sidebar.evaluate(() => ({
      width: window.innerWidth,
      form: document.querySelector('#navigator form')?.getBoundingClientRect().height ?? 0,
      question: Math.max(
        ...[...document.querySelectorAll('.navigator-question')].map((q) => q.getBoundingClientRect().height),
      ),
    }));
    expect(size.width).toBe(300);
    expect(size.form).toBeGreaterThan(0);
    expect(size.form).toBeLessThanOrEqual(3000);
    expect(size.question).toBeLessThanOrEqual(240); // legend, prompt, the five choices and the evidence box
    expect(await sidebar.getByText('We have not yet taken any action on this.').count()).toBe(1);
    expect(await sidebar.getByRole('radio', { name: '3 – Established' }).count()).toBe(9);
    expect(await sidebar.locator('#navigator legend').allTextContents()).toContain(
      '3. Develop the Covid social infrastructure',
    );
    console.log(`Navigator form: ${Math.round(size.form)} px tall at ${size.width} px wide`);
  });

  it('keeps a draft as the person answers and restores it when the sidebar opens again', async () => {
    const page = await preview.reload();
    let sidebar = await openNavigator(page);
    const saved = draftSaved(page);
    await sidebar.getByRole('radio', { name: '2 – Emerging' }).first().check();
    await sidebar.getByLabel('Evidence (optional)').first().fill('A first step');
    await saved;
    sidebar = await openNavigator(page);
    await sidebar.locator('.navigator-notice').filter({ hasText: 'draft' }).waitFor();
    expect(await sidebar.locator('#navigator-p1-score-2').isChecked()).toBe(true);
    expect(await sidebar.locator('#navigator-p1-evidence').inputValue()).toBe('A first step');
    expect(await sidebar.locator('#navigator-progress').textContent()).toBe('1 of 9 answered');
  });

  it('shows a GOV.UK error summary naming each unanswered principle, linking to it', async () => {
    const sidebar = await openNavigator(preview.page);
    await sidebar.getByRole('button', { name: 'Plot my coordinates' }).click();
    const summary = sidebar.getByRole('alert');
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await sidebar.evaluate(() => document.activeElement?.id)).toBe('navigator-error-summary');
    const links = summary.getByRole('link');
    expect(await links.count()).toBe(8);
    await links.first().click();
    expect(await sidebar.evaluate(() => document.activeElement?.id)).toBe('navigator-p2-score-0');
    expect(await sidebar.locator('#navigator-p2-error').textContent()).toBe(
      'Error: Choose a score from 0 to 4 for “Sustain motivation and build new purpose”.',
    );
  });

  it('has no WCAG 2.2 AA problems that axe can find, before and after plotting', async () => {
    const page = await preview.reload();
    const sidebar = await openNavigator(page);
    expect(describeViolations(await scanAccessibility(sidebar))).toEqual([]);
    for (const [i, score] of SCORES.entries())
      await sidebar.locator(`#navigator-p${i + 1}-score-${score}`).check();
    await sidebar.getByRole('button', { name: 'Plot my coordinates' }).click();
    await sidebar.getByRole('heading', { name: 'Correct your course' }).waitFor();
    expect(describeViolations(await scanAccessibility(sidebar))).toEqual([]);
  }, 90_000);

  it('has no WCAG 2.2 AA problems that axe can find with the error summary showing', async () => {
    const sidebar = await openNavigator(await preview.reload());
    await sidebar.getByRole('button', { name: 'Plot my coordinates' }).click();
    await sidebar.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(describeViolations(await scanAccessibility(sidebar))).toEqual([]);
  }, 90_000);
});
