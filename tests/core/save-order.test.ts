// Saves that land out of order: the newest kept, an older one passed over.

import { describe, expect, it } from 'vitest';
import {
  isNewerSave,
  nextSequence,
  readSequence,
  readSequenced,
  sequenceToStore,
  storedSequenced,
} from '../../src/core/save-order';

describe('save sequences', () => {
  it('follow the clock, and still rise when two saves share a millisecond or the clock steps back', () => {
    expect(nextSequence(0, 1_000)).toBe(1_000);
    expect(nextSequence(1_000, 1_000)).toBe(1_001);
    expect(nextSequence(5_000, 1_000)).toBe(5_001);
  });

  it('keep a newer save and pass over an older or equal one', () => {
    expect(isNewerSave(2, 1)).toBe(true);
    expect(isNewerSave(1, 2)).toBe(false);
    expect(isNewerSave(2, 2)).toBe(false);
  });

  it('keep a save that carries none, storing the sequence already there', () => {
    expect(isNewerSave(null, 5)).toBe(true);
    expect(sequenceToStore(null, 5)).toBe(5);
    expect(sequenceToStore(7, 5)).toBe(7);
  });

  it('take only a finite, non-negative number as a sequence', () => {
    expect([3, 0, -1, Number.NaN, '3', null, {}].map(readSequence)).toEqual([
      3,
      0,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('read back what they stored, and a value stored before sequences as sequence 0', () => {
    expect(readSequenced(storedSequenced({ a: 1 }, 9))).toEqual({ sequence: 9, value: { a: 1 } });
    expect(readSequenced('{"match":"any"}')).toEqual({ sequence: 0, value: { match: 'any' } });
  });
});
