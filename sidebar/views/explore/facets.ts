// The Explore view's filters: principles by group with "any / all", types with their meaning, councils.

import type { FacetCounts } from '../../../src/core/filter';
import type { Catalogue, Query } from '../../../src/core/model';
import { PRINCIPLE_GROUPS, type PrincipleId, principleLabel } from '../../../src/core/principles';
import { foldForMatch } from '../../../src/core/text';
import { choice } from '../../components/fields';
import { h, nextId } from '../../dom';

/** One checkbox with its count: kept so a keystroke only updates numbers, never rebuilds the form. */
interface Option {
  input: HTMLInputElement;
  count: HTMLElement;
  row: HTMLElement;
}

export interface Facets {
  element: HTMLElement;
  /** Sets checked states, counts and disabled options from the query and its counts. */
  update(query: Query, counts: FacetCounts): void;
}

type Change = (update: (query: Query) => Query) => void;

function toggle<T>(list: readonly T[] | undefined, value: T, on: boolean): T[] {
  const rest = (list ?? []).filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

function checkbox(label: string, hint: string | null, onToggle: (checked: boolean) => void): Option {
  const count = h('span', { class: 'explore-option__count' });
  const { row, input } = choice({
    type: 'checkbox',
    id: nextId('explore-option'),
    label: [label, ' ', count],
    hint,
    attributes: { onchange: () => onToggle(input.checked) },
  });
  return { input, count, row };
}

function setOption(option: Option, checked: boolean, count: number): void {
  option.input.checked = checked;
  const text = `(${count})`;
  if (option.count.textContent !== text) option.count.textContent = text;
  // An option that leads nowhere stays in view, greyed, unless it is ticked (so it can be unticked).
  const disabled = count === 0 && !checked;
  if (option.input.disabled !== disabled) {
    option.input.disabled = disabled;
    option.row.classList.toggle('explore-option--disabled', disabled);
  }
}

/** A collapsible facet whose summary says how many options are chosen. */
function facet(title: string, ...content: Node[]): { element: HTMLDetailsElement; chosen: HTMLElement } {
  const chosen = h('span', { class: 'explore-facet__chosen' });
  const element = h(
    'details',
    { class: 'explore-facet' },
    h('summary', { class: 'explore-facet__summary' }, title, chosen),
    h('div', { class: 'explore-facet__body' }, ...content),
  );
  return { element, chosen };
}

function setChosen(chosen: HTMLElement, count: number): void {
  const text = count ? ` (${count} chosen)` : '';
  if (chosen.textContent !== text) chosen.textContent = text;
}

function principlesFacet(catalogue: Catalogue, change: Change) {
  const options = new Map<PrincipleId, Option>();
  const groups = PRINCIPLE_GROUPS.map((group) => {
    const headingId = nextId('explore-group');
    const members = catalogue.principles.filter((p) => p.group === group);
    const rows = members.map((p) => {
      const option = checkbox(principleLabel(p.id), null, (on) =>
        change((q) => ({ ...q, principles: toggle(q.principles, p.id, on).sort((a, b) => a - b) })),
      );
      option.input.value = String(p.id);
      option.input.dataset.principle = String(p.id);
      options.set(p.id, option);
      return option.row;
    });
    return h(
      'div',
      { role: 'group', 'aria-labelledby': headingId },
      h('p', { class: 'explore-group__heading', id: headingId }, group),
      rows,
    );
  });
  const matchName = nextId('explore-match');
  const radio = (value: 'any' | 'all', label: string) => {
    return choice({
      type: 'radio',
      id: `${matchName}-${value}`,
      name: matchName,
      value,
      label,
      attributes: { onchange: () => change((q) => ({ ...q, match: value })) },
    });
  };
  const any = radio('any', 'Any of these principles');
  const all = radio('all', 'All of these principles');
  const match = h(
    'fieldset',
    { class: 'explore-fieldset' },
    h('legend', { class: 'legend explore-match__legend' }, 'Show examples that show'),
    any.row,
    all.row,
  );
  const fieldset = h(
    'fieldset',
    { class: 'explore-fieldset' },
    h('legend', { class: 'visually-hidden' }, 'Principles'),
    groups,
  );
  const { element, chosen } = facet('Principles', fieldset, match);
  return {
    element,
    update(query: Query, counts: FacetCounts) {
      for (const [id, option] of options)
        setOption(option, query.principles?.includes(id) ?? false, counts.principles[id]);
      any.input.checked = query.match !== 'all';
      all.input.checked = query.match === 'all';
      setChosen(chosen, query.principles?.length ?? 0);
    },
  };
}

function typesFacet(catalogue: Catalogue, change: Change) {
  const options = catalogue.types.map((type) => {
    const option = checkbox(type.name, type.meaning, (on) =>
      change((q) => ({
        ...q,
        types: catalogue.types
          .map((t) => t.name)
          .filter((t) => (t === type.name ? on : q.types?.includes(t))),
      })),
    );
    option.input.value = type.name;
    return { type: type.name, option };
  });
  const fieldset = h(
    'fieldset',
    { class: 'explore-fieldset' },
    h('legend', { class: 'visually-hidden' }, 'Type of action'),
    options.map((o) => o.option.row),
  );
  const { element, chosen } = facet('Type of action', fieldset);
  return {
    element,
    update(query: Query, counts: FacetCounts) {
      for (const { type, option } of options)
        setOption(option, query.types?.includes(type) ?? false, counts.types[type]);
      setChosen(chosen, query.types?.length ?? 0);
    },
  };
}

function councilsFacet(councils: readonly string[], change: Change) {
  const findId = nextId('explore-council-find');
  const find = h('input', {
    class: 'input',
    type: 'search',
    id: findId,
    autocomplete: 'off',
    oninput: () => showMatching(),
  });
  const options = councils.map((council) => {
    const option = checkbox(council, null, (on) =>
      change((q) => ({ ...q, councils: toggle(q.councils, council, on) })),
    );
    option.input.value = council;
    return { council, key: foldForMatch(council), option };
  });
  const none = h('p', { class: 'explore-facet__none', hidden: true }, 'No council has that name.');
  const showMatching = () => {
    const wanted = foldForMatch(find.value);
    let shown = 0;
    for (const { key, option } of options) {
      const visible = option.input.checked || key.includes(wanted);
      option.row.hidden = !visible;
      if (visible) shown++;
    }
    none.hidden = shown > 0;
  };
  const fieldset = h(
    'fieldset',
    { class: 'explore-fieldset' },
    h('legend', { class: 'visually-hidden' }, 'Council'),
    h(
      'div',
      { class: 'explore-councils' },
      options.map((o) => o.option.row),
    ),
  );
  const { element, chosen } = facet(
    'Council',
    h('label', { class: 'label', for: findId }, 'Find a council'),
    find,
    none,
    fieldset,
  );
  return {
    element,
    update(query: Query, counts: FacetCounts) {
      for (const { council, option } of options)
        setOption(option, query.councils?.includes(council) ?? false, counts.councils[council] ?? 0);
      setChosen(chosen, query.councils?.length ?? 0);
    },
  };
}

/** Builds the three facets once per catalogue; each keystroke then only calls update(). */
export function buildFacets(catalogue: Catalogue, councils: readonly string[], change: Change): Facets {
  const parts = [
    principlesFacet(catalogue, change),
    typesFacet(catalogue, change),
    councilsFacet(councils, change),
  ];
  return {
    element: h(
      'div',
      { class: 'explore-facets' },
      parts.map((p) => p.element),
    ),
    update(query, counts) {
      for (const part of parts) part.update(query, counts);
    },
  };
}
