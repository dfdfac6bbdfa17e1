// Reads a workbook's grids into examples, resources and the problems met on the way.

import { ACTION_TYPES, parseActionType } from './action-types';
import { withoutLinkLines } from './draft';
import {
  FIELD_LABELS,
  type FieldHeader,
  fieldHeader,
  type HeaderGuess,
  type HeaderReading,
  headerKey,
  isHeaderFragment,
  isHeaderRow,
  LONGEST_FIELD_HEADER,
  mappedColumns,
  readHeader,
} from './headers';
import { isWebAddress } from './links';
import type {
  Catalogue,
  CellValue,
  ColumnMap,
  Example,
  Link,
  PrincipleNote,
  Problem,
  Resource,
  SheetGrid,
  TableLocation,
  Workbook,
} from './model';
import { PRINCIPLE_IDS, PRINCIPLES } from './principles';
import { a1, cellText, columnLetter, foldForMatch, htmlToText } from './text';
import { exampleNumberOf } from './validate/example-number';
import { badLinkMessage, fieldOfColumn } from './validate/rules';

export interface ExamplesTable {
  location: TableLocation;
  examples: Example[];
  problems: Problem[];
}

/** Everything the add-on knows from a workbook, read as it is. */
export function readCatalogue(workbook: Workbook): Catalogue {
  const table = findExamplesTable(workbook);
  const resources = readResources(workbook);
  return {
    principles: PRINCIPLES.map((p) => ({ ...p })),
    types: ACTION_TYPES.map((t) => ({ ...t })),
    examples: table?.examples ?? [],
    resources,
    problems: table?.problems ?? [],
    table: table?.location ?? null,
  };
}

/** Where a cell's links can be read from: 0-based row and column in its tab's grid. */
export interface LinkCell {
  row: number;
  column: number;
}

/**
 * The cells whose links become part of an example or a resource, by tab (every tab holding either table
 * has an entry, empty when no row is read): the text columns readExample and readResources read, on the
 * rows they read. Reading rich text anywhere else would cost calls for links nothing shows.
 */
export function linkCells(workbook: Workbook): Map<string, LinkCell[]> {
  const found = new Map<string, LinkCell[]>();
  const examples = workbook.find((sheet) => sheet.values.some(isHeaderRow));
  if (examples) found.set(examples.name, exampleLinkCells(examples));
  const resources = workbook.find((sheet) => sheet.values.some(isResourceHeader));
  if (resources) {
    const header = resources.values[resources.values.findIndex(isResourceHeader)].map((c) =>
      foldForMatch(cellText(c)),
    );
    const columns = [header.indexOf('resource'), header.indexOf('summary')];
    const cells = found.get(resources.name) ?? [];
    for (const resource of readResources([resources]))
      for (const column of columns) cells.push({ row: resource.row - 1, column });
    found.set(resources.name, cells);
  }
  return found;
}

/** The text cells of the rows readExamplesTable reads as examples, with the column map in force on each. */
function exampleLinkCells(sheet: SheetGrid): LinkCell[] {
  const headerIndex = sheet.values.findIndex(isHeaderRow);
  const rows = new Set(readExamplesTable(sheet, headerIndex).examples.map((e) => e.row - 1));
  const cells: LinkCell[] = [];
  let columns: ColumnMap | null = null;
  for (let r = headerIndex; r < sheet.values.length; r++) {
    const values = sheet.values[r];
    if (isHeaderRow(values)) columns = readHeader(values, sheet.values[r + 1]).columns;
    else if (columns && rows.has(r))
      for (const column of exampleTextColumns(columns)) cells.push({ row: r, column: column - 1 });
  }
  return cells;
}

/** The 1-based columns readExample reads as text, and so takes links from. */
function exampleTextColumns(columns: ColumnMap): number[] {
  const all = [
    columns.id,
    ...PRINCIPLE_IDS.map((p) => columns.principles[p] ?? 0),
    columns.type,
    columns.name,
    columns.council,
    columns.description,
  ];
  return all.filter((c) => c > 0);
}

/** The first tab holding a Framework in Action table, found by its headers wherever they sit. */
export function findExamplesTable(workbook: Workbook): ExamplesTable | null {
  for (const sheet of workbook) {
    const headerIndex = sheet.values.findIndex(isHeaderRow);
    if (headerIndex !== -1) return readExamplesTable(sheet, headerIndex);
  }
  return null;
}

/**
 * Example rows from the header down: repeated headers re-read, blank and title rows passed over, and the
 * rows that are not examples (a checkbox or formula column's cells, a list under the table) left out.
 */
