// Text cut to fit a cell before it is written.

import { describe, expect, it } from 'vitest';
import { CELL_CHARACTER_LIMIT, fitCell, shortenText } from '../../src/core/sheet-limits';

describe('shortening text', () => {
  it('leaves text that fits as it is', () => {
    expect(shortenText('Leeds', 5)).toBe('Leeds');
  });

  it('cuts longer text to the limit, ending with …', () => {
    expect(shortenText('Kirklees', 5)).toBe('Kirk…');
  });

  it('never splits a character written as two', () => {
    expect(shortenText('ab🧭cd', 4)).toBe('ab…');
  });

  it('keeps one character for the apostrophe that keeps text as text', () => {
    expect(fitCell('x'.repeat(CELL_CHARACTER_LIMIT)).length).toBe(CELL_CHARACTER_LIMIT - 1);
    expect(fitCell('x'.repeat(100))).toBe('x'.repeat(100));
  });
});
