// How the Navigator names a principle: its number and its name as the framework gives them.

import type { Principle } from '../../src/core/principles';

/** "3. Develop the Covid social infrastructure". */
// TODO: principleLabel (src/core/principles.ts) once it is on main: one way to name a principle everywhere.
export function principleTitle(principle: Pick<Principle, 'id' | 'name'>): string {
  return `${principle.id}. ${principle.name}`;
}
