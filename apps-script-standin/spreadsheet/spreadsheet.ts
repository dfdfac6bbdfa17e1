// Spreadsheet: the workbook the add-on is bound to, its tabs and its active selection.
import type { Context } from '../context';
import { ServiceObject } from '../instrument';
import { DeveloperMetadataFinder } from './developer-metadata';
import { Range } from './range';
import { Sheet } from './sheet';
import { checkTabNameFree, sheetNamed, tabNameTaken } from './tab-names';

export class Spreadsheet extends ServiceObject {
  readonly serviceName = 'Spreadsheet';

  constructor(readonly ctx: Context) {
    super();
  }

  getId(): string {
    return this.ctx.workbook.id;
  }
  getName(): string {
    return this.ctx.workbook.name;
  }
  rename(newName: string): void {
    this.ctx.workbook.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.ctx.workbook.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.ctx.workbook.timeZone;
  }

  getSheets(): Sheet[] {
    return this.ctx.workbook.sheets.map((s) => new Sheet(this.ctx, s));
  }
  getNumSheets(): number {
    return this.ctx.workbook.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const sheet = sheetNamed(this.ctx.workbook, String(name), this.ctx.variants);
    return sheet ? new Sheet(this.ctx, sheet) : null;
  }
  getSheetById(id: number): Sheet | null {
    const sheet = this.ctx.workbook.sheets.find((s) => s.id === id);
    return sheet ? new Sheet(this.ctx, sheet) : null;
  }

  /** insertSheet(), insertSheet(name) or insertSheet(name, index); index is 0-based. The new sheet becomes active. */
  insertSheet(sheetName?: string | number, sheetIndex?: number): Sheet {
    const workbook = this.ctx.workbook;
    let name: string;
    let index = workbook.sheets.length;
    if (typeof sheetName === 'number') index = sheetName;
    if (typeof sheetName === 'string') {
      name = sheetName;
      checkTabNameFree(workbook, name);
    } else {
      let n = workbook.sheets.length + 1;
      while (tabNameTaken(workbook, `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (typeof sheetIndex === 'number') index = sheetIndex;
    if (index < 0 || index > workbook.sheets.length) throw new Error('The sheet index is out of range.');
    const sheet = workbook.addSheet(name, index);
    workbook.active = sheet;
    workbook.activeRange = null;
    return new Sheet(this.ctx, sheet);
  }

  /** Removes the tab; the last tab cannot go. When it was the active tab, the one before it becomes active. */
  deleteSheet(sheet: Sheet): void {
    const workbook = this.ctx.workbook;
    const index = workbook.sheets.indexOf(sheet.model);
    if (index < 0) throw new Error('Sheet not found');
    if (workbook.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    workbook.sheets.splice(index, 1);
    if (workbook.activeRange?.sheet === sheet.model) workbook.activeRange = null;
    if (workbook.active === sheet.model) workbook.active = workbook.sheets[Math.max(0, index - 1)] ?? null;
  }

  getActiveSheet(): Sheet {
    return new Sheet(this.ctx, this.ctx.workbook.activeSheet());
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.ctx.workbook.active = sheet.model;
    this.ctx.workbook.activeRange = null;
    return sheet;
  }
  /** The selection; with none made, the active sheet's A1, as in a freshly opened sheet. */
  getActiveRange(): Range {
    const active = this.ctx.workbook.activeRange;
    if (active) return new Range(this.ctx, active.sheet, { ...active.rect });
    return new Range(this.ctx, this.ctx.workbook.activeSheet(), {
      row: 1,
      column: 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  setActiveRange(range: Range): Range {
    this.ctx.workbook.active = range.sheet;
    this.ctx.workbook.activeRange = { sheet: range.sheet, rect: { ...range.rect } };
    return range;
  }
  getActiveCell(): Range {
    const active = this.getActiveRange();
    return new Range(this.ctx, active.sheet, {
      row: active.rect.row,
      column: active.rect.column,
      numRows: 1,
      numColumns: 1,
    });
  }

  /** 'Sheet name'!A1:B2, or a reference on the active sheet. */
  getRange(a1Notation: string): Range {
    const { sheet, rect } = this.ctx.workbook.resolveA1(a1Notation, this.ctx.workbook.activeSheet());
    return Sheet.range(this.ctx, sheet, rect);
  }

  /** Searches the metadata of every tab (only tab-level metadata is modelled). */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.ctx, () => [...this.ctx.workbook.sheets]);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    void title;
    void timeoutSeconds;
    this.ctx.ui.toasts.push(String(msg));
  }
}
