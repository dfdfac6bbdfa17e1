// Range: a rectangle of cells on one sheet, read and written in whole grids.
import type { Context } from '../context';
import { ServiceObject } from '../instrument';
import type { CellValue } from '../types';
import { type Rect, rectToA1 } from './a1';
import { displayValue, parseInput } from './cell-values';
import { DataValidation } from './data-validation';
import { Filter } from './filter';
import { Evaluation } from './formula';
import { checkCellWrite, checkNoteWrite, checkRichTextWrite } from './limits';
import {
  type CellModel,
  DEFAULT_BACKGROUND,
  DEFAULT_FONT_WEIGHT,
  type RichTextModel,
  type SheetModel,
} from './model';
import { RichTextValue } from './rich-text';
import { Sheet } from './sheet';
import { checkStrictRules } from './validation-check';

type Grid<T> = T[][];

/** Shared by every plain cell's rich text value, which nothing writes to (a builder copies its links). */
const NO_LINKS: RichTextModel['links'] = Object.freeze([]) as unknown as RichTextModel['links'];

export class Range extends ServiceObject {
  readonly serviceName = 'Range';

  constructor(
    readonly ctx: Context,
    readonly sheet: SheetModel,
    readonly rect: Rect,
  ) {
    super();
  }

  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.column;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numColumns;
  }
  getHeight(): number {
    return this.rect.numRows;
  }
  getWidth(): number {
    return this.rect.numColumns;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }
  getA1Notation(): string {
    return rectToA1(this.rect);
  }
  getSheet(): Sheet {
    return new Sheet(this.ctx, this.sheet);
  }

  /** A range relative to this one, like Range.offset. */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return Sheet.range(this.ctx, this.sheet, {
      row: this.rect.row + rowOffset,
      column: this.rect.column + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numColumns: numColumns ?? this.rect.numColumns,
    });
  }

  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return Sheet.range(this.ctx, this.sheet, {
      row: this.rect.row + row - 1,
      column: this.rect.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }

  activate(): Range {
    this.ctx.workbook.active = this.sheet;
    this.ctx.workbook.activeRange = { sheet: this.sheet, rect: { ...this.rect } };
    return this;
  }

  // ---- values and formulas ----

  getValues(): CellValue[][] {
    const evaluation = new Evaluation();
    return this.#map((r, c) => this.sheet.computedValue(r, c, evaluation));
  }
  getValue(): CellValue {
    return this.sheet.computedValue(this.rect.row, this.rect.column);
  }
  getDisplayValues(): string[][] {
    const evaluation = new Evaluation();
    return this.#map((r, c) => this.sheet.displayedValue(r, c, evaluation));
  }
  getDisplayValue(): string {
    return this.sheet.displayedValue(this.rect.row, this.rect.column);
  }
  isBlank(): boolean {
    return this.#map((r, c) => this.sheet.cell(r, c).hasContent()).every((row) => row.every((has) => !has));
  }

  setValues(values: unknown[][]): Range {
    this.#checkDimensions(values);
    checkCellWrite(values);
    const tz = this.ctx.workbook.timeZone;
    const { row, column } = this.rect;
    const parsed = values.map((cells, i) =>
      cells.map((v, j) => parseInput(v, tz, this.sheet.cell(row + i, column + j).numberFormat)),
    );
    checkStrictRules(
      this.sheet,
      row,
      column,
      parsed.map((cells) => cells.map((p) => p.value)),
      tz,
    );
    this.#write(parsed, (cell, p) => cell.setContent(p.value, p.formula));
    return this;
  }
  setValue(value: unknown): Range {
    return this.setValues(this.#filled(value));
  }

  getFormulas(): string[][] {
    return this.#map((r, c) => this.sheet.cell(r, c).formula);
  }
  getFormula(): string {
    return this.sheet.cell(this.rect.row, this.rect.column).formula;
  }
  /** Formulas are stored as given; relative references are not shifted per cell. */
  setFormulas(formulas: string[][]): Range {
    this.#checkDimensions(formulas);
    checkCellWrite(formulas);
    this.#write(formulas, (cell, f) => {
      const text = String(f ?? '');
      cell.setContent(
        text.startsWith('=') ? '' : parseInput(text, this.ctx.workbook.timeZone).value,
        text.startsWith('=') ? text : '',
      );
    });
    return this;
  }
  setFormula(formula: string): Range {
    return this.setFormulas(this.#filled(formula));
  }

  clearContent(): Range {
    this.#each((cell) => cell.setContent('', ''));
    return this;
  }

  // ---- notes and formats ----

  getNotes(): string[][] {
    return this.#map((r, c) => this.sheet.cell(r, c).note);
  }
  getNote(): string {
    return this.sheet.cell(this.rect.row, this.rect.column).note;
  }
  setNotes(notes: unknown[][]): Range {
    this.#checkDimensions(notes);
    checkNoteWrite(notes);
    this.#write(notes, (cell, n) => (cell.note = n === null || n === undefined ? '' : String(n)));
    return this;
  }
  setNote(note: unknown): Range {
    return this.setNotes(this.#filled(note));
  }
  clearNote(): Range {
    return this.setNote('');
  }

  getBackgrounds(): string[][] {
    return this.#map((r, c) => this.sheet.cell(r, c).background);
  }
  getBackground(): string {
    return this.sheet.cell(this.rect.row, this.rect.column).background;
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    this.#checkDimensions(colors);
    this.#write(
      colors,
      (cell, color) => (cell.background = color ? String(color).toLowerCase() : DEFAULT_BACKGROUND),
    );
    return this;
  }
  setBackground(color: string | null): Range {
    return this.setBackgrounds(this.#filled(color));
  }

  getFontWeights(): string[][] {
    return this.#map((r, c) => this.sheet.cell(r, c).fontWeight);
  }
  getFontWeight(): string {
    return this.sheet.cell(this.rect.row, this.rect.column).fontWeight;
  }
  setFontWeights(weights: (string | null)[][]): Range {
    this.#checkDimensions(weights);
    this.#write(weights, (cell, w) => (cell.fontWeight = w ? String(w) : DEFAULT_FONT_WEIGHT));
    return this;
  }
  setFontWeight(weight: string | null): Range {
    return this.setFontWeights(this.#filled(weight));
  }

  getNumberFormats(): string[][] {
    return this.#map((r, c) => this.sheet.cell(r, c).numberFormat || '0.###############');
  }
  getNumberFormat(): string {
    return this.sheet.cell(this.rect.row, this.rect.column).numberFormat || '0.###############';
  }
  /** Stored and persisted; only '@' (plain text) changes how later writes are read. */
  setNumberFormats(formats: string[][]): Range {
    this.#checkDimensions(formats);
    this.#write(formats, (cell, f) => (cell.numberFormat = String(f ?? '')));
    return this;
  }
  setNumberFormat(format: string): Range {
    return this.setNumberFormats(this.#filled(format));
  }

  /** Stored only: the stand-in does not lay text out. */
  setWrap(wrap: boolean): Range {
    this.#each((cell) => (cell.wrapStrategy = wrap ? 'WRAP' : 'OVERFLOW'));
    return this;
  }
  setWrapStrategy(strategy: unknown): Range {
    this.#each((cell) => (cell.wrapStrategy = String(strategy)));
    return this;
  }

  /** 'top', 'middle' or 'bottom' (any case); null resets to the default, bottom. Stored only. */
  setVerticalAlignment(alignment: string | null): Range {
    const value = alignment === null ? '' : String(alignment).toLowerCase();
    if (!['', 'top', 'middle', 'bottom'].includes(value)) {
      throw new Error('Invalid argument: alignment');
    }
    this.#each((cell) => (cell.verticalAlignment = value));
    return this;
  }
  getVerticalAlignment(): string {
    return this.sheet.cell(this.rect.row, this.rect.column).verticalAlignment || 'bottom';
  }

  // ---- rich text ----

  getRichTextValues(): RichTextValue[][] {
    const evaluation = new Evaluation();
    // Empty cells share one value: it cannot be changed (copy() makes a builder of its own), and a table's
    // blank rows and gaps are most of a large grid.
    const empty = new RichTextValue({ text: '', links: NO_LINKS });
    return this.#map((r, c) =>
      this.sheet.cell(r, c).hasContent() ? this.#richTextAt(r, c, evaluation) : empty,
    );
  }
  getRichTextValue(): RichTextValue {
    return this.#richTextAt(this.rect.row, this.rect.column, new Evaluation());
  }
  setRichTextValues(values: RichTextValue[][]): Range {
    this.#checkDimensions(values);
    checkRichTextWrite(values, (v) => (v instanceof RichTextValue ? v.model.text : null));
    this.#write(values, (cell, v) => {
      if (!(v instanceof RichTextValue))
        throw new Error(
          "The parameters don't match the method signature for Range.setRichTextValues: expected RichTextValue objects.",
        );
      cell.setContent(v.model.text, '');
      cell.richText =
        v.model.links.length > 0 ? { text: v.model.text, links: v.model.links.map((l) => ({ ...l })) } : null;
    });
    return this;
  }
  setRichTextValue(value: RichTextValue): Range {
    return this.setRichTextValues(this.#filled(value));
  }

  #richTextAt(r: number, c: number, evaluation: Evaluation): RichTextValue {
    const cell = this.sheet.cell(r, c);
    if (cell.richText) return new RichTextValue(cell.richText);
    const text = displayValue(this.sheet.computedValue(r, c, evaluation), this.ctx.workbook.timeZone);
    return new RichTextValue({ text, links: NO_LINKS });
  }

  // ---- data validation ----

  getDataValidations(): (DataValidation | null)[][] {
    return this.#map((r, c) => {
      const rule = this.sheet.cell(r, c).validation;
      return rule ? new DataValidation(rule) : null;
    });
  }
  getDataValidation(): DataValidation | null {
    const rule = this.sheet.cell(this.rect.row, this.rect.column).validation;
    return rule ? new DataValidation(rule) : null;
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    this.#checkDimensions(rules);
    this.#write(
      rules,
      (cell, rule) =>
        (cell.validation =
          rule instanceof DataValidation ? { ...rule.model, list: [...rule.model.list] } : null),
    );
    return this;
  }
  setDataValidation(rule: DataValidation | null): Range {
    return this.setDataValidations(this.#filled(rule));
  }
  clearDataValidations(): Range {
    this.#each((cell) => (cell.validation = null));
    return this;
  }

  // ---- filter ----

  createFilter(): Filter {
    if (this.sheet.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this.sheet.filter = { rect: { ...this.rect }, criteria: new Map() };
    return new Filter(this.ctx, this.sheet);
  }
  getFilter(): Filter | null {
    return this.sheet.filter ? new Filter(this.ctx, this.sheet) : null;
  }

  // ---- helpers ----

  /** Plain loops into preallocated rows: a whole-grid read passes through here once per cell. */
  #map<T>(at: (row: number, column: number) => T): Grid<T> {
    const { row, column, numRows, numColumns } = this.rect;
    const grid: Grid<T> = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const cells: T[] = new Array(numColumns);
      for (let j = 0; j < numColumns; j++) cells[j] = at(row + i, column + j);
      grid[i] = cells;
    }
    return grid;
  }

  #each(apply: (cell: CellModel) => void): void {
    this.#map((r, c) => apply(this.sheet.writableCell(r, c)));
  }

  #write<T>(grid: T[][], apply: (cell: CellModel, value: T) => void): void {
    grid.forEach((row, i) => {
      row.forEach((v, j) => {
        apply(this.sheet.writableCell(this.rect.row + i, this.rect.column + j), v);
      });
    });
  }

  #filled<T>(value: T): T[][] {
    return Array.from({ length: this.rect.numRows }, () =>
      Array.from({ length: this.rect.numColumns }, () => value),
    );
  }

  #checkDimensions(grid: unknown): void {
    if (!Array.isArray(grid) || grid.some((row) => !Array.isArray(row))) {
      throw new Error("The parameters don't match the method signature: expected a two-dimensional array.");
    }
    if (grid.length !== this.rect.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const row of grid as unknown[][]) {
      if (row.length !== this.rect.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.rect.numColumns}.`,
        );
      }
    }
  }
}
