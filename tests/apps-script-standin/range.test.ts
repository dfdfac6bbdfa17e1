import { describe, expect, it } from 'vitest';
import { PEOPLE, services } from './helpers';

describe('Range', () => {
  it('addresses cells 1-based and reads empty cells as empty strings', () => {
    const { sheet } = services(PEOPLE);
    expect(sheet.getRange(2, 1, 1, 4).getValues()).toEqual([['Ada', 3, 'Red', '']]);
    expect(sheet.getRange('B3').getValue()).toBe(5);
  });

  it('pads ragged seed rows to a rectangle', () => {
    const { sheet } = services([['a'], ['b', 'c']]);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['a', ''],
      ['b', 'c'],
    ]);
  });

  it('returns a fresh copy from every getValues call', () => {
    const { sheet } = services(PEOPLE);
    const range = sheet.getRange('A1:C2');
    const first = range.getValues();
    (first[1] as unknown[])[0] = 'changed';
    expect(range.getValues()[1]?.[0]).toBe('Ada');
    expect(range.getValues()).not.toBe(range.getValues());
  });

  it('rejects data with the wrong number of rows with the Apps Script message', () => {
    const { sheet } = services(PEOPLE);
    expect(() =>
      sheet.getRange('A1:B3').setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  it('rejects data with the wrong number of columns with the Apps Script message', () => {
    const { sheet } = services(PEOPLE);
    expect(() => sheet.getRange('A1:B1').setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('refuses a range outside the grid', () => {
    const { sheet } = services(PEOPLE);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('refuses row or column zero', () => {
    const { sheet } = services(PEOPLE);
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
  });

  it('turns a written string starting with = into a formula', () => {
    const { sheet } = services([[2, 4]]);
    sheet.getRange('C1').setValue('=A1+B1');
    expect(sheet.getRange('C1').getFormula()).toBe('=A1+B1');
    expect(sheet.getRange('C1').getValue()).toBe(6);
  });

  it('keeps text after a leading apostrophe and drops the apostrophe', () => {
    const { sheet } = services();
    sheet.getRange('A1').setValue("'=not a formula");
    sheet.getRange('A2').setValue("'007");
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['=not a formula'], ['007']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('turns strings that look like plain numbers into numbers, as the Sheets UI does', () => {
    const { sheet } = services();
    sheet.getRange('A1:C1').setValues([['42', '-1.5', 'TRUE']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[42, -1.5, true]]);
  });

  it('keeps written text as text under a plain-text number format', () => {
    const { sheet } = services();
    sheet.getRange('A1').setNumberFormat('@').setValue('007');
    expect(sheet.getRange('A1').getValue()).toBe('007');
  });

  it('keeps Dates as Dates', () => {
    const { sheet } = services();
    const when = new Date('2024-03-01T10:00:00Z');
    sheet.getRange('A1').setValue(when);
    const read = sheet.getRange('A1').getValue();
    expect(read).toBeInstanceOf(Date);
    expect((read as Date).getTime()).toBe(when.getTime());
  });

  it('shows values as text in getDisplayValues', () => {
    const { sheet } = services([[3, 0.1 + 0.2, true, new Date('2024-03-01T00:00:00Z')]]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['3', '0.3', 'TRUE', '2024-03-01']]);
  });

  it('resets a background to white when given null', () => {
    const { sheet } = services();
    const cell = sheet.getRange('A1');
    cell.setBackground('#FFCCCC');
    expect(cell.getBackground()).toBe('#ffcccc');
    cell.setBackground(null as unknown as string);
    expect(cell.getBackground()).toBe('#ffffff');
  });

  it('writes notes and font weights per cell', () => {
    const { sheet } = services();
    sheet.getRange('A1:B1').setNotes([['check this', '']]);
    sheet.getRange('A1:B1').setFontWeights([['bold', null]]);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['check this', '']]);
    expect(sheet.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'normal']]);
  });

  it('reports its position and A1 notation, and offsets from it', () => {
    const { sheet } = services(PEOPLE);
    const range = sheet.getRange(2, 2, 3, 2);
    expect([
      range.getRow(),
      range.getColumn(),
      range.getNumRows(),
      range.getNumColumns(),
      range.getLastRow(),
      range.getLastColumn(),
    ]).toEqual([2, 2, 3, 2, 4, 3]);
    expect(range.getA1Notation()).toBe('B2:C4');
    expect(range.offset(1, -1, 1, 1).getA1Notation()).toBe('A3');
    expect(range.getSheet().getName()).toBe('Data');
  });

  it('activates its sheet and selection', () => {
    const { ss, sheet } = services(PEOPLE);
    ss.insertSheet('Other');
    sheet.getRange('B2:C3').activate();
    expect(ss.getActiveSheet().getName()).toBe('Data');
    expect(ss.getActiveRange()?.getA1Notation()).toBe('B2:C3');
  });

  it('reads and writes rich text links', () => {
    const { app, sheet } = services();
    const value = app
      .newRichTextValue()
      .setText('see the guide here')
      .setLinkUrl(8, 13, 'https://example.org/guide')
      .build();
    sheet.getRange('A1').setRichTextValue(value);
    const read = sheet.getRange('A1').getRichTextValue() as GoogleAppsScript.Spreadsheet.RichTextValue;
    expect(read.getText()).toBe('see the guide here');
    expect(
      read.getRuns().map((r) => [r.getText(), r.getLinkUrl(), r.getStartIndex(), r.getEndIndex()]),
    ).toEqual([
      ['see the ', null, 0, 8],
      ['guide', 'https://example.org/guide', 8, 13],
      [' here', null, 13, 18],
    ]);
    expect(sheet.getRange('A1').getValue()).toBe('see the guide here');
  });

  it('links the whole text with setLinkUrl(url)', () => {
    const { app } = services();
    const value = app.newRichTextValue().setText('Guide').setLinkUrl('https://example.org').build();
    expect(value.getLinkUrl()).toBe('https://example.org');
  });

  it('applies a list validation built with the builder', () => {
    const { app, sheet } = services();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Tweak', 'Tactic'], true)
      .setAllowInvalid(false)
      .setHelpText('Pick a type')
      .build();
    sheet.getRange('A2:A3').setDataValidation(rule);
    const read = sheet.getRange('A2').getDataValidation() as GoogleAppsScript.Spreadsheet.DataValidation;
    expect(String(read.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(read.getCriteriaValues()).toEqual([['Tweak', 'Tactic'], true]);
    expect(read.getHelpText()).toBe('Pick a type');
    expect(
      sheet
        .getRange('A1:A3')
        .getDataValidations()
        .map((r) => r[0] === null),
    ).toEqual([true, false, false]);
    sheet.getRange('A2:A3').clearDataValidations();
    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
  });
});
