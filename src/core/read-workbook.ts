// Reads a workbook's grids into examples, resources and the problems met on the way.

import { ACTION_TYPES, parseActionType } from './action-types';
import {
  fieldHeader,
  headerKey,
  isHeaderFragment,
  isHeaderRow,
  LONGEST_FIELD_HEADER,
  mappedColumns,
  readColumnMap,
} from './headers';
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
import { a1, cellText, foldForMatch, htmlToText } from './text';

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

/** The first tab holding a Framework in Action table, found by its headers wherever they sit. */
export function findExamplesTable(workbook: Workbook): ExamplesTable | null {
  for (const sheet of workbook) {
    const headerIndex = sheet.values.findIndex(isHeaderRow);
    if (headerIndex !== -1) return readExamplesTable(sheet, headerIndex);
  }
  return null;
}

/** Example rows from the header down: repeated headers re-read, blank and title rows passed over. */
export function readExamplesTable(sheet: SheetGrid, headerIndex: number): ExamplesTable {
  const examples: Example[] = [];
  const problems: Problem[] = [];
  const lastRow = walkExamplesTable(sheet, headerIndex, (r, cells, columns) => {
    problems.push(...unlabelledValues(sheet.name, r, cells, columns));
    if (hasExampleContent(cells, columns)) examples.push(readExample(sheet, r, columns));
  });
  const firstColumns = readColumnMap(sheet.values[headerIndex], sheet.values[headerIndex + 1]);
  return {
    location: { sheet: sheet.name, headerRow: headerIndex + 1, lastRow, columns: firstColumns },
    examples,
    problems,
  };
}

/**
 * Visits each row of the table below its header that is neither blank, a header nor a header fragment,
 * with the column map in force there; returns the 1-based last row that is not blank.
 */
function walkExamplesTable(
  sheet: SheetGrid,
  headerIndex: number,
  visit: (r: number, cells: readonly CellValue[], columns: ColumnMap) => void,
): number {
  let columns = readColumnMap(sheet.values[headerIndex], sheet.values[headerIndex + 1]);
  let lastRow = headerIndex + 1;
  for (let r = headerIndex + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r];
    if (isBlank(cells)) continue;
    lastRow = r + 1;
    if (isHeaderRow(cells)) {
      columns = readColumnMap(cells, sheet.values[r + 1]);
      continue;
    }
    if (isHeaderFragment(cells)) continue;
    visit(r, cells, columns);
  }
  return lastRow;
}

/** Where a cell's links can be read from: 0-based row and column in its tab's grid. */
export interface LinkCell {
  row: number;
  column: number;
}

/**
 * The cells whose links become part of an example or a resource, by tab: the text columns (those
 * readExample and readResources read as text) of the rows read as examples or resources. Reading rich
 * text anywhere else would cost a call per cell for links nothing shows.
 */
export function linkCells(workbook: Workbook): Map<string, LinkCell[]> {
  const found = new Map<string, LinkCell[]>();
  const examples = workbook.find((sheet) => sheet.values.some(isHeaderRow));
  if (examples) {
    const cells: LinkCell[] = [];
    walkExamplesTable(examples, examples.values.findIndex(isHeaderRow), (r, values, columns) => {
      if (!hasExampleContent(values, columns)) return;
      for (const column of exampleTextColumns(columns)) cells.push({ row: r, column: column - 1 });
    });
    found.set(examples.name, cells);
  }
  const resources = workbook.find((sheet) => sheet.values.some(isResourceHeader));
  if (resources) {
    const cells = found.get(resources.name) ?? [];
    walkResources(resources, (r, nameAt, summaryAt) => {
      cells.push({ row: r, column: nameAt }, { row: r, column: summaryAt });
    });
    found.set(resources.name, cells);
  }
  return found;
}

/** The 1-based columns readExample reads as text, and so takes links from. */
function exampleTextColumns(columns: ColumnMap): number[] {
  const all = [
    ...PRINCIPLE_IDS.map((p) => columns.principles[p] ?? 0),
    columns.type,
    columns.id,
    columns.name,
    columns.council,
    columns.description,
  ];
  return all.filter((c) => c > 0);
}

function isBlank(cells: readonly CellValue[]): boolean {
  return cells.every((c) => cellText(c).trim() === '');
}

function cellAt(cells: readonly CellValue[], column: number): string {
  return column > 0 ? cellText(cells[column - 1]).trim() : '';
}

