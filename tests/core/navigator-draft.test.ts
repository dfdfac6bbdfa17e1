// The Navigator draft: only what the form can hold, and under the 9 KB a user property may keep.

import { describe, expect, it } from 'vitest';
import { cleanDraft, DRAFT_MAX_BYTES, fitDraft, type NavigatorDraft } from '../../src/core/navigator';
import { PRINCIPLES } from '../../src/core/principles';
import { utf8Length } from '../../src/core/text';

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

  it('fits nine long notes of several-byte characters under 9 KB, never splitting a character', () => {
    const fitted = fitDraft(draftWithEvidence(() => '🧭'.repeat(2000)));
    expect(utf8Length(JSON.stringify(fitted.draft))).toBeLessThanOrEqual(9 * 1024);
    expect(fitted.trimmed).toHaveLength(9);
    for (const answer of fitted.draft.scores) expect(answer.evidence).toMatch(/^(🧭)+$/u);
  });

  it('keeps part of every one of nine 2,000-character answers, as much of each as fits', () => {
    const fitted = fitDraft(draftWithEvidence((p) => String(p).repeat(2000)));
    const lengths = fitted.draft.scores.map((a) => a.evidence.length);
    expect(new Set(lengths).size).toBe(1);
    expect(lengths[0]).toBeGreaterThan(800);
    // One more character each would not fit.
    const longer = draftWithEvidence((p) => String(p).repeat(lengths[0] + 1));
    expect(utf8Length(JSON.stringify(longer))).toBeGreaterThan(DRAFT_MAX_BYTES);
    expect(fitted.message).toContain(`the first ${lengths[0]} characters`);
  });

  it('cuts only answers longer than the common length, keeping shorter ones whole', () => {
    const fitted = fitDraft(draftWithEvidence((p) => (p <= 3 ? 'x'.repeat(4000) : 'y'.repeat(300))));
    expect(fitted.trimmed).toEqual([1, 2, 3]);
    expect(fitted.draft.scores.slice(3).every((a) => a.evidence === 'y'.repeat(300))).toBe(true);
    expect(fitted.draft.scores[0].evidence.length).toBeGreaterThan(300);
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
