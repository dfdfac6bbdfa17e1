// What the preview server and its page say to each other over /api: plain JSON shapes only.

import type { MenuRecord, SheetSeed } from '../../apps-script-standin/types';

/** A google.script.run call, a menu item or an edit: its JSON result, or the message Apps Script would show. */
export type CallOutcome = { result: unknown; error?: undefined } | { error: string; result?: undefined };

export interface RunRequest {
  name: string;
  args: unknown[];
}

export interface EditRequest {
  sheet: string;
  a1: string;
  text: string;
}

export interface MenuRequest {
  functionName: string;
}

/** Cheap to poll: the page refetches the workbook only when the version moves. */
export interface UiCounts {
  version: number;
  sidebars: number;
  dialogs: number;
  alerts: number;
  toasts: number;
}

export interface ActiveRangeView {
  sheet: string;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A tab as the grid shows it: `text` is each cell's displayed text (values are left out). */
export interface SheetView extends SheetSeed {
  text: string[][];
}

export interface WorkbookView {
  counts: UiCounts;
  name: string;
  activeSheet: string;
  activeRange: ActiveRangeView | null;
  sheets: SheetView[];
  menus: MenuRecord[];
  sidebarTitles: string[];
  dialogTitles: string[];
  alerts: string[];
  toasts: string[];
  onOpenError: string | null;
}
