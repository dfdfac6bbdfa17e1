// Google Sheets' documented size limits, checked before writing so a write never fails half way.

/** Sheets holds at most 50,000 characters in one cell. */
export const CELL_CHARACTER_LIMIT = 50_000;

/**
 * Text cut to at most `max` characters, ending with "…" when cut, never splitting a surrogate pair
 * (an emoji cut in half would be written as a broken character).
 */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Text that fits one cell once written with setValues: one character is kept back for the leading
 * apostrophe that keeps text as text (Sheets does not store it, but a write is safest measured with it).
 */
export function fitCell(text: string): string {
  return shortenText(text, CELL_CHARACTER_LIMIT - 1);
}
