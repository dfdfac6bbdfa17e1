// A contributor's example before it is in the sheet, and the one row it becomes in the sheet's own column order.

import { parseActionType } from './action-types';
import { asCellText } from './formula-safety';
import type { CellValue, ColumnMap, Example, Link, PrincipleNote } from './model';
import { isPrincipleId, type PrincipleId } from './principles';

/** What the Add an example form sends: plain JSON, every field a string so a half-filled form fits. */
export interface ExampleDraft {
  name: string;
  council: string;
  description: string;
  /** One of the four types when valid; whatever was sent otherwise. */
  type: string;
  /** One entry per ticked principle; text '' when the box is ticked but the note not yet written. */
  notes: { principle: PrincipleId; text: string }[];
  links: Link[];
}

export function emptyDraft(): ExampleDraft {
  return { name: '', council: '', description: '', type: '', notes: [], links: [] };
}

/** A draft from anything that crossed google.script.run: missing or odd fields become empty ones. */
export function draftFrom(value: unknown): ExampleDraft {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  const list = (v: unknown): Record<string, unknown>[] =>
    Array.isArray(v)
      ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null)
      : [];
  return {
    name: text(raw.name),
    council: text(raw.council),
    description: text(raw.description),
    type: text(raw.type),
    notes: list(raw.notes)
      .filter((n) => isPrincipleId(n.principle))
      .map((n) => ({ principle: n.principle as PrincipleId, text: text(n.text) })),
    links: list(raw.links).map((l) => ({ text: text(l.text), url: text(l.url) })),
  };
}

/** The links worth keeping: rows of the form where either box was filled. */
export function filledLinks(links: readonly Link[]): Link[] {
  return links
    .map((l) => ({ text: l.text.trim(), url: l.url.trim() }))
    .filter((l) => l.text !== '' || l.url !== '');
}

/**
 * The draft as the sheet row's cells, as written (no escaping): what the validator checks, so the form
 * and the sheet are judged by the same rules. Columns the add-on does not know stay ''.
 */
export function draftCells(draft: ExampleDraft, columns: ColumnMap, id: CellValue = ''): CellValue[] {
  const cells: CellValue[] = Array.from({ length: columns.width }, () => '');
  const put = (column: number | undefined, value: CellValue): void => {
    if (column !== undefined && column > 0) cells[column - 1] = value;
  };
  put(columns.id, id);
  put(columns.name, draft.name.trim());
  put(columns.council, draft.council.trim());
  put(columns.description, draft.description.trim());
  put(columns.type, parseActionType(draft.type) ?? draft.type.trim());
  for (const note of draft.notes) put(columns.principles[note.principle], note.text.trim());
  return cells;
}

/** Text Sheets would read as a formula is written with a leading apostrophe, which Sheets keeps as "this is text". */
export function asLiteral(value: CellValue): CellValue {
  return typeof value === 'string' ? asCellText(value) : value;
}

/** The row addExample writes with one setValues: the draft's cells, each kept as the text it is. */
export function draftRow(draft: ExampleDraft, columns: ColumnMap, id: number): CellValue[] {
  return draftCells(draft, columns, id).map(asLiteral);
}

/** The description cell's text when the draft has links: the description, then one line per link. */
export function descriptionWithLinks(draft: ExampleDraft): {
  text: string;
  links: { start: number; end: number; url: string }[];
} {
  const links = filledLinks(draft.links);
  let text = draft.description.trim();
  const spans: { start: number; end: number; url: string }[] = [];
  links.forEach((link, i) => {
    text += i === 0 ? '\n\n' : '\n';
    const label = link.text || link.url;
    spans.push({ start: text.length, end: text.length + label.length, url: link.url });
    text += label;
  });
  return { text, links: spans };
}

/**
 * A description cell's text without the lines descriptionWithLinks added: a last paragraph whose every
 * line is one of the cell's link labels. Those links stay the example's links; read as text as well, each
 * was a loose line at the end of the description. A cell that is nothing but links keeps its text.
 */
export function withoutLinkLines(text: string, links: readonly Link[]): string {
  if (links.length === 0) return text;
  const split = text.lastIndexOf('\n\n');
  if (split <= 0) return text;
  const labels = new Set(links.map((l) => (l.text || l.url).trim()));
  const lines = text.slice(split + 2).split('\n');
  return lines.every((line) => labels.has(line.trim())) ? text.slice(0, split).trimEnd() : text;
}

/** The smallest whole number above every No. in use: the rule lives with the other No. rules. */
export { nextExampleNumber } from './validate/example-number';

/** The example a written draft became, as the reader would give it back. */
export function draftAsExample(draft: ExampleDraft, id: number, sheet: string, row: number): Example {
  const notes: PrincipleNote[] = draft.notes
    .filter((n) => n.text.trim() !== '')
    .map((n) => ({ principle: n.principle, text: n.text.trim() }))
    .sort((a, b) => a.principle - b.principle);
  return {
    id: String(id),
    name: draft.name.trim(),
    council: draft.council.trim(),
    description: draft.description.trim(),
    type: parseActionType(draft.type) ?? '',
    notes,
    links: filledLinks(draft.links).map((l) => ({ text: l.text || l.url, url: l.url })),
    sheet,
    row,
  };
}
