import { describe, expect, it } from 'vitest';
import { PEOPLE, services } from './helpers';

describe('Range vertical alignment', () => {
  it("reads bottom, Sheets' default, until set", () => {
    expect(services(PEOPLE).sheet.getRange('A1').getVerticalAlignment()).toBe('bottom');
  });

  it('sets every cell of the range, and null puts the default back', () => {
    const { sheet } = services(PEOPLE);
    sheet.getRange('A1:B2').setVerticalAlignment('top');
    expect(sheet.getRange('B2').getVerticalAlignment()).toBe('top');
    expect(sheet.getRange('C2').getVerticalAlignment()).toBe('bottom');
    sheet.getRange('A1:B2').setVerticalAlignment(null);
    expect(sheet.getRange('B2').getVerticalAlignment()).toBe('bottom');
  });

  it('refuses an alignment Sheets does not have', () => {
    expect(() =>
      services(PEOPLE)
        .sheet.getRange('A1')
        .setVerticalAlignment('sideways' as 'top'),
    ).toThrow('Invalid argument');
  });
});
