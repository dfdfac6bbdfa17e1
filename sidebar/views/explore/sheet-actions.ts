// The Explore view's buttons that change the sheet: filter it to the matches, show every row, select one.

import type { SheetFilterResult } from '../../../src/core/api';
import { queryKey } from '../../../src/core/filter';
import type { Example, Query } from '../../../src/core/model';
import { errorSummary } from '../../components/error-summary';
import { button } from '../../components/fields';
import { h, replaceChildren } from '../../dom';
import { server, serverMessage } from '../../server';
import { plural } from '../../words';

export interface SheetActions {
  element: HTMLElement;
  /**
   * Says when the sheet's filter no longer matches what the sidebar lists, and turns "Show only these"
   * off with no match (it would hide every example).
   */
  update(query: Query, matching: number): void;
  showInSheet(example: Example): void;
}

/** The sentence a person reads after the sheet changed. */
export function sheetSentence(result: SheetFilterResult): string {
  const total = result.shown + result.hidden;
  if (!result.filtered) return `The sheet shows all ${plural(total, 'example')}.`;
  const shows = `The sheet shows ${result.shown} of ${plural(total, 'example')}.`;
  return result.firstRow ? `${shows} The first, on row ${result.firstRow}, is selected.` : shows;
}

export function buildSheetActions(query: () => Query): SheetActions {
  // Focus moves here after each action, so the person hears and sees its result (not the page's top).
  const status = h('div', { class: 'explore-sheet__status', role: 'status', tabindex: '-1' });
  const problem = h('div');
  const stale = h(
    'p',
    { class: 'explore-sheet__stale', hidden: true },
    'You have changed your choices since. Choose “Show only these in the sheet” again to update the sheet.',
  );
  let appliedKey: string | null = null;
  let matches = 0;
  let running = false;

  const say = (lines: (string | undefined)[]) => {
    replaceChildren(
      status,
      lines.filter((l): l is string => !!l).map((l) => h('p', {}, l)),
    );
    status.focus();
  };
  const fail = (error: unknown) => {
    const summary = errorSummary('explore-sheet-error');
    replaceChildren(problem, summary.element);
    summary.show([
      {
        message: serverMessage(error),
        target: null,
      },
    ]);
  };

  /** Runs one sheet change with its button busy, so a double click cannot send it twice. */
  const busy = async (button: HTMLButtonElement, working: string, action: () => Promise<void>) => {
    const label = button.textContent;
    running = true;
    button.disabled = true;
    button.textContent = working;
    replaceChildren(problem);
    try {
      await action();
    } catch (error) {
      fail(error);
    } finally {
      running = false;
      button.textContent = label;
      button.disabled = false;
      update(query(), matches);
    }
  };

  const apply: HTMLButtonElement = button(
    'button',
    () =>
      busy(apply, 'Filtering the sheet…', async () => {
        const asked = query();
        const result = await server.applySheetFilter(asked);
        appliedKey = result.filtered ? queryKey(asked) : appliedKey;
        say([result.filtered ? sheetSentence(result) : undefined, result.message]);
      }),
    'Show only these in the sheet',
  );
  const clear: HTMLButtonElement = button(
    'button button--secondary',
    () =>
      busy(clear, 'Showing all rows…', async () => {
        const result = await server.clearSheetFilter();
        appliedKey = null;
        say([sheetSentence(result), result.message]);
      }),
    'Show all rows',
  );

  const none = h(
    'p',
    { class: 'hint explore-sheet__none', id: 'explore-sheet-none', hidden: true },
    'No examples match, so there is nothing to show in the sheet.',
  );
  const update = (current: Query, matching = matches) => {
    matches = matching;
    stale.hidden = appliedKey === null || appliedKey === queryKey(current);
    // Not while a call is running: busy() calls update again when it ends.
    if (!running) apply.disabled = matching === 0;
    none.hidden = matching > 0;
    if (matching === 0) apply.setAttribute('aria-describedby', none.id);
    else apply.removeAttribute('aria-describedby');
  };

  return {
    element: h(
      'div',
      { class: 'explore-sheet' },
      h('div', { class: 'button-group' }, apply, clear),
      none,
      status,
      stale,
      problem,
    ),
    update,
    async showInSheet(example) {
      replaceChildren(problem);
      try {
        const result = await server.selectExample(example.id);
        say([result.message]);
      } catch (error) {
        fail(error);
      }
    },
  };
}
