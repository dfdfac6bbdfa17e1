// CacheService: expiring string caches, with Apps Script's key and value limits.
import type { CacheEntry, Context, StoreKind } from './context';
import { ServiceObject } from './instrument';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
const DEFAULT_TTL_SECONDS = 600;
const MAX_TTL_SECONDS = 21600;

export class Cache extends ServiceObject {
  readonly serviceName = 'Cache';
  constructor(
    readonly entries: Map<string, CacheEntry>,
    readonly now: () => Date,
  ) {
    super();
  }

  get(key: string): string | null {
    const entry = this.entries.get(String(key));
    if (!entry) return null;
    if (entry.expiresAt <= this.now().getTime()) {
      this.entries.delete(String(key));
      return null;
    }
    return entry.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) out[key] = value;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    const k = String(key);
    const v = String(value);
    if (k.length > CACHE_KEY_LIMIT) throw new Error('Argument too large: key');
    if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
    const ttl = Math.min(Math.max(1, expirationInSeconds), MAX_TTL_SECONDS);
    this.entries.set(k, { value: v, expiresAt: this.now().getTime() + ttl * 1000 });
  }
  putAll(values: Record<string, string>, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.entries.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const key of keys) this.entries.delete(String(key));
  }
}

export class CacheService extends ServiceObject {
  readonly serviceName = 'CacheService';
  constructor(readonly ctx: Context) {
    super();
  }
  #cache(kind: StoreKind): Cache {
    return new Cache(this.ctx.caches[kind], this.ctx.now);
  }
  getDocumentCache(): Cache {
    return this.#cache('document');
  }
  getScriptCache(): Cache {
    return this.#cache('script');
  }
  getUserCache(): Cache {
    return this.#cache('user');
  }
}
