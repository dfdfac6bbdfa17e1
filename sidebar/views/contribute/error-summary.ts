// The GOV.UK error summary: "There is a problem", then a link to each field with an error; it takes focus.

import type { Problem } from '../../../src/core/model';
import { h, replaceChildren } from '../../dom';

export interface SummaryItem {
  message: string;
  /** The control to focus; null for a problem that belongs to no field (e.g. someone else is adding). */
  target: HTMLElement | null;
}

export function buildErrorSummary(): {
  element: HTMLElement;
  show: (items: SummaryItem[]) => void;
  hide: () => void;
} {
  const list = h('ul', { class: 'contribute-error-summary__list' });
  const element = h(
    'div',
    {
      class: 'contribute-error-summary',
      tabindex: -1,
      hidden: true,
      'aria-labelledby': 'contribute-error-summary-title',
    },
    h(
      'div',
      { role: 'alert' },
      h(
        'h2',
        { class: 'contribute-error-summary__title', id: 'contribute-error-summary-title' },
        'There is a problem',
      ),
      list,
    ),
  );
  const show = (items: SummaryItem[]) => {
    replaceChildren(
      list,
      items.map((item) =>
        h(
          'li',
          {},
          item.target
            ? h(
                'a',
                {
                  href: `#${item.target.id}`,
                  onclick: (event: Event) => {
                    event.preventDefault();
                    focusField(item.target as HTMLElement);
                  },
                },
                item.message,
              )
            : item.message,
        ),
      ),
    );
    element.hidden = false;
    element.focus();
  };
  return {
    element,
    show,
    hide: () => {
      element.hidden = true;
      list.replaceChildren();
    },
  };
}

/** Focuses a field and brings its label or legend into view, as the GOV.UK summary does. */
export function focusField(control: HTMLElement): void {
  const label =
    control.closest('fieldset')?.querySelector('legend') ??
    control.ownerDocument.querySelector(`label[for="${control.id}"]`) ??
    control;
  label.scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
}

/** The errors only: warnings never stop an example being added. */
export function errorsOnly(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}
