// Logger and console: messages are kept on StandIn.logs so tests can read what a script said.
import { format } from 'node:util';
import type { Context } from './context';
import { ServiceObject } from './instrument';

export class Logger extends ServiceObject {
  readonly serviceName = 'Logger';
  constructor(readonly ctx: Context) {
    super();
  }
  /** log(data) or log(format, ...values) with %s placeholders, as in Apps Script. */
  log(data: unknown, ...values: unknown[]): Logger {
    this.ctx.logs.push(values.length > 0 ? format(String(data), ...values) : String(data));
    return this;
  }
  getLog(): string {
    return this.ctx.logs.join('\n');
  }
  clear(): void {
    this.ctx.logs.length = 0;
  }
}

export class Console extends ServiceObject {
  readonly serviceName = 'console';
  constructor(readonly ctx: Context) {
    super();
  }
  #push(args: unknown[]): void {
    this.ctx.logs.push(format(...args));
  }
  log(...args: unknown[]): void {
    this.#push(args);
  }
  info(...args: unknown[]): void {
    this.#push(args);
  }
  warn(...args: unknown[]): void {
    this.#push(args);
  }
  error(...args: unknown[]): void {
    this.#push(args);
  }
  debug(...args: unknown[]): void {
    this.#push(args);
  }
}
