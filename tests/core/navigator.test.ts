// The Navigator's maths: the scale, brightness and its words, the weakest principles and refusing bad answers.

import { describe, expect, it } from 'vitest';
import {
  assess,
  BEARINGS,
  bearingFor,
  bearingSummary,
  LEVELS,
  type NavigatorInput,
  NavigatorInputError,
  validateAnswers,
  weakestPrinciples,
} from '../../src/core/navigator';
import { PRINCIPLES, type PrincipleId } from '../../src/core/principles';

const TAKEN_AT = '2026-11-23T09:30:00.000Z';

function answers(...scores: (number | null)[]): NavigatorInput {
  return { scores: PRINCIPLES.map((p, i) => ({ principle: p.id, score: scores[i] ?? null, evidence: '' })) };
}

function allScored(score: number): NavigatorInput {
  return answers(...PRINCIPLES.map(() => score));
}

describe('the scale', () => {
  it('has five levels, 0 to 4, each with a short name and a one-sentence descriptor', () => {
    expect(LEVELS.map((l) => l.score)).toEqual([0, 1, 2, 3, 4]);
    for (const level of LEVELS) {
      expect(level.name.length).toBeLessThan(20);
      expect(level.descriptor).toMatch(/^[A-Z][^.]*\.$/);
    }
  });

  it('names a bearing for every band from Dim to Shining, dimmest first', () => {
    expect(BEARINGS[0]).toMatchObject({ word: 'Dim', from: 0 });
    expect(BEARINGS[BEARINGS.length - 1].word).toBe('Shining');
    const starts = BEARINGS.map((b) => b.from);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('scoring an assessment', () => {
  it('gives a North Star of brightness 0, Dim, when every score is 0', () => {
    const assessment = assess(allScored(0), TAKEN_AT);
    expect(assessment.brightness).toBe(0);
    expect(bearingFor(assessment.brightness).word).toBe('Dim');
  });

  it('gives brightness 1, Shining, when every score is 4', () => {
    const assessment = assess(allScored(4), TAKEN_AT);
    expect(assessment.brightness).toBe(1);
    expect(bearingFor(assessment.brightness).word).toBe('Shining');
  });

  it('takes brightness as the mean score over 4 and says it in words', () => {
    const assessment = assess(answers(3, 3, 3, 2, 3, 2, 3, 2, 3), TAKEN_AT); // mean 24/9 = 2.67
    expect(assessment.brightness).toBe(0.67);
    expect(bearingSummary(assessment.brightness)).toBe('Your North Star is Glowing: 2.7 out of 4');
  });

  it('keeps the clock it is given and the respondent trimmed', () => {
    const assessment = assess({ ...allScored(2), respondent: '  Asha  ' }, TAKEN_AT);
    expect(assessment.takenAt).toBe(TAKEN_AT);
    expect(assessment.respondent).toBe('Asha');
  });

  it('lists the three weakest principles, lowest score first', () => {
    expect(assess(answers(4, 3, 0, 4, 1, 4, 2, 4, 4), TAKEN_AT).weakest).toEqual([3, 5, 7]);
  });

  it('breaks ties between equal scores in the framework’s order', () => {
    expect(assess(answers(2, 1, 3, 1, 3, 1, 1, 3, 2), TAKEN_AT).weakest).toEqual([2, 4, 6]);
    expect(assess(allScored(4), TAKEN_AT).weakest).toEqual([1, 2, 3]);
  });

  it('orders the weakest the same whatever order the answers come in', () => {
    const shuffled = [...PRINCIPLES].reverse().map((p) => ({ principle: p.id, score: p.id % 2 }));
    expect(weakestPrinciples(shuffled)).toEqual([2, 4, 6]);
  });
});

describe('refusing answers that cannot be scored', () => {
  it('names the principle whose answer is missing', () => {
    const input = answers(1, 2, 3, null, 1, 2, 3, 4, 0);
    expect(validateAnswers(input)).toEqual([
      {
        principle: 4,
        field: 'score',
        message: 'Choose a score from 0 to 4 for “Create open and transparent cultures”.',
      },
    ]);
  });

  it('names a principle left out of the answers altogether', () => {
    const input = { scores: allScored(2).scores.filter((a) => a.principle !== 9) };
    expect(validateAnswers(input).map((p) => p.message)).toEqual([
      'Choose a score from 0 to 4 for “Embrace new accountabilities”.',
    ]);
  });

  it.each([5, -1, 2.5, Number.NaN])('refuses a score of %s, naming the principle', (score) => {
    const input = answers(score, 2, 2, 2, 2, 2, 2, 2, 2);
    expect(validateAnswers(input)).toEqual([
      {
        principle: 1,
        field: 'score',
        message: 'The score for “Shift the obstacles” must be a whole number from 0 to 4.',
      },
    ]);
  });

  it('refuses a score sent as text', () => {
    const input = answers(2, 2, 2, 2, 2, 2, 2, 2, 2);
    (input.scores[1] as { score: unknown }).score = '3';
    expect(validateAnswers(input).map((p) => p.principle)).toEqual([2]);
  });

  it('throws every problem at once from assess, so nothing is written', () => {
    const attempt = () => assess(answers(null, 2, 2, 2, 9, 2, 2, 2, 2), TAKEN_AT);
    expect(attempt).toThrow(NavigatorInputError);
    try {
      attempt();
    } catch (error) {
      expect((error as NavigatorInputError).problems.map((p) => p.principle as PrincipleId)).toEqual([1, 5]);
      expect((error as Error).message).toContain('“Shift the obstacles”');
      expect((error as Error).message).toContain('“Enhance the everyday touchpoints”');
    }
  });

  it('accepts nine whole scores from 0 to 4 with no evidence', () => {
    expect(validateAnswers(answers(0, 1, 2, 3, 4, 0, 1, 2, 3))).toEqual([]);
  });
});
