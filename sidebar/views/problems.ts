// "Check all examples" in the sidebar: the problems the check found, grouped by row, each selecting its cell.

import type { CheckExamplesResult } from '../../src/core/api';
import type { Example, Problem } from '../../src/core/model';
import { type App, announce } from '../app';
import { button } from '../components/fields';
import { h, replaceChildren } from '../dom';
import { server, serverMessage } from '../server';

/** More rows than a person reads in a sidebar; the sheet's marks show the rest. */
const MAX_ROWS_LISTED = 100;

export function buildProblems(app: App): HTMLElement {
  const results = h('div');
  // The results appear below the fold: focus moves to this summary of them, which leads into the list.
  const status = h('p', { role: 'status', class: 'problems__summary', tabindex: '-1' });
  const check = button(
    'button button--secondary',
    async () => {
      check.disabled = true;
      status.textContent = 'Checking the examples…';
      try {
        const result = await server.checkExamples();
        // Rows are titled by their example's name: read the names again if the sheet changed since.
        await app.refresh().catch(() => false);
        status.textContent = result.message;
        replaceChildren(results, problemList(result, app.catalogue.examples, status));
        announce(result.message);
      } catch (error) {
        status.textContent = `The check did not finish: ${serverMessage(error)}`;
      } finally {
        check.disabled = false;
        status.focus();
      }
    },
    'Check all examples',
  );
  return h(
    'section',
    { class: 'problems', 'aria-labelledby': 'problems-title' },
    h('h2', { id: 'problems-title', class: 'heading' }, 'Check the examples in the sheet'),
    h(
      'p',
      { class: 'hint' },
      'Checks every example row, marks each problem cell in the sheet with a note, and lists the problems here.',
    ),
    check,
    status,
    results,
  );
}

/** Problems grouped by row, in sheet order; choosing one selects its cell in the sheet. */
export function problemList(
  result: CheckExamplesResult,
  examples: readonly Example[],
  status: HTMLElement,
): HTMLElement[] {
  const byRow = new Map<number, Problem[]>();
  for (const problem of result.problems) byRow.set(problem.row, [...(byRow.get(problem.row) ?? []), problem]);
  const unmarked = new Set(result.unmarked.map((p) => `${p.cell}|${p.message}`));
  const nameOf = new Map(examples.map((e) => [e.row, e.name]));
  const rows = [...byRow].slice(0, MAX_ROWS_LISTED);
  const more =
    byRow.size > MAX_ROWS_LISTED
      ? [
          h(
            'p',
            { class: 'hint' },
            `Showing the first ${MAX_ROWS_LISTED} of ${byRow.size} rows with problems. Fix these, then check again.`,
          ),
        ]
      : [];
  return [
    ...rows.map(([row, problems]) =>
      h(
        'div',
        {},
        h(
          'h3',
          { class: 'problems__row-title' },
          `Row ${row}${nameOf.get(row) ? `: ${nameOf.get(row)}` : ''}`,
        ),
        h(
          'ul',
          { class: 'problems__list' },
          problems.map((p) => h('li', {}, problemButton(p, unmarked.has(`${p.cell}|${p.message}`), status))),
        ),
      ),
    ),
    ...more,
  ];
}

function problemButton(problem: Problem, unmarked: boolean, status: HTMLElement): HTMLElement {
  const select = async () => {
    try {
      status.textContent = (await server.selectProblemCell(problem.sheet, problem.cell)).message;
    } catch (error) {
      status.textContent = serverMessage(error);
    }
  };
  return button(
    'problems__problem',
    () => void select(),
    h(
      'span',
      { class: `problems__tag problems__tag--${problem.severity}` },
      problem.severity === 'error' ? 'Error' : 'Warning',
    ),
    ' ',
    h('span', { class: 'problems__cell' }, problem.cell),
    ' ',
    problem.message,
    unmarked &&
      h(
        'span',
        { class: 'problems__unmarked' },
        ' Not marked in the sheet: the cell has a note of your own.',
      ),
  );
}
