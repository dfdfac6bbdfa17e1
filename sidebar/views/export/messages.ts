// Form messages in the GOV.UK pattern: an error summary that takes focus, inline errors, and success panels.

import { h, replaceChildren } from '../../dom';

export interface FieldError {
  /** The id of the field the message is about. */
  field: string;
  message: string;
}

/** "There is a problem", with a link to each field; takes focus so screen readers read it at once. */
export function showErrorSummary(container: HTMLElement, errors: readonly FieldError[]): void {
  if (errors.length === 0) {
    replaceChildren(container);
    container.hidden = true;
    return;
  }
  const titleId = `${container.id}-title`;
  replaceChildren(
    container,
    h(
      'div',
      { class: 'error-summary', role: 'alert', 'aria-labelledby': titleId, tabindex: '-1' },
      h('h2', { class: 'error-summary__title', id: titleId }, 'There is a problem'),
      h(
        'ul',
        { class: 'error-summary__list' },
        errors.map((e) =>
          h(
            'li',
            {},
            h(
              'a',
              {
                href: `#${e.field}`,
                onclick: (event: Event) => {
                  event.preventDefault();
                  document.getElementById(e.field)?.focus();
                },
              },
              e.message,
            ),
          ),
        ),
      ),
    ),
  );
  container.hidden = false;
  container.querySelector<HTMLElement>('.error-summary')?.focus();
}

/** A success or information message in the page; the caller also announces it through the live region. */
export function showNotice(container: HTMLElement, ...children: (Node | string)[]): void {
  replaceChildren(container, h('div', { class: 'notice' }, ...children));
  container.hidden = children.length === 0;
}
