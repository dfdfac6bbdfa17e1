// The Add an example form's fields, built the GOV.UK way: label, hint, error message slot, then the control.

import type { ActionTypeInfo } from '../../../src/core/action-types';
import type { Principle, PrincipleId } from '../../../src/core/principles';
import { h } from '../../dom';

/** Where a field's messages go, and what the error summary's link focuses. */
export interface FieldSlot {
  group: HTMLElement;
  error: HTMLElement;
  /** A warning with an optional action (a suggested spelling); empty when none. */
  warning: HTMLElement;
  /** The control the error summary links to. */
  target: () => HTMLElement;
  /** Controls whose aria-describedby and aria-invalid follow the message. */
  controls: () => HTMLElement[];
}

export function errorSlot(id: string): HTMLElement {
  return h('p', { id, class: 'contribute-error-message', hidden: true });
}

function warningSlot(id: string): HTMLElement {
  return h('div', { id, class: 'contribute-warning-message', hidden: true });
}

function slot(
  group: HTMLElement,
  id: string,
  controls: () => HTMLElement[],
  target: () => HTMLElement = () => controls()[0],
): FieldSlot {
  const error = group.querySelector<HTMLElement>(`#${id}-error`) as HTMLElement;
  const warning = group.querySelector<HTMLElement>(`#${id}-warning`) ?? warningSlot(`${id}-warning`);
  return { group, error, warning, target, controls };
}

export function textField(options: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  list?: string;
}): { element: HTMLElement; control: HTMLInputElement | HTMLTextAreaElement; slot: FieldSlot } {
  const { id, name, label, hint, multiline, list } = options;
  const describedBy = hint ? `${id}-hint` : undefined;
  const control = multiline
    ? h('textarea', { id, name, class: 'contribute-textarea', rows: 5, 'aria-describedby': describedBy })
    : h('input', {
        id,
        name,
        type: 'text',
        class: 'contribute-input',
        autocomplete: 'off',
        list,
        'aria-describedby': describedBy,
      });
  const element = h(
    'div',
    { class: 'contribute-group' },
    h('label', { class: 'contribute-label', for: id }, label),
    hint && h('div', { id: `${id}-hint`, class: 'contribute-hint' }, hint),
    errorSlot(`${id}-error`),
    control,
    warningSlot(`${id}-warning`),
  );
  return { element, control, slot: slot(element, id, () => [control]) };
}

export function typeRadios(types: readonly ActionTypeInfo[]): { element: HTMLElement; slot: FieldSlot } {
  const id = 'contribute-type';
  const radios = types.map((type) =>
    h('input', {
      class: 'contribute-radio__input',
      type: 'radio',
      name: 'type',
      value: type.name,
      id: `${id}-${type.name}`,
      'aria-describedby': `${id}-${type.name}-hint`,
    }),
  );
  const element = h(
    'div',
    { class: 'contribute-group' },
    h(
      'fieldset',
      { class: 'contribute-fieldset', 'aria-describedby': `${id}-hint` },
      h('legend', { class: 'contribute-legend' }, 'Type of action'),
      h('div', { id: `${id}-hint`, class: 'contribute-hint' }, 'How big a step it was for the council.'),
      errorSlot(`${id}-error`),
      h(
        'div',
        { class: 'contribute-radios' },
        types.map((type, i) =>
          h(
            'div',
            { class: 'contribute-radio' },
            radios[i],
            h('label', { class: 'contribute-radio__label', for: radios[i].id }, type.name),
            h(
              'div',
              { id: `${id}-${type.name}-hint`, class: 'contribute-hint contribute-radio__hint' },
              type.meaning,
            ),
          ),
        ),
      ),
    ),
  );
  const fieldset = element.querySelector('fieldset') as HTMLElement;
  return {
    element,
    slot: slot(
      element,
      id,
      () => [fieldset],
      () => radios[0],
    ),
  };
}

export interface PrincipleChoice {
  principle: PrincipleId;
  checkbox: HTMLInputElement;
  note: HTMLTextAreaElement;
  reveal: HTMLElement;
  slot: FieldSlot;
}

