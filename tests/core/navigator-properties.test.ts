// Properties of the Navigator's maths that hold for any nine answers.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, BEARINGS, bearingFor, validateAnswers } from '../../src/core/navigator';
import { PRINCIPLES } from '../../src/core/principles';

const nineScores = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 9, maxLength: 9 });
const answers = (scores: number[]) => ({
  scores: PRINCIPLES.map((p, i) => ({ principle: p.id, score: scores[i] })),
});

describe('for any nine scores from 0 to 4', () => {
  it('brightness is between 0 and 1 and names one of the bands', () => {
    fc.assert(
      fc.property(nineScores, (scores) => {
        const { brightness } = assess(answers(scores), '2026-01-01T00:00:00.000Z');
        expect(brightness).toBeGreaterThanOrEqual(0);
        expect(brightness).toBeLessThanOrEqual(1);
        expect(BEARINGS).toContain(bearingFor(brightness));
      }),
    );
  });

  it('the weakest are three principles no stronger than any other', () => {
    fc.assert(
      fc.property(nineScores, (scores) => {
        const { weakest } = assess(answers(scores), '2026-01-01T00:00:00.000Z');
        expect(new Set(weakest).size).toBe(3);
        const highestWeak = Math.max(...weakest.map((id) => scores[id - 1]));
        const others = PRINCIPLES.filter((p) => !weakest.includes(p.id)).map((p) => scores[p.id - 1]);
        for (const score of others) expect(score).toBeGreaterThanOrEqual(highestWeak);
      }),
    );
  });
});

describe('for any score that is not a whole number from 0 to 4', () => {
  it('the answers are refused, naming that principle', () => {
    const bad = fc.oneof(
      fc.integer().filter((n) => n < 0 || n > 4),
      fc.double().filter((n) => !Number.isInteger(n)),
    );
    fc.assert(
      fc.property(bad, fc.integer({ min: 0, max: 8 }), (score, at) => {
        const scores = Array(9).fill(2);
        scores[at] = score;
        expect(validateAnswers(answers(scores)).map((p) => p.principle)).toEqual([PRINCIPLES[at].id]);
      }),
    );
  });
});
