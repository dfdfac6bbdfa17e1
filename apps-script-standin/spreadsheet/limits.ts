// Google's per-cell limits on writes: a value, formula or rich text of more than 50,000 characters is refused.

/** Sheets' own limit on one cell's content; its error message names the number without a separator. */
export const MAX_CELL_CHARACTERS = 50_000;

/**
 * Google documents no limit on a note. The stand-in assumes the cell's own 50,000, so that a note the
 * add-on could not write in Sheets is refused here too; `npm run live-check` measures the real answer.
 */
export const MAX_NOTE_CHARACTERS = 50_000;

export const CELL_TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`;
export const NOTE_TOO_LONG = `Your note contains more than the maximum of ${MAX_NOTE_CHARACTERS} characters.`;

/** The characters a write puts in a cell: text as given (a leading apostrophe counts), other values as shown. */
function written(value: unknown): number {
  if (typeof value === 'string') return value.length;
  return 0;
}

function check(
  grid: readonly (readonly unknown[])[],
  length: (v: unknown) => number,
  max: number,
  message: string,
) {
  for (const row of grid) {
    if (!Array.isArray(row)) return;
    for (const value of row) if (length(value) > max) throw new Error(message);
  }
}

/** setValues, setValue, setFormulas, setFormula and appendRow: refused whole, before any cell changes, as in Sheets. */
export function checkCellWrite(grid: readonly (readonly unknown[])[]): void {
  check(grid, written, MAX_CELL_CHARACTERS, CELL_TOO_LONG);
}

/** setRichTextValues: the text of each rich text value. */
export function checkRichTextWrite(
  grid: readonly (readonly unknown[])[],
  textOf: (v: unknown) => string | null,
): void {
  check(grid, (v) => textOf(v)?.length ?? 0, MAX_CELL_CHARACTERS, CELL_TOO_LONG);
}

/** setNotes and setNote. */
export function checkNoteWrite(grid: readonly (readonly unknown[])[]): void {
  check(
    grid,
    (v) => (v === null || v === undefined ? 0 : String(v).length),
    MAX_NOTE_CHARACTERS,
    NOTE_TOO_LONG,
  );
}
