// Wraps every service object in a Proxy that counts calls, injects faults, enforces AuthMode
// and turns any method the stand-in lacks into a clear "not implemented" error.
import { ALLOWED_WITHOUT_AUTH, limitedModeRefusal } from './auth-modes';
import { CallCounter } from './call-counter';
import type { AuthModeName } from './types';

export function notImplemented(what: string): Error {
  return new Error(`not implemented in the stand-in: ${what}`);
}

// Read through a proxy's own handler, this gives back the object it stands for.
const RAW = Symbol('raw');

/** Base of every object a script can see; `serviceName` is the class name used in call keys. */
export abstract class ServiceObject {
  abstract readonly serviceName: string;
  // The proxy this object was handed out as, kept on the object: a WeakMap entry per value object (a whole
  // grid's RichTextValues) cost more than the rest of a getRichTextValues call. Private, so no equality sees it.
  #proxy: object | null = null;
  #exposedBy: Instrumentation | null = null;

  /** The proxy `instrumentation` handed this object out as, if it did. */
  static proxyFrom(object: ServiceObject, instrumentation: Instrumentation): object | null {
    return object.#exposedBy === instrumentation ? object.#proxy : null;
  }

  static rememberProxy(object: ServiceObject, instrumentation: Instrumentation, proxy: object): void {
    object.#proxy = proxy;
    object.#exposedBy = instrumentation;
  }
}

// Names that Node, vitest and promise machinery probe on any object; they must read as absent.
const PROBES = new Set([
  'then',
  'toJSON',
  'constructor',
  'inspect',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  'length',
  'prototype',
]);

/**
 * Value objects, and the builders that make them, live in the script alone: a batch read returns them
 * already materialised (one per cell from getRichTextValues or getDataValidations) and a builder only
 * assembles one for a later write. Neither is a round trip to the spreadsheet, so their calls are not
 * counted; otherwise an operation's count would grow with the sheet (or with how many cells hold links)
 * for no reason. The write that uses the value (setRichTextValues, setDataValidation…) is counted.
 */
const UNCOUNTED = new Set([
  'RichTextValue',
  'RichTextValueBuilder',
  'DataValidation',
  'DataValidationBuilder',
  'FilterCriteria',
  'FilterCriteriaBuilder',
  'ChartOptions',
  'ContainerInfo',
]);
const UNCOUNTED_METHODS = new Set([
  'SpreadsheetApp.newRichTextValue',
  'SpreadsheetApp.newDataValidation',
  'SpreadsheetApp.newFilterCriteria',
]);

export class Instrumentation {
  readonly calls = new CallCounter();
  /** Calls on value objects and builders: not service calls, but each is a call into Apps Script's host objects. */
  readonly valueCalls = new CallCounter();
  authMode: AuthModeName = 'FULL';
  readonly #failures = new Map<string, Error>();

  failNext(method: string, error: Error): void {
    this.#failures.set(method, error);
  }

  /** What a script receives: service objects become counted proxies, arrays are mapped. */
  expose<T>(value: T): T {
    if (value instanceof ServiceObject) return this.#proxyFor(value) as T;
    if (Array.isArray(value)) {
      // A plain loop: a whole grid passes through here, a row at a time.
      const out = new Array(value.length);
      for (let i = 0; i < value.length; i++) out[i] = this.expose(value[i]);
      return out as T;
    }
    return value;
  }

  /** What the stand-in works with: proxies handed back by a script become the raw objects. */
  unwrap<T>(value: T): T {
    if (value !== null && typeof value === 'object') {
      const raw: unknown = (value as { [RAW]?: unknown })[RAW];
      if (raw instanceof ServiceObject && ServiceObject.proxyFrom(raw, this) === value) return raw as T;
      if (Array.isArray(value)) return value.map((v) => this.unwrap(v)) as T;
    }
    return value;
  }

  // One handler for every proxy, and one wrapper per class and method (found through `this`), so
  // handing a script 100,000 cells' worth of value objects costs a Proxy each and nothing more.
  readonly #handler: ProxyHandler<ServiceObject> = {
    get: (obj, prop) => {
      if (prop === RAW) return obj;
      if (typeof prop === 'symbol' || PROBES.has(prop) || prop in Object.prototype)
        return Reflect.get(obj, prop);
      // Enums such as Ui.Button or ScriptApp.AuthMode are capitalised plain properties.
      if (/^[A-Z]/.test(prop)) return Reflect.get(obj, prop);
      const value: unknown = Reflect.get(obj, prop);
      if (typeof value === 'function' && !Object.hasOwn(obj, prop)) return this.#methodFor(obj, prop, value);
      // Anything shaped like a method name is an Apps Script method the stand-in does not have.
      if (/^[a-z][A-Za-z0-9]*$/.test(prop)) {
        const name = `${obj.serviceName}.${prop}`;
        return () => {
          throw notImplemented(name);
        };
      }
      return undefined;
    },
  };
  // Keyed by the implementing function: two classes may share a service name (a rich text run is a RichTextValue).
  readonly #methods = new Map<string, WeakMap<object, (...args: unknown[]) => unknown>>();

  #proxyFor(target: ServiceObject): object {
    const existing = ServiceObject.proxyFrom(target, this);
    if (existing) return existing;
    const proxy = new Proxy(target, this.#handler);
    ServiceObject.rememberProxy(target, this, proxy);
    return proxy;
  }

  #methodFor(obj: ServiceObject, prop: string, fn: unknown): (...args: unknown[]) => unknown {
    const name = `${obj.serviceName}.${prop}`;
    let byFunction = this.#methods.get(name);
    if (!byFunction) {
      byFunction = new WeakMap();
      this.#methods.set(name, byFunction);
    }
    let method = byFunction.get(fn as object);
    if (!method) {
      method = this.#wrap(name, fn as (...args: unknown[]) => unknown);
      byFunction.set(fn as object, method);
    }
    return method;
  }

  #wrap(name: string, fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
    const counted = !UNCOUNTED.has(name.slice(0, name.indexOf('.'))) && !UNCOUNTED_METHODS.has(name);
    const instrumentation = this;
    const counter = counted ? this.calls : this.valueCalls;
    return function (this: unknown, ...args: unknown[]) {
      counter.record(name);
      instrumentation.check(name);
      const target = instrumentation.unwrap(this);
      return instrumentation.expose(
        fn.apply(
          target,
          args.map((a) => instrumentation.unwrap(a)),
        ),
      );
    };
  }

  /** Applies the AuthMode rule and any injected fault for one call. */
  check(name: string): void {
    const isConsole = name.startsWith('console.');
    if (this.authMode === 'NONE' && !ALLOWED_WITHOUT_AUTH.has(name) && !isConsole) {
      throw new Error(
        `You do not have permission to call ${name}. The script is running in ScriptApp.AuthMode.NONE, where only the add-on menu can be built.`,
      );
    }
    if (this.authMode === 'LIMITED') {
      const refusal = limitedModeRefusal(name);
      if (refusal) throw refusal;
    }
    const failure = this.#failures.get(name);
    if (failure) {
      this.#failures.delete(name);
      throw failure;
    }
  }
}
