// The sidebar API: what crosses google.script.run, typed once for the server and the sidebar.
// Arguments and results are plain JSON: no Date (dates travel as ISO strings), no functions, no undefined in arrays.

import type { ExampleDraft } from './draft';
import type { ExportFormat, ExportOptions, ExportResult } from './export/document';
import type { Catalogue, Example, Problem, Query, TableLocation } from './model';
import type {
  DraftSaved,
  NavigatorDraft,
  NavigatorInput,
  NavigatorResult,
  NavigatorState,
} from './navigator';
import type { SavedView, SavedViewsResult } from './saved-views';

export interface SidebarApi {
  getCatalogue(): Catalogue;
  getCatalogueIfChanged(version: string, table: TableLocation | null): CatalogueUpdate;
  applySheetFilter(query: Query): SheetFilterResult;
  clearSheetFilter(): SheetFilterResult;
  selectExample(id: string): SelectExampleResult;
  insertExamples(): InsertExamplesResult;
  /** `sequence`: see save-order.ts; a save older than the one kept is passed over. */
  saveExploreState(query: Query, sequence?: number): void;
  checkExamples(): CheckExamplesResult;
  selectProblemCell(sheet: string, cell: string): SelectProblemResult;
  addExample(draft: ExampleDraft): AddExampleResult;
  getNavigator(): NavigatorState;
  saveNavigator(input: NavigatorInput, sequence?: number): NavigatorResult;
  saveNavigatorDraft(draft: NavigatorDraft, sequence?: number): DraftSaved;
  exportExamples(query: Query, format: ExportFormat, options?: ExportOptions): ExportResult;
  listSavedViews(): SavedView[];
  saveView(name: string, query: Query): SavedViewsResult;
  renameView(oldName: string, newName: string): SavedViewsResult;
  deleteView(name: string): SavedViewsResult;
}

/** The shape of every promise-returning call the sidebar makes through google.script.run. */
export type PromisedApi = {
  [K in keyof SidebarApi]: (...args: Parameters<SidebarApi[K]>) => Promise<ReturnType<SidebarApi[K]>>;
};

/** What the sheet shows after "Show only these in the sheet" or "Show all rows". */
export interface SheetFilterResult {
  /** Example rows in view. */
  shown: number;
  /** Example rows the add-on's filter hides. */
  hidden: number;
  /** True when the add-on's filter is on the sheet after the call. */
  filtered: boolean;
  /** The row of the first match, which "Show only these in the sheet" selects (absent with no match). */
  firstRow?: number;
  /** Something the person must know or do: a filter of their own in the way, no table, shared numbers. */
  message?: string;
}

/** Where "Show in sheet" put the selection, or why it could not. */
export interface SelectExampleResult {
  found: boolean;
  sheet?: string;
  row?: number;
  /** A1 notation of the selected row, e.g. "A12:N12". */
  range?: string;
  message: string;
}

/** The tabs "Add the 53 examples to this spreadsheet" made, and the catalogue read from them. */
export interface InsertExamplesResult {
  catalogue: Catalogue;
  sheet: string;
  resourcesSheet: string;
  message: string;
}

/** What "Check all examples" found, after marking the problem cells in the sheet. */
export interface CheckExamplesResult {
  problems: Problem[];
  /** Problems whose cell keeps a person's own note, so only the sidebar shows them. */
  unmarked: Problem[];
  message: string;
}

/** Whether a problem's cell could be selected. */
export interface SelectProblemResult {
  found: boolean;
  message: string;
}

/** The new example, or the problems that stopped it (nothing written). Warnings may come with ok: true. */
export type AddExampleResult =
  | { ok: true; example: Example; problems: Problem[]; message: string }
  | { ok: false; problems: Problem[]; message: string };

/** A catalogue with the version of the sheet it was read from (see src/core/sheet-version.ts). */
export interface CatalogueWithVersion {
  catalogue: Catalogue;
  version: string;
}

/** The answer to "has the sheet changed since this version?": no, or yes with the catalogue read again. */
export type CatalogueUpdate =
  | { changed: false; version: string }
  | ({ changed: true } & CatalogueWithVersion);

/** The sidebar's views, in the order of its tabs. */
export type SidebarView = 'explore' | 'contribute' | 'navigator' | 'export';

/** What showSidebar puts in the page, so the sidebar shows results before making any server call. */
export interface SidebarPageData {
  catalogue: Catalogue;
  /** The version of the sheet the catalogue was read from, for the check when the person comes back. */
  version?: string;
  /** The filters the person left the Explore view with, kept in their user properties. */
  query?: Query;
  /** The view to open at; Explore when absent. */
  view?: SidebarView;
  /** The Navigator's assessments and the person's draft, so its view needs no call to start. */
  navigator?: NavigatorState;
}