export function readExamplesTable(sheet: SheetGrid, headerIndex: number): ExamplesTable {
  const examples: Example[] = [];
  const problems: Problem[] = [];
  // Fields with no column are said once for the tab, not again at each repeated header.
  const reported = new Set<FieldHeader>();
  const header = readHeaderAt(sheet, headerIndex, reported);
  problems.push(...header.problems, ...rowsAboveHeader(sheet, headerIndex, header.columns));
  let columns = header.columns;
  let lastRow = header.lastRow;
  // Rows after a gap (a row that is not an example) below a section's examples wait until one of them
  // shows the table goes on.
  let sectionHasExamples = false;
  let afterGap = false;
  let waiting: number[] = [];
  const take = (r: number): void => {
    problems.push(...unlabelledValues(sheet, r, columns));
    const read = readExample(sheet, r, columns);
    examples.push(read.example);
    problems.push(...read.problems);
    lastRow = r + 1;
    sectionHasExamples = true;
  };
  for (let r = headerIndex + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r];
    if (!isBlank(cells) && isHeaderRow(cells)) {
      const repeated = readHeaderAt(sheet, r, reported);
      columns = repeated.columns;
      problems.push(...repeated.problems);
      lastRow = Math.max(lastRow, repeated.lastRow);
      sectionHasExamples = false;
      afterGap = false;
      waiting = [];
      continue;
    }
    if (isHeaderFragment(cells)) continue;
    if (!isExampleRow(cells, columns)) {
      afterGap = sectionHasExamples;
      waiting = [];
      continue;
    }
    if (!afterGap) {
      take(r);
      continue;
    }
    waiting.push(r);
    if (continuesTable(cells, columns)) {
      for (const w of waiting) take(w);
      waiting = [];
      afterGap = false;
    }
  }
  return {
    location: { sheet: sheet.name, headerRow: headerIndex + 1, lastRow, columns: header.columns },
    examples,
    problems,
  };
}

/**
 * Whether a row holds an example: something in its No., Name, Council or "What did the council do?" cell.
 * A tick box (TRUE or FALSE) or a 0 (what a formula column gives for a row with nothing in it) never makes
 * one, even in those columns; nor does anything in a council's own column, or a type or a note on its own. readExamplesTable also leaves out a block of such rows under the
 * table, after a gap, unless one of them has a number as its No. or a type (see continuesTable).
 */
export function isExampleRow(cells: readonly CellValue[], columns: ColumnMap): boolean {
  return [columns.id, columns.name, columns.council, columns.description].some((c) => {
    if (c <= 0) return false;
    const value = cells[c - 1];
    return typeof value !== 'boolean' && value !== 0 && cellText(value).trim() !== '';
  });
}

/**
 * Whether a row after a gap carries on the table rather than start a list of the council's own under it:
 * it has a number as its No. or one of the four types. A contacts list has names in the Name column but
 * neither; an example a person forgot to number still has its type.
 */
function continuesTable(cells: readonly CellValue[], columns: ColumnMap): boolean {
  const id = columns.id > 0 ? cells[columns.id - 1] : '';
  const numbered = typeof id === 'number' || /^\s*\d/.test(cellText(id));
  return numbered || parseActionType(cellAt(cells, columns.type)) !== null;
}

/** A header row's column map, its last row (with a row of principle names under it) and what to tell people. */
function readHeaderAt(
  sheet: SheetGrid,
  r: number,
  reported: Set<FieldHeader>,
): { columns: ColumnMap; lastRow: number; problems: Problem[] } {
  const below = sheet.values[r + 1];
  const reading = readHeader(sheet.values[r], below);
  const lastRow = below !== undefined && isHeaderFragment(below) ? r + 2 : r + 1;
  return {
    columns: reading.columns,
    lastRow,
    problems: headerProblems(sheet, r, reading, reported),
  };
}

/**
 * What a header row left the add-on to guess, cell by cell, and the fields it has no column for (said
 * once for the tab, not again at each repeated header).
 */
