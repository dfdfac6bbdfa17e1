// Sheet: one tab of the workbook, its grid size, hidden rows, frozen rows, widths, filter and charts.
import type { Context } from '../context';
import { ServiceObject } from '../instrument';
import type { Rect } from './a1';
import { parseInput } from './cell-values';
import { copyChart, EmbeddedChart, EmbeddedChartBuilder } from './chart';
import {
  addSheetMetadata,
  type DeveloperMetadata,
  DeveloperMetadataFinder,
  sheetMetadata,
} from './developer-metadata';
import { Filter } from './filter';
import { checkCellWrite } from './limits';
import { DEFAULT_COLUMN_WIDTH, type SheetModel } from './model';
import { Range } from './range';
import { Spreadsheet } from './spreadsheet';
import { checkTabNameFree } from './tab-names';

export class Sheet extends ServiceObject {
  readonly serviceName = 'Sheet';

  constructor(
    readonly ctx: Context,
    readonly model: SheetModel,
  ) {
    super();
  }

  /** Builds a Range after the checks Apps Script makes, with its error messages. */
  static range(ctx: Context, sheet: SheetModel, rect: Rect): Range {
    const { row, column, numRows, numColumns } = rect;
    if (![row, column, numRows, numColumns].every(Number.isFinite))
      throw new Error("The parameters don't match the method signature: row and column must be numbers.");
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new Range(ctx, sheet, {
      row: Math.trunc(row),
      column: Math.trunc(column),
      numRows: Math.trunc(numRows),
      numColumns: Math.trunc(numColumns),
    });
  }

  getName(): string {
    return this.model.name;
  }
  setName(name: string): Sheet {
    checkTabNameFree(this.ctx.workbook, String(name), this.model);
    this.model.name = String(name);
    return this;
  }
  getSheetId(): number {
    return this.model.id;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.ctx.workbook.sheets.indexOf(this.model) + 1;
  }
  getParent(): Spreadsheet {
    return new Spreadsheet(this.ctx);
  }
  activate(): Sheet {
    this.ctx.workbook.active = this.model;
    this.ctx.workbook.activeRange = null;
    return this;
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof rowOrA1 === 'string') {
      const { sheet, rect } = this.ctx.workbook.resolveA1(rowOrA1, this.model);
      if (sheet !== this.model) throw new Error('Range not found');
      return Sheet.range(this.ctx, sheet, rect);
    }
    return Sheet.range(this.ctx, this.model, {
      row: rowOrA1,
      column: column ?? Number.NaN,
      numRows: numRows ?? 1,
      numColumns: numColumns ?? 1,
    });
  }
  getDataRange(): Range {
    return Sheet.range(this.ctx, this.model, {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.model.lastRow()),
      numColumns: Math.max(1, this.model.lastColumn()),
    });
  }
  getActiveRange(): Range | null {
    const active = this.ctx.workbook.activeRange;
    return active && active.sheet === this.model ? new Range(this.ctx, this.model, { ...active.rect }) : null;
  }

  getLastRow(): number {
    return this.model.lastRow();
  }
  getLastColumn(): number {
    return this.model.lastColumn();
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  /** Formula references are not shifted by inserted rows: a known gap of the stand-in. */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.#checkRow(afterPosition);
    this.model.insertRows(afterPosition + 1, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.#checkRow(beforePosition);
    this.model.insertRows(beforePosition, howMany);
    return this;
  }
  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  /** Removes the rows and everything in them; the rows below move up. At least one row must stay. */
  deleteRows(rowPosition: number, howMany: number): void {
    this.#checkRows(rowPosition, howMany);
    if (howMany >= this.model.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.model.deleteRows(rowPosition, howMany);
  }

  /** Writes after the last row with content, growing the grid if needed: one service call. */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents))
      throw new Error("The parameters don't match the method signature for Sheet.appendRow.");
    checkCellWrite([rowContents]);
    const row = this.model.lastRow() + 1;
    if (row > this.model.maxRows) this.model.maxRows = row;
    if (rowContents.length > this.model.maxColumns) this.model.maxColumns = rowContents.length;
    rowContents.forEach((v, i) => {
      const cell = this.model.writableCell(row, i + 1);
      const parsed = parseInput(v, this.ctx.workbook.timeZone, cell.numberFormat);
      cell.setContent(parsed.value, parsed.formula);
    });
    return this;
  }

  hideRows(rowIndex: number, numRows = 1): void {
    this.#checkRows(rowIndex, numRows);
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.model.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    this.#checkRows(rowIndex, numRows);
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.model.hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    this.#checkRow(rowPosition);
    return this.model.hiddenRows.has(rowPosition);
  }
  isRowHiddenByFilter(rowPosition: number): boolean {
    this.#checkRow(rowPosition);
    return this.model.isRowHiddenByFilter(rowPosition);
  }
  getFilter(): Filter | null {
    return this.model.filter ? new Filter(this.ctx, this.model) : null;
  }

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this.model.maxRows)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    this.model.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    Sheet.range(this.ctx, this.model, { row: 1, column: startColumn, numRows: 1, numColumns });
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  // ---- charts ----

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.ctx, this.model, null);
  }
  getCharts(): EmbeddedChart[] {
    return this.model.charts.map((c) => new EmbeddedChart(this.ctx, this.model, c));
  }
  insertChart(chart: EmbeddedChart): void {
    if (!(chart instanceof EmbeddedChart))
      throw new Error("The parameters don't match the method signature for Sheet.insertChart.");
    if (this.model.charts.some((c) => c.id === chart.model.id))
      throw new Error('This chart is already in the sheet; use updateChart.');
    this.model.charts.push(copyChart(chart.model));
  }
  updateChart(chart: EmbeddedChart): void {
    if (!(chart instanceof EmbeddedChart))
      throw new Error("The parameters don't match the method signature for Sheet.updateChart.");
    const i = this.model.charts.findIndex((c) => c.id === chart.model.id);
    if (i < 0) throw new Error('The chart is not in this sheet.');
    this.model.charts[i] = copyChart(chart.model);
  }
  removeChart(chart: EmbeddedChart): void {
    this.model.charts = this.model.charts.filter((c) => c.id !== chart.model.id);
  }

  // ---- developer metadata (see developer-metadata.ts) ----

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Sheet {
    addSheetMetadata(this.model, key, valueOrVisibility, visibility);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return sheetMetadata(this.ctx, this.model);
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.ctx, () => [this.model]);
  }

  #checkRow(row: number): void {
    if (!Number.isInteger(row) || row < 1 || row > this.model.maxRows)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  #checkRows(row: number, count: number): void {
    this.#checkRow(row);
    if (count < 1) throw new Error('The number of rows in the range must be at least 1.');
    this.#checkRow(row + count - 1);
  }
}