/**
 * A row is an example when it holds more than a number: a name, council, description, type or note, or
 * anything in a column of the council's own (so a numbered row is never lost: the validator says what it lacks).
 */
function hasExampleContent(cells: readonly CellValue[], columns: ColumnMap): boolean {
  const contentColumns = [columns.name, columns.council, columns.description, columns.type, ...columns.extra];
  return (
    contentColumns.some((c) => cellAt(cells, c) !== '') ||
    Object.values(columns.principles).some((c) => cellAt(cells, c ?? 0) !== '')
  );
}

function unlabelledValues(
  sheet: string,
  r: number,
  cells: readonly CellValue[],
  columns: ColumnMap,
): Problem[] {
  const known = mappedColumns(columns);
  const problems: Problem[] = [];
  cells.forEach((value, c) => {
    const text = cellText(value).trim();
    if (text === '' || known.has(c + 1)) return;
    problems.push({
      sheet,
      row: r + 1,
      column: c + 1,
      cell: a1(r + 1, c + 1),
      severity: 'warning',
      field: 'other',
      message: `${a1(r + 1, c + 1)} holds "${shorten(text)}" in a column with no header, so it belongs to no field. Move it under a heading (a principle's column if it is a note), or give the column a header.`,
    });
  });
  return problems;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function readExample(sheet: SheetGrid, r: number, columns: ColumnMap): Example {
  const cells = sheet.values[r];
  const links: Link[] = [];
  const text = (column: number): string => {
    if (column <= 0) return '';
    const read = htmlToText(cellText(cells[column - 1]));
    links.push(...read.links, ...(sheet.links?.[r]?.[column - 1] ?? []));
    return read.text;
  };
  const notes: PrincipleNote[] = [];
  for (const principle of PRINCIPLE_IDS) {
    const note = text(columns.principles[principle] ?? 0);
    if (note !== '') notes.push({ principle, text: note });
  }
  const typeText = text(columns.type);
  return {
    id: text(columns.id),
    name: text(columns.name),
    council: text(columns.council),
    description: text(columns.description),
    type: parseActionType(typeText) ?? '',
    notes,
    links: uniqueLinks(links),
    sheet: sheet.name,
    row: r + 1,
  };
}

function uniqueLinks(links: Link[]): Link[] {
  const seen = new Set<string>();
  return links.filter((link) => link.url !== '' && !seen.has(link.url) && seen.add(link.url) !== undefined);
}

/** The Useful Resources table, found by its Resource and Summary headers on any tab. */
export function readResources(workbook: Workbook): Resource[] {
  const sheet = workbook.find((s) => s.values.some(isResourceHeader));
  if (!sheet) return [];
  const resources: Resource[] = [];
  walkResources(sheet, (r, nameAt, summaryAt) => {
    const cells = sheet.values[r];
    const name = htmlToText(cellText(cells[nameAt]));
    const summary = htmlToText(cellText(cells[summaryAt]));
    const cellLinks = [nameAt, summaryAt].flatMap((c) => sheet.links?.[r]?.[c] ?? []);
    resources.push({
      name: name.text,
      summary: summary.text,
      links: uniqueLinks([...name.links, ...summary.links, ...cellLinks]),
      sheet: sheet.name,
      row: r + 1,
    });
  });
  return resources;
}

/** Visits each row of the resources table that names or sums up a resource, with its two 0-based columns. */
function walkResources(
  sheet: SheetGrid,
  visit: (r: number, nameAt: number, summaryAt: number) => void,
): void {
  const headerIndex = sheet.values.findIndex(isResourceHeader);
  const header = sheet.values[headerIndex].map((c) => foldForMatch(cellText(c)));
  const nameAt = header.indexOf('resource');
  const summaryAt = header.indexOf('summary');
  for (let r = headerIndex + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r];
    if (isBlank(cells) || isResourceHeader(cells) || fieldHeader(cells[0] ?? '') !== null) continue;
    const shows = (c: number) => htmlToText(cellText(cells[c])).text !== '';
    if (!shows(nameAt) && !shows(summaryAt)) continue;
    visit(r, nameAt, summaryAt);
  }
}

function isResourceHeader(cells: readonly CellValue[]): boolean {
  const folded = cells.map((c) => headerKey(c, LONGEST_FIELD_HEADER));
  return folded.includes('resource') && folded.includes('summary');
}
