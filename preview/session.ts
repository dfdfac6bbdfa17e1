// The add-on running in the preview: the built dist/Code.js on the stand-in, its saved workbook, and each call.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type CellValue,
  createStandIn,
  loadAppsScript,
  type StandIn,
  type WorkbookSeed,
} from '../apps-script-standin/index';
import { scriptRunResult } from '../apps-script-standin/script-run-values';
import { columnNumber } from '../apps-script-standin/spreadsheet/a1';
import { displayValue } from '../apps-script-standin/spreadsheet/cell-values';
import { workbookFromExportText } from '../src/core/export-text';
import type { CallOutcome, UiCounts, WorkbookView } from './page/protocol';
import { breaksRule, refusal, ruleAt } from './page/validation';

type AddonFunctions = Record<string, (...args: unknown[]) => unknown>;

const TIME_ZONE = 'Europe/London';

/** The seed export in data/, as the spreadsheet a council would have copied. */
export function seedFromData(root: string): WorkbookSeed {
  const text = readFileSync(`${root}/data/framework-in-action-export.txt`, 'utf8');
  return {
    name: 'Framework in Action (copy)',
    sheets: workbookFromExportText(text).map((sheet) => ({
      name: sheet.name,
      values: sheet.values as CellValue[][],
    })),
  };
}

/** The workbook saved by an earlier run, or null when there is none (or it cannot be read, which is said). */
export function readSavedWorkbook(statePath: string, log: (line: string) => void): WorkbookSeed | null {
  if (!existsSync(statePath)) return null;
  try {
    const seed = JSON.parse(readFileSync(statePath, 'utf8')) as WorkbookSeed;
    if (!Array.isArray(seed.sheets)) throw new Error('it holds no sheets');
    return seed;
  } catch (error) {
    setAside(statePath, `it cannot be read (${(error as Error).message})`, log);
    return null;
  }
}

/** Keeps a saved workbook the preview cannot use beside the new one, rather than writing over it. */
export function setAside(statePath: string, why: string, log: (line: string) => void): void {
  const aside = `${statePath}.unreadable`;
  renameSync(statePath, aside);
  log(`The saved workbook ${statePath} was set aside as ${aside}: ${why}. Starting again from data/.`);
}

/**
 * The message google.script.run's failure handler gets. Apps Script prefixes a service's own errors
 * with "Exception: "; errors the script throws keep their name ("Error: ", "TypeError: ").
 * The stand-in's errors come from this realm, the script's from the vm's, which tells them apart.
 */
export function failureMessage(error: unknown): string {
  if (error instanceof Error) return `Exception: ${error.message}`;
  if (error !== null && typeof error === 'object' && 'message' in error) {
    const name = 'name' in error ? String(error.name) : 'Error';
    return `${name}: ${String(error.message)}`;
  }
  return String(error);
}

/** What Apps Script allows google.script.run to call: a declared function whose name does not end in "_". */
function isCallable(functions: AddonFunctions, name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name) && !name.endsWith('_') && Object.hasOwn(functions, name);
}

function throughJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export interface SessionFiles {
  code: string;
  sidebar: string;
}

export class AddonSession {
  standIn!: StandIn;
  version = 0;
  onOpenError: string | null = null;
  #functions: AddonFunctions = {};

  constructor(
    readonly files: SessionFiles,
    seed: WorkbookSeed,
    readonly statePath: string | null,
  ) {
    this.reset(seed);
  }

  /** Starts the add-on again on a workbook: a new stand-in, then onOpen as Sheets runs it (AuthMode.NONE). */
  reset(seed: WorkbookSeed): void {
    this.standIn = createStandIn(seed, { files: { Sidebar: this.files.sidebar }, timeZone: TIME_ZONE });
    this.#functions = loadAppsScript(this.files.code, this.standIn);
    this.onOpenError = null;
    const onOpen = this.#functions.onOpen;
    if (onOpen) {
      this.standIn.setAuthMode('NONE');
      try {
        onOpen({ authMode: 'NONE', source: null, user: null });
      } catch (error) {
        this.onOpenError = failureMessage(error);
      } finally {
        this.standIn.setAuthMode('FULL');
      }
    }
    this.standIn.calls.reset();
    this.#changed();
  }

