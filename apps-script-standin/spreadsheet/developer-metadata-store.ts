// Developer metadata kept per tab: the data behind Sheet.addDeveloperMetadata, held apart from the cells.
import type { SheetModel } from './model';

export interface DeveloperMetadataModel {
  /** Unique within the spreadsheet, as Apps Script's getId() promises. */
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
}

/** A seed's or snapshot's form of one entry. */
export interface DeveloperMetadataSeed {
  key: string;
  value?: string | null;
  visibility?: 'DOCUMENT' | 'PROJECT';
}

// Kept beside the model rather than in it: metadata travels with its tab and goes when the tab is deleted.
const entriesByTab = new WeakMap<SheetModel, DeveloperMetadataModel[]>();
let nextId = 1;

export function tabMetadata(sheet: SheetModel): DeveloperMetadataModel[] {
  let entries = entriesByTab.get(sheet);
  if (!entries) {
    entries = [];
    entriesByTab.set(sheet, entries);
  }
  return entries;
}

export function addTabMetadata(
  sheet: SheetModel,
  key: string,
  value: string | null,
  visibility: DeveloperMetadataModel['visibility'],
): DeveloperMetadataModel {
  const entry: DeveloperMetadataModel = { id: nextId++, key, value, visibility };
  tabMetadata(sheet).push(entry);
  return entry;
}

export function removeTabMetadata(sheet: SheetModel, id: number): void {
  const entries = tabMetadata(sheet);
  const i = entries.findIndex((e) => e.id === id);
  if (i >= 0) entries.splice(i, 1);
}

/** Loads a seed's entries onto a tab. */
export function seedTabMetadata(
  sheet: SheetModel,
  seeds: readonly DeveloperMetadataSeed[] | undefined,
): void {
  for (const seed of seeds ?? [])
    addTabMetadata(sheet, seed.key, seed.value ?? null, seed.visibility ?? 'DOCUMENT');
}

/** A tab's entries as a snapshot holds them (ids left out: they are the stand-in's own counter). */
export function snapshotTabMetadata(sheet: SheetModel): DeveloperMetadataSeed[] {
  return tabMetadata(sheet).map((e) => ({ key: e.key, value: e.value, visibility: e.visibility }));
}
