// The workbook's in-memory state. Service objects (Range, Sheet, …) are thin views over it,
// so internal reads and writes here are never counted as service calls.
import type { CellValue, ChartSeed, SheetSeed, WorkbookSeed } from '../types';
import { parseA1Ref, quoteSheetName, type Rect, rectToA1, splitSheetName } from './a1';
import { copyValue, displayValue } from './cell-values';
import { seedTabMetadata, snapshotTabMetadata } from './developer-metadata-store';
import { Evaluation, evaluateCell } from './formula';

export interface RichTextModel {
  text: string;
  links: { start: number; end: number; url: string }[];
}

export interface ValidationRuleModel {
  list: string[];
  showDropdown: boolean;
  helpText: string;
  allowInvalid: boolean;
}

export interface FilterModel {
  rect: Rect;
  /** Sheet column (1-based) → values hidden in that column. */
  criteria: Map<number, string[]>;
}

export interface ChartModel {
  id: string;
  type: string;
  ranges: { sheet: SheetModel; rect: Rect }[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_FONT_WEIGHT = 'normal';
export const DEFAULT_COLUMN_WIDTH = 100;

export class CellModel {
  value: CellValue = '';
  formula = '';
  note = '';
  background = DEFAULT_BACKGROUND;
  fontWeight = DEFAULT_FONT_WEIGHT;
  numberFormat = '';
  wrapStrategy = '';
  /** '' is Sheets' default, which getVerticalAlignment reads as 'bottom'. */
  verticalAlignment = '';
  richText: RichTextModel | null = null;
  validation: ValidationRuleModel | null = null;

  hasContent(): boolean {
    return this.value !== '' || this.formula !== '';
  }

  isDefault(): boolean {
    return (
      !this.hasContent() &&
      this.note === '' &&
      this.background === DEFAULT_BACKGROUND &&
      this.fontWeight === DEFAULT_FONT_WEIGHT &&
      this.numberFormat === '' &&
      this.wrapStrategy === '' &&
      this.verticalAlignment === '' &&
      this.richText === null &&
      this.validation === null
    );
  }

  /** Replaces the content, dropping rich text that belonged to the old content. */
  setContent(value: CellValue, formula: string): void {
    this.value = formula ? '' : value;
    this.formula = formula;
    this.richText = null;
  }
}

const EMPTY_CELL: Readonly<CellModel> = Object.freeze(new CellModel());

export class SheetModel {
  /** Rows of cells; missing rows and cells are empty. Grows only where something was written. */
  rows: (CellModel | undefined)[][] = [];
  hiddenRows = new Set<number>();
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  filter: FilterModel | null = null;
  charts: ChartModel[] = [];

  constructor(
    readonly workbook: WorkbookModel,
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  cell(row: number, column: number): Readonly<CellModel> {
    return this.rows[row - 1]?.[column - 1] ?? EMPTY_CELL;
  }

  writableCell(row: number, column: number): CellModel {
    let cells = this.rows[row - 1];
    if (!cells) {
      cells = [];
      this.rows[row - 1] = cells;
    }
    let cell = cells[column - 1];
    if (!cell) {
      cell = new CellModel();
      cells[column - 1] = cell;
    }
    return cell;
  }

  /** The value a reader sees: a formula's result, computed now. */
  computedValue(row: number, column: number, evaluation = new Evaluation()): CellValue {
    const cell = this.cell(row, column);
    if (!cell.formula) return copyValue(cell.value);
    return evaluateCell(this, row, column, evaluation);
  }

  displayedValue(row: number, column: number, evaluation = new Evaluation()): string {
    return displayValue(this.computedValue(row, column, evaluation), this.workbook.timeZone);
  }

  lastRow(): number {
    for (let r = this.rows.length; r > 0; r--) {
      if (this.rows[r - 1]?.some((c) => c?.hasContent())) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (row[c - 1]?.hasContent()) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Inserts empty rows before `before`; hidden rows and the filter move with their data. */
  insertRows(before: number, count: number): void {
    if (this.rows.length >= before)
      this.rows.splice(before - 1, 0, ...Array.from({ length: count }, () => []));
    this.maxRows += count;
    this.hiddenRows = new Set([...this.hiddenRows].map((r) => (r >= before ? r + count : r)));
    const f = this.filter;
    if (f) {
      if (before <= f.rect.row) f.rect.row += count;
      else if (before <= f.rect.row + f.rect.numRows - 1) f.rect.numRows += count;
    }
  }

  /** Removes `count` rows from `first`; hidden rows and the filter move up with the rows below. */
  deleteRows(first: number, count: number): void {
    const last = first + count - 1;
    this.rows.splice(first - 1, count);
    this.maxRows -= count;
    const moved = [...this.hiddenRows]
      .filter((r) => r < first || r > last)
      .map((r) => (r > last ? r - count : r));
    this.hiddenRows = new Set(moved);
    const f = this.filter;
    if (!f) return;
    const top = f.rect.row;
    const bottom = top + f.rect.numRows - 1;
    if (first <= top && last >= bottom) this.filter = null;
    else {
      const above = Math.max(0, Math.min(last, top - 1) - first + 1);
      const inside = Math.max(0, Math.min(last, bottom) - Math.max(first, top) + 1);
      f.rect.row -= above;
      f.rect.numRows -= inside;
    }
  }

  isRowHiddenByFilter(row: number): boolean {
    const f = this.filter;
    if (!f || row <= f.rect.row || row > f.rect.row + f.rect.numRows - 1) return false;
    const evaluation = new Evaluation();
    for (const [column, hidden] of f.criteria) {
      if (hidden.includes(this.displayedValue(row, column, evaluation))) return true;
    }
    return false;
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  activeRange: { sheet: SheetModel; rect: Rect } | null = null;
  #nextSheetId = 0;
  #nextChartId = 1;

  constructor(
    public name: string,
    readonly id: string,
    readonly timeZone: string,
  ) {}

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  activeSheet(): SheetModel {
    const sheet = this.active ?? this.sheets[0];
    if (!sheet) throw new Error('The workbook has no sheets.');
    return sheet;
  }

  addSheet(name: string, index = this.sheets.length, maxRows = 1000, maxColumns = 26): SheetModel {
    if (this.sheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new SheetModel(this, name, this.#nextSheetId++, maxRows, maxColumns);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  nextChartId(): string {
    return String(this.#nextChartId++);
  }

  /** Resolves "Sheet!A1:B2" (or a bare reference on `defaultSheet`). */
  resolveA1(a1: string, defaultSheet: SheetModel): { sheet: SheetModel; rect: Rect } {
    const { sheetName, ref } = splitSheetName(a1);
    const sheet = sheetName === undefined ? defaultSheet : this.sheetByName(sheetName);
    if (!sheet) throw new Error('Range not found');
    return { sheet, rect: parseA1Ref(ref, sheet.maxRows, sheet.maxColumns) };
  }

  static fromSeed(seed: WorkbookSeed, timeZone: string): WorkbookModel {
    const workbook = new WorkbookModel(seed.name ?? 'Framework in Action', 'stand-in-spreadsheet', timeZone);
    for (const sheetSeed of seed.sheets) loadSheet(workbook, sheetSeed);
    seed.sheets.forEach((sheetSeed, i) => {
      const sheet = workbook.sheets[i] as SheetModel;
      sheet.charts = (sheetSeed.charts ?? []).map((c) => loadChart(workbook, sheet, c));
      workbook.#nextChartId = Math.max(
        workbook.#nextChartId,
        ...sheet.charts.map((c) => Number(c.id) + 1 || 0),
      );
    });
    if (workbook.sheets.length === 0) workbook.addSheet('Sheet1');
    workbook.active =
      (seed.activeSheet && workbook.sheetByName(seed.activeSheet)) || workbook.sheets[0] || null;
    return workbook;
  }

  snapshotSheets(): SheetSeed[] {
    return this.sheets.map((s) => snapshotSheet(s));
  }
}

// ---- seeds in -------------------------------------------------------------------------------

// JSON turns a Date into exactly this form; reading it back as a Date makes snapshots round-trip.
const JSON_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function reviveValue(value: CellValue): CellValue {
  return typeof value === 'string' && JSON_DATE.test(value) ? new Date(value) : copyValue(value);
}

function loadSheet(workbook: WorkbookModel, seed: SheetSeed): void {
  const grids = [
    seed.values,
    seed.formulas,
    seed.notes,
    seed.backgrounds,
    seed.fontWeights,
    seed.numberFormats,
    seed.richLinks,
  ];
  const rows = Math.max(0, ...grids.map((g) => g?.length ?? 0));
  const columns = Math.max(0, ...grids.flatMap((g) => (g ?? []).map((r) => r?.length ?? 0)));
  const sheet = workbook.addSheet(
    seed.name,
    undefined,
    seed.maxRows ?? Math.max(1000, rows),
    seed.maxColumns ?? Math.max(26, columns),
  );
  const each = <T>(
    grid: T[][] | undefined,
    apply: (cell: CellModel, v: T) => void,
    skip: (v: T) => boolean,
  ) => {
    grid?.forEach((row, r) => {
      row?.forEach((v, c) => {
        if (!skip(v)) apply(sheet.writableCell(r + 1, c + 1), v);
      });
    });
  };
  each(
    seed.values,
    (cell, v) => (cell.value = reviveValue(v)),
    (v) => v === '' || v === null || v === undefined,
  );
  each(
    seed.formulas,
    (cell, f) => cell.setContent('', f),
    (f) => !f,
  );
  each(
    seed.notes,
    (cell, v) => (cell.note = v),
    (v) => !v,
  );
  each(
    seed.backgrounds,
    (cell, v) => (cell.background = v),
    (v) => !v || v === DEFAULT_BACKGROUND,
  );
  each(
    seed.fontWeights,
    (cell, v) => (cell.fontWeight = v),
    (v) => !v || v === DEFAULT_FONT_WEIGHT,
  );
  each(
    seed.numberFormats,
    (cell, v) => (cell.numberFormat = v),
    (v) => !v,
  );
  each(
    seed.richLinks,
    (cell, runs) => (cell.richText = richTextFromRuns(String(cell.value), runs ?? [])),
    (v) => !v || v.length === 0,
  );
  seedTabMetadata(sheet, seed.developerMetadata);
  sheet.hiddenRows = new Set(seed.hiddenRows ?? []);
  sheet.frozenRows = seed.frozenRows ?? 0;
  sheet.columnWidths = new Map(Object.entries(seed.columnWidths ?? {}).map(([k, v]) => [Number(k), v]));
  if (seed.filter) {
    sheet.filter = {
      rect: parseA1Ref(seed.filter.range, sheet.maxRows, sheet.maxColumns),
      criteria: new Map(
        Object.entries(seed.filter.criteria).map(([k, v]) => [Number(k), [...v.hiddenValues]]),
      ),
    };
  }
  for (const v of seed.validations ?? []) {
    const rect = parseA1Ref(v.range, sheet.maxRows, sheet.maxColumns);
    const rule: ValidationRuleModel = {
      list: [...v.list],
      showDropdown: true,
      helpText: v.helpText ?? '',
      allowInvalid: v.allowInvalid ?? true,
    };
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      for (let c = rect.column; c < rect.column + rect.numColumns; c++)
        sheet.writableCell(r, c).validation = rule;
    }
  }
}

/** Places link runs, given by their text, in order along the cell's text. */
function richTextFromRuns(text: string, runs: { text: string; url: string }[]): RichTextModel {
  const links: RichTextModel['links'] = [];
  let from = 0;
  for (const run of runs) {
    const start = text.indexOf(run.text, from);
    if (start < 0) throw new Error(`Seed rich-text link "${run.text}" is not in the cell text "${text}".`);
    links.push({ start, end: start + run.text.length, url: run.url });
    from = start + run.text.length;
  }
  return { text, links };
}

function loadChart(workbook: WorkbookModel, sheet: SheetModel, seed: ChartSeed): ChartModel {
  return {
    id: seed.id,
    type: seed.type,
    ranges: seed.ranges.map((a1) => workbook.resolveA1(a1, sheet)),
    options: structuredClone(seed.options),
    position: { ...seed.position },
  };
}

// ---- snapshots out --------------------------------------------------------------------------

function grid<T>(rows: number, columns: number, at: (r: number, c: number) => T): T[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => at(r + 1, c + 1)));
}

function snapshotSheet(sheet: SheetModel): SheetSeed {
  let rows = 0;
  let columns = 0;
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell && !cell.isDefault()) {
        rows = Math.max(rows, r + 1);
        columns = Math.max(columns, c + 1);
      }
    });
  });
  const evaluation = new Evaluation();
  const cells = grid(rows, columns, (r, c) => sheet.cell(r, c));
  const any = <T>(g: T[][], isSet: (v: T) => boolean) => g.some((row) => row.some(isSet));
  const seed: SheetSeed = {
    name: sheet.name,
    values: grid(rows, columns, (r, c) => {
      try {
        return sheet.computedValue(r, c, evaluation);
      } catch {
        return '#NAME?'; // an unsupported formula function; the formula itself is kept below
      }
    }),
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
  };
  const optional = <K extends keyof SheetSeed, T>(key: K, g: T[][], isSet: (v: T) => boolean) => {
    if (any(g, isSet)) (seed as unknown as Record<string, unknown>)[key] = g;
  };
  optional(
    'formulas',
    cells.map((r) => r.map((c) => c.formula)),
    (v) => v !== '',
  );
  optional(
    'notes',
    cells.map((r) => r.map((c) => c.note)),
    (v) => v !== '',
  );
  optional(
    'backgrounds',
    cells.map((r) => r.map((c) => c.background)),
    (v) => v !== DEFAULT_BACKGROUND,
  );
  optional(
    'fontWeights',
    cells.map((r) => r.map((c) => c.fontWeight)),
    (v) => v !== DEFAULT_FONT_WEIGHT,
  );
  optional(
    'numberFormats',
    cells.map((r) => r.map((c) => c.numberFormat)),
    (v) => v !== '',
  );
  optional(
    'richLinks',
    cells.map((r) =>
      r.map((c) =>
        c.richText && c.richText.links.length > 0
          ? c.richText.links.map((l) => ({ text: c.richText?.text.slice(l.start, l.end) ?? '', url: l.url }))
          : null,
      ),
    ),
    (v) => v !== null,
  );
  if (sheet.hiddenRows.size > 0) seed.hiddenRows = [...sheet.hiddenRows].sort((a, b) => a - b);
  if (sheet.frozenRows) seed.frozenRows = sheet.frozenRows;
  if (sheet.columnWidths.size > 0) seed.columnWidths = Object.fromEntries(sheet.columnWidths);
  if (sheet.filter) {
    seed.filter = {
      range: rectToA1(sheet.filter.rect),
      criteria: Object.fromEntries(
        [...sheet.filter.criteria].map(([col, hidden]) => [col, { hiddenValues: [...hidden] }]),
      ),
    };
  }
  const metadata = snapshotTabMetadata(sheet);
  if (metadata.length > 0) seed.developerMetadata = metadata;
  const validations = snapshotValidations(sheet, rows, columns);
  if (validations.length > 0) seed.validations = validations;
  if (sheet.charts.length > 0) {
    seed.charts = sheet.charts.map((c) => ({
      id: c.id,
      type: c.type,
      ranges: c.ranges.map(
        (r) => (r.sheet === sheet ? '' : `${quoteSheetName(r.sheet.name)}!`) + rectToA1(r.rect),
      ),
      options: structuredClone(c.options),
      position: { ...c.position },
    }));
  }
  return seed;
}

/** One entry per vertical run of equal rules in a column. */
function snapshotValidations(
  sheet: SheetModel,
  rows: number,
  columns: number,
): NonNullable<SheetSeed['validations']> {
  const out: NonNullable<SheetSeed['validations']> = [];
  const key = (r: number, c: number) => {
    const v = sheet.cell(r, c).validation;
    return v ? JSON.stringify([v.list, v.helpText, v.allowInvalid]) : '';
  };
  for (let c = 1; c <= columns; c++) {
    for (let r = 1; r <= rows; ) {
      const k = key(r, c);
      let end = r;
      while (end + 1 <= rows && key(end + 1, c) === k) end++;
      const rule = sheet.cell(r, c).validation;
      if (k && rule) {
        out.push({
          range: rectToA1({ row: r, column: c, numRows: end - r + 1, numColumns: 1 }),
          list: [...rule.list],
          helpText: rule.helpText,
          allowInvalid: rule.allowInvalid,
        });
      }
      r = end + 1;
    }
  }
  return out;
}
