// Hostile text in every field of an example, exported in every format: no live markup, no formula, no script link.

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../src/core/export';
import { startsLikeFormula } from '../../src/core/formula-safety';
import { type LoadedAddon, loadAddon } from '../server/addon';
import { hostileSeed } from './hostile-workbook';
import { FORMULA_PAYLOADS, HOSTILE_TEXT, XSS_PAYLOADS } from './xss-payloads';

/** The kinds of tag, comment, doctype or instruction an HTML parser would open (a Markdown \\< opens none). */
function markupKinds(text: string): Set<string> {
  return new Set((text.match(/(?<!\\)<[a-z!?/][^\s>/]*/gi) ?? []).map((t) => t.toLowerCase()));
}

/** Every tag a browser would build: text in the page has its < escaped, so each raw < starts a real tag. */
function tags(html: string): string[] {
  return html.match(/<[a-z][^>]*>/gi) ?? [];
}

/** Attributes that run script or fetch an address, in the tags of a page. */
function liveAttributes(html: string): { handlers: string[]; addresses: string[] } {
  const all = tags(html).flatMap((tag) => [
    ...tag.matchAll(/\s([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/gi),
  ]);
  return {
    handlers: all.filter((m) => /^on/i.test(m[1])).map((m) => m[0]),
    addresses: all
      .filter((m) => /^(?:href|src|action|formaction|data|background|poster)$/i.test(m[1]))
      .map((m) => m[2] ?? m[3] ?? m[4]),
  };
}

function exportAs(addon: LoadedAddon, format: 'csv' | 'markdown' | 'html'): string {
  const result = addon.run.exportExamples({}, format) as ExportResult;
  return result.content ?? '';
}

describe('hostile text in every field', () => {
  const hostile = loadAddon(hostileSeed());
  const plain = loadAddon(hostileSeed(HOSTILE_TEXT, true));

  it('has at least 30 XSS payloads from the OWASP cheat sheets, and the CSV injection ones', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    expect(FORMULA_PAYLOADS.length).toBeGreaterThan(0);
  });

  it('is read as examples, none lost, however it is written', () => {
    expect(hostile.run.getCatalogue().examples).toHaveLength(HOSTILE_TEXT.length);
  });

  it('opens no kind of tag in the printable page that plain words do not', () => {
    const plainKinds = markupKinds(exportAs(plain, 'html'));
    expect([...markupKinds(exportAs(hostile, 'html'))].filter((kind) => !plainKinds.has(kind))).toEqual([]);
  });

  it('never appears in the printable page as written when it holds < > " or \'', () => {
    const page = exportAs(hostile, 'html');
    const leaked = XSS_PAYLOADS.filter((p) => /[<>"']/.test(p) && page.includes(p));
    expect(leaked).toEqual([]);
  });

  it('gives the printable page no event handler, and addresses only of the web', () => {
    const { handlers, addresses } = liveAttributes(exportAs(hostile, 'html'));
    expect(handlers).toEqual([]);
    expect(addresses.filter((url) => !/^https?:\/\//i.test(url))).toEqual([]);
  });

  it('opens no HTML in the Markdown that plain words do not', () => {
    const plainKinds = markupKinds(exportAs(plain, 'markdown'));
    expect([...markupKinds(exportAs(hostile, 'markdown'))].filter((kind) => !plainKinds.has(kind))).toEqual(
      [],
    );
  });

  it('links the Markdown only to web addresses', () => {
    const markdown = exportAs(hostile, 'markdown');
    const targets = [...markdown.matchAll(/\]\(\s*<?([^)\s>]*)/g)].map((m) => m[1]);
    expect(targets.filter((url) => !/^https?:\/\//i.test(url))).toEqual([]);
    expect(markdown).not.toMatch(/<(?:javascript|data|vbscript):/i);
  });

  it('starts no CSV field like a formula', () => {
    const rows = Papa.parse<string[]>(exportAs(hostile, 'csv').replace(/^\uFEFF/, '')).data;
    const formulas = rows.flat().filter(startsLikeFormula);
    expect(formulas).toEqual([]);
  });

  it('writes the export tab with no formula and links only to web addresses', () => {
    const addon = loadAddon(hostileSeed());
    const before = new Set(addon.standIn.snapshot().sheets.map((s) => s.name));
    addon.run.exportExamples({}, 'sheet');
    const tab = addon.standIn.snapshot().sheets.find((s) => !before.has(s.name));
    expect(tab).toBeDefined();
    expect((tab?.formulas ?? []).flat().filter((f) => f !== '')).toEqual([]);
    const urls = (tab?.richLinks ?? [])
      .flat()
      .flatMap((runs) => runs ?? [])
      .map((run) => run.url);
    expect(urls.filter((url) => !/^https?:\/\//i.test(url))).toEqual([]);
  });

  it('keeps each cell of the export tab as the text it was', () => {
    const addon = loadAddon(hostileSeed());
    const before = new Set(addon.standIn.snapshot().sheets.map((s) => s.name));
    addon.run.exportExamples({}, 'sheet');
    const tab = addon.standIn.snapshot().sheets.find((s) => !before.has(s.name));
    const cells = (tab?.values ?? []).flat().map(String);
    for (const payload of FORMULA_PAYLOADS.filter((p) => !/^[\t\r]/.test(p)))
      expect(cells).toContain(payload);
  });
});
