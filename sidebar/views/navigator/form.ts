// "Take your coordinates": the 0-4 scale explained once, then the nine prompts in their groups, each a
// compact row of five choices with room for evidence, and the error summary.
//
// One page rather than one principle per step: a keyboard or screen reader user can go back over every answer
// with Tab and arrows, the error summary links straight to each unanswered prompt, and nothing is hidden.
// The level names are spoken with each choice ("2 – Emerging") and written once in the key above.

import type { NavigatorDraft, NavigatorProblem, ScaleLevel } from '../../../src/core/navigator';
import { PRINCIPLE_GROUPS, type Principle, type PrincipleId } from '../../../src/core/principles';
import { errorSummary } from '../../components/error-summary';
import { errorMessage, field, showFieldError, visuallyHidden } from '../../components/fields';
import { principleTitle } from '../../components/principle-title';
import { h } from '../../dom';

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

/** The scale's five levels, explained once for all nine prompts. */
function scaleKey(levels: readonly ScaleLevel[]): HTMLElement {
  return h(
    'div',
    { class: 'navigator-scale' },
    h('h3', { class: 'navigator-scale__title', id: 'navigator-scale-title' }, 'The scale, from 0 to 4'),
    h(
      'dl',
      { class: 'navigator-scale__levels', 'aria-labelledby': 'navigator-scale-title' },
      levels.flatMap((level) => [h('dt', {}, `${level.score} ${level.name}`), h('dd', {}, level.descriptor)]),
    ),
  );
}

/** One level as a compact choice: the number shown, the level's name spoken with it. */
function levelChoice(principle: Principle, level: ScaleLevel): HTMLElement {
  const id = radioId(principle.id, level.score);
  return h(
    'div',
    { class: 'navigator-level' },
    h('input', {
      class: 'choice__input navigator-level__input',
      type: 'radio',
      id,
      name: scoreName(principle.id),
      value: String(level.score),
    }),
    h(
      'label',
      { class: 'navigator-level__label', for: id },
      String(level.score),
      visuallyHidden(` – ${level.name}`),
    ),
  );
}

function principleQuestion(principle: Principle, levels: readonly ScaleLevel[]): HTMLElement {
  const promptId = `navigator-p${principle.id}-prompt`;
  const lowest = levels[0];
  const highest = levels[levels.length - 1];
  return h(
    'div',
    { class: 'form-group navigator-question', 'data-principle': principle.id },
    h(
      'fieldset',
      { class: 'fieldset navigator-question__set', 'aria-describedby': promptId },
      h('legend', { class: 'legend' }, principleTitle(principle)),
      h('p', { class: 'hint navigator-prompt', id: promptId }, principle.prompt),
      errorMessage(errorId(principle.id)),
      h(
        'div',
        { class: 'navigator-levels' },
        levels.map((level) => levelChoice(principle, level)),
      ),
      h(
        'p',
        { class: 'navigator-levels__ends', 'aria-hidden': 'true' },
        h('span', {}, lowest.name),
        h('span', {}, highest.name),
      ),
      h(
        'label',
        { class: 'label navigator-evidence__label', for: evidenceId(principle.id) },
        'Evidence (optional)',
      ),
      h('textarea', {
        class: 'textarea navigator-evidence',
        id: evidenceId(principle.id),
        name: evidenceId(principle.id),
        rows: 2,
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
  const summary = errorSummary('navigator-error-summary');
  const progress = h('p', { class: 'navigator-progress', id: 'navigator-progress' });
  const button = h('button', { class: 'button', type: 'submit' }, 'Plot my coordinates');
  const respondent = h('input', {
    class: 'input',
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
      {},
      h('h3', { class: 'navigator-group__title' }, group),
      principles.filter((p) => p.group === group).map((p) => principleQuestion(p, levels)),
    ),
  );
  const element = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'navigator-form-title' },
    summary.element,
    h('h2', { class: 'heading', id: 'navigator-form-title' }, 'Take your coordinates'),
    h(
      'p',
      { class: 'hint' },
      'For each principle, choose how far your council has come, and note what you could point to. Your answers are kept as a draft as you go.',
    ),
    scaleKey(levels),
    field(RESPONDENT_ID, 'Your name (optional)', 'So a team can compare answers', respondent),
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

  const questions = () => [...element.querySelectorAll<HTMLElement>('.navigator-question')];
  const setQuestionError = (question: HTMLElement, message: string | null) => {
    const id = Number(question.dataset.principle) as PrincipleId;
    const fieldset = question.querySelector('fieldset') as HTMLElement;
    showFieldError(question, question.querySelector(`#${errorId(id)}`) as HTMLElement, message, [fieldset]);
  };

  const clearProblems = () => {
    summary.hide();
    for (const question of questions()) setQuestionError(question, null);
  };

  const showProblems = (problems: readonly NavigatorProblem[], otherMessage?: string) => {
    clearProblems();
    const items = problems.map((problem) => {
      const target = problem.principle
        ? problem.field === 'evidence'
          ? evidenceId(problem.principle)
          : radioId(problem.principle, 0)
        : RESPONDENT_ID;
      const question = questions().find((q) => q.dataset.principle === String(problem.principle));
      if (question) setQuestionError(question, problem.message);
      return { message: problem.message, target };
    });
    summary.show(otherMessage ? [...items, { message: otherMessage, target: null }] : items);
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
