// Which examples match a query, and how many would match each facet option: one rule for sidebar and server.

import type { ActionType } from './action-types';
import type { Example, Query } from './model';
import type { PrincipleId } from './principles';
import { foldForMatch } from './text';

/** The words a search asks for, folded like the text they are looked for in. */
export function searchWords(text: string | undefined): string[] {
  return foldForMatch(text ?? '')
    .split(' ')
    .filter((w) => w !== '');
}

/** Name, council, description and notes, folded once, so each keystroke only compares strings. */
export function searchText(example: Example): string {
  const parts = [example.name, example.council, example.description, ...example.notes.map((n) => n.text)];
  return ` ${foldForMatch(parts.join(' '))} `;
}

/** An index of examples for filtering many times: the folded text is computed once per example. */
export interface ExampleIndex {
  examples: readonly Example[];
  texts: readonly string[];
}

export function indexExamples(examples: readonly Example[]): ExampleIndex {
  return { examples, texts: examples.map(searchText) };
}

function matchesPrinciples(
  example: Example,
  principles: readonly PrincipleId[] | undefined,
  match: Query['match'],
) {
  if (!principles || principles.length === 0) return true;
  const shown = new Set(example.notes.map((n) => n.principle));
  return match === 'all' ? principles.every((p) => shown.has(p)) : principles.some((p) => shown.has(p));
}

function matchesOne<T>(value: T, wanted: readonly T[] | undefined): boolean {
  return !wanted || wanted.length === 0 || wanted.includes(value);
}

/** Every word must appear, at the start of a word in the text (so "tweak" finds "tweaks", not "untweaked"). */
function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((w) => text.includes(` ${w}`));
}

/** The examples that match a query: OR within a facet, AND across facets. */
export function filterExamples(examples: readonly Example[] | ExampleIndex, query: Query): Example[] {
  const index = Array.isArray(examples)
    ? indexExamples(examples as readonly Example[])
    : (examples as ExampleIndex);
  const words = searchWords(query.text);
  return index.examples.filter(
    (e, i) =>
      matchesPrinciples(e, query.principles, query.match) &&
      matchesOne(e.type, query.types as readonly (ActionType | '')[] | undefined) &&
      matchesOne(e.council, query.councils) &&
      matchesWords(index.texts[i], words),
  );
}

export interface FacetCounts {
  principles: Record<PrincipleId, number>;
  types: Record<ActionType, number>;
  councils: Record<string, number>;
  total: number;
}

/**
 * How many examples each option stands for, the other facets' choices kept (the usual faceted-search
 * count, so an option showing 0 really leads nowhere). With "all of these", a principle's count is what
 * ticking it too would leave.
 */
export function facetCounts(index: ExampleIndex, query: Query): FacetCounts {
  const withoutPrinciples = filterExamples(index, { ...query, principles: [] });
  const withoutTypes = filterExamples(index, { ...query, types: [] });
  const withoutCouncils = filterExamples(index, { ...query, councils: [] });
  const chosen = query.principles ?? [];
  const principles = {} as Record<PrincipleId, number>;
  for (let p = 1 as PrincipleId; p <= 9; p = (p + 1) as PrincipleId) {
    const ticked = query.match === 'all' ? [...chosen, p] : [p];
    principles[p] = withoutPrinciples.filter((e) => matchesPrinciples(e, ticked, 'all')).length;
  }
  const types = { Tweak: 0, Tactic: 0, Project: 0, Strategy: 0 } as Record<ActionType, number>;
  for (const e of withoutTypes) if (e.type !== '') types[e.type]++;
  const councils: Record<string, number> = {};
  for (const e of withoutCouncils) councils[e.council] = (councils[e.council] ?? 0) + 1;
  return { principles, types, councils, total: filterExamples(index, query).length };
}

/** A query with nothing chosen matches every example. */
export function isEmptyQuery(query: Query): boolean {
  return (
    !query.principles?.length &&
    !query.types?.length &&
    !query.councils?.length &&
    searchWords(query.text).length === 0
  );
}
