// Which examples match a query, and how many would match each facet option: one rule for sidebar and server.

import { ACTION_TYPE_NAMES, type ActionType } from './action-types';
import type { Example, Query } from './model';
import { isPrincipleId, type PrincipleId } from './principles';
import { foldForMatch } from './text';

/** The words a search asks for, folded like the text they are looked for in. */
export function searchWords(text: string | undefined): string[] {
  return foldForMatch(text ?? '')
    .split(' ')
    .filter((w) => w !== '');
}

/** Name, council, description and notes, folded once, so each search only compares words. */
export function searchText(example: Example): string {
  const parts = [example.name, example.council, example.description, ...example.notes.map((n) => n.text)];
  return ` ${foldForMatch(parts.join(' '))} `;
}

/**
 * An index of examples for filtering many times: the principles each shows as bits, types and councils
 * as numbers, and (made on first search, see wordIndex) every distinct word with the examples that use
 * it, so a keystroke on 10,000 examples looks words up instead of reading every text.
 */
export interface ExampleIndex {
  examples: readonly Example[];
  /** searchText of each example (made with the word index, on first use). */
  readonly texts: readonly string[];
  /** Bit (p - 1) is set when the example has a note for principle p. */
  principleMasks: readonly number[];
  /** Each example's type as its position in ACTION_TYPE_NAMES (4 when it names none). */
  typeIds: Uint8Array;
  /** Each example's council as its position in `councils`. */
  councilIds: Uint32Array;
  /** Every council named, blank included, in order of first use. */
  councils: readonly string[];
}

export function indexExamples(examples: readonly Example[]): ExampleIndex {
  const councilAt = new Map<string, number>();
  const councilIds = Uint32Array.from(examples, (e) => {
    const known = councilAt.get(e.council);
    if (known !== undefined) return known;
    councilAt.set(e.council, councilAt.size);
    return councilAt.size - 1;
  });
  return {
    examples,
    get texts() {
      return wordIndex(this).texts;
    },
    principleMasks: examples.map((e) => maskOf(e.notes.map((n) => n.principle))),
    typeIds: Uint8Array.from(examples, (e) => typeId(e.type)),
    councilIds,
    councils: [...councilAt.keys()],
  };
}

/** Every distinct word of the examples' texts, sorted so the words starting with a prefix sit together. */
export interface WordIndex {
  texts: readonly string[];
  vocabulary: readonly string[];
  /** postings[i]: the positions of the examples whose text has vocabulary[i], in order. */
  postings: readonly (readonly number[])[];
}

// Keyed by the index, so the words go when the index goes.
const wordIndexes = new WeakMap<ExampleIndex, WordIndex>();

