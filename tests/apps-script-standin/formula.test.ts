import { describe, expect, it } from 'vitest';
import { PEOPLE, services } from './helpers';

describe('formulas', () => {
  it('computes AVERAGE over a range', () => {
    const { sheet } = services(PEOPLE);
    sheet.getRange('E1').setFormula('=AVERAGE(B2:B4)');
    expect(sheet.getRange('E1').getValue()).toBe(4);
  });

  it('shows a HYPERLINK as its label', () => {
    const { sheet } = services();
    sheet.getRange('A1').setValue('=HYPERLINK("https://example.org", "Example")');
    expect(sheet.getRange('A1').getValue()).toBe('Example');
  });

  it('recomputes when a referenced cell changes', () => {
    const { sheet } = services(PEOPLE);
    sheet.getRange('E1').setFormula('=SUM($B$2:B4)');
    expect(sheet.getRange('E1').getValue()).toBe(12);
    sheet.getRange('B2').setValue(10);
    expect(sheet.getRange('E1').getValue()).toBe(19);
  });

  it('supports arithmetic, comparison, concatenation and IF', () => {
    const { sheet } = services([[2, 3]]);
    sheet.getRange('C1:F1').setFormulas([['=A1*B1-1', '=A1<B1', '="n="&A1', '=IF(A1>2, "big", "small")']]);
    expect(sheet.getRange('C1:F1').getValues()).toEqual([[5, true, 'n=2', 'small']]);
  });

  it('reads 1 and "3" as numbers with VALUE, a blank as 0, and gives #VALUE! for text that is no number', () => {
    // A seed holds values as they are: B1 is the text "3", as a list dropdown may store it.
    const { sheet } = services([[1, '3', '', 'three']]);
    sheet.getRange('E1:H1').setFormulas([['=VALUE(A1)', '=VALUE(B1)', '=VALUE(C1)', '=VALUE(D1)']]);
    expect(sheet.getRange('B1').getValue()).toBe('3');
    expect(sheet.getRange('E1:H1').getValues()).toEqual([[1, 3, 0, '#VALUE!']]);
    sheet.getRange('I1').setFormula('=AVERAGE(A1:B1)');
    sheet.getRange('J1').setFormula('=SUM(VALUE(A1),VALUE(B1))/COUNTA(A1,B1)');
    // AVERAGE over a range passes the text "3" over; the add-on's formula counts it.
    expect(sheet.getRange('I1:J1').getValues()).toEqual([[1, 2]]);
  });

  it('counts with COUNT, COUNTA and COUNTIF', () => {
    const { sheet } = services(PEOPLE);
    sheet.getRange('E1:G1').setFormulas([['=COUNT(A1:B4)', '=COUNTA(A1:C4)', '=COUNTIF(C2:C4, "red")']]);
    expect(sheet.getRange('E1:G1').getValues()).toEqual([[3, 12, 2]]);
  });

  it('rounds half away from zero', () => {
    const { sheet } = services();
    sheet.getRange('A1:B1').setFormulas([['=ROUND(2.345, 2)', '=ROUND(-2.5)']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[2.35, -3]]);
  });

  it('gives #DIV/0! as the value of a division by zero, which IFERROR catches', () => {
    const { sheet } = services([[1, 0]]);
    sheet.getRange('C1:D1').setFormulas([['=A1/B1', '=IFERROR(C1, "none")']]);
    expect(sheet.getRange('C1:D1').getValues()).toEqual([['#DIV/0!', 'none']]);
  });

  it('gives #REF! for a circular reference instead of looping', () => {
    const { sheet } = services();
    sheet.getRange('A1:B1').setFormulas([['=B1+1', '=A1+1']]);
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
  });

  it('reads other sheets by name', () => {
    const { ss, sheet } = services(PEOPLE);
    ss.insertSheet('Summary').getRange('A1').setFormula("=MAX(Data!B2:B4)+'Data'!B2");
    expect(ss.getSheetByName('Summary')?.getRange('A1').getValue()).toBe(8);
    expect(sheet.getName()).toBe('Data');
  });

  it('throws a clear error for a function the stand-in does not evaluate', () => {
    const { sheet } = services();
    sheet.getRange('A1').setFormula('=VLOOKUP(1, B1:C2, 2, FALSE)');
    expect(() => sheet.getRange('A1:B1').getValues()).toThrow(
      'not implemented in the stand-in: formula function VLOOKUP',
    );
  });
});
