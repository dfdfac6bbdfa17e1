import { describe, expect, it } from 'vitest';
import {
  isOwnNote,
  MARK_BACKGROUNDS,
  MARK_PREFIX,
  markNote,
  NO_BACKGROUND,
  planMarks,
  splitOwnNote,
} from '../../src/core/marks';
import type { Problem } from '../../src/core/model';

function problem(
  row: number,
  column: number,
  severity: Problem['severity'] = 'error',
  message = 'Enter the council.',
): Problem {
  return { sheet: 'Examples', row, column, cell: '', severity, field: 'council', message };
}

/** A 1-row, 3-column block at row 5. */
function block(notes: string[], backgrounds: string[] = [NO_BACKGROUND, NO_BACKGROUND, NO_BACKGROUND]) {
  return { row: 5, column: 1, notes: [notes], backgrounds: [backgrounds] };
}

describe('planning validation marks', () => {
  it('marks a problem cell with its own note and a soft background', () => {
    const plan = planMarks(block(['', '', '']), [problem(5, 2)]);
    expect(plan.notes[0][1]).toBe(`${MARK_PREFIX}\nError: Enter the council.`);
    expect(plan.backgrounds[0]).toEqual([null, MARK_BACKGROUNDS.error, null]);
    expect(plan.notesChanged && plan.backgroundsChanged).toBe(true);
  });

  it('uses the warning colour when a cell has only warnings', () => {
    const plan = planMarks(block(['', '', '']), [problem(5, 3, 'warning')]);
    expect(plan.backgrounds[0][2]).toBe(MARK_BACKGROUNDS.warning);
  });

  it('puts every problem of a cell in one note', () => {
    const note = markNote([problem(5, 2), problem(5, 2, 'warning', 'Did you mean Leeds?')]);
    expect(note.split('\n')).toEqual([
      MARK_PREFIX,
      'Error: Enter the council.',
      'Warning: Did you mean Leeds?',
    ]);
  });

  it('clears its own mark when the problem is fixed', () => {
    const marked = block(
      ['', markNote([problem(5, 2)]), ''],
      [NO_BACKGROUND, MARK_BACKGROUNDS.error, NO_BACKGROUND],
    );
    const plan = planMarks(marked, []);
    expect(plan.notes[0]).toEqual(['', '', '']);
    expect(plan.backgrounds[0]).toEqual([null, null, null]);
  });

  it('leaves a person note and colour on a problem cell, and lists the problem as unmarked', () => {
    const plan = planMarks(block(['', 'Check with Sam', ''], [NO_BACKGROUND, '#00ff00', NO_BACKGROUND]), [
      problem(5, 2),
    ]);
    expect(plan.notes[0][1]).toBe('Check with Sam');
    expect(plan.backgrounds[0][1]).toBe('#00ff00');
    expect(plan.unmarked).toHaveLength(1);
    expect(plan.notesChanged || plan.backgroundsChanged).toBe(false);
  });

  it('adds its note to a cell a person coloured, keeping their colour, and gives the colour back when fixed', () => {
    const marked = planMarks(block(['', '', ''], [NO_BACKGROUND, '#ffff00', NO_BACKGROUND]), [problem(5, 2)]);
    expect(marked.backgrounds[0][1]).toBe('#ffff00');
    const fixed = planMarks(
      block(['', marked.notes[0][1], ''], [NO_BACKGROUND, '#ffff00', NO_BACKGROUND]),
      [],
    );
    expect(fixed.notes[0][1]).toBe('');
    expect(fixed.backgrounds[0][1]).toBe('#ffff00');
  });

  it('never clears a person note or colour on a cell without problems', () => {
    const plan = planMarks(block(['Mine', '', ''], ['#ff0000', NO_BACKGROUND, NO_BACKGROUND]), []);
    expect(plan.notes[0][0]).toBe('Mine');
    expect(plan.backgrounds[0][0]).toBe('#ff0000');
    expect(plan.notesChanged || plan.backgroundsChanged).toBe(false);
  });

  it('updates its own note when the problem changes', () => {
    const plan = planMarks(block(['', markNote([problem(5, 2)]), '']), [
      problem(5, 2, 'warning', 'Did you mean Leeds?'),
    ]);
    expect(plan.notes[0][1]).toContain('Did you mean Leeds?');
    expect(plan.notes[0][1]).not.toContain('Enter the council.');
  });

  it('recognises its notes by their prefix', () => {
    expect(isOwnNote(markNote([problem(5, 2)]))).toBe(true);
    expect(isOwnNote('Framework in Action is great')).toBe(false);
  });

  it('ignores problems outside the block', () => {
    const plan = planMarks(block(['', '', '']), [problem(9, 2)]);
    expect(plan.notesChanged || plan.backgroundsChanged).toBe(false);
  });
});

describe("the add-on's own part of a note", () => {
  const problem = (message: string): Problem => ({
    sheet: 'Examples',
    row: 5,
    column: 2,
    cell: 'B5',
    severity: 'error',
    field: 'name',
    message,
  });

  it('ends at the last Error or Warning line: what a person added below is theirs', () => {
    const note = `${markNote([problem('Enter the name.')])}\nAsked Jo.\nError: typed by Jo`;
    expect(splitOwnNote(note)).toEqual({
      own: `${MARK_PREFIX}\nError: Enter the name.`,
      added: 'Asked Jo.\nError: typed by Jo',
    });
  });

  it('writes a message with line breaks on one line, so its own part ends where it should', () => {
    const note = markNote([problem('B5 holds "a\nb" in a column.')]);
    expect(splitOwnNote(`${note}\nMine`).added).toBe('Mine');
  });

  it('keeps the added lines when the mark is removed', () => {
    const block = {
      row: 5,
      column: 2,
      notes: [[`${markNote([problem('Enter the name.')])}\nAsked Jo.`]],
      backgrounds: [[MARK_BACKGROUNDS.error]],
    };
    const plan = planMarks(block, []);
    expect(plan.notes).toEqual([['Asked Jo.']]);
    expect(plan.backgrounds).toEqual([[null]]);
  });
});
