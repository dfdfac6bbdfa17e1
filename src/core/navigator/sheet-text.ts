// Text a person typed, made safe to put in a cell: never read as a formula.

/** Cells starting with these would be taken for a formula (or a DDE payload in CSV). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading apostrophe makes Sheets keep the text as typed; Sheets does not show it or return it. */
export function asCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes asCellText for a grid that still holds the apostrophe (the stand-in, or a pasted copy). */
export function fromCellText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Text Sheets must not turn into a date or number (an ISO date, say): the apostrophe keeps it as written. */
export function asLiteralText(text: string): string {
  return `'${text}`;
}
