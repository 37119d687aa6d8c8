/**
 * Records keyed by data (need ids, criterion ids, column names): built without a prototype and read
 * through own properties only, so keys such as `constructor`, `__proto__`, `toString`, `hasOwnProperty`
 * or `valueOf` are ordinary keys and never reach Object.prototype.
 */

/** A record with no prototype, filled from `entries` (later entries win). */
export function dataRecord<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** A copy of `record` (own enumerable keys only) with no prototype, each value passed through `copy`. */
export function copyDataRecord<V, U = V>(
  record: Readonly<Record<string, V>> | undefined,
  copy: (value: V) => U = (value) => value as unknown as U,
): Record<string, U> {
  if (record === undefined) return dataRecord<U>();
  return dataRecord(Object.entries(record).map(([key, value]) => [key, copy(value)] as const));
}

/** The value stored under `key` in `record`, never one inherited from a prototype. */
export function ownValue<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && record !== null && Object.prototype.hasOwnProperty.call(record, key)
    ? record[key]
    : undefined;
}

/** True when `record` itself holds `key` (inherited properties do not count). */
export function hasOwnKey(record: object | undefined, key: string): boolean {
  return record !== undefined && record !== null && Object.prototype.hasOwnProperty.call(record, key);
}
