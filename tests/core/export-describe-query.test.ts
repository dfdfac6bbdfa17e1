import { describe, expect, it } from 'vitest';
import { describeQuery } from '../../src/core/export/describe-query';

describe('saying which filter produced a list', () => {
  it('says "All 53 examples" when nothing is chosen', () => {
    expect(describeQuery({ match: 'any' }, 53, 53)).toBe('All 53 examples');
  });

  it('names the principle with its number', () => {
    expect(describeQuery({ principles: [4] }, 8, 53)).toBe(
      '8 examples showing 4. Create open and transparent cultures',
    );
  });

  it('joins several principles with "and" when all must be shown', () => {
    expect(describeQuery({ principles: [1, 2], match: 'all' }, 3, 53)).toBe(
      '3 examples showing all of 1. Shift the obstacles and 2. Sustain motivation and build new purpose',
    );
  });

  it('adds types, councils and words', () => {
    expect(describeQuery({ types: ['Tweak', 'Tactic'], councils: ['Kirklees'], text: 'park' }, 1, 53)).toBe(
      '1 example of type Tweak or Tactic, from Kirklees, mentioning “park”',
    );
  });
});
