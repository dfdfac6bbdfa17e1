// One door to every export format: the server and the sidebar both come through here.

import type { Catalogue, Query } from '../model';
import { browserParts } from '../times';
import { toCsv } from './csv';
import {
  type ExportDocument,
  type ExportOptions,
  type ExportResult,
  type ExportStamp,
  exportDocument,
  stampFrom,
} from './document';
import { toHtmlPage } from './html-page';
import { toMarkdown } from './markdown';

export type { ExportFormat, ExportGrouping, ExportOptions, ExportResult, ExportStamp } from './document';
export { EXPORT_FORMATS, exportDocument, stampFrom } from './document';

export type FileFormat = 'csv' | 'markdown' | 'html';

const FILE_FORMATS: Record<FileFormat, (doc: ExportDocument) => ExportResult> = {
  csv: toCsv,
  markdown: toMarkdown,
  html: toHtmlPage,
};

export function isFileFormat(format: unknown): format is FileFormat {
  return typeof format === 'string' && (Object.keys(FILE_FORMATS) as string[]).includes(format);
}

/** The examples matching the query as a CSV, Markdown or printable-page file. */
export function exportFile(
  catalogue: Pick<Catalogue, 'examples' | 'resources'>,
  query: Query,
  format: FileFormat,
  options: ExportOptions,
  stamp: ExportStamp,
): ExportResult {
  return FILE_FORMATS[format](exportDocument(catalogue, query, options, stamp));
}

/** The stamp for a moment, read in the local time of whoever runs it (the sidebar's browser). */
export function localStamp(now: Date): ExportStamp {
  return stampFrom(now.toISOString(), browserParts(now));
}
