// Keeping the sidebar in step with the sheet: a check when the person comes back from the grid, and "Refresh".

import { type App, announce } from '../app';
import { button } from '../components/fields';
import { h } from '../dom';
import { serverMessage } from '../server';

export const UPDATED_MESSAGE = 'The examples were updated from the sheet.';

/**
 * The bar under the tabs: what the last check found, and a "Refresh" button that reads the sheet again
 * whatever the check says (onEdit does not see every change: a script's edit, or one made by someone
 * Sheets runs no trigger for).
 */
export function buildSyncBar(app: App, win: Window = window): HTMLElement {
  const message = h('p', { class: 'sync__message', id: 'sync-message', tabindex: '-1' });
  let running: Promise<void> | null = null;

  /** One check at a time: focus and visibilitychange often fire together. */
  const run = (force: boolean, after: (updated: boolean) => void) => {
    if (running) return running;
    running = app
      .refresh(force)
      .then(after)
      .catch((error) => {
        message.textContent = `The sidebar could not read the sheet again: ${serverMessage(error)}`;
        if (force) message.focus();
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const refresh: HTMLButtonElement = button(
    'button button--secondary button--small',
    () => {
      message.textContent = 'Reading the sheet…';
      void run(true, () => {
        message.textContent = UPDATED_MESSAGE;
        announce(UPDATED_MESSAGE);
        message.focus();
      });
    },
    'Refresh',
  );

  /** Back from the grid: only a change is worth saying; an unchanged sheet stays quiet. */
  const check = () => {
    if (win.document.visibilityState === 'hidden') return;
    void run(false, (updated) => {
      if (!updated) return;
      message.textContent = UPDATED_MESSAGE;
      announce(UPDATED_MESSAGE);
    });
  };
  win.addEventListener('focus', check);
  win.document.addEventListener('visibilitychange', check);

  return h('div', { class: 'sync', role: 'region', 'aria-label': 'The sheet' }, refresh, message);
}
