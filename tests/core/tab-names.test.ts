// Tab names compared as Sheets compares them: without case.

import { describe, expect, it } from 'vitest';
import { sameTabName, unusedTabName } from '../../src/core/tab-names';

describe('a name for a new tab', () => {
  it('is the name itself when no tab has it', () => {
    expect(unusedTabName('Navigator', ['Framework in Action'])).toBe('Navigator');
  });

  it('is "Navigator (2)" when a tab is called navigator in any case', () => {
    expect(unusedTabName('Navigator', ['navigator'])).toBe('Navigator (2)');
    expect(unusedTabName('Navigator', ['NAVIGATOR', 'navigator (2)'])).toBe('Navigator (3)');
  });

  it('compares names without case', () => {
    expect(sameTabName('Navigator History', 'navigator history')).toBe(true);
    expect(sameTabName('Navigator', 'Navigator (2)')).toBe(false);
  });
});
