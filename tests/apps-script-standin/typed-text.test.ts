import { describe, expect, it } from 'vitest';
import { services } from './helpers';

// Sheets reads text given to setValues as it reads typing: numbers, percentages, booleans, dates.

describe('setValues reads text as Sheets does', () => {
  it('turns grouped numbers, percentages, leading zeros, TRUE and ISO dates into values', () => {
    const { sheet } = services();
    sheet.getRange('A1:F1').setValues([['1,700', '100%', '007', 'TRUE', '2024-05-01', '12.5%']]);
    const [values] = sheet.getRange('A1:F1').getValues();
    expect(values.slice(0, 4)).toEqual([1700, 1, 7, true]);
    expect(Object.prototype.toString.call(values[4])).toBe('[object Date]');
    expect(values[5]).toBe(0.125);
  });

  it('keeps text that only looks like a number in part', () => {
    const { sheet } = services();
    sheet.getRange('A1:D1').setValues([['1,70', '12,345,67', '100 %%', 'Leeds, 1,700']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['1,70', '12,345,67', '100 %%', 'Leeds, 1,700']]);
  });

  it('keeps text written with a leading apostrophe exactly, showing it without the apostrophe', () => {
    const { sheet } = services();
    const texts = ['1,700', '100%', '007', 'TRUE', '2024-05-01', '=SUM(1)', "'=SUM(1)"];
    sheet.getRange(1, 1, 1, texts.length).setValues([texts.map((t) => `'${t}`)]);
    expect(sheet.getRange(1, 1, 1, texts.length).getValues()).toEqual([texts]);
    expect(sheet.getRange(1, 1, 1, texts.length).getDisplayValues()).toEqual([texts]);
    expect(sheet.getRange(1, 1, 1, texts.length).getFormulas()).toEqual([texts.map(() => '')]);
  });
});

describe('a strict data validation rule', () => {
  const rule = (app: GoogleAppsScript.Spreadsheet.SpreadsheetApp, allowInvalid: boolean) =>
    app
      .newDataValidation()
      .requireValueInList(['York', 'Leeds City Council'], true)
      .setAllowInvalid(allowInvalid)
      .build();

  it('refuses a value not on its list with Sheets’ error, writing no cell of the grid', () => {
    const { sheet, app } = services();
    sheet.getRange('B2').setDataValidation(rule(app, false));
    expect(() => sheet.getRange('A2:B2').setValues([['kept out', 'Leeds']])).toThrow(
      'The data you entered in cell B2 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['', '']]);
  });

  it('takes a value on its list, and an empty one', () => {
    const { sheet, app } = services();
    sheet.getRange('B2:B3').setDataValidation(rule(app, false));
    sheet.getRange('B2:B3').setValues([["'York"], ['']]);
    expect(sheet.getRange('B2:B3').getValues()).toEqual([['York'], ['']]);
  });

  it('lets anything through a rule that only warns', () => {
    const { sheet, app } = services();
    sheet.getRange('B2').setDataValidation(rule(app, true));
    sheet.getRange('B2').setValue('Leeds');
    expect(sheet.getRange('B2').getValue()).toBe('Leeds');
  });
});
