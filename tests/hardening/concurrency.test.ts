// Two people adding examples at once: every call gets its own row and its own No., whatever the interleaving.

import { describe, expect, it } from 'vitest';
import type { ExampleDraft } from '../../src/core/draft';
import { type LoadedAddon, loadAddon } from '../server/addon';

const EACH = 100;

function draftBy(person: 'Asha' | 'Ben', n: number): ExampleDraft {
  return {
    name: `${person}'s example ${n}`,
    council: person === 'Asha' ? 'Leeds' : 'Fife',
    description: `What ${person} saw the council do, number ${n}.`,
    type: 'Tactic',
    notes: [{ principle: 1, text: `${person} noted how it shifts the obstacles.` }],
    links: [],
  };
}

/** The No. and name of every example in the sheet as it is now. */
function examplesNow({ run }: LoadedAddon): { id: string; name: string }[] {
  return run.getCatalogue().examples.map(({ id, name }) => ({ id, name }));
}

function expectEveryDraftOnce(addon: LoadedAddon, before: number): void {
  const examples = examplesNow(addon);
  const added = examples.slice(before);
  expect(added).toHaveLength(2 * EACH);
  expect(new Set(added.map((e) => e.id)).size).toBe(2 * EACH);
  expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
  const names = added.map((e) => e.name).sort();
  const expected = Array.from({ length: EACH }, (_, n) => [
    draftBy('Asha', n).name,
    draftBy('Ben', n).name,
  ]).flat();
  expect(names).toEqual(expected.sort());
}

describe('two people adding examples at the same time', () => {
  it('gives 200 interleaved additions 200 rows with 200 different numbers', () => {
    const addon = loadAddon();
    const before = examplesNow(addon).length;
    for (let n = 0; n < EACH; n++) {
      expect(addon.run.addExample(draftBy('Asha', n)).ok).toBe(true);
      expect(addon.run.addExample(draftBy('Ben', n)).ok).toBe(true);
    }
    expectEveryDraftOnce(addon, before);
  }, 120_000);

  it('turns away, with nothing written, whoever comes while the other holds the lock; their retry lands', () => {
    const addon = loadAddon();
    const before = examplesNow(addon).length;
    for (let n = 0; n < EACH; n++) {
      expect(addon.run.addExample(draftBy('Asha', n)).ok).toBe(true);
      const release = addon.standIn.holdLock('document');
      const sheet = addon.standIn.snapshot().sheets;
      const refused = addon.run.addExample(draftBy('Ben', n));
      expect(refused.ok).toBe(false);
      expect(refused.message).toMatch(/Someone else .* Try again/);
      expect(addon.standIn.snapshot().sheets).toEqual(sheet);
      release();
      expect(addon.run.addExample(draftBy('Ben', n)).ok).toBe(true);
    }
    expectEveryDraftOnce(addon, before);
  }, 120_000);
});
