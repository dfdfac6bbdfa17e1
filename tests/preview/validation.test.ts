// A person's typing against a dropdown rule in the preview: what breaks it, and what Sheets says when a strict rule refuses.

import { describe, expect, it } from 'vitest';
import { breaksRule, refusal, ruleAt } from '../../preview/page/validation';

const SCORE_RULE = { range: 'D5:D13', list: ['0', '1', '2', '3', '4'], allowInvalid: false };

describe('dropdown rules in the preview', () => {
  it('finds the rule covering a cell, and none outside it', () => {
    const sheet = { name: 'Navigator', values: [], validations: [SCORE_RULE] };
    expect(ruleAt(sheet, 5, 4)).toBe(SCORE_RULE);
    expect(ruleAt(sheet, 14, 4)).toBeNull();
    expect(ruleAt(sheet, 5, 5)).toBeNull();
  });

  it('is broken by 7 in a 0–4 list, not by 3, " 3 " or an emptied cell', () => {
    expect(breaksRule(SCORE_RULE, '7')).toBe(true);
    expect(breaksRule(SCORE_RULE, '3')).toBe(false);
    expect(breaksRule(SCORE_RULE, ' 3 ')).toBe(false);
    expect(breaksRule(SCORE_RULE, '')).toBe(false);
  });

  it('says what was refused, where, and what the rule asks for (its help text when it has one)', () => {
    expect(refusal(SCORE_RULE, 'D5', '7')).toBe(
      'There was a problem: "7" is not allowed in D5, so it was not entered. Enter one of: 0, 1, 2, 3, 4.',
    );
    expect(refusal({ ...SCORE_RULE, helpText: 'Choose a score from 0 to 4.' }, 'D5', '7')).toMatch(
      /Choose a score from 0 to 4\.$/,
    );
  });
});
