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

/** The example's own columns in the published sheet's order, and how people see them named. */
export const FIELD_ORDER: readonly FieldHeader[] = ['id', 'name', 'council', 'description', 'type'];
export const FIELD_LABELS: Record<FieldHeader, string> = {
  id: 'No.',
  name: 'Name',
  council: 'Council',
  description: 'What did the council do?',
  type: 'Type of action',
};

/** Header names as word lists, longest first, for reading a title that names several ("No. Name"). */
const FIELD_WORDS = Object.entries(FIELD_HEADERS)
  .map(([key, field]) => ({ words: key.split(' '), field }))
  .sort((a, b) => b.words.length - a.words.length);

/** All five names given to one merged cell fit in this; longer text is a note, never a header. */
const LONGEST_MERGED_HEADER = 80;

/** One shared answer for the many cells that name no field, so reading a wide sheet makes no garbage. */
const NO_FIELDS: readonly FieldHeader[] = Object.freeze([]);

/** The first letter of every header name, after any spaces or punctuation. */
const MAY_START_HEADER = /^[^\p{L}\p{N}]*[nctwd]/iu;

/**
 * The fields one header cell names: one, or several in order when a person merged header cells and gave
 * the merge one title ("No. Name", "Name & Council"). Sheets keeps a merge's text in its first cell and
 * gives '' for the others, so the names after the first belong to the blank cells to its right.
 */
export function headerFields(cell: CellValue): readonly FieldHeader[] {
  const text = cellText(cell);
  // Most cells are empty or long, or do not start like a header: spare them the folding (every cell of
  // every row passes through here).
  if (text === '' || text.length > LONGEST_MERGED_HEADER || !MAY_START_HEADER.test(text)) return NO_FIELDS;
  const single = fieldHeader(text);
  if (single) return [single];
  const words = foldForMatch(text).split(' ');
  const fields: FieldHeader[] = [];
  for (let at = 0; at < words.length; ) {
    if (words[at] === 'and' && fields.length > 0) {
      at++;
      continue;
    }
    const match = FIELD_WORDS.find(({ words: name }) => name.every((word, i) => words[at + i] === word));
    if (!match || fields.includes(match.field)) return NO_FIELDS;
    fields.push(match.field);
    at += match.words.length;
  }
  return fields.length > 1 ? fields : NO_FIELDS;
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

/**
 * A row is a header row when it names Name and at least two more of the example's own columns (No.,
 * Council, "What did the council do?", "Type of action"), or when the cell after No. is blank and two more
 * are named: the shape a Name header merged into No. leaves (readHeader then says which cell it read how).
 * Name stays required otherwise, so the add-on's own export tab, headed "Example", is never taken for the table.
 */
export function isHeaderRow(row: readonly CellValue[]): boolean {
  const found = new Set<FieldHeader>();
  let nameMergedAway = false;
  for (let c = 0; c < row.length; c++) {
    const fields = headerFields(row[c]);
    if (fields.length === 0) continue;
    for (const field of fields) found.add(field);
    if (fields[fields.length - 1] === 'id' && cellText(row[c + 1] ?? '').trim() === '') nameMergedAway = true;
  }
  return (found.has('name') || nameMergedAway) && found.size >= 3;
}

/** Every filled cell is header text (a spanning title, principle names): part of a header, not an example. */
export function isHeaderFragment(row: readonly CellValue[]): boolean {
  const filled = row.filter((c) => cellText(c).trim() !== '');
  return filled.length > 0 && filled.every(isHeaderText);
}

function isHeaderText(cell: CellValue): boolean {
  const folded = headerKey(cell);
  return isPrincipleGroupHeader(folded) || headerFields(cell).length > 0 || principleHeader(cell) !== null;
}

/** A column whose field the add-on worked out although its header cell does not say it plainly. */
export interface HeaderGuess {
  /** 1-based column read as the field. */
  column: number;
  field: FieldHeader;
  /** 1-based column of the header cell the guess rests on: a title naming several fields, or the field before. */
  from: number;
  /** 'merged-title': that cell names several fields; 'blank': this column's header is blank after that field. */
  reason: 'merged-title' | 'blank';
}

export interface HeaderReading {
  columns: ColumnMap;
  guesses: HeaderGuess[];
  /** Fields no column was found for, even by guessing. */
  missing: FieldHeader[];
}

/**
 * The column map a header row sets, reading principle names from the row itself or from the row below
 * (when a merged "Which framework principles…" title pushes them down a row). Merged header cells are
 * read as Sheets gives them (the text in the first cell, '' in the rest): a title naming several fields
 * spreads over the blank cells after it, and a field whose header is missing is read from the blank column
 * just after the field before it in the published order. Each such reading is a guess, for the reader to report.
 */
export function readHeader(
  header: readonly CellValue[],
  below: readonly CellValue[] | undefined,
): HeaderReading {
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
  const guesses: HeaderGuess[] = [];
  const belowIsHeader = below !== undefined && isHeaderFragment(below);
  const width = Math.max(header.length, belowIsHeader ? below.length : 0);
  const isBlankHeader = (c: number): boolean =>
    cellText(header[c] ?? '').trim() === '' && (!belowIsHeader || cellText(below[c] ?? '').trim() === '');
  const taken = new Set<number>();
  const take = (field: FieldHeader, column: number, guess?: Omit<HeaderGuess, 'column' | 'field'>): void => {
    map[field] = column;
    taken.add(column);
    map.width = Math.max(map.width, column);
    if (guess) guesses.push({ column, field, ...guess });
  };
  for (let c = 0; c < width; c++) {
    const column = c + 1;
    if (taken.has(column) || isBlankHeader(c)) continue;
    const top = header[c] ?? '';
    const under = belowIsHeader ? (below[c] ?? '') : '';
    const fields = headerFields(top).filter((f) => map[f] === 0);
    const principle = principleHeader(top) ?? principleHeader(under);
    if (fields.length === 1 && fieldHeader(top)) take(fields[0], column);
    else if (fields.length > 0) {
      // A merged title: its first field here, the others on the blank cells the merge covers.
      let next = column;
      for (const field of fields) {
        if (next > column && (next > width || !isBlankHeader(next - 1))) break;
        take(field, next, { from: column, reason: 'merged-title' });
        next++;
      }
    } else if (principle && map.principles[principle] === undefined) {
      map.principles[principle] = column;
      map.width = column;
    } else if (cellText(top).trim() !== '' && !isPrincipleGroupHeader(foldForMatch(cellText(top)))) {
      map.extra.push(column);
      map.width = column;
    }
  }
  // A field with no header of its own, read from the blank column after the field before it: the shape a
  // merge leaves when a person merged its header cell into the one on its left.
  FIELD_ORDER.forEach((field, i) => {
    const before = i > 0 ? map[FIELD_ORDER[i - 1]] : 0;
    if (
      map[field] !== 0 ||
      before === 0 ||
      before >= width ||
      taken.has(before + 1) ||
      !isBlankHeader(before)
    )
      return;
    take(field, before + 1, { from: before, reason: 'blank' });
  });
  return { columns: map, guesses, missing: FIELD_ORDER.filter((f) => map[f] === 0) };
}

/** The column map a header row sets (readHeader, without the account of its guesses). */
export function readColumnMap(
  header: readonly CellValue[],
  below: readonly CellValue[] | undefined,
): ColumnMap {
  return readHeader(header, below).columns;
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
