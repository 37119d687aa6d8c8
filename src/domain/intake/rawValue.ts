/**
 * Reading single raw values: blank detection, text extraction (trimmed, otherwise verbatim), the kind
 * of a value, and a short printable form of any value for error messages (control characters shown
 * as `\uXXXX`, never raw).
 */
import { escapeControlCharacters } from "../text/xmlSafeText";
import { failed, parsed, type ParseResult } from "./parseResult";

/** Longest raw value quoted in an error message; longer values are cut with "…". */
export const DISPLAY_VALUE_MAX = 80;

/** What kind of JSON value a raw value is (messages name it: "(tom)", "en liste", …). */
export type RawKind = "null" | "list" | "object" | "text" | "number" | "boolean" | "other";

/** True for undefined, null and strings of only whitespace: the field counts as not given. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * The text of a raw value: strings trimmed (nothing else changed), numbers and booleans as written,
 * `undefined` when blank; objects and arrays are not text.
 */
export function readText(value: unknown): ParseResult<string | undefined, "not-text"> {
  if (isBlank(value)) return parsed(undefined);
  if (typeof value === "string") return parsed(value.trim());
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return parsed(String(value));
  }
  return failed("not-text");
}

/** The kind of a raw value. */
export function rawKind(value: unknown): RawKind {
  if (value === undefined || value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "object";
  if (typeof value === "string") return "text";
  if (typeof value === "number" || typeof value === "bigint") return "number";
  if (typeof value === "boolean") return "boolean";
  return "other";
}

/** A short printable form of a raw value for error messages (never throws, no raw control characters). */
export function displayValue(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (value === undefined || value === null) text = "";
  else if (typeof value === "object") {
    try {
      text = JSON.stringify(value) ?? rawKind(value);
    } catch {
      text = rawKind(value);
    }
  } else text = String(value);
  const shown = escapeControlCharacters(text);
  return shown.length > DISPLAY_VALUE_MAX ? `${cutAt(shown, DISPLAY_VALUE_MAX - 1)}…` : shown;
}

/** The first `max` UTF-16 units of `text`, never splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  const last = text.charCodeAt(max - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, max - 1) : text.slice(0, max);
}
