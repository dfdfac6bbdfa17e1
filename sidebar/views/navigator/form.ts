// "Take your coordinates": the nine prompts in their groups, each a 0-4 radio scale with evidence, and the error summary.

import type { NavigatorDraft, NavigatorProblem, ScaleLevel } from '../../../src/core/navigator';
import { PRINCIPLE_GROUPS, type Principle, type PrincipleId } from '../../../src/core/principles';
import { h, replaceChildren } from '../../dom';

export interface NavigatorForm {
  element: HTMLFormElement;
  /** The answers as they stand: unchosen scores are null. */
  read(): NavigatorDraft;
  fill(draft: NavigatorDraft): void;
  /** True once the person has changed anything, so a late draft never overwrites their typing. */
  touched(): boolean;
  showProblems(problems: readonly NavigatorProblem[], otherMessage?: string): void;
  clearProblems(): void;
  setBusy(busy: boolean): void;
}

interface FormHandlers {
  onChange(draft: NavigatorDraft): void;
  onSubmit(draft: NavigatorDraft): void;
}

const RESPONDENT_ID = 'navigator-respondent';
const scoreName = (id: PrincipleId) => `navigator-score-${id}`;
const radioId = (id: PrincipleId, score: number) => `navigator-p${id}-score-${score}`;
const evidenceId = (id: PrincipleId) => `navigator-p${id}-evidence`;
const errorId = (id: PrincipleId) => `navigator-p${id}-error`;

function radio(principle: Principle, level: ScaleLevel): HTMLElement {
  const id = radioId(principle.id, level.score);
  return h(
    'div',
    { class: 'navigator-radio' },
    h('input', {
      class: 'navigator-radio__input',
      type: 'radio',
      id,
      name: scoreName(principle.id),
      value: String(level.score),
      'aria-describedby': `${id}-hint`,
    }),
    h('label', { class: 'navigator-radio__label', for: id }, `${level.score} – ${level.name}`),
    h('div', { class: 'navigator-radio__hint', id: `${id}-hint` }, level.descriptor),
  );
}

function principleQuestion(principle: Principle, levels: readonly ScaleLevel[]): HTMLElement {
  const promptId = `navigator-p${principle.id}-prompt`;
  return h(
    'div',
    { class: 'navigator-question', 'data-principle': principle.id },
    h(
      'fieldset',
      { class: 'navigator-fieldset', 'aria-describedby': promptId },
      h('legend', { class: 'navigator-fieldset__legend' }, `${principle.id}. ${principle.name}`),
      h('p', { class: 'navigator-prompt', id: promptId }, principle.prompt),
      h('p', { class: 'navigator-error', id: errorId(principle.id), hidden: true }),
      h(
        'div',
        { class: 'navigator-radios' },
        levels.map((level) => radio(principle, level)),
      ),
    ),
    h(
      'div',
      { class: 'navigator-evidence' },
      h('label', { class: 'navigator-label', for: evidenceId(principle.id) }, 'Evidence (optional)'),
      h(
        'div',
        { class: 'navigator-hint', id: `${evidenceId(principle.id)}-hint` },
        'What you have done, or could point to',
      ),
      h('textarea', {
        class: 'navigator-textarea',
        id: evidenceId(principle.id),
        name: evidenceId(principle.id),
        rows: 2,
        'aria-describedby': `${evidenceId(principle.id)}-hint`,
      }),
    ),
  );
}

