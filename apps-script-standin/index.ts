// Entry point: builds an in-memory Apps Script world (globals, records, controls) from a seed.
import { CacheService } from './cache';
import type { Context, StoreKind } from './context';
import { HtmlService } from './html-service';
import { Instrumentation } from './instrument';
import { LockService } from './lock';
import { Console, Logger } from './logger';
import { PropertiesService } from './properties';
import { AuthMode, ScriptApp } from './script-app';
import { Session, User } from './session';
import { parseInput } from './spreadsheet/cell-values';
import { ChartsService } from './spreadsheet/chart';
import { WorkbookModel } from './spreadsheet/model';
import type { Range } from './spreadsheet/range';
import { Sheet } from './spreadsheet/sheet';
import { Spreadsheet } from './spreadsheet/spreadsheet';
import { SpreadsheetApp } from './spreadsheet/spreadsheet-app';
import type {
  AuthModeName,
  CellValue,
  EditEvent,
  LockKind,
  StandInOptions,
  UiRecord,
  WorkbookSeed,
} from './types';
import { Utilities } from './utilities';
import { DEFAULT_VARIANTS, type Variants } from './variants';

export { loadAppsScript } from './load-apps-script';
export { SUPPORTED_FORMULA_FUNCTIONS } from './spreadsheet/formula';
export type {
  AuthModeName,
  CellValue,
  ChartSeed,
  EditEvent,
  LockKind,
  MenuItemRecord,
  MenuRecord,
  SheetSeed,
  StandInOptions,
  UiRecord,
  WorkbookSeed,
} from './types';
export { DEFAULT_VARIANTS, describeVariants, type Variants, variantsOf } from './variants';

export interface StandIn {
  /** SpreadsheetApp, Charts, HtmlService, PropertiesService, LockService, CacheService, Utilities, Session, ScriptApp, Logger, console. */
  globals: Record<string, unknown>;
  /** Keys like 'Range.getValues', 'SpreadsheetApp.getActiveSpreadsheet'. */
  calls: { byMethod(): Record<string, number>; total(): number; reset(): void };
  /**
   * Calls on value objects (RichTextValue, DataValidation, …) and their builders, by 'Class.method': not
   * service calls (they stay in the script), but each is a call into Apps Script's host objects.
   */
  valueCalls: { byMethod(): Record<string, number>; total(): number; reset(): void };
  ui: UiRecord;
  /** Messages from Logger.log and console.*. */
  logs: string[];
  /** A deep, JSON-serialisable copy of everything; JSON turns Dates into ISO strings, which seeds read back as Dates. */
  snapshot(): WorkbookSeed;
  /** NONE: only SpreadsheetApp.getUi(), menu building and logging work; everything else throws. */
  setAuthMode(mode: AuthModeName): void;
  /** Fault injection: that method's next call throws. */
  failNext(method: string, error?: Error): void;
  /** Another "process" holds the lock; returns its release function. */
  holdLock(kind: LockKind): () => void;
  /** A user's edit, written like the Sheets UI; not counted as service calls. Returns the onEdit event. */
  edit(sheetName: string, a1: string, values: CellValue[][]): EditEvent;
  /**
   * A person choosing an item from a cell's list dropdown. What it stores is undocumented: the number 3
   * or the text "3", as the `listChoice` variant says. Refused when the cell has no list holding that item.
   */
  choose(sheetName: string, a1: string, item: string): EditEvent;
  /** Runs a simple trigger (onEdit, onOpen) as Sheets does: in AuthMode.LIMITED, then back to FULL. */
  asSimpleTrigger<T>(run: () => T): T;
  /** The answers this stand-in gives where Google documents nothing. */
  variants: Readonly<Variants>;
  /** The selection a person sees (the active range, or null before any), read without counting a service call. */
  selection(): { sheet: string; row: number; column: number; numRows: number; numColumns: number } | null;
}

const stores = <T>(make: () => T): Record<StoreKind, T> => ({
  document: make(),
  user: make(),
  script: make(),
});
const mapOf = (record: Record<string, string> | undefined) =>
  new Map(Object.entries(record ?? {}).map(([k, v]) => [k, String(v)]));

