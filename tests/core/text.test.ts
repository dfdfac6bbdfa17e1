import { describe, expect, it } from 'vitest';
import {
  a1,
  columnLetter,
  foldForMatch,
  htmlToText,
  hyperlinkFromFormula,
  tidySpaces,
} from '../../src/core/text';

describe('htmlToText', () => {
  it('turns paragraphs into blank-line breaks and drops inline tags', () => {
    expect(htmlToText('<p>One <u>two</u></p><p><i>Three</i></p>').text).toBe('One two\n\nThree');
  });

  it('decodes named and numeric entities once', () => {
    expect(htmlToText('Fish &amp; chips &#8211; &#x1F600; &amp;lt;').text).toBe('Fish & chips – 😀 &lt;');
  });

  it('keeps what an anchor links to', () => {
    expect(htmlToText('Read <a href="https://example.org/?a=1&amp;b=2">the report</a>')).toEqual({
      text: 'Read the report',
      links: [{ text: 'the report', url: 'https://example.org/?a=1&b=2' }],
    });
  });

  it('leaves text that only looks like a comparison alone', () => {
    expect(htmlToText('5 < 6 and 7 > 3').text).toBe('5 < 6 and 7 > 3');
  });
});

describe('tidySpaces', () => {
  it('trims and folds spaces line by line and keeps paragraph breaks', () => {
    expect(tidySpaces('  a   b \n\n\n\n c\u00a0 ')).toBe('a b\n\nc');
  });
});

describe('foldForMatch', () => {
  it('ignores case, accents, punctuation and "&" against "and"', () => {
    expect(foldForMatch('Redcar & Cleveland')).toBe(foldForMatch('redcar and  cleveland'));
    expect(foldForMatch('Ynys Môn')).toBe('ynys mon');
  });
});

describe('hyperlinkFromFormula', () => {
  it('reads the url and label of a HYPERLINK formula', () => {
    expect(hyperlinkFromFormula('=HYPERLINK("https://a.org/x", "The ""best"" report")')).toEqual({
      url: 'https://a.org/x',
      text: 'The "best" report',
    });
  });

  it('uses the url as the label when there is none', () => {
    expect(hyperlinkFromFormula('=hyperlink("https://a.org")')).toEqual({
      url: 'https://a.org',
      text: 'https://a.org',
    });
  });

  it('says nothing of other formulas', () => {
    expect(hyperlinkFromFormula('=SUM(A1:A3)')).toBeNull();
  });
});

describe('A1 notation', () => {
  it('names columns past Z with two letters', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(a1(83, 16)).toBe('P83');
  });
});
