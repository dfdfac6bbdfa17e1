// The saved views panel: save the current filter under a name, and apply, rename or delete saved views.

import { describeQuery } from '../../../src/core/export/describe-query';
import { filterExamples, normaliseQuery } from '../../../src/core/filter';
import {
  MAX_NAME_LENGTH,
  type SavedView,
  type SavedViewsResult,
  tidyViewName,
  viewNameProblem,
} from '../../../src/core/saved-views';
import { type App, announce } from '../../app';
import { errorSummary } from '../../components/error-summary';
import {
  button,
  errorMessage,
  field,
  visuallyHidden as hidden,
  showFieldError,
} from '../../components/fields';
import { h, replaceChildren } from '../../dom';
import { server, serverMessage } from '../../server';

const NAME_ID = 'saved-view-name';

interface PanelState {
  views: SavedView[];
  loaded: boolean;
  /** The view whose rename or delete form is open. */
  editing: { name: string; action: 'rename' | 'delete' } | null;
}

export function savedViewsPanel(app: App, section: HTMLElement): HTMLElement {
  const state: PanelState = { views: [], loaded: false, editing: null };
  const errors = errorSummary('saved-view-errors');
  const message = h('p', { class: 'notice', id: 'saved-view-message', hidden: true });
  const list = h('div');
  const nameError = errorMessage(`${NAME_ID}-error`);
  const nameInput = h('input', {
    class: 'input',
    id: NAME_ID,
    name: 'name',
    type: 'text',
    autocomplete: 'off',
    maxlength: String(MAX_NAME_LENGTH + 20),
    'aria-describedby': `${NAME_ID}-hint`,
  });
  const nameGroup = field(
    NAME_ID,
    'Name for the current filter',
    `Up to ${MAX_NAME_LENGTH} characters, for example “Open data in Kirklees”.`,
    nameError,
    nameInput,
  );

  const say = (text: string) => {
    message.textContent = text;
    message.hidden = text === '';
    announce(text);
  };

  const fieldError = (text: string) => {
    showFieldError(nameGroup, nameError, text || null, [nameInput]);
    errors.show(text ? [{ target: NAME_ID, message: text }] : []);
  };

  const apply = (result: SavedViewsResult) => {
    state.views = result.views;
    state.editing = null;
    renderList();
  };

  const renderList = () => {
    if (!state.loaded) {
      replaceChildren(list, h('p', { class: 'hint' }, 'Loading the saved views…'));
      return;
    }
    if (state.views.length === 0) {
      replaceChildren(list, h('p', { class: 'hint' }, 'No views saved in this spreadsheet yet.'));
      return;
    }
    replaceChildren(list, h('ul', { class: 'saved-views', role: 'list' }, state.views.map(viewItem)));
  };

  const viewItem = (view: SavedView) => {
    const n = filterExamples(app.index, view.query).length;
    const editing = state.editing?.name === view.name ? state.editing.action : null;
    return h(
      'li',
      { class: 'saved-view' },
      h('h3', { class: 'saved-view__name' }, view.name),
      h(
        'p',
        { class: 'hint saved-view__query' },
        describeQuery(view.query, n, app.catalogue.examples.length),
      ),
      editing === 'rename'
        ? renameForm(view)
        : editing === 'delete'
          ? deleteConfirm(view)
          : h(
              'div',
              { class: 'button-group' },
              button('button', () => applyView(view), 'Apply', hidden(` ${view.name}`)),
              button('link-button', () => edit(view, 'rename'), 'Rename', hidden(` ${view.name}`)),
              button('link-button', () => edit(view, 'delete'), 'Delete', hidden(` ${view.name}`)),
            ),
    );
  };

  const edit = (view: SavedView, action: 'rename' | 'delete') => {
    state.editing = { name: view.name, action };
    renderList();
    list.querySelector<HTMLElement>('.saved-view__edit input, .saved-view__edit button')?.focus();
  };

  const cancel = () => {
    const name = state.editing?.name;
    state.editing = null;
    renderList();
    const item = [...list.querySelectorAll('.saved-view')].find(
      (li) => li.querySelector('h3')?.textContent === name,
    );
    item?.querySelector<HTMLElement>('button')?.focus();
  };

  const applyView = (view: SavedView) => {
    app.setQuery(normaliseQuery(view.query));
    say(
      `Applied the view “${view.name}”: ${filterExamples(app.index, app.query).length} examples. Explore shows them now.`,
    );
  };

  const renameForm = (view: SavedView) => {
    const id = 'saved-view-rename';
    const error = errorMessage(`${id}-error`);
    const input = h('input', { class: 'input', id, type: 'text', value: view.name, autocomplete: 'off' });
    const group = field(id, `New name for “${view.name}”`, null, error, input);
    const showError = (text: string) => {
      showFieldError(group, error, text, [input]);
      errors.show([{ target: id, message: text }]);
    };
    return h(
      'form',
      {
        class: 'saved-view__edit',
        novalidate: true,
        onsubmit: async (event: Event) => {
          event.preventDefault();
          const name = tidyViewName(input.value);
          const problem = viewNameProblem(name, state.views, view.name);
          if (problem) return showError(problem);
          try {
            const result = await server.renameView(view.name, name);
            if (!result.ok) {
              state.views = result.views;
              return showError(result.message);
            }
            errors.hide();
            apply(result);
            say(result.message);
          } catch (e) {
            showError(serverMessage(e));
          }
        },
      },
      group,
      h(
        'div',
        { class: 'button-group' },
        h('button', { class: 'button', type: 'submit' }, 'Save the name'),
        button('link-button', cancel, 'Cancel'),
      ),
    );
  };

  const deleteConfirm = (view: SavedView) =>
    h(
      'div',
      { class: 'saved-view__edit' },
      h('p', {}, `Delete “${view.name}” for everyone who uses this spreadsheet?`),
      h(
        'div',
        { class: 'button-group' },
        button(
          'button button--warning',
          async () => {
            try {
              const result = await server.deleteView(view.name);
              apply(result);
              say(result.message);
            } catch (e) {
              say(serverMessage(e));
            }
          },
          'Yes, delete it',
        ),
        button('link-button', cancel, 'Cancel'),
      ),
    );

  const saveForm = h(
    'form',
    {
      class: 'saved-views__save',
      novalidate: true,
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const name = tidyViewName(nameInput.value);
        const problem = viewNameProblem(name, state.views);
        if (problem) return fieldError(problem);
        try {
          const result = await server.saveView(name, app.query);
          if (!result.ok) {
            state.views = result.views;
            renderList();
            return fieldError(result.message);
          }
          fieldError('');
          nameInput.value = '';
          apply(result);
          say(result.message);
        } catch (e) {
          fieldError(serverMessage(e));
        }
      },
    },
    nameGroup,
    h('button', { class: 'button button--secondary', type: 'submit' }, 'Save this view'),
  );

  renderList();
  server
    .listSavedViews()
    .then((views) => {
      state.views = views;
      state.loaded = true;
      renderList();
    })
    .catch((e) => {
      state.loaded = true;
      replaceChildren(
        list,
        h('p', { class: 'error-message' }, `The saved views could not be loaded: ${serverMessage(e)}`),
      );
    });
  // Each view's count depends on the catalogue only: the current query changes nothing in the list.
  app.onChange((change) => {
    if (change.catalogue) renderList();
  }, section);

  return h(
    'section',
    { 'aria-labelledby': 'saved-views-title' },
    h('h2', { class: 'heading', id: 'saved-views-title' }, 'Saved views'),
    h(
      'p',
      { class: 'hint' },
      'A saved view keeps the filter chosen in Explore. Views are kept in this spreadsheet, so everyone who uses it sees them.',
    ),
    errors.element,
    message,
    saveForm,
    list,
  );
}
