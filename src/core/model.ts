// The shapes that cross every boundary: workbook grids in, examples, resources and problems out.
// Everything here is plain JSON, so it survives google.script.run unchanged (no Date, no undefined in arrays).

import type { ActionType, ActionTypeInfo } from './action-types';
import type { Principle, PrincipleId } from './principles';

/** A cell as Apps Script's getValues() returns it. */
export type CellValue = string | number | boolean | Date;

export interface Link {
  text: string;
  url: string;
}

/** One tab: its values and, where the server read them, the links in each cell. */
export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /** links[r][c]: rich-text or HYPERLINK links of that cell; absent when not read. */
  links?: Link[][][];
  /** formulas[r][c]: the cell's formula as getFormulas() gives it ('' for a value); absent when not read. */
  formulas?: string[][];
  /** The spreadsheet's time zone (getSpreadsheetTimeZone), in which date cells are shown; UTC when absent. */
  timeZone?: string;
}

export type Workbook = SheetGrid[];

export interface PrincipleNote {
  principle: PrincipleId;
  text: string;
}

export interface Example {
  /** The No. cell as text ('' when missing). */
  id: string;
  name: string;
  council: string;
  /** Plain text; paragraphs separated by a blank line. */
  description: string;
  /** '' when the cell does not name one of the four types (the problem list says so). */
  type: ActionType | '';
  notes: PrincipleNote[];
  links: Link[];
  sheet: string;
  /** 1-based sheet row. */
  row: number;
}

export interface Resource {
  name: string;
  summary: string;
  links: Link[];
  sheet: string;
  row: number;
}

export type Severity = 'error' | 'warning';

/** What an example field is called, so the sidebar form can put a message beside its field. */
export type ExampleField = 'id' | 'name' | 'council' | 'description' | 'type' | 'notes' | 'links' | 'other';

export interface Problem {
  sheet: string;
  /** 1-based sheet row (0 for a draft not yet in the sheet). */
  row: number;
  /** 1-based sheet column (0 when the problem is about the whole row). */
  column: number;
  /** A1 notation of the cell, or the row's range, for people. */
  cell: string;
  severity: Severity;
  field: ExampleField;
  /** For principle notes: which principle's column. */
  principle?: PrincipleId;
  message: string;
}

export interface Query {
  principles?: PrincipleId[];
  match?: 'any' | 'all';
  types?: ActionType[];
  councils?: string[];
  text?: string;
}

export interface Catalogue {
  principles: Principle[];
  types: ActionTypeInfo[];
  examples: Example[];
  resources: Resource[];
  /**
   * What reading met (values in columns with no header). The full check of every rule is checkExamples,
   * kept out of here so that opening the sidebar on 10,000 examples does not validate them all.
   */
  problems: Problem[];
  /** Where the examples table is; null when the workbook has none. */
  table: TableLocation | null;
}

export interface TableLocation {
  sheet: string;
  /** 1-based row of the first header row. */
  headerRow: number;
  /**
   * 1-based row of the last row holding an example, or of the last header row (with its row of principle
   * names) when that comes later: a new example goes just below it. Checkbox, 0 and formula-only cells and a list or block under the table are not
   * examples, so they never push this down.
   */
  lastRow: number;
  /** 1-based column of each field; principle columns by id. */
  columns: ColumnMap;
}

export interface ColumnMap {
  id: number;
  name: number;
  council: number;
  description: number;
  type: number;
  principles: Partial<Record<PrincipleId, number>>;
  /** Columns whose headers the add-on does not know (councils add their own): kept, never flagged. */
  extra: number[];
  /** The last column with a header. */
  width: number;
}
