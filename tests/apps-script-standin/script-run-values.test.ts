// google.script.run's rule on what crosses between page and server, shared by the preview page and the tests.
import { describe, expect, it } from 'vitest';
import {
  checkScriptRunArguments,
  scriptRunArguments,
  scriptRunResult,
} from '../../apps-script-standin/script-run-values';

describe('arguments', () => {
  it('lets primitives, null, plain objects and arrays through as a copy', () => {
    const query = { text: 'hub', principles: [1, 2], match: 'any', nested: { ok: true, none: null } };
    const [copy] = scriptRunArguments([query]);
    expect(copy).toEqual(query);
    expect(copy).not.toBe(query);
  });

  it('turns undefined in an array into null and leaves out undefined fields', () => {
    expect(scriptRunArguments([[1, undefined, 3], { a: undefined, b: 2 }])).toEqual([[1, null, 3], { b: 2 }]);
  });

  it.each([
    ['a Date', [new Date(0)], '0'],
    ['a function', ['x', () => 1], '1'],
    ['a Date inside an object', [{ draft: { takenAt: new Date(0) } }], 'takenAt'],
    ['a function inside an array', [[1, 2, () => 3]], '2'],
    ['a DOM node', [{ nodeType: 1, nodeName: 'DIV' }], '0'],
    ['a Map', [new Map()], '0'],
  ])('refuses %s, naming the property', (_what, args, path) => {
    expect(() => checkScriptRunArguments(args)).toThrow(`Failed due to illegal value in property: ${path}`);
  });

  it('refuses an object that refers to itself', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => checkScriptRunArguments([loop])).toThrow('Failed due to illegal value in property: self');
  });

  it('lets the same object appear twice when it does not refer to itself', () => {
    const shared = { a: 1 };
    expect(scriptRunArguments([[shared, shared]])).toEqual([[{ a: 1 }, { a: 1 }]]);
  });

  it('does not pretend to send a form, which the stand-in cannot read', () => {
    expect(() => checkScriptRunArguments([{ nodeType: 1, nodeName: 'FORM' }])).toThrow(
      /not implemented in the stand-in/,
    );
  });
});

describe('results', () => {
  it('gives a legal result as a copy', () => {
    const result = { shown: 3, hidden: [1, undefined] };
    expect(scriptRunResult(result)).toEqual({ shown: 3, hidden: [1, null] });
  });

  it('gives null for a whole result holding a Date anywhere, rather than its ISO text', () => {
    expect(scriptRunResult({ assessment: { takenAt: new Date(0) }, ok: true })).toBeNull();
    expect(scriptRunResult(new Date(0))).toBeNull();
  });

  it('gives null for a result holding a function', () => {
    expect(scriptRunResult({ run: () => 1 })).toBeNull();
  });
});

describe('values made in another realm (the add-on runs in a vm)', () => {
  it('takes a vm’s plain objects as plain, and its Dates as Dates', async () => {
    const { runInNewContext } = await import('node:vm');
    const made = runInNewContext('({ ok: { list: [1, 2] } })');
    expect(scriptRunResult(made)).toEqual({ ok: { list: [1, 2] } });
    expect(scriptRunResult(runInNewContext('({ at: new Date(0) })'))).toBeNull();
  });
});
