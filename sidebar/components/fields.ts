// GOV.UK form pieces in the add-on look: hints, error messages beside fields, radios and checkboxes, buttons.

import { h, replaceChildren } from '../dom';

type Child = Node | string | null | undefined | false;

/** Text for screen readers only. */
export function visuallyHidden(text: string): HTMLElement {
  return h('span', { class: 'visually-hidden' }, text);
}

export function hint(id: string | null, text: string, className = 'hint'): HTMLElement {
  return h('div', { class: className, id }, text);
}

/** The empty slot a field's error message goes in, above the control. */
export function errorMessage(id: string): HTMLElement {
  return h('p', { class: 'error-message', id, hidden: true });
}

/**
 * Shows or clears a field's error: the message (with a hidden "Error:" for screen readers), the red bar
 * on its group, and the controls' aria-describedby and aria-invalid (never on a fieldset).
 */
export function showFieldError(
  group: HTMLElement,
  error: HTMLElement,
  message: string | null,
  controls: readonly HTMLElement[],
): void {
  group.classList.toggle('form-group--error', message !== null);
  error.hidden = message === null;
  replaceChildren(error, message !== null && [visuallyHidden('Error: '), message]);
  for (const control of controls) {
    const base = control.dataset.describedby ?? control.getAttribute('aria-describedby') ?? '';
    control.dataset.describedby = base;
    const ids = [base, message !== null ? error.id : ''].filter((s) => s !== '').join(' ');
    if (ids) control.setAttribute('aria-describedby', ids);
    else control.removeAttribute('aria-describedby');
    if (control.tagName !== 'FIELDSET') {
      if (message !== null) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }
}

export interface ChoiceOptions {
  type: 'radio' | 'checkbox';
  id: string;
  name?: string;
  value?: string;
  label: string | Child[];
  hint?: string | null;
  checked?: boolean;
  /** Other attributes for the input (aria-controls, data-…, on… handlers). */
  attributes?: Record<string, string | number | boolean | EventListener | null | undefined>;
}

/** One radio or checkbox: the control, its label beside it, its hint under the label. */
export function choice(options: ChoiceOptions): { row: HTMLElement; input: HTMLInputElement } {
  const { type, id, name, value, label, checked } = options;
  const hintId = options.hint ? `${id}-hint` : null;
  const input = h('input', {
    class: 'choice__input',
    type,
    id,
    name,
    value,
    checked,
    'aria-describedby': hintId,
    ...options.attributes,
  });
  const row = h(
    'div',
    { class: 'choice' },
    input,
    h('label', { class: 'choice__label', for: id }, label),
    options.hint && hint(hintId, options.hint, 'hint choice__hint'),
  );
  return { row, input };
}

/** A button that acts in the page (type="button"), in a shared look: 'button', 'button button--secondary', 'link-button'… */
export function button(
  look: string,
  onclick: (event: Event) => unknown,
  ...label: Child[]
): HTMLButtonElement {
  return h('button', { class: look, type: 'button', onclick: onclick as EventListener }, ...label);
}

/** A form group: the label for `id`, its hint (`${id}-hint`) when there is one, then the rest (error slot, control). */
export function field(id: string, label: string, hintText: string | null, ...rest: Child[]): HTMLElement {
  return h(
    'div',
    { class: 'form-group' },
    h('label', { class: 'label', for: id }, label),
    hintText && hint(`${id}-hint`, hintText),
    ...rest,
  );
}
