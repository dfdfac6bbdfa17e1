import { describe, expect, it } from 'vitest';
import { PEOPLE, services } from './helpers';

describe('Sheet', () => {
  it('finds the last row and column with a value or formula', () => {
    const { sheet } = services(PEOPLE);
    sheet.getRange('F9').setNote('a note is not content');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
    sheet.getRange('E7').setFormula('=1+1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 5]);
  });

  it('spans the content with getDataRange', () => {
    const { sheet } = services(PEOPLE);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
  });

  it('defaults to a 1000 by 26 grid', () => {
    const { sheet } = services(PEOPLE);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('appends a row after the content in one call, growing the grid when full', () => {
    const { standIn, ss } = services();
    const small = ss.insertSheet('Small');
    standIn.calls.reset();
    small.appendRow(['x', '2']);
    expect(standIn.calls.byMethod()).toEqual({ 'Sheet.appendRow': 1 });
    expect(small.getRange('A1:B1').getValues()).toEqual([['x', 2]]);
  });

  it('grows the grid when appending past the last row', () => {
    const { ss } = services();
    const tiny = ss.insertSheet('Tiny');
    tiny.getRange(1000, 1).setValue('last');
    tiny.appendRow(['beyond']);
    expect(tiny.getMaxRows()).toBe(1001);
    expect(tiny.getRange(1001, 1).getValue()).toBe('beyond');
  });

  it('hides and shows rows by the user', () => {
    const { sheet } = services(PEOPLE);
    sheet.hideRows(2, 2);
    expect([2, 3, 4].map((r) => sheet.isRowHiddenByUser(r))).toEqual([true, true, false]);
    sheet.showRows(2);
    expect([2, 3].map((r) => sheet.isRowHiddenByUser(r))).toEqual([false, true]);
  });

  it('moves data and hidden rows down when rows are inserted', () => {
    const { sheet } = services(PEOPLE);
    sheet.hideRows(3);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A4').getValue()).toBe('Ada');
    expect(sheet.isRowHiddenByUser(5)).toBe(true);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  it('records frozen rows and column widths', () => {
    const { sheet } = services();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 240);
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([1, 240, 100]);
  });

  it('knows its name, id and 1-based index', () => {
    const { ss, sheet } = services();
    const second = ss.insertSheet('Second');
    expect([sheet.getName(), sheet.getIndex(), second.getIndex()]).toEqual(['Data', 1, 2]);
    expect(second.getSheetId()).not.toBe(sheet.getSheetId());
    second.setName('Renamed');
    expect(ss.getSheetByName('Renamed')?.getIndex()).toBe(2);
  });
});

describe('Spreadsheet', () => {
  it('refuses a second sheet with the same name', () => {
    const { ss } = services();
    expect(() => ss.insertSheet('Data')).toThrow(
      'A sheet with the name "Data" already exists. Please enter another name.',
    );
  });

  it('inserts a sheet at a 0-based index and makes it active', () => {
    const { ss } = services();
    ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Data']);
    expect(ss.getActiveSheet().getName()).toBe('First');
  });

  it('reads a range by A1 notation with a sheet name', () => {
    const { ss } = services([['x']]);
    ss.insertSheet("Bob's tab");
    expect(ss.getRange('Data!A1').getValue()).toBe('x');
    expect(ss.getRange("'Bob''s tab'!B2").getA1Notation()).toBe('B2');
  });

  it('records toasts', () => {
    const { standIn, ss } = services();
    ss.toast('Saved');
    expect(standIn.ui.toasts).toEqual(['Saved']);
  });

  it('uses Europe/London as the default time zone', () => {
    const { ss } = services();
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/London');
  });
});
