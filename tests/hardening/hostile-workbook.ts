// A workbook whose every example field holds hostile text, and a twin holding plain words in the same places.

import type { WorkbookSeed } from '../../apps-script-standin/index';
import type { CellValue, Link } from '../../src/core/model';
import { PRINCIPLES } from '../../src/core/principles';
import { HOSTILE_TEXT } from './xss-payloads';

export const HEADERS = [
  'No.',
  'Name',
  'Council',
  'What did the council do?',
  'Type of action',
  ...PRINCIPLES.map((p) => `${p.label} [${p.id}]`),
];

/** The name cell's text links to the payload as an address; the description's to a javascript: address. */
function linksFor(column: number, text: string): Link[] {
  return [{ text, url: column === 1 ? text : 'javascript:alert(1)' }];
}

/**
 * One example per payload: the payload in the name, council, description, type and every principle's note,
 * and as both the text and the address of its links. `plain` gives the twin with harmless words.
 */
export function hostileSeed(texts: readonly string[] = HOSTILE_TEXT, plain = false): WorkbookSeed {
  const say = (t: string, i: number) => (plain ? `Plain words ${i}` : t);
  const values: CellValue[][] = [
    HEADERS,
    ...texts.map((t, i) => [i + 1, ...HEADERS.slice(1).map(() => say(t, i))]),
  ];
  const richLinks = values.map((row, r) =>
    row.map((_, c) => (r > 0 && (c === 1 || c === 3) ? linksFor(c, say(texts[r - 1], r - 1)) : null)),
  );
  return { name: 'Hostile copy', sheets: [{ name: 'Framework in Action', values, richLinks }] };
}
