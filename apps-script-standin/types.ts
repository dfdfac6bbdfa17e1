// Public data shapes of the stand-in: seeds in, snapshots out, and the records a test inspects.
import type { Variants } from './variants';

export type CellValue = string | number | boolean | Date;

/** One sheet, as a seed and as the persisted snapshot form. */
export interface SheetSeed {
  name: string;
  /** Ragged rows are allowed; they are padded with '' to a rectangle. */
  values: CellValue[][];
  /** '' where a cell has no formula. */
  formulas?: string[][];
  notes?: string[][];
  backgrounds?: string[][];
  fontWeights?: string[][];
  numberFormats?: string[][];
  /** Per cell: the link runs of its rich text, or null. */
  richLinks?: ({ text: string; url: string }[] | null)[][];
  /** Default max(1000, rows) x max(26, cols). */
  maxRows?: number;
  maxColumns?: number;
  /** 1-based rows hidden by the user (hideRows). */
  hiddenRows?: number[];
  frozenRows?: number;
  columnWidths?: Record<number, number>;
  filter?: { range: string; criteria: Record<number, { hiddenValues: string[] }> } | null;
  validations?: { range: string; list: string[]; helpText?: string; allowInvalid?: boolean }[];
  charts?: ChartSeed[];
  /** Developer metadata on the tab (Sheet.addDeveloperMetadata), in the order it was added. */
  developerMetadata?: { key: string; value?: string | null; visibility?: 'DOCUMENT' | 'PROJECT' }[];
}

export interface ChartSeed {
  id: string;
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

export interface WorkbookSeed {
  name?: string;
  sheets: SheetSeed[];
  activeSheet?: string;
  documentProperties?: Record<string, string>;
  userProperties?: Record<string, string>;
  scriptProperties?: Record<string, string>;
}

export interface StandInOptions {
  /** HtmlService files by name, e.g. { Sidebar: '<html>…' }. */
  files?: Record<string, string>;
  userEmail?: string;
  /** Default Europe/London. */
  timeZone?: string;
  now?: () => Date;
  /** Which answer to give where Google documents nothing (variants.ts); each defaults to the first. */
  variants?: Partial<Variants>;
}

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';
export type LockKind = 'document' | 'script' | 'user';

/** A sub-menu is recorded as an item whose `submenu` holds its own items. */
export type MenuItemRecord = { caption: string; functionName: string; submenu?: MenuRecord } | 'separator';
export interface MenuRecord {
  title: string;
  items: MenuItemRecord[];
}

export interface UiRecord {
  menus: MenuRecord[];
  sidebars: { title: string; html: string }[];
  dialogs: { title: string; html: string }[];
  alerts: string[];
  toasts: string[];
}

export interface EditEvent {
  range: unknown;
  source: unknown;
  value?: CellValue;
  oldValue?: CellValue;
  authMode: unknown;
  user: unknown;
}
