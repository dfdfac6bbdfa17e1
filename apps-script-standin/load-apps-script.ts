// Runs a plain Apps Script file (such as dist/Code.js) in a fresh vm context over the stand-in's globals.
import { createContext, runInContext } from 'node:vm';
import type { StandIn } from './index';

/**
 * Returns every top-level function the script declared. Arguments and results are passed
 * through as they are; serialising them like google.script.run is the caller's job.
 */
export function loadAppsScript(
  code: string,
  standIn: StandIn,
): Record<string, (...args: unknown[]) => unknown> {
  // The host's Date, so Dates read from cells pass the script's `instanceof Date` as in Apps Script.
  const context = createContext({ ...standIn.globals, Date });
  runInContext(code, context, { filename: 'Code.js' });
  const functions: Record<string, (...args: unknown[]) => unknown> = {};
  for (const name of Object.keys(context)) {
    const value: unknown = context[name];
    if (typeof value === 'function' && !(name in standIn.globals) && name !== 'Date') {
      functions[name] = (...args: unknown[]) => (value as (...a: unknown[]) => unknown)(...args);
    }
  }
  return functions;
}
