// How Sheets turns typed or written text into a value, and a value into the text a cell shows.

import { formatDate, zonedTime } from '../time-zone';
import type { CellValue } from '../types';
import { parseFormattedNumber } from './typed-text';

export function isDate(value: unknown): value is Date {
  // Dates made inside the script's vm context are not `instanceof` this realm's Date.
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** What a write stores in a cell: a literal value, or a formula. */
export interface ParsedInput {
  value: CellValue;
  formula: string;
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Like the Sheets UI (and Range.setValue, which parses strings the same way): '=…' is a formula,
 * a leading apostrophe forces text, and plain numbers, TRUE/FALSE and yyyy-MM-dd[ HH:mm[:ss]]
 * dates, grouped numbers ("1,700") and percentages ("100%") become typed values. A '@' (plain text)
 * number format keeps the string as it is. Currencies and locale dates stay text here: a known gap.
 */
export function parseInput(input: unknown, timeZone: string, numberFormat = ''): ParsedInput {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  if (isDate(input)) return { value: new Date(input.getTime()), formula: '' };
  const text = String(input);
  if (numberFormat === '@') return { value: text, formula: '' };
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const trimmed = text.trim();
  if (PLAIN_NUMBER.test(trimmed)) return { value: Number(trimmed), formula: '' };
  const formatted = parseFormattedNumber(trimmed);
  if (formatted !== null) return { value: formatted, formula: '' };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: '' };
  const day = ISO_DAY.exec(trimmed);
  if (day) {
    const [, y, m, d, hh, mm, ss] = day;
    const date = zonedTime(
      timeZone,
      Number(y),
      Number(m),
      Number(d),
      Number(hh ?? 0),
      Number(mm ?? 0),
      Number(ss ?? 0),
    );
    if (!Number.isNaN(date.getTime())) return { value: date, formula: '' };
  }
  return { value: text, formula: '' };
}

/** Sheets' "Automatic" format, simplified: plain numbers to 10 significant digits, ISO-like dates. */
export function displayValue(value: CellValue, timeZone: string): string {
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return String(value);
    return String(Number.parseFloat(value.toPrecision(10)));
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) {
    const time = formatDate(value, timeZone, 'HH:mm:ss');
    return formatDate(value, timeZone, time === '00:00:00' ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm:ss');
  }
  return value;
}

export function copyValue(value: CellValue): CellValue {
  return isDate(value) ? new Date(value.getTime()) : value;
}
