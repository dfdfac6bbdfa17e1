// The Add an example form's fields, built the GOV.UK way: label, hint, error message slot, then the control.

import type { ActionTypeInfo } from '../../../src/core/action-types';
import type { Principle, PrincipleId } from '../../../src/core/principles';
import { button, choice, errorMessage, field, hint } from '../../components/fields';
import { principleTitle } from '../../components/principle-title';
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

function warningSlot(id: string): HTMLElement {
  return h('div', { id, class: 'contribute-warning-message', tabindex: -1, hidden: true });
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

/** A fieldset of radios or checkboxes with its legend, hint and error slot; the summary's link focuses `first`. */
function choices(
  id: string,
  legend: string,
  hintText: string,
  rows: HTMLElement[],
  first: () => HTMLElement,
) {
  const set = h(
    'fieldset',
    { class: 'fieldset', 'aria-describedby': `${id}-hint` },
    h('legend', { class: 'legend' }, legend),
    hint(`${id}-hint`, hintText),
    errorMessage(`${id}-error`),
    rows,
  );
  const element = h('div', { class: 'form-group' }, set);
  return { element, slot: slot(element, id, () => [set], first) };
}

export function textField(options: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  list?: string;
}): { element: HTMLElement; control: HTMLInputElement | HTMLTextAreaElement; slot: FieldSlot } {
  const { id, name, label, multiline, list } = options;
  const describedBy = options.hint ? `${id}-hint` : undefined;
  const control = multiline
    ? h('textarea', { id, name, class: 'textarea', rows: 5, 'aria-describedby': describedBy })
    : h('input', {
        id,
        name,
        type: 'text',
        class: 'input',
        autocomplete: 'off',
        list,
        'aria-describedby': describedBy,
      });
  const element = field(
    id,
    label,
    options.hint ?? null,
    errorMessage(`${id}-error`),
    control,
    warningSlot(`${id}-warning`),
  );
  return { element, control, slot: slot(element, id, () => [control]) };
}

export function typeRadios(types: readonly ActionTypeInfo[]): { element: HTMLElement; slot: FieldSlot } {
  const id = 'contribute-type';
  const radios = types.map((type) =>
    choice({
      type: 'radio',
      id: `${id}-${type.name}`,
      name: 'type',
      value: type.name,
      label: type.name,
      hint: type.meaning,
    }),
  );
  return choices(
    id,
    'Type of action',
    'How big a step it was for the council.',
    radios.map((r) => r.row),
    () => radios[0].input,
  );
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
  const rows: HTMLElement[] = [];
  const picks: PrincipleChoice[] = principles.map((p) => {
    const boxId = `${id}-${p.id}`;
    const noteId = `${boxId}-note`;
    const revealId = `${boxId}-conditional`;
    const box = choice({
      type: 'checkbox',
      id: boxId,
      name: 'principles',
      value: String(p.id),
      label: principleTitle(p),
      hint: p.summary,
      attributes: { 'aria-controls': revealId },
    });
    const note = h('textarea', { id: noteId, name: `note-${p.id}`, class: 'textarea', rows: 3 });
    const group = field(noteId, `How does it show "${p.name}"?`, null, errorMessage(`${noteId}-error`), note);
    const reveal = h('div', { id: revealId, class: 'contribute-conditional', hidden: true }, group);
    box.input.addEventListener('change', () => {
      reveal.hidden = !box.input.checked;
    });
    rows.push(box.row, reveal);
    return { principle: p.id, checkbox: box.input, note, reveal, slot: slot(group, noteId, () => [note]) };
  });
  const group = choices(
    id,
    'Which principles does it show?',
    'Tick at least one principle the example shows, and say how it shows each one you tick.',
    rows,
    () => picks[0].checkbox,
  );
  return { ...group, choices: picks };
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
  const list = h('div');
  const addRow = (): LinkRow => {
    const n = rows.length + 1;
    const text = h('input', {
      id: `${id}-${n}-text`,
      name: `link-${n}-text`,
      type: 'text',
      class: 'input',
      autocomplete: 'off',
    });
    const url = h('input', {
      id: `${id}-${n}-url`,
      name: `link-${n}-url`,
      type: 'url',
      class: 'input',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': `${id}-url-hint`,
    });
    const element = h(
      'div',
      { class: 'contribute-link' },
      h('label', { class: 'label contribute-label--small', for: text.id }, `Link ${n} text`),
      text,
      h('label', { class: 'label contribute-label--small', for: url.id }, `Link ${n} web address`),
      url,
    );
    const row = { text, url, element };
    rows.push(row);
    list.append(element);
    return row;
  };
  addRow();
  const another = button('button button--secondary', () => addRow().text.focus(), 'Add another link');
  const set = h(
    'fieldset',
    { class: 'fieldset' },
    h('legend', { class: 'legend' }, 'Links (optional)'),
    hint(
      `${id}-url-hint`,
      'A web address starting with https:// or http://, for example a council page about it. The text is optional: without it, the address is shown.',
    ),
    errorMessage(`${id}-error`),
    list,
    another,
  );
  const element = h('div', { class: 'form-group' }, set);
  const clear = () => {
    for (const row of rows.splice(1)) row.element.remove();
    rows[0].text.value = '';
    rows[0].url.value = '';
  };
  const firstFilled = () =>
    rows.find((r) => r.url.value.trim() !== '' || r.text.value.trim() !== '')?.url ?? rows[0].url;
  return { element, slot: slot(element, id, () => [set], firstFilled), rows, clear };
}
