/**
 * Maps keyed by data (need ids, criterion ids) as null-prototype objects, so a key such as
 * `__proto__` or `constructor` is an ordinary key and never reaches Object.prototype.
 */

/** An empty null-prototype map. */
export function emptyMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A null-prototype map with the given entries (later entries win). */
export function mapOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = emptyMap<T>();
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** A null-prototype copy of a map, each value passed through `copy`. */
export function copyMap<T, U = T>(
  map: Readonly<Record<string, T>>,
  copy: (value: T) => U = (value) => value as unknown as U,
): Record<string, U> {
  return mapOf(Object.entries(map).map(([key, value]) => [key, copy(value)] as const));
}
