// The bundled examples as two clean tabs (one header row each), for a spreadsheet that has no table yet.

import { EXAMPLES_TAB, RESOURCES_TAB } from './export-text';
import { asSheetText } from './formula-safety';
import type { Catalogue, CellValue } from './model';
import { PRINCIPLES } from './principles';

export interface SeedTab {
  name: string;
  values: CellValue[][];
}

/** The headers the add-on itself recognises, principle columns named with their [n]. */
export const EXAMPLE_HEADERS: readonly string[] = [
  'No.',
  'Name',
  'Council',
  'What did the council do?',
  'Type of action',
  ...PRINCIPLES.map((p) => `${p.label} [${p.id}]`),
];

/** Text as text: never read back as a formula, number or date. */
function text(value: string): string {
  return asSheetText(value);
}

/** The examples tab's grid: one header row, then one row per example, notes under their principle. */
export function examplesGrid(catalogue: Pick<Catalogue, 'examples'>): CellValue[][] {
  const rows = catalogue.examples.map((e) => {
    const notes = PRINCIPLES.map((p) => text(e.notes.find((n) => n.principle === p.id)?.text ?? ''));
    const id = /^\d+$/.test(e.id) ? Number(e.id) : text(e.id);
    return [id, text(e.name), text(e.council), text(e.description), e.type, ...notes];
  });
  return [[...EXAMPLE_HEADERS], ...rows];
}

/** The Useful Resources tab's grid: Resource and Summary. */
export function resourcesGrid(catalogue: Pick<Catalogue, 'resources'>): CellValue[][] {
  return [['Resource', 'Summary'], ...catalogue.resources.map((r) => [text(r.name), text(r.summary)])];
}

/** A tab name not yet taken: the wanted one, else "Name (2)", "Name (3)"… */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** Both tabs, named so that neither replaces a tab the spreadsheet has. */
export function seedTabs(
  catalogue: Pick<Catalogue, 'examples' | 'resources'>,
  taken: readonly string[],
): SeedTab[] {
  const examples = freeSheetName(EXAMPLES_TAB, taken);
  const resources = freeSheetName(RESOURCES_TAB, [...taken, examples]);
  return [
    { name: examples, values: examplesGrid(catalogue) },
    { name: resources, values: resourcesGrid(catalogue) },
  ];
}
