// One counter for the sidebar's saves, so the server keeps the newest when calls land out of order.

import { nextSequence } from '../src/core/save-order';

let last = 0;

/** The sequence for a save being sent now: higher than every one this page sent before. */
export function saveSequence(): number {
  last = nextSequence(last, Date.now());
  return last;
}