function buildWordIndex(examples: readonly Example[]): WordIndex {
  const texts = examples.map(searchText);
  const byWord = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const word of text.split(' ')) {
      if (word === '') continue;
      const list = byWord.get(word);
      if (!list) byWord.set(word, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const vocabulary = [...byWord.keys()].sort();
  return { texts, vocabulary, postings: vocabulary.map((w) => byWord.get(w) as number[]) };
}

/**
 * The index's words, built now if they are not yet: a query without words never needs them (so the
 * server's "Show only these in the sheet" skips reading every text), and the sidebar builds them as it opens.
 */
export function wordIndex(index: ExampleIndex): WordIndex {
  let words = wordIndexes.get(index);
  if (!words) {
    words = buildWordIndex(index.examples);
    wordIndexes.set(index, words);
  }
  return words;
}

const NO_TYPE = ACTION_TYPE_NAMES.length;

function typeId(type: string): number {
  const at = ACTION_TYPE_NAMES.indexOf(type as ActionType);
  return at === -1 ? NO_TYPE : at;
}

function maskOf(principles: readonly PrincipleId[] | undefined): number {
  let mask = 0;
  for (const p of principles ?? []) mask |= 1 << (p - 1);
  return mask;
}

function asIndex(examples: readonly Example[] | ExampleIndex): ExampleIndex {
  return Array.isArray(examples) ? indexExamples(examples as readonly Example[]) : (examples as ExampleIndex);
}

/** A query turned into what each example is tested against, once per call rather than once per example. */
interface CompiledQuery {
  principles: number;
  all: boolean;
  /** Bit t set for each chosen type (0 = any type). */
  types: number;
  /** 1 for each chosen council of the index, or null when no council is chosen. */
  councils: Uint8Array | null;
  words: readonly string[];
}

function compile(query: Query, index: ExampleIndex): CompiledQuery {
  let types = 0;
  for (const t of query.types ?? []) if (typeId(t) !== NO_TYPE) types |= 1 << typeId(t);
  // A chosen type that no example can have still narrows the list (to nothing).
  if (query.types?.length && types === 0) types = 1 << (NO_TYPE + 1);
  let councils: Uint8Array | null = null;
  if (query.councils?.length) {
    const wanted = new Set(query.councils);
    councils = Uint8Array.from(index.councils, (c) => (wanted.has(c) ? 1 : 0));
  }
  return {
    principles: maskOf(query.principles),
    all: query.match === 'all',
    types,
    councils,
    words: searchWords(query.text),
  };
}

function principlesMatch(mask: number, wanted: number, all: boolean): boolean {
  if (wanted === 0) return true;
  return all ? (mask & wanted) === wanted : (mask & wanted) !== 0;
}

/** The first position in the sorted vocabulary not before `word`. */
function lowerBound(vocabulary: readonly string[], word: string): number {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (vocabulary[mid] < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The last few text searches on each index, so ticking a facet does not search the words again, and
 * views filtering by other words (saved views, export) do not push out the search being typed.
 */
const recentSearches = new WeakMap<ExampleIndex, { key: string; matches: Uint8Array }[]>();
const REMEMBERED_SEARCHES = 4;

/**
 * 1 where an example's text has every word at the start of one of its words (so "tweak" finds
 * "tweaks", not "untweaked"). Each word's prefix range in the vocabulary raises the examples that had
 * all the words before it, so the work follows the matches, not the length of the texts.
 */
function textMatches(index: ExampleIndex, words: readonly string[]): Uint8Array {
  const key = words.join(' ');
  const recent = recentSearches.get(index) ?? [];
  const found = recent.find((r) => r.key === key);
  if (found) return found.matches;
  const n = index.examples.length;
  const reached = new Uint16Array(n);
  // No words: every example matches, and the word index is not needed yet.
  const { vocabulary, postings } = words.length ? wordIndex(index) : { vocabulary: [], postings: [] };
  words.forEach((word, k) => {
    for (let j = lowerBound(vocabulary, word); j < vocabulary.length; j++) {
      if (!vocabulary[j].startsWith(word)) break;
      for (const i of postings[j]) if (reached[i] === k) reached[i] = k + 1;
    }
  });
  const matches = new Uint8Array(n);
  for (let i = 0; i < n; i++) matches[i] = reached[i] === words.length ? 1 : 0;
  recentSearches.set(index, [{ key, matches }, ...recent].slice(0, REMEMBERED_SEARCHES));
  return matches;
}

/** The examples that match a query: OR within a facet, AND across facets. */
export function filterExamples(examples: readonly Example[] | ExampleIndex, query: Query): Example[] {
  return filterWithCounts(asIndex(examples), query).examples;
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
  return filterWithCounts(index, query).counts;
}

/** The matching examples and the facet counts together, in one pass over the index: what a keystroke needs. */
export function filterWithCounts(
  index: ExampleIndex,
  query: Query,
): { examples: Example[]; counts: FacetCounts } {
  const q = compile(query, index);
  const text = textMatches(index, q.words);
  const byPrinciple = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  const byType = new Uint32Array(NO_TYPE + 1);
  const byCouncil = new Uint32Array(index.councils.length);
  const examples: Example[] = [];
  const n = index.examples.length;
  for (let i = 0; i < n; i++) {
    if (text[i] === 0) continue;
    const mask = index.principleMasks[i];
    const type = index.typeIds[i];
    const council = index.councilIds[i];
    const principleOk = principlesMatch(mask, q.principles, q.all);
    const typeOk = q.types === 0 || (q.types & (1 << type)) !== 0;
    const councilOk = q.councils === null || q.councils[council] === 1;
    if (typeOk && councilOk) countPrinciples(byPrinciple, mask, q);
    if (principleOk && councilOk) byType[type]++;
    if (principleOk && typeOk) byCouncil[council]++;
    if (principleOk && typeOk && councilOk) examples.push(index.examples[i]);
  }
  const principles = {} as Record<PrincipleId, number>;
  byPrinciple.forEach((count, i) => {
    principles[(i + 1) as PrincipleId] = count;
  });
  const types = {} as Record<ActionType, number>;
  ACTION_TYPE_NAMES.forEach((t, i) => {
    types[t] = byType[i];
  });
  const councils: Record<string, number> = {};
  index.councils.forEach((c, i) => {
    if (byCouncil[i] > 0) councils[c] = byCouncil[i];
  });
  return { examples, counts: { principles, types, councils, total: examples.length } };
}

/** Adds an example to the count of each principle that, ticked, would keep it. */
function countPrinciples(counts: number[], mask: number, q: CompiledQuery): void {
  if (q.all && (mask & q.principles) !== q.principles) return;
  for (let p = 0; p < 9; p++) if (mask & (1 << p)) counts[p]++;
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

/**
 * A query read from anywhere (saved state, another view, JSON from the server) made safe to use:
 * unknown principles and types dropped, duplicates removed, lists in a stable order, "any" by default.
 */
export function normaliseQuery(value: unknown): Query {
  const raw = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const principles = [...new Set(list(raw.principles).filter(isPrincipleId))].sort((a, b) => a - b);
  const types = ACTION_TYPE_NAMES.filter((t) => list(raw.types).includes(t));
  const councils = [...new Set(list(raw.councils).filter((c): c is string => typeof c === 'string'))];
  const query: Query = { match: raw.match === 'all' ? 'all' : 'any' };
  if (principles.length) query.principles = principles;
  if (types.length) query.types = types;
  if (councils.length) query.councils = councils;
  if (typeof raw.text === 'string' && raw.text.trim() !== '') query.text = raw.text;
  return query;
}

/** Two queries that choose the same examples the same way have the same key. */
export function queryKey(query: Query): string {
  const q = normaliseQuery(query);
  return JSON.stringify([
    q.match,
    q.principles,
    q.types,
    [...(q.councils ?? [])].sort(),
    searchWords(q.text),
  ]);
}

/** The councils the examples name, each once, in alphabetical order (blank ones left out). */
export function councilNames(examples: readonly Example[]): string[] {
  const names = new Set(examples.map((e) => e.council).filter((c) => c.trim() !== ''));
  return [...names].sort((a, b) => foldForMatch(a).localeCompare(foldForMatch(b)));
}

/** Where a search's words were found in one example: a field, or the note on one principle. */
export type MatchPlace =
  | { field: 'name' | 'council' | 'description' }
  | { field: 'notes'; principle: PrincipleId };

/** Whether a text has a word starting with one of the words: the same rule the search itself uses. */
function hasWordStart(text: string, words: readonly string[]): boolean {
  const own = ` ${foldForMatch(text)}`;
  return words.some((w) => own.includes(` ${w}`));
}

/**
 * Where the search's words appear in an example, in the order a card shows them, so a match in a note
 * (a neighbouring council named there, say) is explained rather than puzzling. Empty without words.
 */
export function matchPlaces(example: Example, text: string | undefined): MatchPlace[] {
  const words = searchWords(text);
  if (words.length === 0) return [];
  const places: MatchPlace[] = [];
  for (const field of ['name', 'council', 'description'] as const)
    if (hasWordStart(example[field], words)) places.push({ field });
  for (const note of example.notes)
    if (hasWordStart(note.text, words)) places.push({ field: 'notes', principle: note.principle });
  return places;
}

/** "Matched in: name, notes on principle 4": where the words were found, in a person's words. */
export function matchSentence(places: readonly MatchPlace[]): string {
  if (places.length === 0) return '';
  const names = places.map((p) => (p.field === 'notes' ? `notes on principle ${p.principle}` : p.field));
  return `Matched in: ${names.join(', ')}`;
}
