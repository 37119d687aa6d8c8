/**
 * Three-way merge of two changed copies of a JSON document (ours, theirs) against the copy both
 * started from (base), for two people editing the plan-year record at once. Objects are merged key
 * by key, arrays of objects with a string `id` (plan versions) element by id, and a value with a
 * `stamp` (one recorded edit) as a whole. A field only one side changed takes that side's value;
 * a field both changed to different values is a conflict — theirs (the stored value) is kept and
 * the conflict reported. Absent (`undefined`) is a value: deleting is a change like any other.
 */
import { dataRecord } from "../model/dataRecord";
import type { RecordConflict } from "./planYearTypes";

/** The merged document and every field both sides changed differently. */
export interface MergeOutcome<T> {
  readonly merged: T;
  readonly conflicts: readonly RecordConflict[];
}

type Json = unknown;
type JsonObject = Readonly<Record<string, Json>>;

const isObject = (v: Json): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const isStamped = (v: Json): boolean => isObject(v) && Object.prototype.hasOwnProperty.call(v, "stamp");
const hasIds = (v: Json): v is readonly JsonObject[] =>
  Array.isArray(v) && v.every((e) => isObject(e) && typeof e["id"] === "string");

/** A field's own value; inherited members such as `constructor` are absent. */
const own = (o: JsonObject, key: string): Json =>
  Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;

/** Deep equality of JSON values (key order ignored). */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a).filter((k) => a[k] !== undefined);
  if (keys.length !== Object.keys(b).filter((k) => b[k] !== undefined).length) return false;
  return keys.every((k) => jsonEqual(a[k], own(b, k)));
}

/** Equal apart from who changed it and when. */
function sameValue(a: Json, b: Json): boolean {
  if (!isStamped(a) || !isStamped(b)) return false;
  const { stamp: _a, ...restA } = a as JsonObject;
  const { stamp: _b, ...restB } = b as JsonObject;
  return jsonEqual(restA, restB);
}

/** RFC 6901 escaping of one path segment. */
const segment = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

function mergeObjects(path: string, base: Json, ours: JsonObject, theirs: JsonObject, out: RecordConflict[]) {
  const b: JsonObject = isObject(base) ? base : dataRecord();
  const keys = [...new Set([...Object.keys(theirs), ...Object.keys(ours), ...Object.keys(b)])];
  const entries: [string, Json][] = [];
  for (const key of keys) {
    const value = mergeValue(`${path}/${segment(key)}`, own(b, key), own(ours, key), own(theirs, key), out);
    if (value !== undefined) entries.push([key, value]);
  }
  return dataRecord(entries);
}

function mergeById(
  path: string,
  base: Json,
  ours: readonly JsonObject[],
  theirs: readonly JsonObject[],
  out: RecordConflict[],
): Json[] {
  const byId = (list: readonly JsonObject[]) => new Map(list.map((e) => [e["id"] as string, e] as const));
  const [b, o, t] = [byId(hasIds(base) ? base : []), byId(ours), byId(theirs)];
  const ids = [...new Set([...t.keys(), ...o.keys()])];
  const merged: Json[] = [];
  for (const id of ids) {
    const value = mergeValue(`${path}/${segment(id)}`, b.get(id), o.get(id), t.get(id), out);
    if (value !== undefined) merged.push(value);
  }
  return merged;
}

function mergeValue(path: string, base: Json, ours: Json, theirs: Json, out: RecordConflict[]): Json {
  if (jsonEqual(ours, theirs) || jsonEqual(ours, base)) return theirs;
  if (jsonEqual(theirs, base)) return ours;
  if (isObject(ours) && isObject(theirs) && !isStamped(ours) && !isStamped(theirs))
    return mergeObjects(path, base, ours, theirs, out);
  if (hasIds(ours) && hasIds(theirs)) return mergeById(path, base, ours, theirs, out);
  if (!sameValue(ours, theirs)) out.push({ path: path === "" ? "/" : path, theirs, ours });
  return theirs;
}

/** Merges ours and theirs, both changed from base. */
export function threeWayMerge<T>(base: T, ours: T, theirs: T): MergeOutcome<T> {
  const conflicts: RecordConflict[] = [];
  const merged = mergeValue("", base, ours, theirs, conflicts) as T;
  return { merged, conflicts };
}
