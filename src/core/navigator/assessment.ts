// A Navigator assessment: checking the answers, then scoring them into brightness and the weakest principles.

import { PRINCIPLES, type PrincipleId, principleById } from '../principles';
import { brightnessOf, MAX_SCORE, MIN_SCORE } from './scale';

/** One answer as the sidebar sends it: score null while the person has not chosen one. */
export interface AnswerInput {
  principle: PrincipleId;
  score: number | null;
  evidence?: string;
}

/** What saveNavigator receives: the nine answers and, for team use, who gave them. */
export interface NavigatorInput {
  respondent?: string;
  scores: AnswerInput[];
}

export interface ScoredAnswer {
  principle: PrincipleId;
  score: number;
  evidence: string;
}

/** One person's assessment, plain JSON: takenAt is an ISO date string. */
export interface Assessment {
  takenAt: string;
  /** When it was taken as people read it, in the spreadsheet's time zone: "3 Dec 2026, 19:13" (see times.ts). */
  takenAtText?: string;
  respondent: string;
  /** In the framework's order, one per principle. */
  scores: ScoredAnswer[];
  /** Mean score / 4, to two decimal places: 0 (dark) to 1 (shining). */
  brightness: number;
  /** The lowest-scoring principles, ties in the framework's order. */
  weakest: PrincipleId[];
}

export interface NavigatorProblem {
  /** The principle the problem is about; absent for the respondent or the whole input. */
  principle?: PrincipleId;
  field: 'score' | 'evidence' | 'respondent' | 'input';
  message: string;
}

/** How many weakest principles the Navigator points to, and so how many get recommendations. */
export const WEAKEST_COUNT = 3;
export const MAX_EVIDENCE_LENGTH = 5000;
export const MAX_RESPONDENT_LENGTH = 100;

/** Thrown by assess() so the server refuses bad input with every problem's message at once. */
export class NavigatorInputError extends Error {
  constructor(readonly problems: NavigatorProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'NavigatorInputError';
  }
}

/** Every problem with the answers: a missing or out-of-range score names its principle. */
export function validateAnswers(input: NavigatorInput): NavigatorProblem[] {
  const problems: NavigatorProblem[] = [];
  const answers: AnswerInput[] = isObject(input) && Array.isArray(input.scores) ? input.scores : [];
  for (const answer of answers) {
    if (!PRINCIPLES.some((p) => p.id === answer?.principle)) {
      const which = typeof answer?.principle === 'number' ? ` ${answer.principle}` : '';
      problems.push({
        field: 'input',
        message: `There is no principle${which}: answers are for principles 1 to 9.`,
      });
    }
  }
  for (const principle of PRINCIPLES) {
    const answer = answers.find((a) => a?.principle === principle.id);
    problems.push(...answerProblems(principle.id, answer));
  }
  const given = isObject(input) ? input.respondent : undefined;
  const respondent = typeof given === 'string' ? given.trim() : '';
  if (given !== undefined && given !== null && typeof given !== 'string') {
    problems.push({
      field: 'respondent',
      message: 'Your name must be text: type it again, or leave it blank.',
    });
  } else if (respondent.length > MAX_RESPONDENT_LENGTH) {
    problems.push({
      field: 'respondent',
      message: `Your name must be ${MAX_RESPONDENT_LENGTH} characters or fewer.`,
    });
  }
  return problems;
}

function answerProblems(id: PrincipleId, answer: AnswerInput | undefined): NavigatorProblem[] {
  const name = principleById(id).name;
  const score = answer?.score;
  const problems: NavigatorProblem[] = [];
  if (score === null || score === undefined || (score as unknown) === '') {
    problems.push({
      principle: id,
      field: 'score',
      message: `Choose a score from ${MIN_SCORE} to ${MAX_SCORE} for “${name}”.`,
    });
  } else if (!isScore(score)) {
    problems.push({
      principle: id,
      field: 'score',
      message: `The score for “${name}” must be a whole number from ${MIN_SCORE} to ${MAX_SCORE}.`,
    });
  }
  const evidence = answer?.evidence ?? '';
  if (typeof evidence !== 'string') {
    problems.push({
      principle: id,
      field: 'evidence',
      message: `The evidence for “${name}” must be text: type it again, or leave it blank.`,
    });
  } else if (evidence.length > MAX_EVIDENCE_LENGTH) {
    problems.push({
      principle: id,
      field: 'evidence',
      message: `The evidence for “${name}” must be ${MAX_EVIDENCE_LENGTH.toLocaleString('en-GB')} characters or fewer.`,
    });
  }
  return problems;
}

/** An object a JSON caller sent (not null, not an array). */
function isObject(value: unknown): value is NavigatorInput {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_SCORE && value <= MAX_SCORE;
}

/**
 * Scores checked answers into an assessment taken at `takenAt` (an ISO string: the caller owns the clock).
 * Throws NavigatorInputError naming every principle whose answer is missing or out of range.
 */
export function assess(input: NavigatorInput, takenAt: string, takenAtText?: string): Assessment {
  const problems = validateAnswers(input);
  if (problems.length > 0) throw new NavigatorInputError(problems);
  const scores: ScoredAnswer[] = PRINCIPLES.map((p) => {
    const answer = input.scores.find((a) => a.principle === p.id) as AnswerInput;
    return { principle: p.id, score: answer.score as number, evidence: (answer.evidence ?? '').trim() };
  });
  return {
    takenAt,
    ...(takenAtText === undefined ? {} : { takenAtText }),
    respondent: (input.respondent ?? '').trim(),
    scores,
    brightness: roundTo(brightnessOf(scores.map((s) => s.score)), 2),
    weakest: weakestPrinciples(scores),
  };
}

/** The lowest scores first; equal scores keep the framework's order (a stable sort by principle). */
export function weakestPrinciples(
  scores: readonly { principle: PrincipleId; score: number }[],
  count = WEAKEST_COUNT,
): PrincipleId[] {
  return [...scores]
    .sort((a, b) => a.score - b.score || a.principle - b.principle)
    .slice(0, count)
    .map((s) => s.principle);
}

export function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
