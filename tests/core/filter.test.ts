import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionType } from '../../src/core/action-types';
import {
  councilNames,
  facetCounts,
  filterExamples,
  indexExamples,
  isEmptyQuery,
  matchPlaces,
  matchSentence,
  normaliseQuery,
  queryKey,
  searchText,
  wordIndex,
} from '../../src/core/filter';
import type { Example, Query } from '../../src/core/model';
import type { PrincipleId } from '../../src/core/principles';
import { readCatalogue } from '../../src/core/read-workbook';
import { foldForMatch } from '../../src/core/text';
import { seedWorkbook } from './seed';
import { seedRows } from './seed-rows';

const examples = readCatalogue(seedWorkbook()).examples;
const index = indexExamples(examples);
const rows = seedRows();
const ids = (list: Example[]) => list.map((e) => e.id);

describe('filtering the seed examples', () => {
  it('reads 53 rows from the text by the test’s own route, so the expectations below mean something', () => {
    expect(rows).toHaveLength(53);
  });

  it('principle 3 "Develop the Covid social infrastructure" and type Tweak give exactly the seed’s matching examples (none)', () => {
    const expected = rows
      .filter((r) => r.principles.has(3) && r.type.toLowerCase() === 'tweak')
      .map((r) => r.id);
    expect(ids(filterExamples(index, { principles: [3], types: ['Tweak'] }))).toEqual(expected);
  });

  it('principle 3 and type Tactic give exactly the seed’s matching examples', () => {
    const expected = rows
      .filter((r) => r.principles.has(3) && r.type.toLowerCase() === 'tactic')
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(filterExamples(index, { principles: [3], types: ['Tactic'] }))).toEqual(expected);
  });

  it('"any of these" on two principles gives the examples that show either', () => {
    const expected = rows.filter((r) => r.principles.has(1) || r.principles.has(7)).map((r) => r.id);
    expect(ids(filterExamples(index, { principles: [1, 7], match: 'any' }))).toEqual(expected);
  });

  it('"all of these" on two principles gives only the examples that show both', () => {
    const expected = rows.filter((r) => r.principles.has(1) && r.principles.has(7)).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(filterExamples(index, { principles: [1, 7], match: 'all' }))).toEqual(expected);
  });

  it('several types are OR: Tweak or Tactic', () => {
    const expected = rows.filter((r) => ['tweak', 'tactic'].includes(r.type.toLowerCase())).map((r) => r.id);
    expect(ids(filterExamples(index, { types: ['Tweak', 'Tactic'] }))).toEqual(expected);
  });

  it('a council choice keeps only that council’s examples', () => {
    expect(ids(filterExamples(index, { councils: ['Kirklees'] }))).toEqual(
      rows.filter((r) => r.council === 'Kirklees').map((r) => r.id),
    );
  });

  it('an empty query matches every example, in sheet order', () => {
    expect(ids(filterExamples(index, {}))).toEqual(rows.map((r) => r.id));
  });

  it('a plain array of examples filters the same as an index', () => {
    expect(filterExamples(examples, { principles: [2], text: 'community' })).toEqual(
      filterExamples(index, { principles: [2], text: 'community' }),
    );
  });
});

function example(id: string, fields: Partial<Example>): Example {
  return {
    id,
    name: '',
    council: '',
    description: '',
    type: 'Tweak',
    notes: [],
    links: [],
    sheet: 'Examples',
    row: Number(id) + 1,
    ...fields,
  };
}

