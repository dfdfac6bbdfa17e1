import { describe, expect, it } from 'vitest';
import { embedPageData, PAGE_DATA_MARKER } from '../../src/core/page-data';

const PAGE = `<script id="initial-data" type="application/json">${PAGE_DATA_MARKER}</script><script>var a = 1;</script>`;

describe('embedding data in the sidebar page', () => {
  const hostile = { name: '</script><script>alert(1)</script><!-- & \u2028' };
  const page = embedPageData(PAGE, hostile);

  it('gives back exactly the data when the page parses it', () => {
    const json = /<script id="initial-data" type="application\/json">(.*?)<\/script>/s.exec(page)?.[1] ?? '';
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('lets no sheet text close the script element or open a comment', () => {
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(page).not.toContain('<!--');
  });

  it('refuses a page with no place for the data', () => {
    expect(() => embedPageData('<html></html>', {})).toThrow(/npm run build/);
  });

  it('is safe with a "$&" in the data, which String.replace would otherwise expand', () => {
    const json = /application\/json">(.*?)<\/script>/s.exec(embedPageData(PAGE, { a: '$&$`' }))?.[1] ?? '';
    expect(JSON.parse(json)).toEqual({ a: '$&$`' });
  });
});
