// Taking things away: Spreadsheet.deleteSheet, Sheet.deleteRows and Range.clearContent, as the add-on's rollbacks use them.
import { describe, expect, it } from 'vitest';
import { PEOPLE, services } from './helpers';

describe('Spreadsheet.deleteSheet', () => {
  it('removes the tab in one counted call, leaving the others as they were', () => {
    const { standIn, ss } = services(PEOPLE);
    const before = standIn.snapshot().sheets;
    const extra = ss.insertSheet('Extra');
    extra.getRange('A1').setValue('made by a script');
    standIn.calls.reset();
    ss.deleteSheet(extra);
    expect(standIn.calls.byMethod()).toEqual({ 'Spreadsheet.deleteSheet': 1 });
    expect(standIn.snapshot().sheets).toEqual(before);
  });

  it('makes the tab before it active when the active tab is removed', () => {
    const { ss } = services(PEOPLE);
    ss.insertSheet('Second');
    const third = ss.insertSheet('Third');
    ss.deleteSheet(third);
    expect(ss.getActiveSheet().getName()).toBe('Second');
  });

  it('refuses to remove the last tab', () => {
    const { ss, sheet } = services(PEOPLE);
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
    expect(ss.getNumSheets()).toBe(1);
  });
});

describe('Sheet.deleteRows', () => {
  it('removes the rows, moving the rows below up and shrinking the grid', () => {
    const { sheet } = services(PEOPLE);
    sheet.deleteRows(2, 2);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['Name', 'Score', 'Team'],
      ['Linus', 4, 'Red'],
    ]);
    expect(sheet.getMaxRows()).toBe(998);
  });

  it('takes back rows added with insertRowsAfter, leaving the sheet as it was', () => {
    const { standIn, sheet } = services(PEOPLE);
    const before = standIn.snapshot().sheets;
    sheet.insertRowsAfter(1000, 5);
    sheet.deleteRows(1001, 5);
    expect(standIn.snapshot().sheets).toEqual(before);
  });

  it('moves hidden rows and the filter up with the rows below', () => {
    const { app, standIn, sheet } = services(PEOPLE);
    sheet
      .getRange('A1:C4')
      .createFilter()
      .setColumnFilterCriteria(3, app.newFilterCriteria().setHiddenValues(['Blue']).build());
    sheet.hideRows(10);
    sheet.deleteRows(2, 1);
    const after = standIn.snapshot().sheets[0];
    expect(after.filter?.range).toBe('A1:C3');
    expect(after.hiddenRows).toEqual([9]);
    expect(sheet.isRowHiddenByFilter(2)).toBe(true);
  });

  it('refuses rows outside the sheet and deleting every row', () => {
    const { sheet } = services(PEOPLE);
    expect(() => sheet.deleteRows(999, 5)).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.deleteRows(1, 1000)).toThrow("You can't delete all the rows on the sheet.");
  });
});

describe('Range.clearContent', () => {
  it('empties values and links but keeps notes and formats', () => {
    const { app, standIn, sheet } = services(PEOPLE);
    const cell = sheet.getRange('A5');
    cell.setNote('kept');
    const before = standIn.snapshot().sheets;
    cell.setRichTextValue(
      app.newRichTextValue().setText('guide').setLinkUrl(0, 5, 'https://example.org').build(),
    );
    cell.clearContent();
    expect(standIn.snapshot().sheets).toEqual(before);
  });
});
