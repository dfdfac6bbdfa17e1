// What Explore shows on a spreadsheet with no Framework in Action table: say so, and offer to add the examples.

import type { InsertExamplesResult } from '../../../src/core/api';
import { errorSummary } from '../../components/error-summary';
import { button } from '../../components/fields';
import { h, replaceChildren } from '../../dom';
import { server, serverMessage } from '../../server';

/** The panel, with one button that writes the bundled examples into new tabs and hands back the catalogue. */
export function buildNoTable(onInserted: (result: InsertExamplesResult) => void): HTMLElement {
  const problem = h('div');
  const add = button(
    'button',
    async () => {
      add.disabled = true;
      add.textContent = 'Adding the examples…';
      replaceChildren(problem);
      try {
        onInserted(await server.insertExamples());
      } catch (error) {
        const summary = errorSummary('explore-insert-error');
        replaceChildren(problem, summary.element);
        summary.show([{ message: `The examples could not be added: ${serverMessage(error)}`, target: null }]);
        add.disabled = false;
        add.textContent = 'Add the 53 examples to this spreadsheet';
      }
    },
    'Add the 53 examples to this spreadsheet',
  );
  return h(
    'div',
    { class: 'notice' },
    h('h2', { class: 'heading' }, 'This spreadsheet has no Framework in Action examples'),
    h(
      'p',
      {},
      'None of its tabs has a table with the headings No., Name, Council, “What did the council do?” and “Type of action”, so there is nothing to explore yet.',
    ),
    h(
      'p',
      {},
      'You can add the 53 examples of The Framework in Action as a new tab, with a Useful Resources tab beside it. Nothing already in this spreadsheet is changed.',
    ),
    problem,
    add,
  );
}
