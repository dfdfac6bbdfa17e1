// Correcting course: for each weak principle, the easiest examples that show it, with the note saying how.

import { type ActionType, effortRank } from '../action-types';
import type { Example } from '../model';
import { type PrincipleId, principleById } from '../principles';

export interface RecommendedExample {
  id: string;
  name: string;
  council: string;
  type: ActionType | '';
  /** How this example shows the principle, from its principle column. */
  note: string;
  sheet: string;
  row: number;
}

export interface Recommendation {
  principle: PrincipleId;
  principleName: string;
  examples: RecommendedExample[];
}

export const EXAMPLES_PER_PRINCIPLE = 3;

/** The example's No. as a number for ordering; examples without one go last. */
function numberOf(example: Example): number {
  const n = Number(example.id);
  return example.id.trim() !== '' && Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
}

/** Every example that shows a principle, easiest first (Tweak, Tactic, Project, Strategy), then by No. */
export function examplesShowing(examples: readonly Example[], principle: PrincipleId): RecommendedExample[] {
  return examples
    .filter((e) => e.notes.some((n) => n.principle === principle))
    .sort((a, b) => effortRank(a.type) - effortRank(b.type) || numberOf(a) - numberOf(b))
    .map((e) => ({
      id: e.id,
      name: e.name,
      council: e.council,
      type: e.type,
      note: e.notes.find((n) => n.principle === principle)?.text ?? '',
      sheet: e.sheet,
      row: e.row,
    }));
}

/** For each weakest principle, in the order given, up to three examples showing it. */
export function recommendations(
  examples: readonly Example[],
  weakest: readonly PrincipleId[],
  perPrinciple = EXAMPLES_PER_PRINCIPLE,
): Recommendation[] {
  return weakest.map((principle) => ({
    principle,
    principleName: principleById(principle).name,
    examples: examplesShowing(examples, principle).slice(0, perPrinciple),
  }));
}
