// Runs a plain Apps Script file (such as dist/Code.js) in a fresh vm context over the stand-in's globals.
import { createContext, runInContext } from 'node:vm';
import type { StandIn } from './index';

/**
 * Built-ins the script may name. In a vm context every global name is looked up through the context's
 * interceptor, about twenty times slower than a local, so a helper such as `v instanceof Date` dominated
 * a read of 10,000 rows; these are bound once, as parameters, to the context's own built-ins.
 */
const BUILT_INS = [
  'Object',
  'Array',
  'String',
  'Number',
  'Boolean',
  'Math',
  'JSON',
  'RegExp',
  'Error',
  'TypeError',
  'RangeError',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Symbol',
  'Promise',
  'Intl',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
  'encodeURIComponent',
  'decodeURIComponent',
];

/** Names the script declares at the top level (a line starting `function name(` or `var|let|const name`). */
function topLevelNames(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/^(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/gm)) names.add(m[1]);
  for (const m of code.matchAll(/^(?:var|let|const)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]);
  return [...names];
}

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
  const declared = topLevelNames(code);
  const bound = [...Object.keys(standIn.globals), 'Date', ...BUILT_INS].filter(
    (n) => /^[A-Za-z_$][\w$]*$/.test(n) && !declared.includes(n),
  );
  // The script runs as one function body, so its helpers and the globals above are locals to each other;
  // what it declares at the top level is then put on the global object, as Apps Script's shared scope has it.
  const publish = declared.map((n) => `globalThis[${JSON.stringify(n)}] = ${n};`).join(' ');
  const wrapped = `(function (${bound.join(', ')}) {\n${code}\n;${publish}\n}).call(globalThis, ${bound.join(', ')});`;
  runInContext(wrapped, context, { filename: 'Code.js', lineOffset: -1 });
  const functions: Record<string, (...args: unknown[]) => unknown> = {};
  for (const name of Object.keys(context)) {
    const value: unknown = context[name];
    if (typeof value === 'function' && !(name in standIn.globals) && name !== 'Date') {
      functions[name] = (...args: unknown[]) => (value as (...a: unknown[]) => unknown)(...args);
    }
  }
  return functions;
}