  /** A google.script.run call: JSON arguments in, JSON result out, an error as its message. */
  run(name: string, args: unknown[]): CallOutcome {
    if (!isCallable(this.#functions, name)) return { error: `Script function not found: ${name}` };
    try {
      // The page checked the arguments (script-run-shim.ts); the result is converted as Google converts it.
      return {
        result: throughJson(scriptRunResult(this.#functions[name](...(throughJson(args) as unknown[])))),
      };
    } catch (error) {
      return { error: failureMessage(error) };
    } finally {
      this.#changed();
    }
  }

  /** A menu item: the function runs with no arguments, as Sheets calls it. */
  menu(functionName: string): CallOutcome {
    return this.run(functionName, []);
  }

  /** A person typing into a cell, then the onEdit simple trigger if the add-on has one. */
  edit(sheet: string, a1: string, text: string): CallOutcome {
    const refused = this.#refusedByRule(sheet, a1, text);
    if (refused) return { error: refused };
    let event: unknown;
    try {
      event = this.standIn.edit(sheet, a1, [[text]]);
    } catch (error) {
      return { error: (error as Error).message };
    }
    try {
      // A simple trigger: Sheets runs it in AuthMode.LIMITED, without the scopes a sidebar or dialog needs.
      const onEdit = this.#functions.onEdit;
      if (onEdit) this.standIn.asSimpleTrigger(() => onEdit(event));
      return { result: null };
    } catch (error) {
      // Sheets keeps the edit and only logs a failed trigger; the preview says so.
      return { error: `The edit was made, but onEdit failed: ${failureMessage(error)}` };
    } finally {
      this.#changed();
    }
  }

  /** A strict dropdown rule refuses what is not on its list, as Sheets does when a person types it. */
  #refusedByRule(sheetName: string, a1: string, text: string): string | null {
    const sheet = this.standIn.snapshot().sheets.find((s) => s.name === sheetName);
    const cell = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!sheet || !cell) return null;
    const rule = ruleAt(sheet, Number(cell[2]), columnNumber(cell[1]));
    return rule && !rule.allowInvalid && breaksRule(rule, text) ? refusal(rule, a1, text) : null;
  }

  uiCounts(): UiCounts {
    const ui = this.standIn.ui;
    return {
      version: this.version,
      sidebars: ui.sidebars.length,
      dialogs: ui.dialogs.length,
      alerts: ui.alerts.length,
      toasts: ui.toasts.length,
    };
  }

  /** The workbook as the grid shows it: each cell's displayed text, its marks, the selection and the menus. */
  view(): WorkbookView {
    const snapshot = this.standIn.snapshot();
    const ui = this.standIn.ui;
    return {
      counts: this.uiCounts(),
      name: snapshot.name ?? '',
      activeSheet: snapshot.activeSheet ?? snapshot.sheets[0]?.name ?? '',
      activeRange: this.standIn.selection(),
      sheets: snapshot.sheets.map((sheet) => ({
        ...sheet,
        values: [],
        text: sheet.values.map((row) => row.map((value) => displayValue(value, TIME_ZONE))),
      })),
      menus: ui.menus,
      sidebarTitles: ui.sidebars.map((s) => s.title),
      dialogTitles: ui.dialogs.map((d) => d.title),
      alerts: [...ui.alerts],
      toasts: [...ui.toasts],
      onOpenError: this.onOpenError,
    };
  }

  #changed(): void {
    this.version++;
    if (this.statePath) saveWorkbook(this.statePath, this.standIn.snapshot());
  }
}

/** Written whole to a temporary file, then renamed, so a Ctrl-C mid-write never leaves half a workbook. */
function saveWorkbook(statePath: string, seed: WorkbookSeed): void {
  mkdirSync(dirname(statePath), { recursive: true });
  const temporary = `${statePath}.tmp`;
  writeFileSync(temporary, JSON.stringify(seed));
  renameSync(temporary, statePath);
}
