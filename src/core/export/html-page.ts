// The printable page: a whole HTML document, every text escaped, laid out for paper by a print stylesheet.

import { isWebAddress } from '../links';
import type { Example, Link, Resource } from '../model';
import {
  type ExportDocument,
  type ExportResult,
  exportFilename,
  linkLabel,
  principleHeading,
} from './document';

export const HTML_MIME_TYPE = 'text/html;charset=utf-8';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STYLE = `
body { font: 16px/1.5 Arial, sans-serif; color: #0b0c0c; margin: 0 auto; max-width: 48rem; padding: 1.5rem; }
h1 { font-size: 1.75rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #0b0c0c; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
.meta { color: #505a5f; margin: 0 0 .5rem; }
.example { break-inside: avoid-page; }
.notes { margin: .5rem 0; padding-left: 1.25rem; }
a { color: #1d70b8; }
a:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
@media print {
  body { font-size: 11pt; max-width: none; padding: 0; }
  .no-print { display: none; }
  a { color: inherit; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 9pt; word-break: break-all; }
  h2, h3 { break-after: avoid-page; }
}
@page { margin: 18mm; }
`;

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

function htmlLink(link: Link): string {
  const label = escapeHtml(linkLabel(link));
  return isWebAddress(link.url) ? `<a href="${escapeHtml(link.url.trim())}">${label}</a>` : label;
}

function linksLine(links: readonly Link[]): string {
  return links.length ? `<p>Links: ${links.map(htmlLink).join(', ')}</p>` : '';
}

function exampleSection(example: Example, level: 'h2' | 'h3'): string {
  const heading = [example.id, example.name].filter((t) => t !== '').join('. ');
  const about = [example.council, example.type].filter((t) => t !== '').join(' · ');
  const notes = example.notes
    .map(
      (n) => `<li><strong>${escapeHtml(principleHeading(n.principle))}:</strong> ${escapeHtml(n.text)}</li>`,
    )
    .join('\n');
  return [
    '<section class="example">',
    `<${level}>${escapeHtml(heading)}</${level}>`,
    about ? `<p class="meta">${escapeHtml(about)}</p>` : '',
    paragraphs(example.description),
    notes ? `<ul class="notes">\n${notes}\n</ul>` : '',
    linksLine(example.links),
    '</section>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function resourcesSection(resources: readonly Resource[]): string {
  if (resources.length === 0) return '';
  const items = resources.map(
    (r) =>
      `<section class="example"><h3>${escapeHtml(r.name)}</h3>\n${paragraphs(r.summary)}\n${linksLine(r.links)}</section>`,
  );
  return `<h2>Useful resources</h2>\n${items.join('\n')}`;
}

function legendSection(doc: ExportDocument): string {
  if (doc.legend.length === 0) return '';
  const rows = doc.legend.map(
    (p) =>
      `<li><strong>${escapeHtml(principleHeading(p.id))}</strong> (${escapeHtml(p.group)}): ${escapeHtml(p.summary)}</li>`,
  );
  // A list without its own numbers: each principle's label carries its number already.
  return `<h2>The nine principles</h2>\n<ul>\n${rows.join('\n')}\n</ul>`;
}

function body(doc: ExportDocument): string {
  const grouped = doc.groups.length > 1 || doc.groups[0]?.heading !== '';
  return doc.groups
    .map((group) => {
      const sections = group.examples.map((e) => exampleSection(e, grouped ? 'h3' : 'h2')).join('\n');
      return grouped ? `<h2>${escapeHtml(group.heading)}</h2>\n${sections}` : sections;
    })
    .join('\n');
}

export function toHtmlPage(doc: ExportDocument): ExportResult {
  const content = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${doc.title}: ${doc.description}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(doc.title)}</h1>
<p class="meta">${escapeHtml(`${doc.description}. Exported ${doc.stamp.local}.`)}</p>
<p class="no-print">To print this list or save it as a PDF, use your browser's Print command (Ctrl+P, or Cmd+P on a Mac).</p>
${body(doc)}
${resourcesSection(doc.resources)}
${legendSection(doc)}
</main>
</body>
</html>
`;
  return {
    format: 'html',
    count: doc.examples.length,
    filename: exportFilename(doc.stamp, 'html'),
    mimeType: HTML_MIME_TYPE,
    content,
  };
}
