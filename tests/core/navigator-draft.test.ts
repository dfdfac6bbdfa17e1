// The Navigator draft: only what the form can hold, and under the 9 KB a user property may keep.

import { describe, expect, it } from 'vitest';
import {
  cleanDraft,
  DRAFT_MAX_BYTES,
  fitDraft,
  type NavigatorDraft,
  utf8Length,
} from '../../src/core/navigator';
import { PRINCIPLES } from '../../src/core/principles';

function draftWithEvidence(evidence: (p: number) => string): NavigatorDraft {
  return {
    respondent: 'Asha',
    scores: PRINCIPLES.map((p) => ({ principle: p.id, score: 2, evidence: evidence(p.id) })),
  };
}

describe('a draft', () => {
  it('keeps answers as they are when they fit', () => {
    const draft = draftWithEvidence((p) => `Evidence ${p}`);
    expect(fitDraft(draft)).toEqual({ draft, trimmed: [], message: '' });
  });

  it('is cleaned to nine answers with unchosen scores as null', () => {
    const draft = cleanDraft({
      respondent: 7,
      scores: [
        { principle: 3, score: 9 },
        { principle: 4, score: 1 },
      ],
    });
    expect(draft.respondent).toBe('');
    expect(draft.scores).toHaveLength(9);
    expect(draft.scores[2]).toEqual({ principle: 3, score: null, evidence: '' });
    expect(draft.scores[3]).toEqual({ principle: 4, score: 1, evidence: '' });
  });

  it('shortens the longest evidence to fit under the limit, saying which principle', () => {
    const draft = draftWithEvidence((p) => (p === 5 ? 'é'.repeat(6000) : 'short note'));
    const fitted = fitDraft(draft);
    expect(utf8Length(JSON.stringify(fitted.draft))).toBeLessThanOrEqual(DRAFT_MAX_BYTES);
    expect(fitted.trimmed).toEqual([5]);
    expect(fitted.draft.scores[0].evidence).toBe('short note');
    expect(fitted.message).toContain('“Enhance the everyday touchpoints”');
    expect(fitted.message).toContain('Everything you typed is still in the form');
  });

  it('fits nine long notes of several-byte characters under 9 KB', () => {
    const fitted = fitDraft(draftWithEvidence(() => '🧭'.repeat(2000)));
    expect(utf8Length(JSON.stringify(fitted.draft))).toBeLessThanOrEqual(9 * 1024);
    expect(fitted.trimmed).toHaveLength(9);
  });
});

describe('counting bytes', () => {
  it('counts UTF-8 bytes as Apps Script stores them', () => {
    expect(utf8Length('a')).toBe(1);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('🧭')).toBe(4);
  });
});
