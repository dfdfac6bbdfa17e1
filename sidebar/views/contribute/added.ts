// The panel after an example is added: what happened, "Show in sheet" and "Add another example".

import type { AddExampleResult } from '../../../src/core/api';
import { announce } from '../../app';
import { button } from '../../components/fields';
import { h } from '../../dom';
import { server, serverMessage } from '../../server';

type Added = Extract<AddExampleResult, { ok: true }>;

export function buildAddedPanel(result: Added, addAnother: () => void): HTMLElement {
  const status = h('p', { class: 'contribute-panel__status', role: 'status' });
  const showInSheet = async () => {
    try {
      const selected = await server.selectExample(result.example.id, result.example.row);
      status.textContent = selected.message;
    } catch (error) {
      status.textContent = serverMessage(error);
    }
  };
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  const heading = h('h2', { class: 'contribute-panel__title', tabindex: -1 }, 'Example added');
  const panel = h(
    'div',
    { class: 'notice notice--success contribute-panel' },
    heading,
    h('p', {}, result.message),
    warnings.length > 0 &&
      h(
        'div',
        {},
        h('p', {}, 'You may want to check:'),
        h(
          'ul',
          {},
          warnings.map((w) => h('li', {}, w.message)),
        ),
      ),
    h(
      'div',
      { class: 'button-group' },
      button('button', () => void showInSheet(), 'Show in sheet'),
      button('button button--secondary', addAnother, 'Add another example'),
    ),
    status,
  );
  queueMicrotask(() => heading.focus());
  announce(result.message);
  return panel;
}