describe('free-text search', () => {
  const cafe = example('1', { name: 'Café Réunion', council: 'Brent', description: 'A weekly drop-in.' });
  const noted = example('2', {
    name: 'Street parties',
    notes: [{ principle: 1, text: 'Fewer FORMS to fill in.' }],
  });
  const untweaked = example('3', { name: 'Untweaked rules' });

  it('ignores case and accents both ways', () => {
    expect(ids(filterExamples([cafe], { text: 'CAFE reunion' }))).toEqual(['1']);
    expect(ids(filterExamples([example('9', { name: 'Cafe' })], { text: 'café' }))).toEqual(['9']);
  });

  it('needs every word, wherever it appears: name, council, description or notes', () => {
    expect(ids(filterExamples([cafe, noted], { text: 'brent drop' }))).toEqual(['1']);
    expect(ids(filterExamples([cafe, noted], { text: 'brent forms' }))).toEqual([]);
    expect(ids(filterExamples([cafe, noted], { text: 'forms' }))).toEqual(['2']);
  });

  it('matches words from their start, so "tweak" finds "tweaks" but not "untweaked"', () => {
    expect(ids(filterExamples([untweaked, example('4', { name: 'Tweaks' })], { text: 'tweak' }))).toEqual([
      '4',
    ]);
  });

  it('treats punctuation and extra spaces as nothing', () => {
    expect(ids(filterExamples([cafe], { text: '  "drop-in"  ' }))).toEqual(['1']);
  });

  it('finds the seed’s Kirklees Democracy Commission by two words in any order', () => {
    expect(ids(filterExamples(index, { text: 'commission KIRKLEES democracy' }))).toContain('1');
  });
});

describe('the word index', () => {
  it('lists each example once under each of its words, in order', () => {
    const words = wordIndex(index);
    const at = words.vocabulary.indexOf('kirklees');
    expect(words.postings[at]).toEqual(
      examples.flatMap((e, i) => (searchText(e).includes(' kirklees ') ? [i] : [])),
    );
  });
});

describe('facet counts', () => {
  it('with nothing chosen, count the seed’s types: Project 20, Strategy 14, Tactic 13, Tweak 6', () => {
    expect(facetCounts(index, {}).types).toEqual({ Tweak: 6, Tactic: 13, Project: 20, Strategy: 14 });
  });

  it('with nothing chosen, count each principle as the text’s principle columns do', () => {
    const counts = facetCounts(index, {}).principles;
    for (let p = 1; p <= 9; p++) expect(counts[p as 1]).toBe(rows.filter((r) => r.principles.has(p)).length);
  });

  it('keep the other facets’ choices: principle 3’s count under type Tweak is what ticking it would give', () => {
    const counts = facetCounts(index, { types: ['Tweak'] });
    expect(counts.principles[3]).toBe(filterExamples(index, { types: ['Tweak'], principles: [3] }).length);
  });

  it('do not narrow a facet by its own choices: Tactic still counts while Tweak is chosen', () => {
    const counts = facetCounts(index, { types: ['Tweak'] });
    expect(counts.types.Tactic).toBe(13);
  });

  it('with "all of these", a principle counts what ticking it too would leave', () => {
    const query = { principles: [1 as const], match: 'all' as const };
    const counts = facetCounts(index, query);
    expect(counts.principles[9]).toBe(filterExamples(index, { principles: [1, 9], match: 'all' }).length);
    expect(counts.principles[1]).toBe(filterExamples(index, query).length);
  });

  it('count councils under the other choices, and give the total that the filter gives', () => {
    const query = { types: ['Tweak' as const], text: 'council' };
    const counts = facetCounts(index, query);
    expect(counts.total).toBe(filterExamples(index, query).length);
    const councilsSum = Object.values(counts.councils).reduce((a, b) => a + b, 0);
    expect(councilsSum).toBe(counts.total);
  });

  it('gives 0 for an option that leads nowhere', () => {
    expect(facetCounts(index, { text: 'kirklees democracy commission' }).types.Tweak).toBe(
      filterExamples(index, { text: 'kirklees democracy commission', types: ['Tweak'] }).length,
    );
    expect(facetCounts(index, { text: 'zzzz' }).principles[5]).toBe(0);
  });
});

describe('queries from outside', () => {
  it('normalising drops unknown principles and types, duplicates and blank text, and defaults to "any"', () => {
    expect(
      normaliseQuery({
        principles: [3, 3, 12, '4'],
        types: ['Tweak', 'Nonsense'],
        councils: [7, 'Leeds'],
        text: '  ',
      }),
    ).toEqual({ match: 'any', principles: [3], types: ['Tweak'], councils: ['Leeds'] });
  });

  it('normalising something that is not a query gives the empty query', () => {
    expect(normaliseQuery('junk')).toEqual({ match: 'any' });
    expect(isEmptyQuery(normaliseQuery(null))).toBe(true);
  });

  it('two queries that choose the same way have the same key, whatever the order or spacing', () => {
    expect(queryKey({ principles: [3, 1], text: 'Café  hub' })).toBe(
      queryKey({ principles: [1, 3], text: 'cafe hub', match: 'any' }),
    );
    expect(queryKey({ principles: [1, 3], match: 'all' })).not.toBe(queryKey({ principles: [1, 3] }));
  });

  it('lists each council once, alphabetically', () => {
    const names = councilNames(examples);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Kirklees');
    expect([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))).toEqual(names);
  });
});

