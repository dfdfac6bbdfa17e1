import { describe, expect, it } from 'vitest';
import { services } from './helpers';

describe('LockService', () => {
  it('grants a free lock', () => {
    const { locks } = services();
    const lock = locks.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('fails tryLock while another process holds the lock', () => {
    const { standIn, locks } = services();
    standIn.holdLock('document');
    expect(locks.getDocumentLock().tryLock(5000)).toBe(false);
    expect(locks.getScriptLock().tryLock(5000)).toBe(true);
  });

  it('times out waitLock while another process holds the lock', () => {
    const { standIn, locks } = services();
    standIn.holdLock('script');
    expect(() => locks.getScriptLock().waitLock(30000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });

  it('grants the lock once the other process releases it', () => {
    const { standIn, locks } = services();
    const release = standIn.holdLock('user');
    release();
    expect(() => locks.getUserLock().waitLock(100)).not.toThrow();
  });
});
