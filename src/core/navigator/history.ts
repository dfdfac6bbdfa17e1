// The Navigator history tab: one row per assessment, appended, never rewritten; its layouts and reading it back.

import { asSheetText } from '../formula-safety';
import type { CellValue } from '../model';
import { PRINCIPLES, type PrincipleId } from '../principles';
import { cellText, columnLetter } from '../text';
import { readableUtc } from '../times';
import { type Assessment, isScore, roundTo, weakestPrinciples } from './assessment';
import { brightnessOf } from './scale';

export const HISTORY_TAB = 'Navigator history';

/** Where each field sits in a history row (0-based columns). */
interface HistoryColumns {
  /** The time as people read it; absent in the first version's layout. */
  readable: number | null;
  iso: number;
  respondent: number;
  firstScore: number;
  brightness: number;
  firstEvidence: number;
}

const principleHeaders = () => PRINCIPLES.map((p) => `${p.id}. ${p.name}`);
const evidenceHeaders = () => PRINCIPLES.map((p) => `Evidence ${p.id}`);

/**
 * Today's layout: the time as people read it in the spreadsheet's time zone, and beside it the same
 * moment in UTC as ISO text, which sorts in time order whatever the zone.
 */
const CURRENT = {
  header: (): string[] => [
    'Taken',
    'Taken at (UTC, sortable)',
    'Respondent',
    ...principleHeaders(),
    'Brightness',
    ...evidenceHeaders(),
  ],
  columns: {
    readable: 0,
    iso: 1,
    respondent: 2,
    firstScore: 3,
    brightness: 3 + PRINCIPLES.length,
    firstEvidence: 4 + PRINCIPLES.length,
  } satisfies HistoryColumns,
};

/** The add-on's first layout (ISO time only), still read, and upgraded when the add-on adopts such a tab. */
const FIRST = {
  header: (): string[] => [
    'Taken at (UTC)',
    'Respondent',
    ...principleHeaders(),
    'Brightness',
    ...evidenceHeaders(),
  ],
  columns: {
    readable: null,
    iso: 0,
    respondent: 1,
    firstScore: 2,
    brightness: 2 + PRINCIPLES.length,
    firstEvidence: 3 + PRINCIPLES.length,
  } satisfies HistoryColumns,
};

export type HistoryLayout = 'current' | 'first';

export function historyHeader(): string[] {
  return CURRENT.header();
}

/** The column letter of a principle's score in today's layout, for formulas that read the history. */
export function historyScoreColumn(principle: PrincipleId): string {
  return columnLetter(CURRENT.columns.firstScore + principle);
}

/** The layout a history grid's header row has, or null when it is not one the add-on wrote. */
export function historyLayoutOf(values: readonly CellValue[][]): HistoryLayout | null {
  const header = (values[0] ?? []).map((c) => cellText(c).trim());
  const matches = (expected: string[]) =>
    expected.every((h, i) => header[i] === h) && header.slice(expected.length).every((c) => c === '');
  if (matches(CURRENT.header())) return 'current';
  if (matches(FIRST.header())) return 'first';
  return null;
}

/**
 * Whether a tab holds exactly what the add-on's history tab holds: its header, and nothing wider. Used to
 * adopt a tab the previous version made (it marked nothing), never a person's own tab of that name.
 */
export function isHistoryLayout(values: readonly CellValue[][]): boolean {
  const layout = historyLayoutOf(values);
  if (!layout) return false;
  const width = (layout === 'current' ? CURRENT : FIRST).header().length;
  return values.every((row) => row.slice(width).every((c) => cellText(c) === ''));
}

