// The document lock around changes that must not interleave, such as two people adding an example at once.

/** How long to wait for someone else's change to finish before saying so. */
export const LOCK_WAIT_MS = 10_000;

/**
 * Runs `work` holding the document lock, flushing its writes before letting go so the next holder reads
 * them; when the lock cannot be had in time, returns `busy()` and runs nothing.
 */
export function withDocumentLock<T>(work: () => T, busy: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return busy();
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
