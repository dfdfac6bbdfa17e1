// The difference between two stand-in snapshots, cell by cell: what an operation changed, and nothing else.

import type { WorkbookSeed } from '../../apps-script-standin/index';
import { a1 } from '../../src/core/text';

/** What a cell nobody formatted holds: the same as a cell that is not in the grid at all. */
const DEFAULTS: Record<string, unknown> = { backgrounds: '#ffffff', fontWeights: 'normal' };

const CELL_GRIDS = [
  'values',
  'formulas',
  'notes',
  'backgrounds',
  'fontWeights',
  'numberFormats',
  'richLinks',
] as const;

/**
 * Every fact a snapshot holds, keyed "Tab!B12 values", "Tab!E90 validation", "Tab filter",
 * "documentProperties key": empty cells and absent facts are left out, so a key that appears or
 * disappears is a change.
 */
export function flattenSnapshot(snapshot: WorkbookSeed): Map<string, string> {
  const facts = new Map<string, string>();
  const put = (key: string, value: unknown) => {
    if (value === '' || value === null || value === undefined) return;
    facts.set(key, JSON.stringify(value));
  };
  put(
    'tabs',
    snapshot.sheets.map((s) => s.name),
  );
  put('activeSheet', snapshot.activeSheet);
  for (const sheet of snapshot.sheets) {
    for (const kind of CELL_GRIDS) {
      const grid = (sheet[kind] as unknown[][] | undefined) ?? [];
      grid.forEach((row, r) => {
        row?.forEach((value, c) => {
          if (value !== DEFAULTS[kind]) put(`${sheet.name}!${a1(r + 1, c + 1)} ${kind}`, value);
        });
      });
    }
    for (const rule of sheet.validations ?? [])
      for (const cell of cellsOf(rule.range))
        put(`${sheet.name}!${cell} validation`, { ...rule, range: undefined });
    for (const [key, value] of Object.entries(sheet))
      if (!(CELL_GRIDS as readonly string[]).includes(key) && key !== 'validations' && key !== 'name')
        put(`${sheet.name} ${key}`, value);
  }
  const stores = ['documentProperties', 'userProperties', 'scriptProperties'] as const;
  for (const store of stores)
    for (const [key, value] of Object.entries(snapshot[store] ?? {})) put(`${store} ${key}`, value);
  // Anything else a snapshot comes to hold is compared whole, so no change goes unseen.
  const handled: string[] = ['sheets', 'activeSheet', ...stores];
  for (const [key, value] of Object.entries(snapshot)) if (!handled.includes(key)) put(key, value);
  return facts;
}

/** What changed between two snapshots: key → [before, after], undefined where the fact was absent. */
export function snapshotDiff(
  before: WorkbookSeed,
  after: WorkbookSeed,
): Record<string, [string | undefined, string | undefined]> {
  const [was, is] = [flattenSnapshot(before), flattenSnapshot(after)];
  const diff: Record<string, [string | undefined, string | undefined]> = {};
  for (const key of [...new Set([...was.keys(), ...is.keys()])].sort())
    if (was.get(key) !== is.get(key)) diff[key] = [was.get(key), is.get(key)];
  return diff;
}

/** The changed keys only, for "exactly these cells changed". */
export function changedKeys(before: WorkbookSeed, after: WorkbookSeed): string[] {
  return Object.keys(snapshotDiff(before, after));
}

/** The cells of a one-column range such as "E84:E1000" (or a single cell). */
function cellsOf(range: string): string[] {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range);
  if (!match) return [range];
  const [, column, first, , last] = match;
  const rows = Number(last ?? first) - Number(first) + 1;
  return Array.from({ length: rows }, (_, i) => `${column}${Number(first) + i}`);
}
