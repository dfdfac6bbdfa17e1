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
  const context = createContext({ ...standIn.globals });
  runInContext(code, context, { filename: 'Code.js' });
  const functions: Record<string, (...args: unknown[]) => unknown> = {};
  for (const name of Object.keys(context)) {
    const value: unknown = context[name];
    if (typeof value === 'function' && !(name in standIn.globals)) {
      functions[name] = (...args: unknown[]) => (value as (...a: unknown[]) => unknown)(...args);
    }
  }
  return functions;
}
