// The GOV.UK error summary: "There is a problem", then a link to each field with an error; it takes focus.

import { h, replaceChildren } from '../dom';

export interface SummaryItem {
  message: string;
  /** The control to focus (or its id); null for a problem that belongs to no field (e.g. the server failed). */
  target: HTMLElement | string | null;
}

export interface ErrorSummary {
  element: HTMLElement;
  /** Lists the items and takes focus, so a screen reader reads it at once; no items hides it. */
  show(items: readonly SummaryItem[]): void;
  hide(): void;
}

/** One summary, hidden until shown; `id` names it (its title is `${id}-title`). */
export function errorSummary(id: string): ErrorSummary {
  const list = h('ul', { class: 'error-summary__list' });
  const element = h(
    'div',
    { class: 'error-summary', id, tabindex: -1, hidden: true, 'aria-labelledby': `${id}-title` },
    h(
      'div',
      { role: 'alert' },
      h('h2', { class: 'error-summary__title', id: `${id}-title` }, 'There is a problem'),
      list,
    ),
  );
  const hide = () => {
    element.hidden = true;
    list.replaceChildren();
  };
  const show = (items: readonly SummaryItem[]) => {
    if (items.length === 0) return hide();
    replaceChildren(list, items.map(item));
    element.hidden = false;
    element.focus();
  };
  return { element, show, hide };
}

function item({ message, target }: SummaryItem): HTMLElement {
  if (target === null) return h('li', {}, message);
  const id = typeof target === 'string' ? target : target.id;
  const onclick = (event: Event) => {
    event.preventDefault();
    const control = typeof target === 'string' ? document.getElementById(target) : target;
    if (control) focusField(control);
  };
  return h('li', {}, h('a', { href: `#${id}`, onclick }, message));
}

/** Focuses a field and brings its legend or label into view, as the GOV.UK summary does. */
export function focusField(control: HTMLElement): void {
  const label =
    control.closest('fieldset')?.querySelector('legend') ??
    control.ownerDocument.querySelector(`label[for="${control.id}"]`) ??
    control;
  label.scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
}
