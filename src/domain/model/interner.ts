/**
 * Shares equal plain values: `of(value)` returns the first value seen with the same JSON text.
 * Large results repeat the same small objects many times (the same criterion line, the same
 * effort basis for every need of one procedure and size); one shared object instead of 50 000
 * equal ones keeps a 50 000-need plan within memory. Shared values must be treated as read-only.
 */

/** The JSON text of `value` with −0 told apart from 0 (a message words them differently). */
export function jsonKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (Object.is(v, -0) ? { "-0": 0 } : v));
}

/** A pool of shared values, keyed by their JSON text. */
export class Interner {
  private readonly pool = new Map<string, unknown>();

  /** The shared value equal to `value` (by JSON text), `value` itself the first time. */
  of<T>(value: T, key: string = jsonKey(value)): T {
    const shared = this.pool.get(key);
    if (shared !== undefined) return shared as T;
    this.pool.set(key, value);
    return value;
  }

  /** The shared value under `key`, built by `build` the first time. */
  make<T>(key: string, build: () => T): T {
    if (!this.pool.has(key)) this.pool.set(key, build());
    return this.pool.get(key) as T;
  }

  /** How many distinct values the pool holds. */
  get size(): number {
    return this.pool.size;
  }
}
