/**
 * Pure conversion between SharePoint list items (fields by internal column name) and our raw need
 * records (RAW_NEED_FIELDS + `score_<criterionId>`), and of write-back values into column values.
 */
import type { RawRecord } from "../../domain/intake/intakeTypes";
import type { IsoDate } from "../../domain/time/isoDate";
import type { ColumnSpec, FieldMapping, WriteBackField } from "./listSchemas";
import { calendarDateOfInstant, instantOfLocalMidnight } from "./zonedDates";
import { dataRecord, ownValue } from "../../domain/model/dataRecord";

/** A problem found while mapping an item; reported to the user, never dropped silently. */
export interface MappingIssue {
  /** SharePoint item id. */
  readonly itemId: string;
  /** Our field name. */
  readonly field: string;
  readonly code: "unresolved-lookup" | "invalid-date" | "missing-column";
  readonly detail: string;
}

/** Resolves a lookup or person id of a column to the value shown (KAV id, e-mail). */
export type LookupResolver = (column: ColumnSpec, lookupId: string) => string | undefined;

/** The key under which Graph returns a column's value in `fields` (`XLookupId` for lookups). */
export function fieldKey(column: ColumnSpec): string {
  return column.kind === "lookup" || column.kind === "person" ? `${column.name}LookupId` : column.name;
}

/** Checks a mapping against a list's columns: the mapped columns that are missing, by our field. */
export function missingColumns(
  mapping: FieldMapping,
  columns: readonly ColumnSpec[],
): { readonly field: string; readonly column: string }[] {
  const names = new Set(columns.map((c) => c.name));
  const all = [...Object.entries(mapping.needFields), ...Object.entries(mapping.writeBack)];
  return all.filter(([, column]) => !names.has(column)).map(([field, column]) => ({ field, column }));
}

/** The `fields` keys to select for a mapping (mapped columns that exist, lookups as `XLookupId`). */
export function selectKeys(mapping: FieldMapping, columns: readonly ColumnSpec[]): string[] {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const wanted = new Set([...Object.values(mapping.needFields), ...Object.values(mapping.writeBack)]);
  const keys: string[] = [];
  for (const name of wanted) {
    const column = byName.get(name);
    if (column) keys.push(fieldKey(column));
  }
  return keys.sort();
}

function lookupIds(value: unknown): string[] {
  if (Array.isArray(value))
    return value.map((v) => String(typeof v === "object" && v ? (v as { LookupId?: unknown }).LookupId : v));
  return [String(value)];
}

/**
 * The raw value of one column of an item, or undefined when the item has no value.
 * Dates and date-times (e.g. the item's Created time) become ISO dates in the site's time zone,
 * lookups the looked-up value.
 */
export function rawValueOf(
  column: ColumnSpec,
  fields: Readonly<Record<string, unknown>>,
  itemId: string,
  field: string,
  ctx: { readonly timeZone: string; readonly resolve: LookupResolver; readonly issues: MappingIssue[] },
): unknown {
  const value = ownValue(fields, fieldKey(column));
  if (value === undefined || value === null || value === "") return undefined;
  switch (column.kind) {
    case "date":
    case "dateTime": {
      try {
        return calendarDateOfInstant(String(value), ctx.timeZone);
      } catch {
        ctx.issues.push({ itemId, field, code: "invalid-date", detail: String(value) });
        return String(value);
      }
    }
    case "lookup":
    case "person": {
      const values = lookupIds(value).map((id) => {
        const shown = ctx.resolve(column, id);
        if (shown === undefined) {
          ctx.issues.push({ itemId, field, code: "unresolved-lookup", detail: `${column.name}#${id}` });
          return `#${id}`;
        }
        return shown;
      });
      return Array.isArray(value) ? values : values[0];
    }
    default:
      return value;
  }
}

/** The raw need record of one item under a mapping; fields without a value are left out. */
export function rawRecordOf(
  itemId: string,
  fields: Readonly<Record<string, unknown>>,
  mapping: FieldMapping,
  columnsByName: ReadonlyMap<string, ColumnSpec>,
  ctx: { readonly timeZone: string; readonly resolve: LookupResolver; readonly issues: MappingIssue[] },
): RawRecord {
  const record = dataRecord<unknown>();
  for (const [field, columnName] of Object.entries(mapping.needFields)) {
    const column = columnsByName.get(columnName);
    if (!column) continue;
    const value = rawValueOf(column, fields, itemId, field, ctx);
    if (value !== undefined) record[field] = value;
  }
  return record;
}

/** A value to write back: text, number, ISO date, or null to clear. */
export type WriteBackValue = string | number | null;

/** The column value to send for a write-back value (dates as local midnight of the site). */
export function columnValueOf(column: ColumnSpec, value: WriteBackValue, timeZone: string): unknown {
  if (value === null) return null;
  switch (column.kind) {
    case "date":
      return instantOfLocalMidnight(String(value) as IsoDate, timeZone);
    case "number":
    case "currency": {
      const n = typeof value === "number" ? value : Number(value);
      if (!Number.isFinite(n)) throw new RangeError(`Column ${column.name}: not a number: ${value}`);
      return n;
    }
    default:
      return String(value);
  }
}

/** True when two column values are the same for the column (dates compared as calendar days). */
export function sameColumnValue(column: ColumnSpec, a: unknown, b: unknown, timeZone: string): boolean {
  const empty = (v: unknown): boolean => v === undefined || v === null || v === "";
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  if (column.kind === "date") {
    try {
      return calendarDateOfInstant(String(a), timeZone) === calendarDateOfInstant(String(b), timeZone);
    } catch {
      return String(a) === String(b);
    }
  }
  if (typeof a === "object" || typeof b === "object") return JSON.stringify(a) === JSON.stringify(b);
  if (column.kind === "number" || column.kind === "currency") return Number(a) === Number(b);
  return a === b;
}

/** The write-back field whose column is `columnName`, if any. */
export function writeBackFieldOf(mapping: FieldMapping, columnName: string): WriteBackField | undefined {
  const hit = Object.entries(mapping.writeBack).find(([, c]) => c === columnName);
  return hit ? (hit[0] as WriteBackField) : undefined;
}
