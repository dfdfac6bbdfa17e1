// The CSV export: RFC 4180 with a byte-order mark and CRLF, every field quoted and every formula-like one neutralised.

import { neutraliseField } from '../formula-safety';
import { isWebAddress } from '../links';
import type { Example } from '../model';
import { PRINCIPLES } from '../principles';
import {
  type ExportDocument,
  type ExportResult,
  exportFilename,
  linkLabel,
  principleHeading,
} from './document';

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';

export const CSV_HEADERS: readonly string[] = [
  'No.',
  'Name',
  'Council',
  'What did the council do?',
  'Type of action',
  ...PRINCIPLES.map((p) => principleHeading(p.id)),
  'Links',
];

/** A link as text a spreadsheet shows: "label (url)", or just the url. */
function linkText(example: Example): string {
  return example.links
    .map((link) => {
      const label = linkLabel(link);
      const url = link.url.trim();
      if (!isWebAddress(url) || label === url) return label;
      return `${label} (${url})`;
    })
    .join('\n');
}

export function csvRow(example: Example): string[] {
  const note = (id: number) => example.notes.find((n) => n.principle === id)?.text ?? '';
  return [
    example.id,
    example.name,
    example.council,
    example.description,
    example.type,
    ...PRINCIPLES.map((p) => note(p.id)),
    linkText(example),
  ];
}

/**
 * One field: neutralised, then always quoted. A spreadsheet opening the file with another separator (';' in
 * many European locales) would split an unquoted field at that separator, and the piece after it could
 * start with '=' and run as a formula; inside quotes a field is one field whatever the separator.
 */
export function csvField(value: string): string {
  return `"${neutraliseField(value).replace(/"/g, '""')}"`;
}

/** Line breaks inside a field become CRLF too, so every line end in the file is the same. */
function csvLine(fields: readonly string[]): string {
  return fields.map((f) => csvField(f.replace(/\r\n?|\n/g, '\r\n'))).join(',');
}

export function toCsv(doc: ExportDocument): ExportResult {
  const lines = [CSV_HEADERS, ...doc.examples.map(csvRow)].map(csvLine);
  return {
    format: 'csv',
    count: doc.examples.length,
    filename: exportFilename(doc.stamp, 'csv'),
    mimeType: CSV_MIME_TYPE,
    content: `${BOM}${lines.join('\r\n')}\r\n`,
  };
}
