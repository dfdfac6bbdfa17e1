// Formula-injection safety, in one place: text a spreadsheet would read as a formula stays plain text.

/** A value starting with one of these is read as a formula by Excel, Sheets or LibreOffice (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A CSV field: a leading apostrophe on anything that starts like a formula (OWASP's rule), the rest as it is. */
export function neutraliseField(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/**
 * A cell value for setValues: text always gets a leading apostrophe, which Sheets hides and which stops
 * it reading the text as a formula, a number or a date; so "=IMPORTDATA(…)", "1,700" or an ISO date
 * stay as written.
 */
export function asSheetText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/**
 * Text a person typed, for setValues: an apostrophe only where Sheets would otherwise read a formula, or
 * would swallow the person's own leading apostrophe; other text is written as it is.
 */
export function asCellText(text: string): string {
  return startsLikeFormula(text) || text.startsWith("'") ? `'${text}` : text;
}

/** Undoes asCellText for a grid that still holds the apostrophe (the stand-in, or a pasted copy). */
export function fromCellText(text: string): string {
  return text.startsWith("'") && (startsLikeFormula(text.slice(1)) || text.startsWith("''"))
    ? text.slice(1)
    : text;
}
