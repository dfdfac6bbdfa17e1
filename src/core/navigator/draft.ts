// The Navigator draft a person saves as they answer: its shape, and fitting it in one user property.

import { PRINCIPLES, type PrincipleId, principleById } from '../principles';
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

/** UTF-8 bytes of a string (Apps Script has no TextEncoder). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
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

/**
 * The draft as it fits in `maxBytes` of JSON: the longest evidence is shortened first, a little at a time,
 * so short notes survive whole. Scores and the name are always kept.
 */
export function fitDraft(input: NavigatorDraft, maxBytes = DRAFT_MAX_BYTES): FittedDraft {
  const draft = cleanDraft(input);
  const trimmed = new Set<PrincipleId>();
  let size = utf8Length(JSON.stringify(draft));
  while (size > maxBytes) {
    const longest = draft.scores.reduce((a, b) =>
      (b.evidence ?? '').length > (a.evidence ?? '').length ? b : a,
    );
    const evidence = longest.evidence ?? '';
    if (evidence.length === 0) break;
    const cut = Math.max(1, Math.ceil((size - maxBytes) / 2), Math.floor(evidence.length / 10));
    longest.evidence = evidence.slice(0, Math.max(0, evidence.length - cut));
    trimmed.add(longest.principle);
    size = utf8Length(JSON.stringify(draft));
  }
  if (size > maxBytes) draft.respondent = draft.respondent.slice(0, 100);
  const names = [...trimmed].sort((a, b) => a - b).map((id) => `“${principleById(id).name}”`);
  const message =
    names.length === 0
      ? ''
      : `Your evidence is too long to keep all of it in the saved draft, so the draft keeps a shorter version for ${names.join(', ')}. ` +
        'Everything you typed is still in the form: plot your coordinates to keep it all.';
  return { draft, trimmed: [...trimmed].sort((a, b) => a - b), message };
}
