// The chosen filters as removable chips, with "Clear all": what is narrowing the list, at a glance.

import type { Query } from '../../../src/core/model';
import { isPrincipleId, principleLabel } from '../../../src/core/principles';
import { button } from '../../components/fields';
import { h, replaceChildren } from '../../dom';

export interface Chip {
  /** What the chip says. */
  label: string;
  /** The query without this choice. */
  remove(query: Query): Query;
}

/** One chip per chosen principle, type, council, and one for the search words. */
export function chipsFor(query: Query): Chip[] {
  const chips: Chip[] = [];
  for (const id of query.principles ?? []) {
    chips.push({
      label: isPrincipleId(id) ? principleLabel(id) : `Principle ${id}`,
      remove: (q) => ({ ...q, principles: (q.principles ?? []).filter((p) => p !== id) }),
    });
  }
  for (const type of query.types ?? [])
    chips.push({ label: type, remove: (q) => ({ ...q, types: (q.types ?? []).filter((t) => t !== type) }) });
  for (const council of query.councils ?? [])
    chips.push({
      label: council,
      remove: (q) => ({ ...q, councils: (q.councils ?? []).filter((c) => c !== council) }),
    });
  if (query.text?.trim())
    chips.push({ label: `“${query.text.trim()}”`, remove: (q) => ({ ...q, text: '' }) });
  return chips;
}

export interface ChipsView {
  element: HTMLElement;
  update(query: Query): void;
}

/**
 * The chip list. Removing a chip moves focus to the chip that takes its place (or "Clear all", or
 * the search box when none is left), so a keyboard user is never dropped at the top of the page.
 */
export function buildChips(
  change: (update: (query: Query) => Query) => void,
  focusAfterClear: () => void,
): ChipsView {
  const list = h('ul', { class: 'explore-chips__list', role: 'list' });
  const clearAll = button(
    'link-button',
    () => {
      change((q) => ({ match: q.match }));
      focusAfterClear();
    },
    'Clear all',
  );
  const element = h(
    'div',
    { class: 'explore-chips', hidden: true },
    h('h2', { class: 'visually-hidden' }, 'Chosen filters'),
    list,
    clearAll,
  );
  let current: Chip[] = [];
  const focusChip = (index: number) => {
    const buttons = list.querySelectorAll<HTMLButtonElement>('button');
    if (buttons.length === 0) focusAfterClear();
    else (buttons[Math.min(index, buttons.length - 1)] ?? clearAll).focus();
  };
  return {
    element,
    update(query) {
      current = chipsFor(query);
      element.hidden = current.length === 0;
      replaceChildren(
        list,
        current.map((chip, i) =>
          h(
            'li',
            { class: 'explore-chips__item' },
            h(
              'button',
              {
                class: 'explore-chip',
                type: 'button',
                'aria-label': `Remove ${chip.label}`,
                onclick: () => {
                  change(chip.remove);
                  focusChip(i);
                },
              },
              chip.label,
              h('span', { class: 'explore-chip__cross', 'aria-hidden': 'true' }, '×'),
            ),
          ),
        ),
      );
    },
  };
}