function headerProblems(
  sheet: SheetGrid,
  r: number,
  reading: HeaderReading,
  reported: Set<FieldHeader>,
): Problem[] {
  const problems: Problem[] = [];
  const row = r + 1;
  const at = (column: number, field: Problem['field'], message: string): Problem => ({
    sheet: sheet.name,
    row,
    column,
    cell: column > 0 ? a1(row, column) : `${row}:${row}`,
    severity: 'warning',
    field,
    message,
  });
  const titled = new Map<number, HeaderGuess[]>();
  for (const guess of reading.guesses) {
    if (guess.reason === 'merged-title') titled.set(guess.from, [...(titled.get(guess.from) ?? []), guess]);
    else {
      const cell = a1(row, guess.column);
      const label = FIELD_LABELS[guess.field];
      problems.push(
        at(
          guess.column,
          guess.field,
          `${cell} has no header, so column ${columnLetter(guess.column)} is read as "${label}": it comes after ${a1(row, guess.from)}, as in the published sheet, and the two header cells may be merged. Unmerge them and write "${label}" in ${cell}.`,
        ),
      );
    }
  }
  for (const [from, guesses] of titled) {
    const title = cellText(sheet.values[r][from - 1]).trim();
    const reading = guesses.map((g) => `column ${columnLetter(g.column)} as "${FIELD_LABELS[g.field]}"`);
    const fix = guesses.map((g) => `"${FIELD_LABELS[g.field]}" in ${a1(row, g.column)}`);
    problems.push(
      at(
        from,
        guesses[0].field,
        `${a1(row, from)} reads "${shorten(title)}", so the add-on reads ${listed(reading)}. The header cells may be merged: unmerge them and give each column its own header (${listed(fix)}).`,
      ),
    );
  }
  for (const field of reading.missing) {
    if (reported.has(field)) continue;
    reported.add(field);
    const label = FIELD_LABELS[field];
    problems.push(
      at(
        0,
        field,
        `The header row (row ${row}) has no "${label}" column, so no example has ${MISSING_WHAT[field]}. Write "${label}" at the top of the column that holds it, or add that column back.`,
      ),
    );
  }
  return problems;
}

const MISSING_WHAT: Record<FieldHeader, string> = {
  id: 'a No.',
  name: 'a name',
  council: 'a council',
  description: 'a description',
  type: 'a type of action',
};

