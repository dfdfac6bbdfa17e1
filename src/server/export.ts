// The export entry point: the matching examples as a new tab (written in one setValues) or as a file's text.

import {
  type ExportFormat,
  type ExportOptions,
  type ExportResult,
  type ExportStamp,
  exportDocument,
  exportFile,
  isFileFormat,
  stampFrom,
} from '../core/export';
import { type ExportDocument, type ExportGrouping, linkLabel } from '../core/export/document';
import { exportTabName, type SheetGrid, sheetGrid } from '../core/export/sheet-grid';
import { isWebAddress } from '../core/links';
import type { Link, Query } from '../core/model';
import { OWN_TAB_ROLES } from '../core/own-tabs';
import { readCatalogue } from '../core/read-workbook';
import { readQuery } from '../core/saved-views';
import { utcParts, ZONED_PATTERN, zonedPartsFromText } from '../core/times';
import { withDocumentLock } from './lock';
import { markOwnTab } from './own-tabs';
import { allOrNothing } from './rollback';
import { activeSpreadsheet, readWorkbook } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;

const BUSY_MESSAGE =
  'Someone else is changing this spreadsheet right now, so the export tab was not made. Try again in a moment.';
const NOT_EXPORTED = 'The export tab was not made.';
const FORMAT_MESSAGE = 'Choose how to export: a new tab, a CSV file, Markdown or a printable page.';

/** Only the options the export knows, whatever the sidebar sent. */
export function readExportOptions(value: unknown): ExportOptions {
  const raw = (value !== null && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const groupings: ExportGrouping[] = ['principle', 'type', 'none'];
  return {
    grouping: groupings.find((g) => g === raw.grouping) ?? 'none',
    includeResources: raw.includeResources !== false,
    includeLegend: raw.includeLegend !== false,
  };
}

/** Now, in the spreadsheet's own time zone, for the tab's name and title and the file's name and heading. */
function stampFor(ss: Spreadsheet, now: Date): ExportStamp {
  const zoned = Utilities.formatDate(now, ss.getSpreadsheetTimeZone(), ZONED_PATTERN);
  return stampFrom(now.toISOString(), zonedPartsFromText(zoned) ?? utcParts(now));
}

/**
 * The examples matching the query, in the order the sidebar shows them, with their notes and links:
 * `sheet` makes a new tab (never replacing one), or none at all when Sheets stops part way through
 * writing it; `csv`, `markdown` and `html` return the file's text.
 * Called from the sidebar's Export view.
 */
export function exportExamples(query: Query, format: ExportFormat, options?: ExportOptions): ExportResult {
  if (format !== 'sheet' && !isFileFormat(format)) throw new Error(FORMAT_MESSAGE);
  const ss = activeSpreadsheet();
  const cleanQuery = readQuery(query);
  const cleanOptions = readExportOptions(options);
  if (format !== 'sheet') {
    const catalogue = readCatalogue(readWorkbook(ss));
    return exportFile(catalogue, cleanQuery, format, cleanOptions, stampFor(ss, new Date()));
  }
  return withDocumentLock(
    () => {
      const workbook = readWorkbook(ss);
      const doc = exportDocument(readCatalogue(workbook), cleanQuery, cleanOptions, stampFor(ss, new Date()));
      const names = workbook.map((grid) => grid.name);
      const sheetName = exportTabName(doc.stamp.local, names);
      // The tab is made in this call, so a write that fails takes the whole tab away again.
      return allOrNothing<ExportResult>(NOT_EXPORTED, (undo) => {
        const sheet = undo.insertSheet(ss, sheetName, names.length);
        markOwnTab(sheet, OWN_TAB_ROLES.export, undo, true);
        writeExportTab(sheet, doc);
        return { format: 'sheet', count: doc.examples.length, sheetName };
      });
    },
    () => {
      throw new Error(BUSY_MESSAGE);
    },
  );
}

/** The whole tab in a fixed number of calls, however many examples it holds. */
function writeExportTab(sheet: Sheet, doc: ExportDocument): void {
  const grid = sheetGrid(doc);
  const height = grid.values.length;
  const width = grid.columnWidths.length;
  // Always one call, so the count stays flat: a new tab has 1,000 rows, a big export needs more.
  sheet.insertRowsAfter(1, Math.max(1, height - sheet.getMaxRows()));
  const whole = sheet.getRange(1, 1, height, width);
  whole.setValues(grid.values);
  whole.setFontWeights(grid.bold.map((bold) => grid.columnWidths.map(() => (bold ? 'bold' : 'normal'))));
  const body = sheet.getRange(grid.wrapFromRow, 1, height - grid.wrapFromRow + 1, width);
  body.setWrap(true);
  // Wrapped cells of different heights read best from the top, not Sheets' default bottom.
  body.setVerticalAlignment('top');
  sheet.setFrozenRows(grid.frozenRows);
  setColumnWidths(sheet, grid.columnWidths);
  writeLinks(sheet, grid);
}

/** Neighbouring columns of the same width in one call each: a fixed number of calls. */
function setColumnWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    if (c === widths.length || widths[c] !== widths[start]) {
      sheet.setColumnWidths(start + 1, c - start, widths[start]);
      start = c;
    }
  }
}

/**
 * The link column as rich text in one call: each link's label linked to its URL (http and https only).
 * Cells without links reuse one plain value per distinct text, so the builder calls grow with the links
 * the examples hold, never with the number of examples.
 */
function writeLinks(sheet: Sheet, grid: SheetGrid): void {
  const first = grid.wrapFromRow + 1;
  const rows = grid.values.length - grid.wrapFromRow;
  if (rows < 1) return;
  const linksByRow = new Map(grid.links.map((entry) => [entry.row, entry.links]));
  const plain = new Map<string, RichTextValue>();
  const plainValue = (text: string) => {
    let value = plain.get(text);
    if (!value) {
      value = SpreadsheetApp.newRichTextValue().setText(text).build();
      plain.set(text, value);
    }
    return value;
  };
  const values = Array.from({ length: rows }, (_, i) => {
    const r = first - 1 + i;
    const links = linksByRow.get(r);
    const text = String(grid.values[r][grid.linkColumn - 1]).replace(/^'/, '');
    return [links ? linkedValue(links) : plainValue(text)];
  });
  sheet.getRange(first, grid.linkColumn, rows, 1).setRichTextValues(values);
}

function linkedValue(links: readonly Link[]): RichTextValue {
  const labels = links.map(linkLabel);
  const builder = SpreadsheetApp.newRichTextValue().setText(labels.join('\n'));
  let at = 0;
  links.forEach((link, i) => {
    const url = link.url.trim();
    if (isWebAddress(url) && labels[i].length > 0) builder.setLinkUrl(at, at + labels[i].length, url);
    at += labels[i].length + 1;
  });
  return builder.build();
}
