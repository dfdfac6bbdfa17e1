// The Markdown export: a readable list, grouped by principle or type, every character Markdown reads escaped.

import { isWebAddress } from '../links';
import type { Example, Link } from '../model';
import {
  type ExportDocument,
  type ExportResult,
  exportFilename,
  linkLabel,
  principleHeading,
} from './document';

export const MARKDOWN_MIME_TYPE = 'text/markdown;charset=utf-8';

/** Text that Markdown shows as written: inline markup escaped, and line starts that would make a block. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*)([#+\-=>])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2')
        .replace(/^( {4,})/, ''),
    )
    .join('\n');
}

/** A link as [text](url) for http and https only; anything else stays as text. */
export function markdownLink(link: Link): string {
  const label = escapeMarkdown(linkLabel(link));
  if (!isWebAddress(link.url)) return label;
  const url = link.url.trim().replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${label}](${url})`;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((p) => escapeMarkdown(p.trim()).replace(/\n/g, '  \n'))
    .filter((p) => p !== '');
}

function exampleBlock(example: Example, level: string): string[] {
  const heading = [example.id, example.name]
    .filter((t) => t !== '')
    .map(escapeMarkdown)
    .join('. ');
  const about = [example.council, example.type]
    .filter((t) => t !== '')
    .map(escapeMarkdown)
    .join(' · ');
  const notes = example.notes.map(
    (n) =>
      `- **${escapeMarkdown(principleHeading(n.principle))}:** ${escapeMarkdown(n.text).replace(/\n+/g, ' ')}`,
  );
  const links = example.links.length ? [`Links: ${example.links.map(markdownLink).join(', ')}`] : [];
  return [
    `${level} ${heading}`,
    about,
    ...paragraphs(example.description),
    notes.join('\n'),
    ...links,
  ].filter((block) => block !== '');
}

function resourceBlocks(doc: ExportDocument): string[] {
  if (doc.resources.length === 0) return [];
  return [
    '## Useful resources',
    ...doc.resources.map((r) => {
      const links = r.links.length ? `  \nLinks: ${r.links.map(markdownLink).join(', ')}` : '';
      return `- **${escapeMarkdown(r.name)}**: ${escapeMarkdown(r.summary).replace(/\n+/g, ' ')}${links}`;
    }),
  ];
}

function legendBlocks(doc: ExportDocument): string[] {
  if (doc.legend.length === 0) return [];
  return [
    '## The nine principles',
    doc.legend
      .map(
        (p) =>
          `${p.id}\\. **${escapeMarkdown(p.name)}** (${escapeMarkdown(p.group)}): ${escapeMarkdown(p.summary)}`,
      )
      .join('  \n'),
  ];
}

export function toMarkdown(doc: ExportDocument): ExportResult {
  const grouped = doc.groups.length > 1 || doc.groups[0]?.heading !== '';
  const body = doc.groups.flatMap((group) => [
    ...(grouped ? [`## ${escapeMarkdown(group.heading)}`] : []),
    ...group.examples.flatMap((e) => exampleBlock(e, grouped ? '###' : '##')),
  ]);
  const blocks = [
    `# ${escapeMarkdown(doc.title)}`,
    `${escapeMarkdown(doc.description)}. Exported ${escapeMarkdown(doc.stamp.local)}.`,
    ...body,
    ...resourceBlocks(doc),
    ...legendBlocks(doc),
  ];
  return {
    format: 'markdown',
    count: doc.examples.length,
    filename: exportFilename(doc.stamp, 'md'),
    mimeType: MARKDOWN_MIME_TYPE,
    content: `${blocks.join('\n\n')}\n`,
  };
}
