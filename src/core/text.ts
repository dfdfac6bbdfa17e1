// Turning sheet cells into clean text: HTML fragments, entities, stray spaces, and keys for comparing.

import type { CellValue, Link } from './model';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  pound: '£',
  euro: '€',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * A cell's value as the text the sheet shows: numbers plainly, TRUE and FALSE as Sheets writes them, dates
 * as ISO dates on the spreadsheet's own calendar.
 * @param timeZone the spreadsheet's time zone: getValues() gives a date cell as the instant it starts in
 *   that zone, so reading it in UTC would give the day before for a sheet in London in summer
 */
export function cellText(value: CellValue | null | undefined, timeZone?: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value, timeZone);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** A date as yyyy-mm-dd in the zone, with hh:mm (and :ss) when the cell holds a time of day too. */
export function dateText(date: Date, timeZone = 'UTC'): string {
  if (Number.isNaN(date.getTime())) return '';
  const p = zonedParts(date, timeZone);
  const day = `${p.year}-${p.month}-${p.day}`;
  if (p.hour === '00' && p.minute === '00' && p.second === '00') return day;
  return `${day} ${p.hour}:${p.minute}${p.second === '00' ? '' : `:${p.second}`}`;
}

type DateParts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;

const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

/**
 * The wall-clock parts of an instant in a zone. A zone Intl does not know is read as UTC, and so is every
 * zone where Intl has no time zones at all, rather than fail a whole read over one date.
 */
function zonedParts(date: Date, timeZone: string): DateParts {
  if (!dateFormats.has(timeZone)) dateFormats.set(timeZone, zoneFormat(timeZone) ?? zoneFormat('UTC'));
  const format = dateFormats.get(timeZone);
  if (!format) {
    const iso = date.toISOString();
    return {
      year: iso.slice(0, 4),
      month: iso.slice(5, 7),
      day: iso.slice(8, 10),
      hour: iso.slice(11, 13),
      minute: iso.slice(14, 16),
      second: iso.slice(17, 19),
    };
  }
  const parts: DateParts = { year: '', month: '', day: '', hour: '', minute: '', second: '' };
  for (const part of format.formatToParts(date))
    if (part.type in parts) parts[part.type as keyof DateParts] = part.value;
  parts.year = parts.year.padStart(4, '0');
  return parts;
}

function zoneFormat(timeZone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
  } catch {
    return null;
  }
}

/** Any space but a single plain one between words: line breaks, tabs, no-break spaces, runs, ends. */
const NEEDS_TIDYING = /[^\S ]| {2}|^ | $/;

/** Spaces trimmed and runs of spaces folded, line by line; at most one blank line between paragraphs. */
export function tidySpaces(text: string): string {
  // Most cells are already tidy; one test spares them the split and join (this runs on every cell of a big sheet).
  if (!NEEDS_TIDYING.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const BLOCK_TAG = /<\/?(p|div|h[1-6]|ul|ol|table|tr|blockquote)\b[^>]*>/gi;
const TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/gi;

/**
 * The part of a text that can hold tags: up to its last '>'. Leaving out the tail, where a '<' can never be
 * closed, keeps every tag pattern linear: otherwise each unclosed '<' would scan to the end of the text.
 */
function taggable(text: string): number {
  return text.lastIndexOf('>') + 1;
}

export function hasMarkup(text: string): boolean {
  TAG.lastIndex = 0;
  return TAG.test(text.slice(0, taggable(text)));
}

/** The address in an anchor's opening tag, or null when it has none. */
function hrefOf(tag: string): string | null {
  const match = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  return match ? (match[1] ?? match[2]) : null;
}

/**
 * Each <a href="…">…</a> becomes its inner HTML, its address kept as a link. A scan with indexOf rather
 * than one pattern, so a pasted cell of broken anchors costs time in proportion to its length.
 */
function takeAnchors(html: string, links: Link[]): string {
  const lower = html.toLowerCase();
  let out = '';
  let from = 0;
  // Many '<a' inside one long tag share its end and, when it has none, its lack of an href: look once.
  let known = { tagEnd: -1, href: null as string | null };
  for (let at = lower.indexOf('<a', from); at !== -1; at = lower.indexOf('<a', from)) {
    const isAnchor = /[\s>]/.test(lower[at + 2] ?? '');
    if (isAnchor && known.tagEnd < at) {
      const tagEnd = html.indexOf('>', at);
      known = { tagEnd, href: tagEnd === -1 ? null : hrefOf(html.slice(at, tagEnd)) };
    }
    const tagEnd = isAnchor ? known.tagEnd : -1;
    const href = isAnchor ? known.href : null;
    const close = href === null ? null : closingAnchor(lower, tagEnd + 1);
    if (href === null || close === null) {
      out += html.slice(from, at + 2);
      from = at + 2;
      if (tagEnd !== -1 && href !== null) break; // an anchor never closed: none after it closes either
      continue;
    }
    const inner = html.slice(tagEnd + 1, close.start);
    links.push({
      text: tidySpaces(decodeEntities(inner.replace(/<[^>]*>/g, ''))),
      url: decodeEntities(href).trim(),
    });
    out += html.slice(from, at) + inner;
    from = close.end;
  }
  return out + html.slice(from);
}

/** Where the next </a> (spaces allowed before its '>') starts and ends, from a position on. */
function closingAnchor(lower: string, from: number): { start: number; end: number } | null {
  for (let at = lower.indexOf('</a', from); at !== -1; at = lower.indexOf('</a', at + 3)) {
    const match = /^<\/a\s*>/.exec(lower.slice(at, at + 40));
    if (match) return { start: at, end: at + match[0].length };
  }
  return null;
}

/** HTML fragments as plain text with paragraph breaks, and the links their anchors held. */
export function htmlToText(raw: string): { text: string; links: Link[] } {
  const links: Link[] = [];
  if (!raw.includes('<') && !raw.includes('&')) return { text: tidySpaces(raw), links };
  const end = taggable(raw);
  const text = takeAnchors(raw.slice(0, end), links)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(BLOCK_TAG, '\n\n')
    .replace(TAG, '');
  return { text: tidySpaces(decodeEntities(text + raw.slice(end))), links };
}

/** Lower case, accents removed, '&' read as 'and', punctuation dropped, spaces folded: for matching. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 1 → 'A', 27 → 'AA'. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** The link a =HYPERLINK("url", "label") formula makes; null for any other formula. */
export function hyperlinkFromFormula(formula: string): Link | null {
  const match = /^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$/i.exec(formula);
  if (!match) return null;
  const url = match[1].replace(/""/g, '"');
  return { url, text: (match[2] ?? match[1]).replace(/""/g, '"') };
}

/** UTF-8 bytes of a string (Apps Script has no TextEncoder). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
