// What google.script.run lets cross between the page and the server, both ways: one rule for the preview page and the tests.

/**
 * Google's rule (google.script.run reference, myFunction(...) parameters): "Legal parameters are JavaScript
 * primitives like a Number, Boolean, String, or null, as well as JavaScript objects and arrays that are
 * composed of primitives, objects and arrays… Requests fail if you attempt to pass a Date, Function, DOM
 * element besides a form, or other prohibited type, including prohibited types inside objects or arrays.
 * Objects that create circular references will also fail, and undefined fields within arrays become null."
 * Return values are "subject to the same restrictions as parameter types, except that a form element is
 * not a legal return type". The message is the one Google's client shows; its wording is not documented.
 */
export class IllegalScriptRunValue extends Error {
  constructor(readonly path: string) {
    super(`Failed due to illegal value in property: ${path}`);
    this.name = 'Error';
  }
}

/** A DOM node, told without DOM types so that Node (the tests) and the browser (the preview) share this rule. */
function isDomNode(value: object): boolean {
  const node = value as { nodeType?: unknown; nodeName?: unknown };
  return typeof node.nodeType === 'number' && typeof node.nodeName === 'string';
}

function isForm(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    isDomNode(value) &&
    (value as { nodeName: string }).nodeName === 'FORM'
  );
}

/** An object literal from any realm (the add-on runs in a vm, with its own Object.prototype). */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * A copy of a legal value as the other side receives it (undefined in an array becomes null, an undefined
 * field is left out); throws IllegalScriptRunValue naming the first illegal property.
 */
function copyLegal(value: unknown, path: string, open: Set<object>): unknown {
  if (value === null || value === undefined) return value;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      throw new IllegalScriptRunValue(path); // function, symbol, bigint
  }
  const object = value as object;
  // Dates, DOM nodes, Maps, class instances…: only arrays and plain objects are "composed of primitives".
  if (open.has(object) || !(Array.isArray(object) || isPlainObject(object)) || isDomNode(object))
    throw new IllegalScriptRunValue(path);
  open.add(object);
  try {
    if (Array.isArray(object)) return object.map((v, i) => copyLegal(v, String(i), open) ?? null);
    const copy: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(object)) {
      const legal = copyLegal(v, key, open);
      if (legal !== undefined) copy[key] = legal;
    }
    return copy;
  } finally {
    open.delete(object);
  }
}

/** The arguments as the server receives them; throws as Google's client does when one is illegal. */
export function scriptRunArguments(args: readonly unknown[]): unknown[] {
  if (args.length === 1 && isForm(args[0]))
    throw new Error('not implemented in the stand-in: a form element as a google.script.run parameter');
  return args.map((arg, i) => copyLegal(arg, String(i), new Set()));
}

/** Throws when google.script.run would refuse these arguments (the preview page checks before it sends). */
export function checkScriptRunArguments(args: readonly unknown[]): void {
  scriptRunArguments(args);
}

/**
 * The result as the success handler receives it. A return value holding a Date or a function anywhere is
 * illegal; what the page then gets is not documented, and is seen to be null for the whole result: the
 * stand-in gives null, so a server function that forgets to turn a Date into text fails in the tests.
 */
export function scriptRunResult(value: unknown): unknown {
  try {
    return copyLegal(value, '', new Set());
  } catch (error) {
    if (error instanceof IllegalScriptRunValue) return null;
    throw error;
  }
}
