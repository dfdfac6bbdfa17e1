// Which cells get or lose the add-on's validation marks: a pure plan from the cells' notes and colours and the problems.

import type { Problem, Severity } from './model';

/** Every note the add-on writes starts with this, so it can tell its own notes from a person's. */
export const MARK_PREFIX = 'Framework in Action check:';

/** Soft colours outside Sheets' palette, so a colour a person picked is not mistaken for a mark. */
export const MARK_BACKGROUNDS: Record<Severity, string> = { error: '#fce8e6', warning: '#fef7e0' };

/** What getBackgrounds() gives for a cell nobody coloured. */
export const NO_BACKGROUND = '#ffffff';

/** A block of cells as read: notes and backgrounds from one call each, starting at (row, column). */
export interface MarkedBlock {
  row: number;
  column: number;
  notes: string[][];
  backgrounds: string[][];
}

export interface MarkPlan {
  /** The whole block's notes to write back (a person's notes unchanged). */
  notes: string[][];
  /** The whole block's backgrounds to write back; null resets a cell to no colour. */
  backgrounds: (string | null)[][];
  notesChanged: boolean;
  backgroundsChanged: boolean;
  /** Problems whose cell keeps a person's own note, so only the sidebar shows them. */
  unmarked: Problem[];
}

export function isOwnNote(note: string): boolean {
  return note.startsWith(MARK_PREFIX);
}

const MARK_LINE = /^(Error|Warning): /;

/**
 * A note the add-on wrote, split into its own part (the prefix line and the "Error: …" / "Warning: …"
 * lines after it) and what a person added below it, which is theirs and stays when the mark goes.
 */
export function splitOwnNote(note: string): { own: string; added: string } {
  if (!isOwnNote(note)) return { own: '', added: note };
  const lines = note.split('\n');
  let end = 1;
  while (end < lines.length && MARK_LINE.test(lines[end])) end++;
  return { own: lines.slice(0, end).join('\n'), added: lines.slice(end).join('\n') };
}

/** Only the problems on these rows: checks mark example rows, never a council's rows below or beside the table. */
export function onExampleRows(problems: readonly Problem[], isExample: (row: number) => boolean): Problem[] {
  return problems.filter((p) => isExample(p.row));
}

/** The note for a cell's problems: the prefix, then one line per problem. */
export function markNote(problems: readonly Problem[]): string {
  return [
    MARK_PREFIX,
    // One line per problem, so the add-on's part ends where a person's own lines begin.
    ...problems.map(
      (p) => `${p.severity === 'error' ? 'Error' : 'Warning'}: ${p.message.replace(/\s*\n\s*/g, ' ')}`,
    ),
  ].join('\n');
}

/**
 * Marks the block's problem cells and unmarks its fixed ones, touching only the add-on's own marks:
 * a cell with a person's note is left as it is, and a person's colour is never replaced or cleared.
 * @param problems the problems for the rows of this block (others are ignored)
 */
export function planMarks(block: MarkedBlock, problems: readonly Problem[]): MarkPlan {
  const byCell = groupByCell(problems);
  const unmarked: Problem[] = [];
  let notesChanged = false;
  let backgroundsChanged = false;
  const notes = block.notes.map((row) => [...row]);
  const backgrounds = block.backgrounds.map((row, r) =>
    row.map((colour, c) => {
      const cellProblems = byCell.get(`${block.row + r}:${block.column + c}`) ?? [];
      const note = block.notes[r][c] ?? '';
      const mark = planCell(note, colour, cellProblems);
      if (mark === 'person') unmarked.push(...cellProblems);
      else {
        notesChanged ||= mark.note !== note;
        notes[r][c] = mark.note;
        backgroundsChanged ||= !sameColour(mark.background, colour);
        return mark.background;
      }
      return unchanged(colour);
    }),
  );
  return { notes, backgrounds, notesChanged, backgroundsChanged, unmarked };
}

function planCell(
  note: string,
  colour: string,
  problems: readonly Problem[],
): 'person' | { note: string; background: string | null } {
  const ownNote = isOwnNote(note);
  if (note !== '' && !ownNote) return 'person';
  const { added } = splitOwnNote(note);
  const ownColour = ownNote && isMarkColour(colour);
  const free = ownColour || sameColour(colour, NO_BACKGROUND);
  if (problems.length === 0) return { note: added, background: ownColour ? null : unchanged(colour) };
  const worst: Severity = problems.some((p) => p.severity === 'error') ? 'error' : 'warning';
  const marked = added === '' ? markNote(problems) : `${markNote(problems)}\n${added}`;
  return { note: marked, background: free ? MARK_BACKGROUNDS[worst] : unchanged(colour) };
}

function groupByCell(problems: readonly Problem[]): Map<string, Problem[]> {
  const byCell = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (problem.row <= 0 || problem.column <= 0) continue;
    const key = `${problem.row}:${problem.column}`;
    byCell.set(key, [...(byCell.get(key) ?? []), problem]);
  }
  return byCell;
}

function isMarkColour(colour: string): boolean {
  return Object.values(MARK_BACKGROUNDS).some((mark) => sameColour(mark, colour));
}

function sameColour(a: string | null, b: string | null): boolean {
  return (a ?? NO_BACKGROUND).toLowerCase() === (b ?? NO_BACKGROUND).toLowerCase();
}

/** A colour written back as it was; no colour stays no colour (writing white would hide alternating colours). */
function unchanged(colour: string): string | null {
  return sameColour(colour, NO_BACKGROUND) ? null : colour;
}