describe('the word index agrees with reading every text', () => {
  /** The rule said plainly: every word at the start of a word of the folded text; facets as sets. */
  function naive(list: readonly Example[], query: Query): string[] {
    const words = (query.text ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '');
    return list
      .filter((e) => {
        const text = ` ${foldForMatch([e.name, e.council, e.description, ...e.notes.map((n) => n.text)].join(' '))} `;
        const shown = e.notes.map((n) => n.principle);
        const principles = query.principles ?? [];
        const principleOk =
          principles.length === 0 ||
          (query.match === 'all'
            ? principles.every((p) => shown.includes(p))
            : principles.some((p) => shown.includes(p)));
        return (
          principleOk &&
          (!query.types?.length || query.types.includes(e.type as ActionType)) &&
          (!query.councils?.length || query.councils.includes(e.council)) &&
          words.every((w) => text.includes(` ${w}`))
        );
      })
      .map((e) => e.id);
  }

  it('for any words taken from the seed, cut short or not, and any principles, types and councils', () => {
    const vocabulary = [
      ...new Set(examples.flatMap((e) => foldForMatch(`${e.name} ${e.description}`).split(' '))),
    ];
    const word = fc.oneof(
      fc
        .constantFrom(...vocabulary)
        .chain((w) => fc.integer({ min: 1, max: w.length }).map((n) => w.slice(0, n))),
      fc.string({ maxLength: 4 }),
    );
    const query = fc.record({
      principles: fc.subarray([1, 2, 3, 4, 5, 6, 7, 8, 9] as PrincipleId[]),
      match: fc.constantFrom('any' as const, 'all' as const),
      types: fc.subarray(['Tweak', 'Tactic', 'Project', 'Strategy'] as ActionType[]),
      councils: fc.subarray(councilNames(examples).slice(0, 12)),
      text: fc.array(word, { maxLength: 3 }).map((ws) => ws.join(' ')),
    });
    fc.assert(
      fc.property(query, (q) => {
        expect(ids(filterExamples(index, q))).toEqual(naive(examples, q));
      }),
      { numRuns: 300 },
    );
  });
});

describe('saying where a search matched', () => {
  const byId = (id: string) => examples.find((e) => e.id === id) as Example;

  it('explains that "wigan" finds Cambridgeshire’s Think Communities through its description', () => {
    const think = byId('5');
    expect(think.council).toBe('Cambridgeshire');
    expect(ids(filterExamples(index, { text: 'wigan' }))).toContain('5');
    expect(matchSentence(matchPlaces(think, 'wigan'))).toBe('Matched in: description');
  });

  it('names the council when the words are the council', () => {
    expect(matchPlaces(byId('34'), 'wigan')).toContainEqual({ field: 'council' });
  });

  it('names the principle whose note holds the words', () => {
    const made: Example = {
      ...byId('5'),
      name: 'A',
      council: 'B',
      description: 'C',
      notes: [
        { principle: 2, text: 'nothing here' },
        { principle: 4, text: 'Open budgets, as in Wigan' },
      ],
    };
    expect(matchSentence(matchPlaces(made, 'wig'))).toBe('Matched in: notes on principle 4');
  });

  it('matches words at their start only, like the search', () => {
    const made: Example = { ...byId('5'), name: 'untweaked', council: '', description: '', notes: [] };
    expect(matchPlaces(made, 'tweak')).toEqual([]);
  });

  it('says nothing without search words', () => {
    expect(matchPlaces(byId('5'), '  ')).toEqual([]);
    expect(matchSentence([])).toBe('');
  });
});
