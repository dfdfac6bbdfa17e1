// "Did you mean…?": edit distance, and the near-misses of a type or a council already in the sheet.

import { ACTION_TYPE_NAMES, type ActionType } from './action-types';
import { foldForMatch } from './text';

/** Optimal string alignment distance: insertions, deletions, substitutions and swapped neighbours cost 1. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * How many slips a word of this length may hold and still count as the same word: none in short
 * words (Bury and Bute are different councils), one from five letters, two from nine.
 */
export function allowedSlips(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** The type a misspelling most likely meant ("Tweek" → Tweak, "projects" → Project); null when none is close. */
export function suggestActionType(text: string): ActionType | null {
  const folded = foldForMatch(text);
  // Longer than any slip of "strategy": not a misspelt type, and edit distance over a 50,000-character cell is slow.
  if (folded === '' || folded.length > 20) return null;
  let best: { name: ActionType; distance: number } | null = null;
  for (const name of ACTION_TYPE_NAMES) {
    const target = name.toLowerCase();
    const distance = editDistance(folded, target);
    const prefix = folded.length >= 3 && target.startsWith(folded);
    const close = prefix || distance <= Math.max(1, allowedSlips(target.length));
    if (close && (best === null || distance < best.distance)) best = { name, distance };
  }
  return best?.name ?? null;
}

/** Two spellings name the same council: equal once case, spaces, punctuation and "&"/"and" are set aside, or a slip or two apart. */
export function isNearCouncil(a: string, b: string): boolean {
  const x = foldForMatch(a);
  const y = foldForMatch(b);
  // Council names are short; edit distance between two long cells would need their lengths multiplied in memory.
  if (x === '' || y === '' || Math.max(x.length, y.length) > 100) return false;
  if (x === y) return true;
  const slips = allowedSlips(Math.min(x.length, y.length));
  return slips > 0 && Math.abs(x.length - y.length) <= slips && editDistance(x, y) <= slips;
}

/** Each council spelling and how many rows use it, exactly as written (after trimming). */
export function councilSpellings(councils: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const council of councils) {
    const written = council.trim();
    if (written !== '') counts.set(written, (counts.get(written) ?? 0) + 1);
  }
  return counts;
}

/**
 * The spelling a council was probably meant to have: a different spelling of the same council already in
 * the sheet (the most used wins). Null when the spelling is in use elsewhere or the council is new.
 * @param council as written in the row or form
 * @param spellings every row's spelling with its count (councilSpellings)
 * @param ownRows how many of those counts are this row's own (1 for a sheet row, 0 for a draft)
 */
export function suggestCouncil(
  council: string,
  spellings: ReadonlyMap<string, number>,
  ownRows = 0,
): string | null {
  const written = council.trim();
  if (written === '' || (spellings.get(written) ?? 0) > ownRows) return null;
  let best: { spelling: string; count: number } | null = null;
  for (const [spelling, count] of spellings) {
    if (spelling === written || !isNearCouncil(written, spelling)) continue;
    if (best === null || count > best.count) best = { spelling, count };
  }
  return best?.spelling ?? null;
}
