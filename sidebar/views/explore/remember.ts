// Keeps the Explore filters on the server (the person's user properties), a moment after they stop changing.

import { queryKey } from '../../../src/core/filter';
import type { Query } from '../../../src/core/model';
import { saveSequence } from '../../save-sequence';
import { server } from '../../server';

/** Long enough to skip the keystrokes of a word, short enough that closing the sidebar rarely loses a choice. */
const QUIET_MS = 700;

/** Returns a function to call on every change; it saves at most once per pause, and only real changes. */
export function rememberQueries(initial: Query): (query: Query) => void {
  let saved = queryKey(initial);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (query) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const key = queryKey(query);
      if (key === saved) return;
      saved = key;
      // Losing a save only loses the filters at the next opening: never worth an error on screen.
      server.saveExploreState(query, saveSequence()).catch(() => {
        saved = '';
      });
    }, QUIET_MS);
  };
}
