/**
 * What crosses the worker boundary (postMessage's structured clone): plain objects, arrays, Maps,
 * Sets of primitives, Dates and primitives survive; functions and class instances do not, and
 * records keyed by data lose their null prototype (they arrive as ordinary objects, where a key
 * such as `__proto__` or `constructor` would meet Object.prototype). `packForClone` checks a value
 * and lists where its null-prototype records are; `unpackFromClone` gives them back their null
 * prototype on the other side.
 */

/** One step from a value to a part of it: a property (object or array) or a Map's value by key. */
export type CloneStep = readonly ["key", string] | readonly ["map", unknown];

/** A value ready for postMessage, with the paths of its null-prototype records. */
export interface PackedValue<T> {
  readonly value: T;
  readonly nullPrototypes: readonly (readonly CloneStep[])[];
}

/** A value that structured clone would drop or change, named by its path. */
export class NotCloneableError extends Error {
  constructor(path: readonly CloneStep[], what: string) {
    super(`Not cloneable at ${pathText(path)}: ${what}`);
    this.name = "NotCloneableError";
  }
}

function pathText(path: readonly CloneStep[]): string {
  return path.length === 0
    ? "(root)"
    : path.map(([kind, key]) => (kind === "map" ? `<${String(key)}>` : key)).join(".");
}

/** Checks `value` for what structured clone keeps, and lists its null-prototype records. */
export function packForClone<T>(value: T): PackedValue<T> {
  const nullPrototypes: CloneStep[][] = [];
  const seen = new Set<object>();
  const visit = (v: unknown, path: CloneStep[]): void => {
    if (typeof v === "function" || typeof v === "symbol") throw new NotCloneableError(path, typeof v);
    if (typeof v !== "object" || v === null || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Date) return;
    if (v instanceof Map) {
      for (const [key, item] of v) {
        if (typeof key === "object" && key !== null)
          throw new NotCloneableError(path, "Map with object keys");
        visit(item, [...path, ["map", key]]);
      }
      return;
    }
    if (v instanceof Set) {
      for (const item of v)
        if (typeof item === "object" && item !== null) throw new NotCloneableError(path, "Set of objects");
      return;
    }
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto === null) nullPrototypes.push(path);
    else if (!Array.isArray(v) && !isObjectPrototype(proto))
      throw new NotCloneableError(
        path,
        `instance of ${(v as { constructor?: { name?: string } }).constructor?.name ?? "a class"}`,
      );
    for (const key of Object.keys(v)) visit((v as Record<string, unknown>)[key], [...path, ["key", key]]);
  };
  visit(value, []);
  return { value, nullPrototypes };
}

/** True for Object.prototype, of this realm or another (whose own prototype is null). */
function isObjectPrototype(proto: unknown): boolean {
  return typeof proto === "object" && proto !== null && Object.getPrototypeOf(proto) === null;
}

/** The value after structured clone, its records keyed by data null-prototype again. */
export function unpackFromClone<T>(packed: PackedValue<T>): T {
  for (const path of packed.nullPrototypes) {
    let target: unknown = packed.value;
    for (const [kind, key] of path)
      target =
        kind === "map"
          ? (target as Map<unknown, unknown>).get(key)
          : (target as Record<string, unknown>)[key];
    if (typeof target === "object" && target !== null && isObjectPrototype(Object.getPrototypeOf(target)))
      Object.setPrototypeOf(target, null);
  }
  return packed.value;
}
