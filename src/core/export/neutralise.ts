// Formula-injection safety: text that a spreadsheet would read as a formula is made plain text.

/** A field starting with one of these is read as a formula by Excel, Sheets or LibreOffice (OWASP's list). */
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
 * it reading the text as a formula, a number or a date; so "=IMPORTDATA(…)" or "1,700" stay as written.
 */
export function asSheetText(text: string): string {
  return text === '' ? '' : `'${text}`;
}
