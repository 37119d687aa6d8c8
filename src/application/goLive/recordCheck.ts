/**
 * The health check's look at the stored plan-year record, in one small function: until the
 * record's parser (src/application/planYear, being written) is on main, it checks that the text is
 * JSON with a `schemaVersion` equal to PLAN_YEAR_SCHEMA_VERSION. When the parser lands, the lead
 * swaps the body for a call to it (keeping the result kinds), so a record that parses is healthy.
 */
import { PLAN_YEAR_SCHEMA_VERSION } from "../../domain/planYear/planYearTypes";

/** What the stored record's text is. */
export type RecordCheck =
  | { readonly kind: "ok"; readonly version: number }
  | { readonly kind: "unreadable" }
  | { readonly kind: "noVersion" }
  | { readonly kind: "unknownVersion"; readonly version: number | string; readonly known: number };

/** Checks the record's raw JSON text (never quotes its content). */
export function checkRecordText(text: string): RecordCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: "unreadable" };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { kind: "unreadable" };
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return { kind: "noVersion" };
  if (version === PLAN_YEAR_SCHEMA_VERSION) return { kind: "ok", version };
  const shown = typeof version === "number" ? version : String(version).slice(0, 20);
  return { kind: "unknownVersion", version: shown, known: PLAN_YEAR_SCHEMA_VERSION };
}
