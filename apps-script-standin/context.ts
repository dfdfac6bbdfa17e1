// The state every service object shares: the workbook, the instrumentation and the side stores.
import type { Instrumentation } from './instrument';
import type { WorkbookModel } from './spreadsheet/model';
import type { LockKind, UiRecord } from './types';
import type { Variants } from './variants';

export type StoreKind = 'document' | 'user' | 'script';

export interface LockState {
  /** How many other "processes" hold it (StandIn.holdLock). */
  heldByOthers: number;
  heldByScript: boolean;
}

export interface CacheEntry {
  value: string;
  expiresAt: number;
}

export interface Context {
  workbook: WorkbookModel;
  inst: Instrumentation;
  ui: UiRecord;
  logs: string[];
  files: Record<string, string>;
  userEmail: string;
  now: () => Date;
  properties: Record<StoreKind, Map<string, string>>;
  locks: Record<LockKind, LockState>;
  caches: Record<StoreKind, Map<string, CacheEntry>>;
  /** The answers given where Google documents nothing. */
  variants: Variants;
}
