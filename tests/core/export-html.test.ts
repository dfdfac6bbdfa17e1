import { describe, expect, it } from 'vitest';
import { exportFile } from '../../src/core/export';
import { escapeHtml } from '../../src/core/export/html-page';
import { friendlyExample, hostileExample, PRINCIPLE_4_IDS, STAMP, seedCatalogue } from './export-fixtures';

const catalogue = seedCatalogue();

describe('the printable page', () => {
  const result = exportFile(catalogue, { principles: [4] }, 'html', {}, STAMP);
  const content = result.content ?? '';

  it('holds the eight principle 4 examples with their notes', () => {
    expect(result).toMatchObject({
      format: 'html',
      count: 8,
      filename: 'framework-in-action-2026-11-23.html',
    });
    for (const id of PRINCIPLE_4_IDS) {
      const example = catalogue.examples.find((e) => e.id === id);
      expect(content).toContain(`<h2>${escapeHtml(`${id}. ${example?.name}`)}</h2>`);
      expect(content).toContain(escapeHtml(example?.notes.find((n) => n.principle === 4)?.text ?? ''));
    }
  });

  it('is a whole page in British English with a print stylesheet', () => {
    expect(content.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(content).toContain('@media print');
    expect(content).toContain('<title>Framework in Action: resource list: 8 examples showing');
  });

  it('escapes every text, so sheet text cannot become markup', () => {
    const page =
      exportFile(
        { examples: [hostileExample('<script>alert("x")</script>', 1)], resources: [] },
        {},
        'html',
        {},
        STAMP,
      ).content ?? '';
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('links http and https only', () => {
    const page =
      exportFile({ examples: [friendlyExample()], resources: [] }, {}, 'html', {}, STAMP).content ?? '';
    expect(page).toContain('<a href="https://example.org/report">Report</a>');
    expect(page).not.toContain('javascript:');
  });
});
