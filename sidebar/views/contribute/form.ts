// The Add an example form: reads the draft, checks it with the core rules when the person submits, sends it.
// Checked on submit only, the GOV.UK way: a message that appears when a field loses focus pushes the
// form down under the pointer, so the click that left the field lands on the wrong control.

import type { AddExampleResult } from '../../../src/core/api';
import type { ExampleDraft } from '../../../src/core/draft';
import type { Problem } from '../../../src/core/model';
import { councilSpellings, suggestCouncil } from '../../../src/core/suggest';
import { validateDraft } from '../../../src/core/validate';
import type { App } from '../../app';
import { errorSummary, type SummaryItem } from '../../components/error-summary';
import { button, showFieldError } from '../../components/fields';
import { h, replaceChildren } from '../../dom';
import { server, serverMessage } from '../../server';
import { type FieldSlot, linkFields, principleCheckboxes, textField, typeRadios } from './fields';

/** The errors only: warnings never stop an example being added. */
function errorsOnly(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** Which slot a problem belongs to: a principle's note has its own, everything else its field's. */
function slotKey(problem: Problem): string {
  return problem.field === 'notes' && problem.principle !== undefined
    ? `note-${problem.principle}`
    : problem.field;
}

export interface ContributeForm {
  element: HTMLFormElement;
  /** Empties every field and message, ready for another example. */
  reset: () => void;
  focusFirstField: () => void;
}

export function buildContributeForm(
  app: App,
  onAdded: (result: Extract<AddExampleResult, { ok: true }>) => void,
): ContributeForm {
  const councils = h('datalist', { id: 'contribute-councils' });
  const name = textField({
    id: 'contribute-name',
    name: 'name',
    label: 'Name of the example',
    hint: 'A short title, not one this council already has in the sheet, for example "Kirklees Democracy Commission".',
  });
  const council = textField({
    id: 'contribute-council',
    name: 'council',
    label: 'Council',
    hint: 'Start typing to pick a council already in the sheet.',
    list: councils.id,
  });
  const description = textField({
    id: 'contribute-description',
    name: 'description',
    label: 'What did the council do?',
    hint: 'What it did, for whom, and what changed.',
    multiline: true,
  });
  const type = typeRadios(app.catalogue.types);
  const principles = principleCheckboxes(app.catalogue.principles);
  const links = linkFields();
  const summary = errorSummary('contribute-error-summary');
  const submit = h('button', { type: 'submit', class: 'button' }, 'Add example');

  const slots = new Map<string, FieldSlot>([
    ['name', name.slot],
    ['council', council.slot],
    ['description', description.slot],
    ['type', type.slot],
    ['notes', principles.slot],
    ['links', links.slot],
    ...principles.choices.map((c) => [`note-${c.principle}`, c.slot] as [string, FieldSlot]),
  ]);
  const order = [...slots.keys()];

  const readDraft = (): ExampleDraft => ({
    name: name.control.value,
    council: council.control.value,
    description: description.control.value,
    type: form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '',
    notes: principles.choices
      .filter((c) => c.checkbox.checked)
      .map((c) => ({ principle: c.principle, text: c.note.value })),
    links: links.rows.map((r) => ({ text: r.text.value, url: r.url.value })),
  });

  const problemsNow = () => validateDraft(readDraft(), app.catalogue);

  /** Puts each slot's first error beside its field (or clears it). */
  const showErrors = (problems: readonly Problem[], keys: Iterable<string>) => {
    for (const key of keys) {
      const slot = slots.get(key);
      if (!slot) continue;
      const problem = errorsOnly(problems).find((p) => slotKey(p) === key);
      showFieldError(slot.group, slot.error, problem?.message ?? null, slot.controls());
    }
  };

  /** The council spelling the person was last shown advice for: a second press of "Add example" keeps it. */
  let advisedFor: string | null = null;

  /** Shows the spelling advice for the council as written (or hides it); true when there is advice. */
  const showCouncilAdvice = (): boolean => {
    const written = council.control.value.trim();
    const suggestion = suggestCouncil(
      written,
      councilSpellings(app.catalogue.examples.map((e) => e.council)),
    );
    const warning = council.slot.warning;
    warning.hidden = suggestion === null;
    if (suggestion === null) {
      warning.replaceChildren();
      return false;
    }
    replaceChildren(
      warning,
      h('p', {}, `"${written}" is written differently from "${suggestion}", already in the sheet.`),
      h(
        'p',
        {},
        `Use "${suggestion}" so its examples are found together, or press "Add example" again to keep "${written}".`,
      ),
      button(
        'button button--secondary button--small',
        () => {
          council.control.value = suggestion;
          showCouncilAdvice();
          council.control.focus();
        },
        `Use "${suggestion}"`,
      ),
    );
    return true;
  };

  const form = h(
    'form',
    {
      novalidate: true,
      'aria-labelledby': 'contribute-form-title',
      onsubmit: (event: Event) => {
        event.preventDefault();
        void send();
      },
    },
    h('h2', { id: 'contribute-form-title', class: 'heading' }, 'Add an example'),
    h(
      'p',
      { class: 'hint', id: 'contribute-form-hint' },
      'Start each answer with a word or a number, not =, +, - or @: a spreadsheet would read those as a formula.',
    ),
    summary.element,
    councils,
    name.element,
    council.element,
    description.element,
    type.element,
    principles.element,
    links.element,
    submit,
  );

  const fillCouncils = () =>
    replaceChildren(
      councils,
      [...new Set(app.catalogue.examples.map((e) => e.council).filter((c) => c !== ''))]
        .sort((a, b) => a.localeCompare(b))
        .map((c) => h('option', { value: c })),
    );
  fillCouncils();
  app.onChange((change) => {
    if (change.catalogue) fillCouncils();
  });

  const report = (problems: readonly Problem[]) => {
    showErrors(problems, order);
    const items: SummaryItem[] = errorsOnly(problems)
      .filter((p, i, all) => all.findIndex((q) => slotKey(q) === slotKey(p) && q.message === p.message) === i)
      .sort((a, b) => order.indexOf(slotKey(a)) - order.indexOf(slotKey(b)))
      .map((p) => ({ message: p.message, target: slots.get(slotKey(p))?.target() ?? null }));
    document.title = 'Error: Add an example – Framework in Action';
    summary.show(items);
  };

  const send = async () => {
    const problems = problemsNow();
    const advice = showCouncilAdvice();
    if (errorsOnly(problems).length > 0) return report(problems);
    // A spelling that differs from the sheet's stops the first press only: the person sees the advice and chooses.
    const written = council.control.value.trim();
    if (advice && advisedFor !== written) {
      advisedFor = written;
      showErrors([], order);
      summary.hide();
      council.slot.warning.focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Adding…';
    try {
      const result = await server.addExample(readDraft());
      if (result.ok) onAdded(result);
      else report(result.problems);
    } catch (error) {
      report([
        {
          sheet: '',
          row: 0,
          column: 0,
          cell: '',
          severity: 'error',
          field: 'other',
          message: `The example was not added: ${serverMessage(error)}`,
        },
      ]);
    } finally {
      submit.disabled = false;
      submit.textContent = 'Add example';
    }
  };

  const reset = () => {
    form.reset();
    links.clear();
    for (const choice of principles.choices) choice.reveal.hidden = true;
    showErrors([], order);
    council.slot.warning.hidden = true;
    advisedFor = null;
    summary.hide();
    document.title = 'Framework in Action';
  };

  return { element: form, reset, focusFirstField: () => name.control.focus() };
}
