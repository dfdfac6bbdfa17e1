// Correcting course on the seed: the examples that show a weak principle, easiest first, with their notes.

import { describe, expect, it } from 'vitest';
import { examplesShowing, recommendations } from '../../src/core/navigator';
import { readCatalogue } from '../../src/core/read-workbook';
import { SEED_TEXT, seedWorkbook } from './seed';

const examples = readCatalogue(seedWorkbook()).examples;

/**
 * Straight from the export's text, without the add-on's reader: the rows whose first cell is a number and
 * whose "Create an open & transparent culture [4]" cell has a note, as [No., type].
 */
function principleFourRowsFromText(): [number, string][] {
  const lines = SEED_TEXT.split('\n').map((line) => line.split('\t'));
  const principleHeader = lines.find((cells) => cells.some((c) => c.includes('[4]'))) ?? [];
  const column = principleHeader.findIndex((c) => c.includes('[4]'));
  const typeHeader = lines.find((cells) => cells.some((c) => c.trim() === 'Type of action')) ?? [];
  const typeColumn = typeHeader.findIndex((c) => c.trim() === 'Type of action');
  return lines
    .filter((cells) => /^\d+$/.test(cells[0]?.trim() ?? '') && (cells[column] ?? '').trim() !== '')
    .map((cells) => [Number(cells[0]), cells[typeColumn].trim()]);
}

const EFFORT = ['Tweak', 'Tactic', 'Project', 'Strategy'];

describe('examples showing “Create open and transparent cultures” (principle 4) on the seed', () => {
  const expected = principleFourRowsFromText()
    .sort(([a, typeA], [b, typeB]) => EFFORT.indexOf(typeA) - EFFORT.indexOf(typeB) || a - b)
    .map(([n]) => String(n));

  it('are the eight examples with a principle 4 note, easiest type first, then by No.', () => {
    expect(expected).toHaveLength(8);
    expect(examplesShowing(examples, 4).map((e) => e.id)).toEqual(expected);
  });

  it('puts every Project before any Strategy', () => {
    const types = examplesShowing(examples, 4).map((e) => e.type);
    expect(types).toEqual([
      'Project',
      'Project',
      'Project',
      'Project',
      'Project',
      'Strategy',
      'Strategy',
      'Strategy',
    ]);
  });

  it('carries the note saying how each example shows the principle', () => {
    const first = examplesShowing(examples, 4)[0];
    expect(first.name).toBe('Kirklees Democracy Commission');
    expect(first.note).toMatch(/^Increasing democratic engagement invites more scrutiny/);
  });
});

describe('recommendations for the three weakest principles', () => {
  const result = recommendations(examples, [4, 1, 9]);

  it('keep the weakest principles’ order and name each principle', () => {
    expect(result.map((r) => [r.principle, r.principleName])).toEqual([
      [4, 'Create open and transparent cultures'],
      [1, 'Shift the obstacles'],
      [9, 'Embrace new accountabilities'],
    ]);
  });

  it('offer at most three examples each, the easiest first', () => {
    expect(result[0].examples.map((e) => e.id)).toEqual(
      examplesShowing(examples, 4)
        .slice(0, 3)
        .map((e) => e.id),
    );
    for (const r of result) expect(r.examples.length).toBeLessThanOrEqual(3);
  });

  it('start with a Tweak where a Tweak shows the principle', () => {
    const principlesWithATweak = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((p) =>
      examples.some((e) => e.type === 'Tweak' && e.notes.some((n) => n.principle === p)),
    );
    expect(principlesWithATweak.length).toBeGreaterThan(0);
    for (const p of principlesWithATweak) {
      expect(examplesShowing(examples, p as 1)[0].type).toBe('Tweak');
    }
  });
});
