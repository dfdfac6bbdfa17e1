// Saved views: named filters kept in the document's properties, one property per view, with their rules.

import { parseActionType } from './action-types';
import type { Query } from './model';
import { isPrincipleId } from './principles';

export interface SavedView {
  name: string;
  query: Query;
  /** ISO string. */
  savedAt: string;
}

/** What a change to the saved views did: always the list as it now stands, so the sidebar can show it. */
export interface SavedViewsResult {
  ok: boolean;
  message: string;
  views: SavedView[];
}

/** Property keys start with this, so views share the document store with other features safely. */
export const VIEW_KEY_PREFIX = 'savedView:';
export const MAX_NAME_LENGTH = 60;
/** Apps Script's documented quotas for properties: 9 KB per value, 500 KB per store. */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

const MAX_TEXT_LENGTH = 500;
const MAX_COUNCILS = 200;

export function viewKey(name: string): string {
  return `${VIEW_KEY_PREFIX}${name}`;
}

/** A name as it is stored: spaces trimmed and folded, so "  Open  data " and "Open data" are one name. */
export function tidyViewName(name: unknown): string {
  return typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '';
}

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, 'en', { sensitivity: 'accent' }) === 0;
}

/** What is wrong with a name, in words, or null when it can be used. `ignoring` is the view being renamed. */
export function viewNameProblem(name: string, views: readonly SavedView[], ignoring?: string): string | null {
  if (name === '') return 'Enter a name for the view, for example "Open data in Kirklees".';
  if ([...name].length > MAX_NAME_LENGTH) {
    return `The name must be ${MAX_NAME_LENGTH} characters or fewer. Shorten it and try again.`;
  }
  const taken = views.find(
    (v) => sameName(v.name, name) && !(ignoring !== undefined && sameName(v.name, ignoring)),
  );
  if (taken)
    return `There is already a view called "${taken.name}". Choose another name, or delete that view first.`;
  return null;
}

/** A query made safe to keep and to apply: only known principles and types, strings where strings go. */
export function readQuery(value: unknown): Query {
  const raw = (value !== null && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const query: Query = { match: raw.match === 'all' ? 'all' : 'any' };
  const principles = [...new Set(list(raw.principles).filter(isPrincipleId))];
  if (principles.length) query.principles = principles;
  const types = [
    ...new Set(list(raw.types).map((t) => (typeof t === 'string' ? parseActionType(t) : null))),
  ].filter((t) => t !== null);
  if (types.length) query.types = types;
  const councils = [...new Set(list(raw.councils).filter((c): c is string => typeof c === 'string'))];
  if (councils.length) query.councils = councils.slice(0, MAX_COUNCILS);
  if (typeof raw.text === 'string' && raw.text.trim() !== '') query.text = raw.text.slice(0, MAX_TEXT_LENGTH);
  return query;
}

/** The views in a document's properties, by name; anything unreadable is passed over, never thrown. */
export function readSavedViews(properties: Readonly<Record<string, string>>): SavedView[] {
  const views: SavedView[] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (!key.startsWith(VIEW_KEY_PREFIX)) continue;
    try {
      const stored = JSON.parse(value) as { query?: unknown; savedAt?: unknown };
      const savedAt = typeof stored.savedAt === 'string' ? stored.savedAt : '';
      views.push({ name: key.slice(VIEW_KEY_PREFIX.length), query: readQuery(stored.query), savedAt });
    } catch {
      // A value someone edited by hand: leave it where it is rather than lose it.
    }
  }
  return views.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true }));
}

export function storedView(view: SavedView): string {
  return JSON.stringify({ query: view.query, savedAt: view.savedAt });
}

/** UTF-8 length, counted by hand: Apps Script has no TextEncoder. */
export function utf8Bytes(text: string): number {
  let total = 0;
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    total += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return total;
}
const bytes = utf8Bytes;

/**
 * What stops writing `key` = `value` (and removing `removing`): the one value over Google's per-value
 * quota, or the store over its total; null when it fits. Each has its own message, since each has its own fix.
 */
export function storeProblem(
  properties: Readonly<Record<string, string>>,
  key: string,
  value: string,
  removing?: string,
): string | null {
  if (bytes(value) > PROPERTY_VALUE_LIMIT_BYTES) return VIEW_TOO_LARGE_MESSAGE;
  let total = bytes(key) + bytes(value);
  for (const [k, v] of Object.entries(properties)) {
    if (k !== key && k !== removing) total += bytes(k) + bytes(v);
  }
  return total <= PROPERTY_STORE_LIMIT_BYTES ? null : STORE_FULL_MESSAGE;
}

/** Whether writing `key` = `value` (and removing `removing`) keeps the store inside its quotas. */
export function fitsStore(
  properties: Readonly<Record<string, string>>,
  key: string,
  value: string,
  removing?: string,
): boolean {
  return storeProblem(properties, key, value, removing) === null;
}

export const VIEW_TOO_LARGE_MESSAGE =
  'This view holds too much to save as one view: Google keeps at most 9 KB for each. Untick some councils or shorten the search words, then save it again.';

export const STORE_FULL_MESSAGE =
  'There is no room left to save views in this spreadsheet. Delete a saved view you no longer need, then try again.';

export function missingViewMessage(name: string): string {
  return `There is no saved view called "${name}" any more: someone may have renamed or deleted it. The list now shows the views there are.`;
}
