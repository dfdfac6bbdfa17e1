// Keeping a person's own settings (filters, Navigator draft) in their user properties, newest save wins, in plain words when full.

import {
  isNewerSave,
  readSequenced,
  type Sequenced,
  sequenceToStore,
  storedSequenced,
} from '../core/save-order';

/** Long enough to outwait another save by the same person, short enough for a save made as they type. */
const USER_LOCK_WAIT_MS = 3_000;

/**
 * Stores `value` under `key` in the person's user properties. Google caps that store (9 KB a value,
 * 500 KB in all, shared by every add-on the person uses), so when it is full the person hears what was
 * not kept and that nothing else is affected, rather than Apps Script's quota message.
 */
export function keepForPerson(key: string, value: string, what: string): void {
  try {
    PropertiesService.getUserProperties().setProperty(key, value);
  } catch (error) {
    console.error(`Could not keep ${what}: ${error instanceof Error ? error.message : String(error)}`);
    throw new Error(
      `${what} could not be kept for next time: the space Google gives add-ons to remember your settings is full. Everything else still works.`,
    );
  }
}

/** What is stored under `key`, with the sequence of the save that wrote it; null when nothing readable is. */
export function readLatestForPerson(key: string): Sequenced<unknown> | null {
  const text = PropertiesService.getUserProperties().getProperty(key);
  if (!text) return null;
  try {
    return readSequenced(text);
  } catch {
    return null;
  }
}

/**
 * Stores `value` unless a newer save (a higher `sequence`) is there already: the sidebar's saves may land
 * out of order, and an older one landing late must not undo a newer. Under the person's own lock, so that
 * two saves cannot both read before either writes. Returns whether the value was kept.
 */
export function keepLatestForPerson(
  key: string,
  value: unknown,
  sequence: number | null,
  what: string,
): boolean {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(USER_LOCK_WAIT_MS)) {
    throw new Error(
      `${what} could not be kept just now, because another save was still going on. Try again in a moment.`,
    );
  }
  try {
    const stored = readLatestForPerson(key)?.sequence ?? 0;
    if (!isNewerSave(sequence, stored)) return false;
    keepForPerson(key, storedSequenced(value, sequenceToStore(sequence, stored)), what);
    return true;
  } finally {
    lock.releaseLock();
  }
}

/**
 * Forgets what is stored under `key` but keeps the highest sequence seen (the stored one, or `sequence`),
 * so that a save made before the forgetting and landing after it is passed over rather than bring it back.
 */
export function forgetForPerson(key: string, sequence: number | null, what: string): void {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(USER_LOCK_WAIT_MS)) return;
  try {
    const stored = readLatestForPerson(key)?.sequence ?? 0;
    keepForPerson(key, storedSequenced(null, Math.max(stored, sequence ?? 0)), what);
  } finally {
    lock.releaseLock();
  }
}
