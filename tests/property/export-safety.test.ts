// Property test of every export format: whatever text the examples hold, no markup, script link or formula gets out live.

import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportDocument, exportFile } from '../../src/core/export';
import { sheetGrid } from '../../src/core/export/sheet-grid';
import { startsLikeFormula } from '../../src/core/formula-safety';
import type { Example } from '../../src/core/model';
import type { PrincipleId } from '../../src/core/principles';
import { HOSTILE_TEXT } from '../hardening/xss-payloads';
import { pastedText } from './workbooks';

const STAMP = { iso: '2026-11-23T05:00:00.000Z', local: '23 Nov 2026, 05:00', day: '2026-11-23' };

/** Text as hostile as it gets: the corpus, random text, and the two spliced together. */
const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  pastedText,
  fc.tuple(pastedText, fc.constantFrom(...HOSTILE_TEXT), pastedText).map((parts) => parts.join('')),
);

const example: fc.Arbitrary<Example> = fc.record({
  id: fc.oneof(fc.integer({ min: 1, max: 9999 }).map(String), hostileText),
  name: hostileText,
  council: hostileText,
  description: hostileText,
  type: fc.constantFrom('Tweak', 'Tactic', 'Project', 'Strategy', '' as const),
  notes: fc.uniqueArray(
    fc.record({ principle: fc.integer({ min: 1, max: 9 }).map((n) => n as PrincipleId), text: hostileText }),
    {
      selector: (n) => n.principle,
      maxLength: 9,
    },
  ),
  links: fc.array(fc.record({ text: hostileText, url: fc.oneof(fc.webUrl(), hostileText) }), {
    maxLength: 3,
  }),
  sheet: fc.constant('Framework in Action'),
  row: fc.integer({ min: 2, max: 10_000 }),
});

const PLAIN: Example = {
  id: '1',
  name: 'Plain',
  council: 'Leeds',
  // Line breaks and paragraphs, so every tag the template itself uses is in the plain page too.
  description: 'Plain words.\nA second line.\n\nA new paragraph.',
  type: 'Tweak',
  notes: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((p) => ({
    principle: p as PrincipleId,
    text: 'A note.\nIts second line.\n\nIts next paragraph.',
  })),
  links: [{ text: 'Report', url: 'https://example.org/report' }],
  sheet: 'Framework in Action',
  row: 2,
};

function content(examples: Example[], format: 'csv' | 'markdown' | 'html'): string {
  return exportFile({ examples, resources: [] }, {}, format, {}, STAMP).content ?? '';
}

/** The kinds of tag an HTML parser would open (a Markdown \< opens none). */
function markupKinds(text: string): Set<string> {
  return new Set((text.match(/(?<!\\)<[a-z!?/][^\s>/]*/gi) ?? []).map((t) => t.toLowerCase()));
}

const PLAIN_HTML_KINDS = markupKinds(content([PLAIN], 'html'));
const PLAIN_MARKDOWN_KINDS = markupKinds(content([PLAIN], 'markdown'));

describe('exporting any text', () => {
  it('opens no kind of tag in the printable page that plain words do not', () => {
    fc.assert(
      fc.property(fc.array(example, { minLength: 1, maxLength: 5 }), (examples) => {
        const extra = [...markupKinds(content(examples, 'html'))].filter((k) => !PLAIN_HTML_KINDS.has(k));
        expect(extra).toEqual([]);
      }),
    );
  });

  it('gives the printable page no event handler and only web addresses', () => {
    fc.assert(
      fc.property(fc.array(example, { minLength: 1, maxLength: 5 }), (examples) => {
        const tags = content(examples, 'html').match(/<[a-z][^>]*>/gi) ?? [];
        const attributes = tags.flatMap((tag) => [
          ...tag.matchAll(/\s([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/gi),
        ]);
        expect(attributes.filter((m) => /^on/i.test(m[1])).map((m) => m[0])).toEqual([]);
        const addresses = attributes
          .filter((m) => /^(?:href|src|action|formaction|data)$/i.test(m[1]))
          .map((m) => m[2] ?? m[3] ?? m[4]);
        expect(addresses.filter((url) => !/^https?:\/\//i.test(url))).toEqual([]);
      }),
    );
  });

  it('opens no HTML in the Markdown that plain words do not, and links only to web addresses', () => {
    fc.assert(
      fc.property(fc.array(example, { minLength: 1, maxLength: 5 }), (examples) => {
        const markdown = content(examples, 'markdown');
        expect([...markupKinds(markdown)].filter((k) => !PLAIN_MARKDOWN_KINDS.has(k))).toEqual([]);
        const targets = [...markdown.matchAll(/(?<!\\)\]\(\s*<?([^)\s>]*)/g)].map((m) => m[1]);
        expect(targets.filter((url) => !/^https?:\/\//i.test(url))).toEqual([]);
      }),
    );
  });

  it('starts no CSV field like a formula, and keeps one row per example', () => {
    fc.assert(
      fc.property(fc.array(example, { minLength: 1, maxLength: 5 }), (examples) => {
        const parsed = Papa.parse<string[]>(content(examples, 'csv').replace(/^\uFEFF/, ''), {
          skipEmptyLines: 'greedy',
        });
        expect(parsed.data).toHaveLength(examples.length + 1);
        expect(parsed.data.flat().filter(startsLikeFormula)).toEqual([]);
      }),
    );
  });

  it('writes every text cell of the export tab as text, never as a formula', () => {
    fc.assert(
      fc.property(fc.array(example, { minLength: 1, maxLength: 5 }), (examples) => {
        const grid = sheetGrid(exportDocument({ examples, resources: [] }, {}, {}, STAMP));
        const cells = grid.values.flat().filter((v): v is string => typeof v === 'string' && v !== '');
        expect(cells.filter((v) => !v.startsWith("'"))).toEqual([]);
      }),
    );
  });
});