/** One assessment as a row in today's layout; every text written as text, so "007" or "=…" stay as typed. */
export function historyRow(assessment: Assessment): CellValue[] {
  const score = (id: PrincipleId) => assessment.scores.find((s) => s.principle === id);
  return [
    asSheetText(assessment.takenAtText ?? readableUtc(assessment.takenAt)),
    asSheetText(assessment.takenAt),
    asSheetText(assessment.respondent),
    ...PRINCIPLES.map((p) => score(p.id)?.score ?? ''),
    assessment.brightness,
    ...PRINCIPLES.map((p) => asSheetText(score(p.id)?.evidence ?? '')),
  ];
}

/** An assessment read from the history, with the 1-based row it sits on. */
export interface HistoryEntry {
  assessment: Assessment;
  row: number;
}

/** Every complete assessment in the history grid with its row, oldest first; rows that are not one are passed over. */
export function readHistoryEntries(values: readonly CellValue[][]): HistoryEntry[] {
  const layout = historyLayoutOf(values) ?? 'current';
  const columns = layout === 'current' ? CURRENT.columns : FIRST.columns;
  const entries: HistoryEntry[] = [];
  values.forEach((row, i) => {
    if (i === 0) return;
    const assessment = assessmentFromRow(row, columns);
    if (assessment) entries.push({ assessment, row: i + 1 });
  });
  return entries;
}

/** Every complete assessment in the history grid, oldest first. */
export function readHistory(values: readonly CellValue[][]): Assessment[] {
  return readHistoryEntries(values).map((e) => e.assessment);
}

/** A score as the sheet may hold it: 3, or "3" where a dropdown or a person stored text. */
function scoreOf(value: CellValue | undefined): number | null {
  if (isScore(value)) return value;
  const text = cellText(value ?? '').trim();
  const number = /^\d$/.test(text) ? Number(text) : Number.NaN;
  return isScore(number) ? number : null;
}

function assessmentFromRow(row: readonly CellValue[], columns: HistoryColumns): Assessment | null {
  const takenAt = isoText(row[columns.iso] ?? '');
  const scores = PRINCIPLES.map((p, i) => ({
    principle: p.id,
    score: scoreOf(row[columns.firstScore + i]),
    evidence: cellText(row[columns.firstEvidence + i] ?? ''),
  }));
  if (!takenAt || !scores.every((s) => s.score !== null)) return null;
  const scored = scores.map((s) => ({ ...s, score: s.score as number }));
  const readable = columns.readable === null ? '' : cellText(row[columns.readable] ?? '').trim();
  return {
    takenAt,
    takenAtText: readable || readableUtc(takenAt),
    respondent: cellText(row[columns.respondent] ?? '').trim(),
    scores: scored,
    brightness: roundTo(brightnessOf(scored.map((s) => s.score)), 2),
    weakest: weakestPrinciples(scored),
  };
}

/** A date cell as ISO text: written as text, but a Date if someone retyped it. */
function isoText(value: CellValue): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  const text = cellText(value).trim().replace(/^'/, '');
  return /^\d{4}-\d{2}-\d{2}T/.test(text) ? text : '';
}

/**
 * A history tab in the first layout rewritten in today's, row for row: the time people read is put
 * beside each ISO time (in UTC, said so, since the zone it was taken in is not known), every other value
 * kept as it was read, text written as text.
 */
export function upgradedHistory(values: readonly CellValue[][]): CellValue[][] {
  const width = CURRENT.header().length;
  const asWritten = (value: CellValue | undefined): CellValue =>
    typeof value === 'string' ? asSheetText(value) : (value ?? '');
  return values.map((row, i) => {
    if (i === 0) return CURRENT.header();
    const iso = isoText(row[FIRST.columns.iso] ?? '');
    const blank = row.every((c) => cellText(c) === '');
    const rest = Array.from({ length: width - 1 }, (_, c) => asWritten(row[c]));
    // The sortable column is ISO text throughout, even where someone had retyped a time as a date.
    if (iso) rest[FIRST.columns.iso] = asSheetText(iso);
    return [blank ? '' : asSheetText(iso ? readableUtc(iso) : ''), ...rest];
  });
}