export function createStandIn(
  seed: WorkbookSeed = { sheets: [{ name: 'Sheet1', values: [] }] },
  options: StandInOptions = {},
): StandIn {
  const inst = new Instrumentation();
  const ui: UiRecord = { menus: [], sidebars: [], dialogs: [], alerts: [], toasts: [] };
  const ctx: Context = {
    workbook: WorkbookModel.fromSeed(seed, options.timeZone ?? 'Europe/London'),
    inst,
    ui,
    logs: [],
    files: { ...(options.files ?? {}) },
    userEmail: options.userEmail ?? 'user@example.org',
    now: options.now ?? (() => new Date()),
    properties: {
      document: mapOf(seed.documentProperties),
      user: mapOf(seed.userProperties),
      script: mapOf(seed.scriptProperties),
    },
    locks: {
      document: { heldByOthers: 0, heldByScript: false },
      script: { heldByOthers: 0, heldByScript: false },
      user: { heldByOthers: 0, heldByScript: false },
    },
    caches: stores(() => new Map()),
    variants: { ...DEFAULT_VARIANTS, ...options.variants },
  };

  const globals: Record<string, unknown> = {
    SpreadsheetApp: inst.expose(new SpreadsheetApp(ctx)),
    Charts: inst.expose(new ChartsService()),
    HtmlService: inst.expose(new HtmlService(ctx)),
    PropertiesService: inst.expose(new PropertiesService(ctx)),
    LockService: inst.expose(new LockService(ctx)),
    CacheService: inst.expose(new CacheService(ctx)),
    Utilities: inst.expose(new Utilities(ctx)),
    Session: inst.expose(new Session(ctx)),
    ScriptApp: inst.expose(new ScriptApp()),
    Logger: inst.expose(new Logger(ctx)),
    console: inst.expose(new Console(ctx)),
  };

  return {
    globals,
    calls: inst.calls,
    valueCalls: inst.valueCalls,
    ui,
    logs: ctx.logs,
    snapshot: () => ({
      name: ctx.workbook.name,
      sheets: ctx.workbook.snapshotSheets(),
      activeSheet: ctx.workbook.activeSheet().name,
      documentProperties: Object.fromEntries(ctx.properties.document),
      userProperties: Object.fromEntries(ctx.properties.user),
      scriptProperties: Object.fromEntries(ctx.properties.script),
    }),
    setAuthMode: (mode) => {
      inst.authMode = mode;
    },
    failNext: (method, error) => inst.failNext(method, error ?? new Error(`Injected failure in ${method}`)),
    holdLock: (kind) => {
      const lock = ctx.locks[kind];
      lock.heldByOthers++;
      let released = false;
      return () => {
        if (!released) lock.heldByOthers--;
        released = true;
      };
    },
    edit: (sheetName, a1, values) => edit(ctx, sheetName, a1, values),
    choose: (sheetName, a1, item) => choose(ctx, sheetName, a1, item),
    asSimpleTrigger: (run) => {
      const before = inst.authMode;
      inst.authMode = 'LIMITED';
      try {
        return run();
      } finally {
        inst.authMode = before;
      }
    },
    variants: ctx.variants,
    selection: () => {
      const active = ctx.workbook.activeRange;
      return active ? { sheet: active.sheet.name, ...active.rect } : null;
    },
  };
}

/** How a typed value is stored: parsed like the Sheets UI, unless `asText` keeps it as the text given. */
type Store = (typed: CellValue, numberFormat: string) => { value: CellValue; formula: string };

function choose(ctx: Context, sheetName: string, a1: string, item: string): EditEvent {
  const sheet = ctx.workbook.sheetByName(sheetName);
  if (!sheet) throw new Error(`No sheet named "${sheetName}" to choose in.`);
  const { rect } = ctx.workbook.resolveA1(a1, sheet);
  const rule = sheet.cell(rect.row, rect.column).validation;
  if (rect.numRows !== 1 || rect.numColumns !== 1 || !rule?.list.includes(item))
    throw new Error(`choose(): ${a1} on "${sheetName}" has no dropdown listing "${item}".`);
  const asText: Store = (typed) => ({ value: String(typed), formula: '' });
  return edit(ctx, sheetName, a1, [[item]], ctx.variants.listChoice === 'text' ? asText : undefined);
}

function edit(ctx: Context, sheetName: string, a1: string, values: CellValue[][], store?: Store): EditEvent {
  const sheet = ctx.workbook.sheetByName(sheetName);
  if (!sheet) throw new Error(`No sheet named "${sheetName}" to edit.`);
  const { rect } = ctx.workbook.resolveA1(a1, sheet);
  const range: Range = Sheet.range(ctx, sheet, rect);
  if (values.length !== rect.numRows || values.some((row) => row.length !== rect.numColumns)) {
    throw new Error(`edit(): ${values.length} row(s) of values do not fit ${a1}.`);
  }
  const single = rect.numRows === 1 && rect.numColumns === 1;
  const oldValue = single ? sheet.displayedValue(rect.row, rect.column) : '';
  values.forEach((row, i) => {
    row.forEach((v, j) => {
      const cell = sheet.writableCell(rect.row + i, rect.column + j);
      const parsed = store
        ? store(v, cell.numberFormat)
        : parseInput(v, ctx.workbook.timeZone, cell.numberFormat);
      cell.setContent(parsed.value, parsed.formula);
    });
  });
  ctx.workbook.active = sheet;
  ctx.workbook.activeRange = { sheet, rect: { ...rect } };
  // Like the real event, value and oldValue are text and only present for a single cell.
  const event: EditEvent = {
    range: ctx.inst.expose(range),
    source: ctx.inst.expose(new Spreadsheet(ctx)),
    authMode: ctx.inst.authMode === 'NONE' ? AuthMode.NONE : AuthMode.LIMITED,
    user: ctx.inst.expose(new User(ctx.userEmail)),
  };
  if (single) {
    event.value = sheet.displayedValue(rect.row, rect.column);
    if (oldValue !== '') event.oldValue = oldValue;
  }
  return event;
}