function listed(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Rows above the header that look like examples (a number as No. and a name or council): never read, so
 * say so, in case the header found is a repeated one because the first could not be read.
 */
function rowsAboveHeader(sheet: SheetGrid, headerIndex: number, columns: ColumnMap): Problem[] {
  const problems: Problem[] = [];
  for (let r = 0; r < headerIndex; r++) {
    const cells = sheet.values[r];
    const id = columns.id > 0 ? cells[columns.id - 1] : '';
    const named = cellAt(cells, columns.name) !== '' || cellAt(cells, columns.council) !== '';
    if (!named || exampleNumberOf(cellText(id)) === null) continue;
    problems.push({
      sheet: sheet.name,
      row: r + 1,
      column: columns.id,
      cell: a1(r + 1, columns.id),
      severity: 'warning',
      field: 'id',
      message: `Row ${r + 1} looks like example No. ${cellText(id).trim()}, but it is above the table's header in row ${headerIndex + 1}, so it is not read. Check that the first header row names No., Name, Council, "What did the council do?" and "Type of action", or move this row under the header.`,
    });
  }
  return problems;
}

function isBlank(cells: readonly CellValue[]): boolean {
  return cells.every((c) => cellText(c).trim() === '');
}

function cellAt(cells: readonly CellValue[], column: number): string {
  return column > 0 ? cellText(cells[column - 1]).trim() : '';
}

function unlabelledValues(sheet: SheetGrid, r: number, columns: ColumnMap): Problem[] {
  const cells = sheet.values[r];
  const known = mappedColumns(columns);
  const problems: Problem[] = [];
  cells.forEach((value, c) => {
    const text = cellText(value, sheet.timeZone).trim();
    // An unticked box holds nothing a person typed.
    if (text === '' || value === false || known.has(c + 1)) return;
    problems.push({
      sheet: sheet.name,
      row: r + 1,
      column: c + 1,
      cell: a1(r + 1, c + 1),
      severity: 'warning',
      field: 'other',
      // The cell's address travels beside the message (in `cell`), so the message does not repeat it.
      message: `This cell holds "${shorten(text)}" in a column with no header, so it belongs to no field. Move it under a heading (a principle's column if it is a note), or give the column a header.`,
    });
  });
  return problems;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** One example row as read, with what reading it met: formulas in its text cells, links it cannot keep. */
export function readExample(
  sheet: SheetGrid,
  r: number,
  columns: ColumnMap,
): { example: Example; problems: Problem[] } {
  const cells = sheet.values[r];
  const links: Link[] = [];
  const problems: Problem[] = [];
  const text = (column: number): string => {
    if (column <= 0) return '';
    const read = htmlToText(cellText(cells[column - 1], sheet.timeZone));
    const cellLinks = [...read.links, ...(sheet.links?.[r]?.[column - 1] ?? [])];
    // A No. worked out by a formula (=ROW()-1) is a number, not text that could say something else.
    if (column !== columns.id) problems.push(...formulaInText(sheet, r, column, columns, read.text));
    problems.push(...refusedLinks(sheet, r, column, columns, cellLinks));
    links.push(...cellLinks.filter((link) => isWebAddress(link.url)));
    return read.text;
  };
  const id = text(columns.id);
  const notes: PrincipleNote[] = [];
  for (const principle of PRINCIPLE_IDS) {
    const note = text(columns.principles[principle] ?? 0);
    if (note !== '') notes.push({ principle, text: note });
  }
  const typeText = text(columns.type);
  const name = text(columns.name);
  const council = text(columns.council);
  const linksBefore = links.length;
  const description = withoutLinkLines(text(columns.description), links.slice(linksBefore));
  const example: Example = {
    id,
    name,
    council,
    description,
    type: parseActionType(typeText) ?? '',
    notes,
    links: uniqueLinks(links),
    sheet: sheet.name,
    row: r + 1,
  };
  return { example, problems };
}

/**
 * A formula in one of the example's text cells: the add-on reads what it shows, which can differ from what
 * the cell holds (a HYPERLINK's address, a value fetched from elsewhere), so say so.
 */
function formulaInText(
  sheet: SheetGrid,
  r: number,
  column: number,
  columns: ColumnMap,
  shown: string,
): Problem[] {
  const formula = sheet.formulas?.[r]?.[column - 1] ?? '';
  if (!formula.startsWith('=')) return [];
  const cell = a1(r + 1, column);
  const { field, principle } = fieldOfColumn(columns, column);
  const problem: Problem = {
    sheet: sheet.name,
    row: r + 1,
    column,
    cell,
    severity: 'warning',
    field,
    message: `This cell holds a formula, ${shorten(formula)}, so the example shows what it works out to ("${shorten(shown)}") and any address it links to is checked like any other link. Type the text itself instead, and add a link with Insert > Link.`,
  };
  if (principle !== undefined) problem.principle = principle;
  return [problem];
}

/** Links that are not plain http or https addresses: left out of the example (and so of every export), and said. */
function refusedLinks(
  sheet: SheetGrid,
  r: number,
  column: number,
  columns: ColumnMap,
  links: readonly Link[],
): Problem[] {
  const refused = links.filter((link) => link.url !== '' && !isWebAddress(link.url));
  if (refused.length === 0) return [];
  const { field, principle } = fieldOfColumn(columns, column);
  return refused.map((link) => {
    const problem: Problem = {
      sheet: sheet.name,
      row: r + 1,
      column,
      cell: a1(r + 1, column),
      severity: 'error',
      field,
      message: badLinkMessage(link),
    };
    if (principle !== undefined) problem.principle = principle;
    return problem;
  });
}

function uniqueLinks(links: Link[]): Link[] {
  const seen = new Set<string>();
  return links.filter((link) => link.url !== '' && !seen.has(link.url) && seen.add(link.url) !== undefined);
}

/** The Useful Resources table, found by its Resource and Summary headers on any tab. */
export function readResources(workbook: Workbook): Resource[] {
  for (const sheet of workbook) {
    const headerIndex = sheet.values.findIndex(isResourceHeader);
    if (headerIndex === -1) continue;
    const header = sheet.values[headerIndex].map((c) => foldForMatch(cellText(c)));
    const nameAt = header.indexOf('resource');
    const summaryAt = header.indexOf('summary');
    const resources: Resource[] = [];
    for (let r = headerIndex + 1; r < sheet.values.length; r++) {
      const cells = sheet.values[r];
      if (isBlank(cells) || isResourceHeader(cells) || fieldHeader(cells[0] ?? '') !== null) continue;
      const name = htmlToText(cellText(cells[nameAt], sheet.timeZone));
      const summary = htmlToText(cellText(cells[summaryAt], sheet.timeZone));
      if (name.text === '' && summary.text === '') continue;
      const cellLinks = [nameAt, summaryAt].flatMap((c) => sheet.links?.[r]?.[c] ?? []);
      resources.push({
        name: name.text,
        summary: summary.text,
        // The same link rule as examples: an address that is not plain http or https reaches no export.
        links: uniqueLinks(
          [...name.links, ...summary.links, ...cellLinks].filter((l) => isWebAddress(l.url)),
        ),
        sheet: sheet.name,
        row: r + 1,
      });
    }
    return resources;
  }
  return [];
}

function isResourceHeader(cells: readonly CellValue[]): boolean {
  const folded = cells.map((c) => headerKey(c, LONGEST_FIELD_HEADER));
  return folded.includes('resource') && folded.includes('summary');
}
