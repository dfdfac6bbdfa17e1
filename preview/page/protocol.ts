// What the preview server and its page say to each other over /api: plain JSON shapes only.

import type { MenuRecord, SheetSeed } from '../../apps-script-standin/types';

/**
 * The page and the add-on's frames answer on two names of this machine, so a sidebar is cross-site to
 * the page around it, as a googleusercontent.com sidebar is to docs.google.com (docs/platform.md).
 */
export const PAGE_HOST = 'localhost';
export const FRAME_HOST = '127.0.0.1';

/** The origin the add-on's sidebars and dialogs are served from, for a page served on `pageOrigin`'s port. */
export function frameOriginFor(pageOrigin: string): string {
  const url = new URL(pageOrigin);
  return `${url.protocol}//${FRAME_HOST}${url.port ? `:${url.port}` : ''}`;
}

/** A sidebar or dialog asking the page around it for something (postMessage, the only way across origins). */
export type FrameRequest =
  /** A google.script.run call; `body` is the RunRequest as JSON, exactly as the frame serialised it. */
  | { type: 'fia-preview:run'; id: number; body: string }
  | { type: 'fia-preview:close' }
  | { type: 'fia-preview:focus-editor' };

/** The page's answer to a run request, with the same id. */
export interface RunReply {
  type: 'fia-preview:ran';
  id: number;
  outcome: CallOutcome;
}

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
