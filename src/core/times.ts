// Times as people read them ("3 Dec 2026, 19:13"), one rule for the sheet, the exports and the sidebar.

/** A moment's calendar parts in some time zone: month 1-12. Core has no time zones; callers bring the parts. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The pattern the server gives Utilities.formatDate, so zonedPartsFromText can read its answer. */
export const ZONED_PATTERN = 'yyyy-MM-dd HH:mm';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');

/** "3 Dec 2026, 19:13": day without a leading zero, short month, 24-hour clock, as GOV.UK writes times. */
export function readableTime(parts: ZonedParts): string {
  return `${parts.day} ${MONTHS[parts.month - 1]} ${parts.year}, ${pad(parts.hour)}:${pad(parts.minute)}`;
}

/** "2026-12-03", for file names that sort by date. */
export function sortableDay(parts: ZonedParts): string {
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** Parts from "yyyy-MM-dd HH:mm" (Utilities.formatDate with ZONED_PATTERN); null for anything else. */
export function zonedPartsFromText(text: string): ZonedParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute };
}

/** A moment's parts in UTC, for a time whose zone is not known (say so beside it). */
export function utcParts(date: Date): ZonedParts {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

/** A moment's parts in the zone of whoever runs this: the sidebar's browser. */
export function browserParts(date: Date): ZonedParts {
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
  };
}

/** An ISO time whose zone is not known, read as "3 Dec 2026, 18:13 UTC"; '' when it is not a time. */
export function readableUtc(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : `${readableTime(utcParts(date))} UTC`;
}
