// Runs the built add-on (dist/Code.js) in a vm against the Apps Script stand-in, as Apps Script would.

import { readFileSync } from 'node:fs';
import {
  type CellValue,
  createStandIn,
  loadAppsScript,
  type StandIn,
  type StandInOptions,
  type Variants,
  type WorkbookSeed,
} from '../../apps-script-standin/index';
import { scriptRunArguments, scriptRunResult } from '../../apps-script-standin/script-run-values';
import type { SidebarApi } from '../../src/core/api';
import { workbookFromExportText } from '../../src/core/export-text';
import { SEED_TEXT } from '../core/seed';

const DIST = new URL('../../dist/', import.meta.url);

export function builtFile(name: string): string {
  return readFileSync(new URL(name, DIST), 'utf8');
}

export interface LoadedAddon {
  standIn: StandIn;
  /** The sidebar API called as google.script.run would: arguments and results checked and converted as Google does. */
  run: SidebarApi;
  /** The raw functions, for triggers (onOpen, onEdit) whose arguments are live objects. */
  raw: Record<string, (...args: unknown[]) => unknown>;
}

/** The answers to undocumented behaviours that every loadAddon in this test file gets (a file such as navigator.sheet-names-any-case.test.ts re-runs a suite under another answer). */
let fileVariants: Partial<Variants> = {};

export function useVariantsForThisFile(variants: Partial<Variants>): void {
  fileVariants = variants;
}

export function loadAddon(seed: WorkbookSeed = seedSpreadsheet(), options: StandInOptions = {}): LoadedAddon {
  const standIn = createStandIn(seed, {
    files: { Sidebar: builtFile('Sidebar.html') },
    ...options,
    variants: { ...fileVariants, ...options.variants },
  });
  const raw = loadAppsScript(builtFile('Code.js'), standIn);
  const run = new Proxy({} as SidebarApi, {
    get: (_target, name: string) => {
      const fn = raw[name];
      if (typeof fn !== 'function') throw new Error(`dist/Code.js declares no global function ${name}`);
      return (...args: unknown[]) => {
        return scriptRunResult(fn(...scriptRunArguments(args)));
      };
    },
  });
  return { standIn, run, raw };
}

/** The seed export as a spreadsheet: the examples tab, Useful Resources and the key. */
export function seedSpreadsheet(): WorkbookSeed {
  return {
    name: 'Framework in Action (copy)',
    sheets: workbookFromExportText(SEED_TEXT).map((s) => ({ ...s })),
  };
}

/** The seed's examples tab with its example rows repeated until there are `count` examples, numbered on. */
export function spreadsheetWithExamples(count: number): WorkbookSeed {
  const seed = seedSpreadsheet();
  const tab = seed.sheets[0];
  const exampleRows = tab.values.filter((row) => typeof row[0] === 'number');
  const extra: CellValue[][] = [];
  for (let n = exampleRows.length + 1; n <= count; n++) {
    const row = [...exampleRows[(n - 1) % exampleRows.length]];
    row[0] = n;
    extra.push(row);
  }
  tab.values = [...tab.values, ...extra];
  return seed;
}
