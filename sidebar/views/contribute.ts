// The Add view: the Add an example form, the panel after adding, and "Check all examples".

import type { AddExampleResult } from '../../src/core/api';
import type { App } from '../app';
import { h, replaceChildren } from '../dom';
import { server } from '../server';
import { buildAddedPanel } from './contribute/added';
import { buildContributeForm } from './contribute/form';
import { buildProblems } from './problems';

export function mountContribute(root: HTMLElement, app: App): void {
  const area = h('div');
  const showForm = () => {
    form.reset();
    replaceChildren(area, form.element);
    form.focusFirstField();
  };
  const added = (result: Extract<AddExampleResult, { ok: true }>) => {
    replaceChildren(area, buildAddedPanel(result, showForm));
    void refreshCatalogue();
  };
  const refreshCatalogue = async () => {
    try {
      app.setCatalogue(await server.getCatalogue());
    } catch {
      // The example is in the sheet; the list catches up the next time the add-on opens.
    }
  };
  const form = buildContributeForm(app, added);
  replaceChildren(area, form.element);
  replaceChildren(
    root,
    h('h1', { id: 'contribute-title', class: 'title' }, 'Add to the examples'),
    h(
      'p',
      { class: 'hint' },
      'Add a new example of your council working in a relationship-centred way. It is added as a new row at the bottom of the examples table.',
    ),
    area,
    buildProblems(app),
  );
}
