// The matching examples as cards: the first few at once, more on request, so 10,000 never freeze the page.

import { matchPlaces, matchSentence } from '../../../src/core/filter';
import type { Example } from '../../../src/core/model';
import { principleLabel } from '../../../src/core/principles';
import { button, visuallyHidden as hidden } from '../../components/fields';
import { h, paragraphs, replaceChildren, safeUrl } from '../../dom';

/** Cards drawn at once, and added by each "Show more". */
export const PAGE_SIZE = 25;

export interface ResultsView {
  element: HTMLElement;
  /** Draws the first page of a new list of matches. */
  show(examples: readonly Example[]): void;
}

function links(example: Example): HTMLElement | null {
  const safe = example.links
    .map((link) => ({ text: link.text || link.url, url: safeUrl(link.url) }))
    .filter((link): link is { text: string; url: string } => link.url !== null);
  if (safe.length === 0) return null;
  return h(
    'div',
    {},
    h('h4', { class: 'explore-card__subheading' }, 'Links'),
    h(
      'ul',
      { class: 'explore-card__links' },
      safe.map((link) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: link.url, target: '_blank', rel: 'noopener noreferrer' },
            link.text,
            hidden(' (opens in a new tab)'),
          ),
        ),
      ),
    ),
  );
}

/** What "Read more" opens: the description in paragraphs, each principle's note, and the links. */
function details(example: Example): HTMLElement {
  const description = example.description.trim()
    ? paragraphs(example.description)
    : [h('p', {}, 'No description yet.')];
  return h(
    'div',
    { class: 'explore-card__body' },
    h('h4', { class: 'explore-card__subheading' }, 'What the council did'),
    description,
    example.notes.length
      ? h('h4', { class: 'explore-card__subheading' }, 'How it shows the principles')
      : null,
    example.notes.map((note) =>
      h(
        'div',
        {},
        h('p', { class: 'explore-card__note-title' }, principleLabel(note.principle)),
        paragraphs(note.text),
      ),
    ),
    links(example),
  );
}

/**
 * "Read more", its content built on first opening: a keystroke redraws up to a page of cards, and most
 * are never opened. The click (mouse, Enter or Space) comes before the details opens, so the content is
 * there when it shows; "toggle" covers an opening without a click (find in page).
 */
function readMore(name: string, body: () => HTMLElement): HTMLDetailsElement {
  const element = h(
    'details',
    { class: 'explore-card__more' },
    h(
      'summary',
      { class: 'explore-card__summary', onclick: () => build() },
      'Read more',
      hidden(` about ${name}`),
    ),
  );
  let built = false;
  const build = () => {
    if (built) return;
    built = true;
    element.append(body());
  };
  element.addEventListener('toggle', () => {
    if (element.open) build();
  });
  return element;
}

function card(example: Example, searchText: string, showInSheet: (example: Example) => void): HTMLElement {
  const matched = matchSentence(matchPlaces(example, searchText));
  const name = example.name || 'Example with no name';
  const meta = [example.id ? `No. ${example.id}` : '', example.council, example.type].filter((t) => t !== '');
  return h(
    'li',
    { class: 'explore-card', 'data-id': example.id },
    h('h3', { class: 'explore-card__title', tabindex: '-1' }, name),
    h('p', { class: 'explore-card__meta' }, meta.join(' · ')),
    example.notes.length
      ? h(
          'ul',
          { class: 'explore-card__principles', 'aria-label': 'Principles it shows' },
          example.notes.map((n) => h('li', { class: 'explore-tag' }, principleLabel(n.principle))),
        )
      : null,
    matched ? h('p', { class: 'explore-card__matched' }, matched) : null,
    readMore(name, () => details(example)),
    h(
      'button',
      {
        class: 'button button--small',
        type: 'button',
        'aria-label': `Show in sheet: ${name}`,
        onclick: () => showInSheet(example),
      },
      'Show in sheet',
    ),
  );
}

/** The results, given the search words of the moment (to say where each card matched them). */
export function buildResults(searchText: () => string, showInSheet: (example: Example) => void): ResultsView {
  const list = h('ol', { class: 'explore-results', role: 'list', 'aria-label': 'Matching examples' });
  const more = button('button button--secondary explore-more', () => {
    const first = drawn;
    if (drawMore() > 0) list.children[first]?.querySelector<HTMLElement>('.explore-card__title')?.focus();
  });
  const none = h(
    'p',
    { class: 'explore-results__none', hidden: true },
    'No examples match these choices. Remove a filter above, or try fewer or other words.',
  );
  let examples: readonly Example[] = [];
  let drawn = 0;
  const drawMore = () => {
    const next = examples.slice(drawn, drawn + PAGE_SIZE);
    list.append(...next.map((e) => card(e, searchText(), showInSheet)));
    drawn += next.length;
    const left = examples.length - drawn;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(PAGE_SIZE, left)} more (${left} not shown yet)`;
    return next.length;
  };
  return {
    element: h('div', {}, none, list, more),
    show(next) {
      examples = next;
      none.hidden = next.length > 0;
      drawn = 0;
      replaceChildren(list);
      drawMore();
    },
  };
}
