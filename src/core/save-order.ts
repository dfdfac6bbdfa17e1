// Saves that may land out of order: google.script.run calls need not complete in the order they were made,
// so each sidebar save carries a sequence and the store keeps the newest, never an older one landing late.

/** What a store holds for a sequenced save: the value and the sequence of the save that wrote it. */
export interface Sequenced<T> {
  sequence: number;
  value: T;
}

/**
 * The next sequence for a save: the time in milliseconds, so a sidebar opened later starts above one
 * opened earlier, and at least one more than the last, so two saves in one millisecond still differ.
 */
export function nextSequence(last: number, now: number): number {
  return Math.max(Math.floor(now), last + 1);
}

/** A sequence a caller sent, or null when it sent none that can be used (an older sidebar sends none). */
export function readSequence(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/** The stored text for a save. */
export function storedSequenced<T>(value: T, sequence: number): string {
  return JSON.stringify({ sequence, value } satisfies Sequenced<T>);
}

/**
 * A store's text read back: a sequenced save, or a value stored before saves carried one (sequence 0).
 * Throws on text that is not JSON, as JSON.parse does.
 */
export function readSequenced(text: string): Sequenced<unknown> {
  const parsed: unknown = JSON.parse(text);
  if (parsed !== null && typeof parsed === 'object' && 'sequence' in parsed && 'value' in parsed) {
    const sequence = readSequence((parsed as { sequence: unknown }).sequence);
    if (sequence !== null) return { sequence, value: (parsed as { value: unknown }).value };
  }
  return { sequence: 0, value: parsed };
}

/**
 * Whether a save should be kept: always when it carries no sequence (an older sidebar, which cannot say),
 * otherwise only when it is newer than the one stored.
 */
export function isNewerSave(incoming: number | null, stored: number): boolean {
  return incoming === null || incoming > stored;
}

/** The sequence to store for a save that is kept: its own, or the stored one when it had none. */
export function sequenceToStore(incoming: number | null, stored: number): number {
  return incoming ?? stored;
}
