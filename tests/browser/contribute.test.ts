import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  describeViolations,
  gridRows,
  gridSettled,
  openSidebar,
  scanAccessibility,
  selectedCells,
  usePreview,
} from './harness';

describe('Add an example in the sidebar', { timeout: 120_000 }, () => {
  const preview = usePreview();

  async function openAddView(): Promise<Frame> {
    const page = await preview.reload();
    const sidebar = await openSidebar(page);
    await sidebar.getByRole('link', { name: 'Add', exact: true }).click();
    await sidebar.getByRole('heading', { name: 'Add an example' }).waitFor();
    return sidebar;
  }

  async function fillValidExample(sidebar: Frame): Promise<void> {
    await sidebar.getByLabel('Name of the example').fill('Warm Spaces');
    await sidebar.getByLabel('Council', { exact: true }).fill('Leeds');
    await sidebar.getByLabel('What did the council do?').fill('Opened libraries as warm spaces in winter.');
    await sidebar.getByRole('radio', { name: 'Tweak' }).check();
    await sidebar.getByRole('checkbox', { name: 'Build relationships into physical spaces' }).check();
    await sidebar
      .getByLabel('How does it show "Build relationships into physical spaces"?')
      .fill('Libraries as meeting places.');
  }

  it('shows "There is a problem" with one link per missing field when the empty form is submitted, and focuses it', async () => {
    const sidebar = await openAddView();
    await sidebar.getByRole('button', { name: 'Add example' }).click();
    const summary = sidebar.locator('#contribute-error-summary');
    await expect.poll(() => summary.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await summary.getByRole('heading').textContent()).toBe('There is a problem');
    const links = await summary.getByRole('link').allTextContents();
    expect(links).toEqual([
      "Enter the example's name.",
      'Enter the name of the council.',
      'Enter what the council did.',
      'Choose a type of action: Tweak, Tactic, Project or Strategy.',
      'Choose at least one principle the example shows, and say how it shows it.',
    ]);
    await summary.getByRole('link', { name: 'Enter the name of the council.' }).click();
    expect(await sidebar.evaluate(() => document.activeElement?.id)).toBe('contribute-council');
    expect(await sidebar.locator('#contribute-council-error').textContent()).toBe(
      'Error: Enter the name of the council.',
    );
  });

  it('checks nothing until the person submits: leaving a field with an error shows no message', async () => {
    const sidebar = await openAddView();
    await sidebar.getByLabel('Name of the example').fill('=SUM(A1:A9)');
    await sidebar.getByLabel('Council', { exact: true }).fill('Gatshead');
    await sidebar.getByLabel('What did the council do?').focus();
    expect(await sidebar.locator('#contribute .error-message:visible').count()).toBe(0);
    expect(await sidebar.locator('#contribute-council-warning').isHidden()).toBe(true);
    await sidebar.getByRole('button', { name: 'Add example' }).click();
    expect(await sidebar.locator('#contribute-name-error').textContent()).toContain(
      'would read it as a formula',
    );
    expect(await sidebar.locator('#contribute-council-warning').textContent()).toContain('Use "Gateshead"');
    await sidebar.getByRole('button', { name: 'Use "Gateshead"' }).click();
    expect(await sidebar.getByLabel('Council', { exact: true }).inputValue()).toBe('Gateshead');
  });

  it('lands a click after a field with an error on its target, before and after a submit', async () => {
    const sidebar = await openAddView();
    const name = sidebar.getByLabel('Name of the example');
    /** One plain click where the option is as the field is left (a locator's click would retry a miss). */
    const clickOnce = async (option: string) => {
      const radio = sidebar.getByRole('radio', { name: option });
      await radio.scrollIntoViewIfNeeded();
      await name.fill('=SUM(A1:A9)');
      const box = await radio.boundingBox();
      if (!box) throw new Error(`The ${option} option is not on screen`);
      await preview.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      return radio.isChecked();
    };
    expect(await clickOnce('Tactic')).toBe(true);
    await sidebar.getByRole('button', { name: 'Add example' }).click();
    expect(await sidebar.locator('#contribute-name-error').isVisible()).toBe(true);
    expect(await clickOnce('Tweak')).toBe(true);
  });

  it('stops the first press to offer the sheet spelling of a council, and adds as written on the second', async () => {
    const sidebar = await openAddView();
    await fillValidExample(sidebar);
    await sidebar.getByLabel('Council', { exact: true }).fill('Gatshead');
    await sidebar.getByRole('button', { name: 'Add example' }).click();
    expect(await sidebar.evaluate(() => document.activeElement?.id)).toBe('contribute-council-warning');
    expect(await sidebar.getByRole('heading', { name: 'Example added' }).count()).toBe(0);
    await sidebar.getByRole('button', { name: 'Add example' }).click();
    await sidebar.getByRole('heading', { name: 'Example added' }).waitFor();
    await gridSettled(preview.page);
    const rows = await gridRows(preview.page, 'Framework in Action');
    expect(rows.find((r) => r.cells[1] === 'Warm Spaces')?.cells[2]).toBe('Gatshead');
  });

  it('says in each hint what its rule accepts: links may start with http:// or https://', async () => {
    const sidebar = await openAddView();
    expect(await sidebar.locator('#contribute-links-url-hint').textContent()).toContain(
      'https:// or http://',
    );
    expect(await sidebar.locator('#contribute-form-hint').textContent()).toContain('not =, +, - or @');
  });

  it('adds the example when fixed and submitted: the row appears in the preview grid', async () => {
    const sidebar = await openAddView();
    await sidebar.getByRole('button', { name: 'Add example' }).click();
    await fillValidExample(sidebar);
    await sidebar.getByRole('button', { name: 'Add example' }).click();
    await sidebar.getByRole('heading', { name: 'Example added' }).waitFor();
    expect(
      await sidebar.locator('.contribute-panel').getByText('Added "Warm Spaces" as No. 54').count(),
    ).toBe(1);
    await gridSettled(preview.page);
    const rows = await gridRows(preview.page, 'Framework in Action');
    const added = rows.find((r) => r.cells[1] === 'Warm Spaces');
    expect(added?.cells.slice(0, 5)).toEqual([
      '54',
      'Warm Spaces',
      'Leeds',
      'Opened libraries as warm spaces in winter.',
      'Tweak',
    ]);
    await sidebar.getByRole('button', { name: 'Show in sheet' }).click();
    await expect.poll(() => selectedCells(preview.page)).toContain(`A${added?.row}`);
  });

  it('lists the problems of "Check all examples" by row, each selecting its cell', async () => {
    const sidebar = await openAddView();
    await sidebar.getByRole('button', { name: 'Check all examples' }).click();
    await sidebar.getByText('Found 19 warnings in 19 rows.').first().waitFor();
    expect(
      await sidebar.getByRole('heading', { name: 'Row 83: Kirklees Democracy Commission' }).count(),
    ).toBe(1);
    await sidebar.getByRole('button', { name: /P83/ }).click();
    await expect.poll(() => selectedCells(preview.page)).toEqual(['P83']);
  });

  it('has no accessibility violations, with errors on show', async () => {
    const sidebar = await openAddView();
    expect(describeViolations(await scanAccessibility(sidebar))).toEqual([]);
    await sidebar.getByRole('button', { name: 'Add example' }).click();
    await sidebar.getByRole('checkbox', { name: 'Shift the obstacles' }).check();
    expect(describeViolations(await scanAccessibility(sidebar))).toEqual([]);
  });

  it('can be filled in and sent with the keyboard only', async () => {
    const sidebar = await openAddView();
    const keyboard = preview.page.keyboard;
    const focused = () => sidebar.evaluate(() => document.activeElement?.id ?? '');
    await sidebar.getByLabel('Name of the example').focus();
    await keyboard.type('Keyboard Club');
    await keyboard.press('Tab');
    await keyboard.type('York');
    await keyboard.press('Tab');
    await keyboard.type('Ran a club for people who met at the library.');
    await keyboard.press('Tab');
    expect(await focused()).toBe('contribute-type-Tweak');
    await keyboard.press('ArrowDown'); // radios move and choose with the arrow keys
    expect(await sidebar.getByRole('radio', { name: 'Tactic' }).isChecked()).toBe(true);
    await keyboard.press('Tab');
    expect(await focused()).toBe('contribute-principles-1');
    await keyboard.press('Space');
    await keyboard.press('Tab');
    expect(await focused()).toBe('contribute-principles-1-note');
    await keyboard.type('No forms to join.');
    for (let i = 0; i < 9; i++) await keyboard.press('Tab'); // past the other eight principles to the first link
    expect(await focused()).toBe('contribute-links-1-text');
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    expect(await sidebar.evaluate(() => document.activeElement?.textContent)).toBe('Add example');
    await keyboard.press('Enter');
    await sidebar.getByRole('heading', { name: 'Example added' }).waitFor();
    expect(await sidebar.evaluate(() => document.activeElement?.textContent)).toBe('Example added');
    await keyboard.press('Tab');
    await keyboard.press('Enter');
    // The call crosses from the sidebar's frame to the page and back (as in Google): more than poll's default second.
    await expect
      .poll(() => sidebar.locator('.contribute-panel__status').textContent(), { timeout: 15_000 })
      .toContain('Selected row 234');
  });
});
