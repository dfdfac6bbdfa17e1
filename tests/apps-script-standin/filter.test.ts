import { describe, expect, it } from 'vitest';
import { PEOPLE, services } from './helpers';

describe('Filter', () => {
  it('hides rows whose value is among a column’s hidden values', () => {
    const { app, sheet } = services(PEOPLE);
    const filter = sheet.getRange('A1:C4').createFilter();
    filter.setColumnFilterCriteria(3, app.newFilterCriteria().setHiddenValues(['Red']).build());
    expect([2, 3, 4].map((r) => sheet.isRowHiddenByFilter(r))).toEqual([true, false, true]);
    expect(sheet.isRowHiddenByUser(2)).toBe(false);
  });

  it('never hides the header row', () => {
    const { app, sheet } = services(PEOPLE);
    const filter = sheet.getRange('A1:C4').createFilter();
    filter.setColumnFilterCriteria(1, app.newFilterCriteria().setHiddenValues(['Name']).build());
    expect(sheet.isRowHiddenByFilter(1)).toBe(false);
  });

  it('compares displayed values, so numbers match their text', () => {
    const { app, sheet } = services(PEOPLE);
    sheet
      .getRange('A1:C4')
      .createFilter()
      .setColumnFilterCriteria(2, app.newFilterCriteria().setHiddenValues(['5']).build());
    expect(sheet.isRowHiddenByFilter(3)).toBe(true);
  });

  it('refuses a second filter on the same sheet', () => {
    const { sheet } = services(PEOPLE);
    sheet.getRange('A1:C4').createFilter();
    expect(() => sheet.getRange('A1:B2').createFilter()).toThrow(
      "You can't create a filter in a sheet that already has a filter.",
    );
  });

  it('reads back, removes criteria, and removes itself', () => {
    const { app, sheet } = services(PEOPLE);
    const filter = sheet.getRange('A1:C4').createFilter();
    filter.setColumnFilterCriteria(3, app.newFilterCriteria().setHiddenValues(['Red']).build());
    expect(sheet.getFilter()?.getColumnFilterCriteria(3)?.getHiddenValues()).toEqual(['Red']);
    expect(filter.getRange().getA1Notation()).toBe('A1:C4');
    filter.removeColumnFilterCriteria(3);
    expect(sheet.isRowHiddenByFilter(2)).toBe(false);
    filter.remove();
    expect(sheet.getFilter()).toBeNull();
  });
});
