// A team's view: each principle's average and spread over the latest assessment of each respondent.

import { PRINCIPLES, type PrincipleId } from '../principles';
import { type Assessment, roundTo, weakestPrinciples } from './assessment';
import { brightnessOf } from './scale';

export interface PrincipleSpread {
  principle: PrincipleId;
  /** To two decimal places. */
  average: number;
  lowest: number;
  highest: number;
}

export interface TeamSummary {
  /** The respondents counted, as they wrote their names ('' for someone who gave none). */
  respondents: string[];
  principles: PrincipleSpread[];
  brightness: number;
  weakest: PrincipleId[];
}

/** Names compared as people would: case and spacing ignored. */
export function respondentKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Each respondent's most recent assessment (the later one in the list wins a tie), in order of first appearance. */
export function latestByRespondent(history: readonly Assessment[]): Assessment[] {
  const latest = new Map<string, Assessment>();
  for (const assessment of history) {
    const key = respondentKey(assessment.respondent);
    const previous = latest.get(key);
    if (!previous || assessment.takenAt >= previous.takenAt) latest.set(key, assessment);
  }
  return [...latest.values()];
}

/** The team's statistics; null until at least two different people have assessed. */
export function teamSummary(history: readonly Assessment[]): TeamSummary | null {
  const members = latestByRespondent(history);
  if (members.length < 2) return null;
  const principles = PRINCIPLES.map((p) => {
    const scores = members.map((m) => m.scores.find((s) => s.principle === p.id)?.score ?? 0);
    return {
      principle: p.id,
      average: roundTo(scores.reduce((sum, s) => sum + s, 0) / scores.length, 2),
      lowest: Math.min(...scores),
      highest: Math.max(...scores),
    };
  });
  const exactAverages = PRINCIPLES.map(
    (p) =>
      members.reduce((sum, m) => sum + (m.scores.find((s) => s.principle === p.id)?.score ?? 0), 0) /
      members.length,
  );
  return {
    respondents: members.map((m) => m.respondent),
    principles,
    brightness: roundTo(brightnessOf(exactAverages), 2),
    weakest: weakestPrinciples(principles.map((s) => ({ principle: s.principle, score: s.average }))),
  };
}

/** The same respondent's assessment before this one, for drawing where they were; null if none. */
export function previousAssessment(history: readonly Assessment[], current: Assessment): Assessment | null {
  const key = respondentKey(current.respondent);
  const earlier = history.filter(
    (a) => a !== current && respondentKey(a.respondent) === key && a.takenAt <= current.takenAt,
  );
  return earlier.length > 0 ? earlier[earlier.length - 1] : null;
}

/** The most recent assessment by its date (a later row wins a tie), whatever order the rows were sorted into. */
export function latestAssessment(history: readonly Assessment[]): Assessment | null {
  let latest: Assessment | null = null;
  for (const assessment of history) if (!latest || assessment.takenAt >= latest.takenAt) latest = assessment;
  return latest;
}
