import { describe, expect, it } from 'vitest';
import { createStandIn, type WorkbookSeed } from '../../apps-script-standin/index';
import { PEOPLE, services } from './helpers';

describe('edit', () => {
  it('writes like the UI and returns the onEdit event', () => {
    const { standIn, sheet } = services(PEOPLE);
    const event = standIn.edit('Data', 'B2', [['7']]);
    expect(sheet.getRange('B2').getValue()).toBe(7);
    expect(event.value).toBe('7');
    expect(event.oldValue).toBe('3');
    expect((event.range as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('B2');
    expect((event.source as GoogleAppsScript.Spreadsheet.Spreadsheet).getName()).toBe('Framework in Action');
    expect(String(event.authMode)).toBe('LIMITED');
  });

  it('is not counted as service calls', () => {
    const { standIn } = services(PEOPLE);
    standIn.edit('Data', 'A5:B5', [['Tim', '=B2+1']]);
    expect(standIn.calls.total()).toBe(0);
  });

  it('gives no value or oldValue for a multi-cell edit', () => {
    const { standIn } = services(PEOPLE);
    const event = standIn.edit('Data', 'A5:B5', [['Tim', '2']]);
    expect('value' in event || 'oldValue' in event).toBe(false);
  });
});

describe('snapshot', () => {
  function busyStandIn() {
    const s = services(PEOPLE, {}, { documentProperties: { a: '1' } });
    const { app, sheet, charts } = s;
    sheet.getRange('D1').setFormula('=SUM(B2:B4)');
    sheet.getRange('A2').setNote('checked').setBackground('#ffcccc').setFontWeight('bold');
    sheet.getRange('A6').setValue(new Date('2024-02-03T00:00:00Z'));
    sheet
      .getRange('C2')
      .setRichTextValue(
        app.newRichTextValue().setText('Red team').setLinkUrl(0, 3, 'https://red.example').build(),
      );
    sheet
      .getRange('C2:C4')
      .setDataValidation(app.newDataValidation().requireValueInList(['Red', 'Blue']).build());
    sheet.hideRows(3);
    sheet
      .getRange('A1:C4')
      .createFilter()
      .setColumnFilterCriteria(3, app.newFilterCriteria().setHiddenValues(['Blue']).build());
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(charts.ChartType.RADAR)
        .addRange(sheet.getRange('A1:B4'))
        .setOption('title', 'T')
        .build(),
    );
    return s;
  }

  it('captures values, formulas and formats', () => {
    const snap = busyStandIn().standIn.snapshot();
    const data = snap.sheets[0];
    expect(data?.values[0]).toEqual(['Name', 'Score', 'Team', 12]);
    expect(data?.formulas?.[0]?.[3]).toBe('=SUM(B2:B4)');
    expect(data?.notes?.[1]?.[0]).toBe('checked');
    expect(data?.richLinks?.[1]?.[2]).toEqual([{ text: 'Red', url: 'https://red.example' }]);
    expect(data?.validations).toEqual([
      { range: 'C2:C4', list: ['Red', 'Blue'], helpText: '', allowInvalid: true },
    ]);
    expect(data?.filter).toEqual({ range: 'A1:C4', criteria: { 3: { hiddenValues: ['Blue'] } } });
    expect(snap.documentProperties).toEqual({ a: '1' });
  });

  it('round-trips through JSON and createStandIn', () => {
    const first = busyStandIn().standIn.snapshot();
    const again = createStandIn(JSON.parse(JSON.stringify(first)) as WorkbookSeed).snapshot();
    expect(again).toEqual(first);
  });

  it('is a copy that later changes do not reach', () => {
    const { standIn, sheet } = services(PEOPLE);
    const snap = standIn.snapshot();
    sheet.getRange('A2').setValue('Changed');
    expect(snap.sheets[0]?.values[1]?.[0]).toBe('Ada');
  });
});
