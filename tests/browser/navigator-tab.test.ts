// In the preview: plotting shows the Navigator tab (not its history), with no ISO time for a person to read.

import { describe, expect, it } from 'vitest';
import { gridRows, gridSettled, openSidebar, runInSidebar, usePreview } from './harness';

const SCORES = [3, 2, 3, 1, 3, 2, 3, 2, 4];

describe('plotting from the sidebar', () => {
  const preview = usePreview();

  it('shows the Navigator tab, not its history, dated as people read times', async () => {
    const page = await preview.reload();
    const sidebar = await openSidebar(page);
    const answers = {
      respondent: 'Asha',
      scores: SCORES.map((score, i) => ({ principle: i + 1, score, evidence: '' })),
    };
    const { result, error } = await runInSidebar(sidebar, 'saveNavigator', answers, Date.now());
    expect(error).toBeUndefined();
    expect((result as { sheetName: string }).sheetName).toBe('Navigator');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#grid table')?.dataset.sheet === 'Navigator',
    );
    await gridSettled(page);
    const text = (await gridRows(page)).map((row) => JSON.stringify(row)).join('\n');
    expect(text).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d/);
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });
});
