// What every export holds, whatever its format: the matching examples in order, grouped, with resources and legend.

import { ACTION_TYPE_NAMES } from '../action-types';
import { filterExamples } from '../filter';
import type { Catalogue, Example, Link, Query, Resource } from '../model';
import { PRINCIPLES, type Principle, type PrincipleId, principleLabel } from '../principles';
import { readableTime, sortableDay, type ZonedParts } from '../times';
import { describeQuery } from './describe-query';

export type ExportFormat = 'sheet' | 'csv' | 'markdown' | 'html';
export type ExportGrouping = 'principle' | 'type' | 'none';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['sheet', 'csv', 'markdown', 'html'];

export interface ExportOptions {
  /** Markdown and the printable page only: the sheet and CSV stay one sortable table. */
  grouping?: ExportGrouping;
  includeResources?: boolean;
  includeLegend?: boolean;
}

/** When the export was made, from the caller's clock (core has none). */
export interface ExportStamp {
  /** The moment, as an ISO string. */
  iso: string;
  /** As people read it, in the spreadsheet's (or the person's) time zone: "3 Dec 2026, 19:13" (see times.ts). */
  local: string;
  /** 'yyyy-MM-dd' in the same zone, for file names that sort by date. */
  day: string;
}

/** The stamp for a moment whose calendar parts in the chosen zone are known. */
export function stampFrom(iso: string, parts: ZonedParts): ExportStamp {
  return { iso, local: readableTime(parts), day: sortableDay(parts) };
}

export interface ExportResult {
  format: ExportFormat;
  count: number;
  /** sheet: the new tab's name. */
  sheetName?: string;
  filename?: string;
  mimeType?: string;
  content?: string;
}

export interface ExportGroup {
  heading: string;
  examples: Example[];
}

export interface ExportDocument {
  title: string;
  /** Which filter produced the list, in words. */
  description: string;
  stamp: ExportStamp;
  examples: Example[];
  groups: ExportGroup[];
  resources: Resource[];
  legend: Principle[];
}

export const EXPORT_TITLE = 'Framework in Action: resource list';

/** A principle as every export names it: its number and its name (see principleLabel). */
export function principleHeading(id: PrincipleId): string {
  return principleLabel(id);
}

/** The examples an export holds: the sidebar's own filter, in the order shown. */
export function examplesToExport(catalogue: Pick<Catalogue, 'examples'>, query: Query): Example[] {
  return filterExamples(catalogue.examples, query);
}

function groupsOf(examples: Example[], query: Query, grouping: ExportGrouping): ExportGroup[] {
  if (grouping === 'type') {
    const types = [...ACTION_TYPE_NAMES, ''] as const;
    return types
      .map((type) => ({
        heading: type === '' ? 'Type of action not given' : type,
        examples: examples.filter((e) => e.type === type),
      }))
      .filter((g) => g.examples.length > 0);
  }
  if (grouping === 'principle') {
    const chosen = query.principles?.length ? query.principles : PRINCIPLES.map((p) => p.id);
    return chosen
      .map((id) => ({
        heading: principleHeading(id),
        examples: examples.filter((e) => e.notes.some((n) => n.principle === id)),
      }))
      .filter((g) => g.examples.length > 0);
  }
  return [{ heading: '', examples }];
}

/** The whole export, format aside: the one place that decides what goes in it. */
export function exportDocument(
  catalogue: Pick<Catalogue, 'examples' | 'resources'>,
  query: Query,
  options: ExportOptions,
  stamp: ExportStamp,
): ExportDocument {
  const examples = examplesToExport(catalogue, query);
  return {
    title: EXPORT_TITLE,
    description: describeQuery(query, examples.length, catalogue.examples.length),
    stamp,
    examples,
    groups: groupsOf(examples, query, options.grouping ?? 'none'),
    resources: options.includeResources === false ? [] : catalogue.resources,
    legend: options.includeLegend === false ? [] : [...PRINCIPLES],
  };
}

export function linkLabel(link: Link): string {
  return link.text.trim() || link.url.trim();
}

/** 'framework-in-action-2026-11-23.csv' */
export function exportFilename(stamp: ExportStamp, extension: string): string {
  return `framework-in-action-${stamp.day}.${extension}`;
}
