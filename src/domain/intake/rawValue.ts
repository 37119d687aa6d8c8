/**
 * Reading single raw values: blank detection, text extraction (trimmed, otherwise verbatim) and a
 * short printable form of any value for error messages.
 */
import { failed, parsed, type ParseResult } from "./parseResult";

/** Longest raw value quoted in an error message; longer values are cut with "…". */
export const DISPLAY_VALUE_MAX = 80;

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

/** A short printable form of a raw value for error messages (never throws). */
export function displayValue(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (value === undefined || value === null) text = "";
  else if (typeof value === "object") {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  } else text = String(value);
  return text.length > DISPLAY_VALUE_MAX ? `${text.slice(0, DISPLAY_VALUE_MAX - 1)}…` : text;
}
