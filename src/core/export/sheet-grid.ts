// The export tab as one grid: title, header, one row per example, then resources and the legend; every text as text.

import { asSheetText } from '../formula-safety';
import type { Example, Link } from '../model';
import { PRINCIPLES } from '../principles';
import { CELL_CHARACTER_LIMIT, fitCell, shortenText } from '../sheet-limits';
import { unusedTabName } from '../tab-names';
import type { ExportDocument } from './document';
import { linkLabel, principleHeading } from './document';

export type SheetCell = string | number;

/** Everything the server needs to write the tab with one setValues and one call per format. */
export interface SheetGrid {
  values: SheetCell[][];
  /** Per row: bold (titles and headers) or not. */
  bold: boolean[];
  /** Rows above and including the header stay in view. */
  frozenRows: number;
  /** 1-based first row that gets wrapped text. */
  wrapFromRow: number;
  /** Pixels, one per column. */
  columnWidths: number[];
  /** 1-based column holding the links, and the links each row's cell holds (0-based row index). */
  linkColumn: number;
  links: { row: number; links: Link[] }[];
}

// "Example" and "What it covers" rather than the table's own "Name" and "Summary": the add-on finds the
// examples and resources tables by their headers, and must never take its own export tab for one of them.
const HEADERS = [
  'No.',
  'Example',
  'Council',
  'What did the council do?',
  'Type of action',
  ...PRINCIPLES.map((p) => principleHeading(p.id)),
  'Links',
];
const WIDTHS = [50, 180, 120, 360, 90, ...PRINCIPLES.map(() => 200), 220];
const WIDTH = HEADERS.length;
const LINK_COLUMN = WIDTH;
const COLUMN = { id: 0, name: 1, council: 2, description: 3, type: 4, links: WIDTH - 1 };

/**
 * The links one cell can hold: in order, as many as fit the cell's characters with a line each (a cell
 * of links is built from these, so its text and its links always agree).
 */
export function linksThatFit(links: readonly Link[]): Link[] {
  const kept: Link[] = [];
  let length = 0;
  for (const link of links) {
    length += linkLabel(link).length + (kept.length ? 1 : 0);
    if (length > CELL_CHARACTER_LIMIT - 1) break;
    kept.push(link);
  }
  return kept;
}

/** The link cell's text: each link's label on its own line (the server links each line). */
export function linkCellText(links: readonly Link[]): string {
  return linksThatFit(links).map(linkLabel).join('\n');
}

/** A title longer than this is cut: it heads the tab, and a filter naming hundreds of councils need not fill a cell. */
export const TITLE_MAX_LENGTH = 1_000;

/** Every text as text (a leading apostrophe), cut to what one cell holds. */
function row(cells: Partial<Record<number, SheetCell>>): SheetCell[] {
  return Array.from({ length: WIDTH }, (_, c) => {
    const value = cells[c] ?? '';
    return typeof value === 'number' ? value : asSheetText(fitCell(value));
  });
}

function exampleRow(example: Example): SheetCell[] {
  const cells: Record<number, SheetCell> = {
    [COLUMN.id]: /^\d+$/.test(example.id) ? Number(example.id) : example.id,
    [COLUMN.name]: example.name,
    [COLUMN.council]: example.council,
    [COLUMN.description]: example.description,
    [COLUMN.type]: example.type,
    [COLUMN.links]: linkCellText(example.links),
  };
  for (const note of example.notes) cells[COLUMN.type + note.principle] = note.text;
  return row(cells);
}

export function sheetGrid(doc: ExportDocument): SheetGrid {
  const values: SheetCell[][] = [];
  const bold: boolean[] = [];
  const links: SheetGrid['links'] = [];
  const add = (cells: SheetCell[], isBold = false, rowLinks: Link[] = []) => {
    if (rowLinks.length) links.push({ row: values.length, links: linksThatFit(rowLinks) });
    values.push(cells);
    bold.push(isBold);
  };
  add(row({ 0: shortenText(`${doc.title}: ${doc.description}`, TITLE_MAX_LENGTH) }), true);
  add(
    row({
      0: `Exported ${doc.stamp.local}. Made by the Framework in Action add-on; editing this tab changes nothing else.`,
    }),
  );
  add(row(Object.fromEntries(HEADERS.map((h, c) => [c, h]))), true);
  const frozenRows = values.length;
  for (const example of doc.examples) add(exampleRow(example), false, example.links);
  if (doc.resources.length) {
    add(row({}));
    add(row({ 0: 'Useful Resources' }), true);
    add(
      row({ [COLUMN.name]: 'Resource', [COLUMN.description]: 'What it covers', [COLUMN.links]: 'Links' }),
      true,
    );
    for (const r of doc.resources) {
      add(
        row({
          [COLUMN.name]: r.name,
          [COLUMN.description]: r.summary,
          [COLUMN.links]: linkCellText(r.links),
        }),
        false,
        r.links,
      );
    }
  }
  if (doc.legend.length) {
    add(row({}));
    add(row({ 0: 'The nine principles' }), true);
    add(
      row({
        [COLUMN.id]: 'No.',
        [COLUMN.name]: 'Principle',
        [COLUMN.council]: 'Group',
        [COLUMN.description]: 'Summary',
      }),
      true,
    );
    for (const p of doc.legend) {
      add(
        row({
          [COLUMN.id]: p.id,
          [COLUMN.name]: p.name,
          [COLUMN.council]: p.group,
          [COLUMN.description]: p.summary,
        }),
      );
    }
  }
  return {
    values,
    bold,
    frozenRows,
    wrapFromRow: frozenRows,
    columnWidths: WIDTHS,
    linkColumn: LINK_COLUMN,
    links,
  };
}

/** "Export 3 Dec 2026, 19.13" from the stamp's readable time, or with " (2)", " (3)"… when a tab has that name in any case. */
export function exportTabName(local: string, existing: readonly string[]): string {
  // The colon of the time becomes a dot, as in the add-on's earlier names: a tab name is also used in formulas.
  return unusedTabName(`Export ${local.replace(/:/g, '.')}`, existing);
}
