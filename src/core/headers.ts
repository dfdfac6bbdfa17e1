// Recognising the examples table's header rows, however the sheet spells, spans or orders them.

import type { CellValue, ColumnMap } from './model';
import { PRINCIPLES, type PrincipleId } from './principles';
import { cellText, foldForMatch } from './text';

export type FieldHeader = 'id' | 'name' | 'council' | 'description' | 'type';

const FIELD_HEADERS: Record<string, FieldHeader> = {
  no: 'id',
  number: 'id',
  name: 'name',
  council: 'council',
  'what did the council do': 'description',
  description: 'description',
  'type of action': 'type',
  type: 'type',
};

const PRINCIPLE_WORDS = new Map<string, PrincipleId>(
  PRINCIPLES.flatMap((p) => [[foldForMatch(p.name), p.id] as const, [foldForMatch(p.label), p.id] as const]),
);

/** The spanning header above the principle columns ("Which framework principles does this show…"). */
function isPrincipleGroupHeader(folded: string): boolean {
  return folded.includes('framework principles');
}

/**
 * Header cells are short: folding every note and description only to compare it with a header name would
 * make reading 10,000 rows slow. Field names ("What did the council do?") fit in 40 characters with spacing
 * to spare; principle names and the spanning title in 200.
 */
export const LONGEST_FIELD_HEADER = 40;
const LONGEST_HEADER = 200;

/** A cell folded for comparing with header names; '' for empty text or text too long to be a header. */
export function headerKey(cell: CellValue, longest = LONGEST_HEADER): string {
  const text = cellText(cell);
  return text === '' || text.length > longest ? '' : foldForMatch(text);
}

export function fieldHeader(cell: CellValue): FieldHeader | null {
  return FIELD_HEADERS[headerKey(cell, LONGEST_FIELD_HEADER)] ?? null;
}

/** The principle a header names, by its "[n]", by its name or short label, or by "n. " and its name. */
export function principleHeader(cell: CellValue): PrincipleId | null {
  const text = cellText(cell);
  const bracketed = /\[\s*([1-9])\s*\]/.exec(text);
  if (bracketed) return Number(bracketed[1]) as PrincipleId;
  const named = PRINCIPLE_WORDS.get(headerKey(text));
  if (named) return named;
  // The add-on's own exports head a column "3. Develop the Covid social infrastructure": its number, then its name.
  const numbered = /^\s*([1-9])\s*[.)]\s*(.+)$/.exec(text);
  const id = numbered ? (Number(numbered[1]) as PrincipleId) : null;
  return id !== null && PRINCIPLE_WORDS.get(headerKey(numbered?.[2] ?? '')) === id ? id : null;
}

/** A row is a header row when it names the example's own columns: Name and at least two of the others. */
export function isHeaderRow(row: readonly CellValue[]): boolean {
  const found = new Set(row.map(fieldHeader).filter((f) => f !== null));
  return found.has('name') && found.size >= 3;
}

/** Every filled cell is header text (a spanning title, principle names): part of a header, not an example. */
export function isHeaderFragment(row: readonly CellValue[]): boolean {
  const filled = row.filter((c) => cellText(c).trim() !== '');
  return filled.length > 0 && filled.every(isHeaderText);
}

function isHeaderText(cell: CellValue): boolean {
  const folded = headerKey(cell);
  return (
    isPrincipleGroupHeader(folded) || FIELD_HEADERS[folded] !== undefined || principleHeader(cell) !== null
  );
}

/**
 * The column map a header row sets, reading principle names from the row itself or from the row below
 * (when a merged "Which framework principles…" title pushes them down a row).
 */
export function readColumnMap(
  header: readonly CellValue[],
  below: readonly CellValue[] | undefined,
): ColumnMap {
  const map: ColumnMap = {
    id: 0,
    name: 0,
    council: 0,
    description: 0,
    type: 0,
    principles: {},
    extra: [],
    width: 0,
  };
  const belowIsHeader = below !== undefined && isHeaderFragment(below);
  const width = Math.max(header.length, belowIsHeader ? below.length : 0);
  for (let c = 0; c < width; c++) {
    const column = c + 1;
    const top = header[c] ?? '';
    const under = belowIsHeader ? (below[c] ?? '') : '';
    const field = fieldHeader(top);
    const principle = principleHeader(top) ?? principleHeader(under);
    if (field && map[field] === 0) map[field] = column;
    else if (principle && map.principles[principle] === undefined) map.principles[principle] = column;
    else if (cellText(top).trim() !== '' && !isPrincipleGroupHeader(foldForMatch(cellText(top))))
      map.extra.push(column);
    else continue;
    map.width = column;
  }
  return map;
}

/** The 1-based columns a map gives a meaning to. */
export function mappedColumns(map: ColumnMap): Set<number> {
  const columns = [
    map.id,
    map.name,
    map.council,
    map.description,
    map.type,
    ...Object.values(map.principles),
    ...map.extra,
  ];
  return new Set(columns.filter((c): c is number => typeof c === 'number' && c > 0));
}
