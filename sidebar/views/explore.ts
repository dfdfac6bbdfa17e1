// The Explore view: finding examples by principle, type, council and words, and showing them in the sheet.

import { councilNames, filterWithCounts, isEmptyQuery, searchWords, wordIndex } from '../../src/core/filter';
import type { Catalogue, Example, Query } from '../../src/core/model';
import { type App, announce } from '../app';
import { h, nextId, replaceChildren } from '../dom';
import { plural } from '../words';
import { buildChips } from './explore/chips';
import { buildFacets } from './explore/facets';
import { buildNoTable } from './explore/no-table';
import { rememberQueries } from './explore/remember';
import { buildResults } from './explore/results';
import { buildSheetActions } from './explore/sheet-actions';

/** The count sentence, read out politely after each change. */
export function countSentence(matching: number, total: number, query: Query): string {
  if (isEmptyQuery(query)) return `All ${plural(total, 'example')}`;
  if (matching === 0) return 'No examples match';
  return `${matching} ${matching === 1 ? 'example matches' : 'examples match'}`;
}

function sameExamples(a: readonly Example[], b: readonly Example[]): boolean {
  return a.length === b.length && a.every((e, i) => e === b[i]);
}

/** The view for a catalogue with a table: built once, then updated in place on every change. */
function buildExplorer(app: App) {
  const change = (update: (query: Query) => Query) => app.setQuery(update(app.query));
  const searchId = nextId('explore-search');
  const search = h('input', {
    class: 'input',
    type: 'search',
    id: searchId,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${searchId}-hint`,
    oninput: () => change((q) => ({ ...q, text: search.value })),
  });
  const makeFacets = () => buildFacets(app.catalogue, councilNames(app.catalogue.examples), change);
  let facets = makeFacets();
  const chips = buildChips(change, () => search.focus());
  const count = h('p', {
    class: 'explore-count',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
  });
  const sheet = buildSheetActions(() => app.query);
  const results = buildResults(
    () => app.query.text ?? '',
    (example) => sheet.showInSheet(example),
  );
  const element = h(
    'div',
    {},
    h(
      'div',
      { class: 'explore-search' },
      h('label', { class: 'label', for: searchId }, 'Search the examples'),
      h('div', { class: 'hint', id: `${searchId}-hint` }, 'Words in the name, council, description or notes'),
      search,
    ),
    facets.element,
    chips.element,
    count,
    sheet.element,
    h('h2', { class: 'visually-hidden' }, 'Matching examples'),
    results.element,
  );
  let shown: readonly Example[] = [];
  let shownWords = '';
  const update = () => {
    const { query } = app;
    const { examples: matching, counts } = filterWithCounts(app.index, query);
    if (search.value !== (query.text ?? '')) search.value = query.text ?? '';
    facets.update(query, counts);
    chips.update(query);
    const sentence = countSentence(counts.total, app.catalogue.examples.length, query);
    if (count.textContent !== sentence) count.textContent = sentence;
    sheet.update(query, counts.total);
    // Results are redrawn only when the matches or the words change (each card says where the words
    // matched), so "Show more" pages survive unrelated updates.
    const words = searchWords(query.text).join(' ');
    if (!sameExamples(matching, shown) || words !== shownWords) {
      shown = matching;
      shownWords = words;
      results.show(matching);
    }
  };
  /**
   * The examples were read again: new councils and counts, the results redrawn, and the rest (the search
   * box, the person's place in the facets) left as it was, so a check that lands while the person types
   * takes nothing from them.
   */
  const replaceCatalogue = () => {
    const old = facets;
    facets = makeFacets();
    keepFacetState(old.element, facets.element);
    shown = [];
    update();
  };
  return { element, update, replaceCatalogue };
}

/** Carries open facets and the focused option (found by its facet and value) from the old facets to the new. */
function keepFacetState(old: HTMLElement, next: HTMLElement): void {
  const focused = document.activeElement;
  const oldDetails = [...old.querySelectorAll('details')];
  const nextDetails = [...next.querySelectorAll('details')];
  oldDetails.forEach((d, i) => {
    if (nextDetails[i]) nextDetails[i].open = d.open;
  });
  old.replaceWith(next);
  if (!(focused instanceof HTMLInputElement) || !old.contains(focused)) return;
  const at = oldDetails.findIndex((d) => d.contains(focused));
  const same = [...(nextDetails[at]?.querySelectorAll('input') ?? [])].find(
    (input) => input.type === focused.type && input.value === focused.value,
  );
  same?.focus();
}

/**
 * Builds the search's word index while the sidebar opens, rather than on the first key pressed: opening
 * 10,000 examples takes a little longer, and no keystroke ever waits.
 */
function prepareSearch(app: App): void {
  wordIndex(app.index);
}

export function mountExplore(root: HTMLElement, app: App): void {
  const title = h('h1', { id: 'explore-title', class: 'title' }, 'Explore the examples');
  const added = h('p', { class: 'notice notice--success explore-success', hidden: true });
  const remember = rememberQueries(app.query);
  let catalogue: Catalogue | null = null;
  let explorer: ReturnType<typeof buildExplorer> | null = null;
  const render = () => {
    if (app.catalogue !== catalogue && explorer && app.catalogue.table) {
      catalogue = app.catalogue;
      prepareSearch(app);
      explorer.replaceCatalogue();
    } else if (app.catalogue !== catalogue) {
      catalogue = app.catalogue;
      prepareSearch(app);
      explorer = catalogue.table ? buildExplorer(app) : null;
      const body =
        explorer?.element ??
        buildNoTable((result) => {
          added.textContent = result.message;
          added.hidden = false;
          app.setCatalogue(result.catalogue);
          announce(result.message);
          title.focus();
        });
      replaceChildren(root, title, added, body);
    }
    explorer?.update();
    remember(app.query);
  };
  title.tabIndex = -1;
  app.onChange(render);
  render();
}
