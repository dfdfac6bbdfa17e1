// The Navigator draft a person saves as they answer: its shape, and fitting it in one user property.

import { PRINCIPLES, type PrincipleId, principleById } from '../principles';
import { utf8Length } from '../text';
import type { AnswerInput } from './assessment';
import { isScore } from './assessment';

/** An answer in a draft: every field present, the score null until chosen. */
export interface DraftAnswer extends AnswerInput {
  evidence: string;
}

export interface NavigatorDraft {
  respondent: string;
  scores: DraftAnswer[];
}

/** Apps Script allows 9 KB per property value; keep a margin for the encoding. */
export const DRAFT_MAX_BYTES = 8 * 1024;

export interface FittedDraft {
  draft: NavigatorDraft;
  /** Principles whose evidence was shortened to fit. */
  trimmed: PrincipleId[];
  /** Empty when nothing was cut; otherwise what was cut and that the form still holds it all. */
  message: string;
}

/** A draft with only what the form can hold: known principles, scores 0-4 or null, text fields as strings. */
export function cleanDraft(input: unknown): NavigatorDraft {
  const raw = (input ?? {}) as { respondent?: unknown; scores?: Partial<AnswerInput>[] };
  const scores = Array.isArray(raw.scores) ? raw.scores : [];
  return {
    respondent: typeof raw.respondent === 'string' ? raw.respondent : '',
    scores: PRINCIPLES.map((p) => {
      const answer = scores.find((a) => a?.principle === p.id);
      return {
        principle: p.id,
        score: isScore(answer?.score) ? answer.score : null,
        evidence: typeof answer?.evidence === 'string' ? answer.evidence : '',
      };
    }),
  };
}

/** The first `length` characters, never ending half way through a character written as two (an emoji). */
function keepStart(text: string, length: number): string {
  if (text.length <= length) return text;
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

/** The draft with every answer's evidence cut to at most `cap` characters. */
function capEvidence(draft: NavigatorDraft, cap: number): NavigatorDraft {
  return { ...draft, scores: draft.scores.map((a) => ({ ...a, evidence: keepStart(a.evidence, cap) })) };
}

const sizeOf = (draft: NavigatorDraft) => utf8Length(JSON.stringify(draft));

/**
 * The draft as it fits in `maxBytes` of JSON. Every answer keeps its start: the longest are cut to one
 * common length, the largest that fits, so short notes survive whole and no answer is emptied to make
 * room for another. Scores and the name are always kept (a name is cut to 100 characters only if even
 * that would not fit).
 */
export function fitDraft(input: NavigatorDraft, maxBytes = DRAFT_MAX_BYTES): FittedDraft {
  const cleaned = cleanDraft(input);
  if (sizeOf(cleaned) <= maxBytes) return { draft: cleaned, trimmed: [], message: '' };
  if (sizeOf(capEvidence(cleaned, 0)) > maxBytes) cleaned.respondent = keepStart(cleaned.respondent, 100);
  // The largest common cap that fits: the size only grows with the cap, so halve the interval.
  let fits = 0;
  let tooBig = Math.max(...cleaned.scores.map((a) => a.evidence.length));
  while (tooBig - fits > 1) {
    const middle = Math.floor((fits + tooBig) / 2);
    if (sizeOf(capEvidence(cleaned, middle)) <= maxBytes) fits = middle;
    else tooBig = middle;
  }
  const draft = capEvidence(cleaned, fits);
  const trimmed = draft.scores
    .filter((a, i) => a.evidence.length < cleaned.scores[i].evidence.length)
    .map((a) => a.principle);
  const names = trimmed.map((id) => `“${principleById(id).name}”`);
  const message =
    names.length === 0
      ? ''
      : `Your evidence is too long to keep all of it in the saved draft, so the draft keeps the first ${fits.toLocaleString('en-GB')} characters of your evidence for ${names.join(', ')}. ` +
        'Everything you typed is still in the form: plot your coordinates to keep it all.';
  return { draft, trimmed, message };
}
