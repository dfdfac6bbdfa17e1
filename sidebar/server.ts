// The sidebar's one typed door to the server: google.script.run as promises, typed by src/core/api.

import type { PromisedApi, SidebarApi } from '../src/core/api';

interface ScriptRunner {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } };

/**
 * A server error as the person should read it: without Apps Script's "Exception: ", and ending with what
 * to do (the add-on's own messages say it; a bare service error gets the advice here, once).
 */
export function serverMessage(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/^(Exception|Error): /, '')
    .trim();
  if (/try again/i.test(message)) return message;
  return `${message.replace(/[.!]?$/, '.')} Try again in a moment; if it keeps failing, close and reopen the add-on.`;
}

function call(name: keyof SidebarApi, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

export const server = new Proxy({} as PromisedApi, {
  get:
    (_target, name) =>
    (...args: unknown[]) =>
      call(name as keyof SidebarApi, args),
});
