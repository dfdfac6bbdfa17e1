// PropertiesService: three string stores with Apps Script's documented size quotas.
import type { Context, StoreKind } from './context';
import { ServiceObject } from './instrument';

/** Quotas from "Quotas for Google Services": 9 KB per value, 500 KB per store. */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

export class Properties extends ServiceObject {
  readonly serviceName = 'Properties';

  constructor(readonly store: Map<string, string>) {
    super();
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  setProperty(key: string, value: unknown): Properties {
    this.#apply([[String(key), String(value)]], false);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    this.#apply(
      Object.entries(properties).map(([k, v]) => [k, String(v)]),
      deleteAllOthers,
    );
    return this;
  }
  deleteProperty(key: string): Properties {
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): Properties {
    this.store.clear();
    return this;
  }

  /** Checks the quotas on the would-be result first, so a rejected write changes nothing. */
  #apply(entries: [string, string][], deleteAllOthers: boolean): void {
    for (const [, value] of entries) {
      if (bytes(value) > PROPERTY_VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
    }
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [k, v] of entries) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > PROPERTY_STORE_LIMIT_BYTES) {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }
}

export class PropertiesService extends ServiceObject {
  readonly serviceName = 'PropertiesService';
  constructor(readonly ctx: Context) {
    super();
  }
  #store(kind: StoreKind): Properties {
    return new Properties(this.ctx.properties[kind]);
  }
  getDocumentProperties(): Properties {
    return this.#store('document');
  }
  getUserProperties(): Properties {
    return this.#store('user');
  }
  getScriptProperties(): Properties {
    return this.#store('script');
  }
}
