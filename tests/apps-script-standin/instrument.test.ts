import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PEOPLE, services } from './helpers';

describe('call counting and guards', () => {
  it('counts every service call by Class.method', () => {
    const { standIn, app } = services(PEOPLE);
    const sheet = app.getActiveSpreadsheet().getSheetByName('Data');
    sheet?.getRange('A1:C4').getValues();
    expect(standIn.calls.byMethod()).toEqual({
      'Range.getValues': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(standIn.calls.total()).toBe(4);
    standIn.calls.reset();
    expect(standIn.calls.total()).toBe(0);
  });

  it('counts the write that uses a built value, not the building, which stays in the script', () => {
    const { standIn, app, sheet } = services(PEOPLE);
    const rule = app.newDataValidation().requireValueInList(['a']).build();
    const link = app.newRichTextValue().setText('guide').setLinkUrl('https://example.org').build();
    sheet.getRange('A1').setDataValidation(rule);
    sheet.getRange('B1').setRichTextValue(link);
    expect(standIn.calls.byMethod()).toEqual({
      'Range.setDataValidation': 1,
      'Range.setRichTextValue': 1,
      'Sheet.getRange': 2,
    });
  });

  it('counts a batch read as one call however large the range', () => {
    const { standIn, sheet } = services(Array.from({ length: 500 }, (_, i) => [i, `row ${i}`]));
    sheet.getDataRange().getValues();
    expect(standIn.calls.total()).toBe(2);
  });

  it('does not count reads of value objects that a batch read returns already materialised', () => {
    const { standIn, sheet } = services(PEOPLE);
    const values = sheet.getRange('A1:C4').getRichTextValues();
    for (const row of values) for (const v of row) v?.getRuns().map((run) => run.getLinkUrl());
    expect(standIn.calls.byMethod()).toEqual({ 'Range.getRichTextValues': 1, 'Sheet.getRange': 1 });
  });

  it('throws a clear error for a method the stand-in does not implement', () => {
    const { sheet } = services(PEOPLE);
    const range = sheet.getRange('A1:B2');
    expect(() => range.merge()).toThrow('not implemented in the stand-in: Range.merge');
    expect(() => (range as unknown as { sort(): void }).sort()).toThrow(
      'not implemented in the stand-in: Range.sort',
    );
  });

  it('throws not implemented for the template engine', () => {
    const { html } = services();
    expect(() => html.createTemplateFromFile('Sidebar')).toThrow('not implemented in the stand-in');
  });

  it('lets Node and vitest probe service objects without throwing', () => {
    const { sheet } = services(PEOPLE);
    const range = sheet.getRange('A1') as unknown as Record<string | symbol, unknown>;
    expect(range.then).toBeUndefined();
    expect(range.toJSON).toBeUndefined();
    expect(range.asymmetricMatch).toBeUndefined();
    expect(range[Symbol.iterator]).toBeUndefined();
    expect(() => inspect(range)).not.toThrow();
    expect(() => String(range)).not.toThrow();
  });

  it('makes the next call of a method fail once when asked', () => {
    const { standIn, sheet } = services(PEOPLE);
    standIn.failNext('Range.setValues', new Error('Service Spreadsheets failed'));
    const range = sheet.getRange('A1');
    expect(() => range.setValues([['x']])).toThrow('Service Spreadsheets failed');
    expect(() => range.setValues([['x']])).not.toThrow();
    expect(range.getValue()).toBe('x');
  });

  it('in AuthMode NONE allows only the menu to be built', () => {
    const { standIn, app, properties } = services(PEOPLE);
    standIn.setAuthMode('NONE');
    app.getUi().createAddonMenu().addItem('Open', 'showSidebar').addSeparator().addToUi();
    expect(standIn.ui.menus).toHaveLength(1);
    expect(() => app.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() => properties.getDocumentProperties()).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    standIn.setAuthMode('FULL');
    expect(() => app.getActiveSpreadsheet()).not.toThrow();
  });

  it('keeps enums readable as plain properties', () => {
    const { app } = services();
    const ui = app.getUi();
    expect(String(ui.Button.OK)).toBe('OK');
    expect(String(app.WrapStrategy.CLIP)).toBe('CLIP');
  });
});
