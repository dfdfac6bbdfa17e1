// LockService: locks another "process" can hold (StandIn.holdLock); waiting never really sleeps.
import type { Context, LockState } from './context';
import { ServiceObject } from './instrument';

export class Lock extends ServiceObject {
  readonly serviceName = 'Lock';
  constructor(readonly state: LockState) {
    super();
  }
  /** Returns at once: false if another process holds the lock (its timeout is taken as elapsed). */
  tryLock(timeoutInMillis: number): boolean {
    void timeoutInMillis;
    if (this.state.heldByOthers > 0) return false;
    this.state.heldByScript = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    this.state.heldByScript = false;
  }
  hasLock(): boolean {
    return this.state.heldByScript;
  }
}

export class LockService extends ServiceObject {
  readonly serviceName = 'LockService';
  constructor(readonly ctx: Context) {
    super();
  }
  getDocumentLock(): Lock {
    return new Lock(this.ctx.locks.document);
  }
  getScriptLock(): Lock {
    return new Lock(this.ctx.locks.script);
  }
  getUserLock(): Lock {
    return new Lock(this.ctx.locks.user);
  }
}