/** The form, built once; read() and fill() move answers in and out of it. */
export function buildForm(
  principles: readonly Principle[],
  levels: readonly ScaleLevel[],
  handlers: FormHandlers,
): NavigatorForm {
  let touched = false;
  const summary = h('div', {
    class: 'navigator-error-summary',
    tabindex: -1,
    role: 'alert',
    'aria-labelledby': 'navigator-error-summary-title',
    hidden: true,
  });
  const progress = h('p', { class: 'navigator-progress', id: 'navigator-progress' });
  const button = h('button', { class: 'navigator-button', type: 'submit' }, 'Plot my coordinates');
  const respondent = h('input', {
    class: 'navigator-input',
    id: RESPONDENT_ID,
    name: RESPONDENT_ID,
    type: 'text',
    autocomplete: 'name',
    maxlength: 100,
    'aria-describedby': `${RESPONDENT_ID}-hint`,
  });
  const groups = PRINCIPLE_GROUPS.map((group) =>
    h(
      'div',
      { class: 'navigator-group' },
      h('h3', { class: 'navigator-group__title' }, group),
      principles.filter((p) => p.group === group).map((p) => principleQuestion(p, levels)),
    ),
  );
  const element = h(
    'form',
    { class: 'navigator-form', novalidate: true, 'aria-labelledby': 'navigator-form-title' },
    summary,
    h('h2', { class: 'navigator-heading', id: 'navigator-form-title' }, 'Take your coordinates'),
    h(
      'p',
      { class: 'navigator-hint' },
      'For each principle, choose how far your council has come, from 0 (not started) to 4 (leading). Your answers are kept as a draft as you go.',
    ),
    h(
      'div',
      { class: 'navigator-field' },
      h('label', { class: 'navigator-label', for: RESPONDENT_ID }, 'Your name (optional)'),
      h('div', { class: 'navigator-hint', id: `${RESPONDENT_ID}-hint` }, 'So a team can compare answers'),
      respondent,
    ),
    groups,
    h('div', { class: 'navigator-submit' }, progress, button),
  );

  const checked = (id: PrincipleId) =>
    element.querySelector<HTMLInputElement>(`input[name="${scoreName(id)}"]:checked`);
  const evidence = (id: PrincipleId) => element.querySelector<HTMLTextAreaElement>(`#${evidenceId(id)}`);

  const read = (): NavigatorDraft => ({
    respondent: respondent.value.trim(),
    scores: principles.map((p) => {
      const chosen = checked(p.id);
      return {
        principle: p.id,
        score: chosen ? Number(chosen.value) : null,
        evidence: evidence(p.id)?.value ?? '',
      };
    }),
  });

  const updateProgress = () => {
    const answered = read().scores.filter((s) => s.score !== null).length;
    progress.textContent = `${answered} of ${principles.length} answered`;
  };

  const clearProblems = () => {
    summary.hidden = true;
    replaceChildren(summary);
    for (const question of element.querySelectorAll<HTMLElement>('.navigator-question')) {
      question.classList.remove('navigator-question--error');
      const message = question.querySelector<HTMLElement>('.navigator-error');
      const fieldset = question.querySelector('fieldset');
      if (message) message.hidden = true;
      fieldset?.setAttribute('aria-describedby', `navigator-p${question.dataset.principle}-prompt`);
    }
  };

  const showProblems = (problems: readonly NavigatorProblem[], otherMessage?: string) => {
    clearProblems();
    const items = problems.map((problem) => {
      const target = problem.principle
        ? problem.field === 'evidence'
          ? evidenceId(problem.principle)
          : radioId(problem.principle, 0)
        : RESPONDENT_ID;
      if (problem.principle) markQuestion(problem.principle, problem.message);
      return h('li', {}, h('a', { href: `#${target}`, onclick: focusTarget(target) }, problem.message));
    });
    if (otherMessage) items.push(h('li', {}, otherMessage));
    replaceChildren(
      summary,
      h(
        'h2',
        { class: 'navigator-error-summary__title', id: 'navigator-error-summary-title' },
        'There is a problem',
      ),
      h('ul', { class: 'navigator-error-summary__list' }, items),
    );
    summary.hidden = false;
    summary.focus();
  };

  const markQuestion = (id: PrincipleId, message: string) => {
    const question = element.querySelector<HTMLElement>(`.navigator-question[data-principle="${id}"]`);
    const error = question?.querySelector<HTMLElement>('.navigator-error');
    if (!question || !error) return;
    question.classList.add('navigator-question--error');
    replaceChildren(error, h('span', { class: 'navigator-visually-hidden' }, 'Error: '), message);
    error.hidden = false;
    question
      .querySelector('fieldset')
      ?.setAttribute('aria-describedby', `navigator-p${id}-prompt ${errorId(id)}`);
  };

  const focusTarget = (id: string) => (event: Event) => {
    event.preventDefault();
    const target = element.querySelector<HTMLElement>(`#${id}`);
    target?.focus();
    target?.closest('.navigator-question, .navigator-field')?.scrollIntoView({ block: 'start' });
  };

  const changed = () => {
    touched = true;
    updateProgress();
    handlers.onChange(read());
  };
  element.addEventListener('change', changed);
  element.addEventListener('input', changed);
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    handlers.onSubmit(read());
  });

  updateProgress();
  return {
    element,
    read,
    touched: () => touched,
    fill(draft) {
      respondent.value = draft.respondent;
      for (const answer of draft.scores) {
        for (const input of element.querySelectorAll<HTMLInputElement>(
          `input[name="${scoreName(answer.principle)}"]`,
        )) {
          input.checked = answer.score !== null && Number(input.value) === answer.score;
        }
        const box = evidence(answer.principle);
        if (box) box.value = answer.evidence;
      }
      updateProgress();
    },
    showProblems,
    clearProblems,
    setBusy(busy) {
      button.disabled = busy;
      button.textContent = busy ? 'Plotting your coordinates…' : 'Plot my coordinates';
    },
  };
}
