import { describe, expect, it } from 'vitest';
import {
  asCellText,
  asSheetText,
  fromCellText,
  neutraliseField,
  startsLikeFormula,
} from '../../src/core/formula-safety';
import { INJECTIONS } from './export-fixtures';

describe('neutralising formula injection', () => {
  it.each(INJECTIONS)('puts an apostrophe before %j', (text) => {
    expect(neutraliseField(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text alone, including a dash or equals sign inside it', () => {
    expect(neutraliseField('Kirklees Democracy Commission - 2017 = success')).toBe(
      'Kirklees Democracy Commission - 2017 = success',
    );
  });

  it('knows each dangerous first character', () => {
    expect(['=', '+', '-', '@', '\t', '\r', '\n'].every((c) => startsLikeFormula(`${c}x`))).toBe(true);
    expect(startsLikeFormula("'=x")).toBe(false);
  });

  it('writes every sheet text with a leading apostrophe, so Sheets never parses it', () => {
    expect(asSheetText('1,700')).toBe("'1,700");
    expect(asSheetText('=1+1')).toBe("'=1+1");
    expect(asSheetText('')).toBe('');
  });
});

describe('text a person typed, written to a cell', () => {
  it('keeps formula-like text as text and gives it back as typed', () => {
    expect(asCellText('=IMPORTDATA("x")')).toBe('\'=IMPORTDATA("x")');
    expect(fromCellText(asCellText('=IMPORTDATA("x")'))).toBe('=IMPORTDATA("x")');
  });

  it("keeps a person's own leading apostrophe, which Sheets would otherwise hide", () => {
    expect(asCellText("'Tis the season")).toBe("''Tis the season");
    expect(fromCellText(asCellText("'Tis the season"))).toBe("'Tis the season");
  });

  it('writes ordinary text as it is', () => {
    expect(asCellText('Leeds')).toBe('Leeds');
  });
});