/** One checkbox per principle; ticking one reveals the note field that says how the example shows it. */
export function principleCheckboxes(principles: readonly Principle[]): {
  element: HTMLElement;
  slot: FieldSlot;
  choices: PrincipleChoice[];
} {
  const id = 'contribute-principles';
  const choices: PrincipleChoice[] = principles.map((p) => {
    const boxId = `${id}-${p.id}`;
    const noteId = `${boxId}-note`;
    const revealId = `${boxId}-conditional`;
    const checkbox = h('input', {
      class: 'contribute-checkbox__input',
      type: 'checkbox',
      name: 'principles',
      value: String(p.id),
      id: boxId,
      'aria-controls': revealId,
      'aria-describedby': `${boxId}-hint`,
    });
    const note = h('textarea', { id: noteId, name: `note-${p.id}`, class: 'contribute-textarea', rows: 3 });
    const reveal = h(
      'div',
      { id: revealId, class: 'contribute-conditional', hidden: true },
      h(
        'div',
        { class: 'contribute-group' },
        h('label', { class: 'contribute-label', for: noteId }, `How does it show "${p.name}"?`),
        errorSlot(`${noteId}-error`),
        note,
      ),
    );
    checkbox.addEventListener('change', () => {
      reveal.hidden = !checkbox.checked;
    });
    const group = reveal.firstElementChild as HTMLElement;
    return { principle: p.id, checkbox, note, reveal, slot: slot(group, noteId, () => [note]) };
  });
  const element = h(
    'div',
    { class: 'contribute-group' },
    h(
      'fieldset',
      { class: 'contribute-fieldset', 'aria-describedby': `${id}-hint` },
      h('legend', { class: 'contribute-legend' }, 'Which principles does it show?'),
      h(
        'div',
        { id: `${id}-hint`, class: 'contribute-hint' },
        'Tick each principle the example shows, then say how it shows it.',
      ),
      errorSlot(`${id}-error`),
      h(
        'div',
        { class: 'contribute-checkboxes' },
        principles.flatMap((p, i) => [
          h(
            'div',
            { class: 'contribute-checkbox' },
            choices[i].checkbox,
            h('label', { class: 'contribute-checkbox__label', for: choices[i].checkbox.id }, p.name),
            h(
              'div',
              { id: `${choices[i].checkbox.id}-hint`, class: 'contribute-hint contribute-checkbox__hint' },
              p.summary,
            ),
          ),
          choices[i].reveal,
        ]),
      ),
    ),
  );
  const fieldset = element.querySelector('fieldset') as HTMLElement;
  return {
    element,
    slot: slot(
      element,
      id,
      () => [fieldset],
      () => choices[0].checkbox,
    ),
    choices,
  };
}

export interface LinkRow {
  text: HTMLInputElement;
  url: HTMLInputElement;
  element: HTMLElement;
}

/** Optional links: text and web address pairs, with a button to add another pair. */
export function linkFields(): { element: HTMLElement; slot: FieldSlot; rows: LinkRow[]; clear: () => void } {
  const id = 'contribute-links';
  const rows: LinkRow[] = [];
  const list = h('div', { class: 'contribute-links' });
  const addRow = (): LinkRow => {
    const n = rows.length + 1;
    const text = h('input', {
      id: `${id}-${n}-text`,
      name: `link-${n}-text`,
      type: 'text',
      class: 'contribute-input',
      autocomplete: 'off',
    });
    const url = h('input', {
      id: `${id}-${n}-url`,
      name: `link-${n}-url`,
      type: 'url',
      class: 'contribute-input',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': `${id}-url-hint`,
    });
    const element = h(
      'div',
      { class: 'contribute-link' },
      h('label', { class: 'contribute-label contribute-label--small', for: text.id }, `Link ${n} text`),
      text,
      h('label', { class: 'contribute-label contribute-label--small', for: url.id }, `Link ${n} web address`),
      url,
    );
    const row = { text, url, element };
    rows.push(row);
    list.append(element);
    return row;
  };
  addRow();
  const another = h(
    'button',
    {
      type: 'button',
      class: 'contribute-button contribute-button--secondary',
      onclick: () => addRow().text.focus(),
    },
    'Add another link',
  );
  const element = h(
    'div',
    { class: 'contribute-group' },
    h(
      'fieldset',
      { class: 'contribute-fieldset' },
      h('legend', { class: 'contribute-legend' }, 'Links (optional)'),
      h(
        'div',
        { id: `${id}-url-hint`, class: 'contribute-hint' },
        'A web address starting with https://, for example a council page about it.',
      ),
      errorSlot(`${id}-error`),
      list,
      another,
    ),
  );
  const clear = () => {
    for (const row of rows.splice(1)) row.element.remove();
    rows[0].text.value = '';
    rows[0].url.value = '';
  };
  const fieldset = element.querySelector('fieldset') as HTMLElement;
  const firstFilled = () =>
    rows.find((r) => r.url.value.trim() !== '' || r.text.value.trim() !== '')?.url ?? rows[0].url;
  return { element, slot: slot(element, id, () => [fieldset], firstFilled), rows, clear };
}
