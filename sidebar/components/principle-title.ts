// How the Navigator names a principle: its number and its name as the framework gives them.

import { type Principle, principleLabel } from '../../src/core/principles';

/** "3. Develop the Covid social infrastructure": the one rule, principleLabel, for views holding a Principle. */
export function principleTitle(principle: Pick<Principle, 'id' | 'name'>): string {
  return principleLabel(principle.id);
}
