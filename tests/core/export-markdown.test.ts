import { describe, expect, it } from 'vitest';
import { exportFile } from '../../src/core/export';
import { escapeMarkdown, markdownLink } from '../../src/core/export/markdown';
import { friendlyExample, PRINCIPLE_4_IDS, STAMP, seedCatalogue } from './export-fixtures';

const catalogue = seedCatalogue();

describe('the Markdown export', () => {
  it('lists the eight principle 4 examples with their principle 4 notes', () => {
    const result = exportFile(catalogue, { principles: [4] }, 'markdown', {}, STAMP);
    const content = result.content ?? '';
    expect(result).toMatchObject({
      format: 'markdown',
      count: 8,
      filename: 'framework-in-action-2026-11-23.md',
    });
    for (const id of PRINCIPLE_4_IDS) {
      const example = catalogue.examples.find((e) => e.id === id);
      expect(content).toContain(`## ${id}. ${escapeMarkdown(example?.name ?? '')}`);
      expect(content).toContain(escapeMarkdown(example?.notes.find((n) => n.principle === 4)?.text ?? ''));
    }
  });

  it('says which filter produced the list', () => {
    const content = exportFile(catalogue, { principles: [4] }, 'markdown', {}, STAMP).content ?? '';
    expect(content).toContain(
      '8 examples showing 4. Create open and transparent cultures. Exported 23 Nov 2026, 14:05.',
    );
  });

  it('groups by type, easiest first, when asked', () => {
    const content =
      exportFile(catalogue, { principles: [4] }, 'markdown', { grouping: 'type' }, STAMP).content ?? '';
    const headings = content.split('\n').filter((l) => /^## [A-Z][a-z]+$/.test(l));
    const types = new Set(
      catalogue.examples.filter((e) => PRINCIPLE_4_IDS.includes(e.id)).map((e) => e.type),
    );
    expect(headings).toEqual(
      ['Tweak', 'Tactic', 'Project', 'Strategy'].filter((t) => types.has(t as 'Tweak')).map((t) => `## ${t}`),
    );
  });

  it('groups by the chosen principles when asked', () => {
    const content =
      exportFile(
        catalogue,
        { principles: [4, 9] },
        'markdown',
        { grouping: 'principle', includeResources: false, includeLegend: false },
        STAMP,
      ).content ?? '';
    const headings = content.split('\n').filter((l) => /^## /.test(l));
    expect(headings).toEqual([
      '## 4\\. Create open and transparent cultures',
      '## 9\\. Embrace new accountabilities',
    ]);
  });

  it('adds the resources and the legend unless left out', () => {
    const withBoth = exportFile(catalogue, { principles: [4] }, 'markdown', {}, STAMP).content ?? '';
    expect(withBoth).toContain('## Useful resources');
    expect(withBoth).toContain('## The nine principles');
    const without =
      exportFile(
        catalogue,
        { principles: [4] },
        'markdown',
        { includeResources: false, includeLegend: false },
        STAMP,
      ).content ?? '';
    expect(without).not.toContain('## Useful resources');
    expect(without).not.toContain('## The nine principles');
  });

  it('escapes an ampersand only where it would start an entity', () => {
    expect(escapeMarkdown('Arts & crafts &amp; more')).toBe('Arts & crafts \\&amp; more');
  });

  it('escapes the characters Markdown would read as markup', () => {
    expect(escapeMarkdown('*bold* _it_ [x](y) <b> `code` # not a heading')).toBe(
      '\\*bold\\* \\_it\\_ \\[x\\](y) \\<b\\> \\`code\\` # not a heading',
    );
    expect(escapeMarkdown('# heading\n- item\n1. first\n> quote')).toBe(
      '\\# heading\n\\- item\n1\\. first\n\\> quote',
    );
  });

  it('makes links for http and https only', () => {
    expect(markdownLink({ text: 'Report (PDF)', url: 'https://example.org/a_(1)' })).toBe(
      '[Report (PDF)](https://example.org/a_%281%29)',
    );
    expect(markdownLink({ text: 'Bad', url: 'javascript:alert(1)' })).toBe('Bad');
  });

  it('keeps accents and emoji and links the example', () => {
    const content =
      exportFile({ examples: [friendlyExample()], resources: [] }, {}, 'markdown', {}, STAMP).content ?? '';
    expect(content).toContain('Café “Ça va” in Ynys Môn 🌱');
    expect(content).toContain('Links: [Report](https://example.org/report), Bad');
  });
});
