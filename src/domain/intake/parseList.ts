/**
 * Multi-value fields (dependsOn, sharedWithUnits): a JSON array, or one text with the items
 * separated by semicolons, commas or line breaks. Items are trimmed; blank items and repeats
 * of an item are left out (the list means the same); a blank field is the empty list.
 */
import { failed, parsed, type ParseResult } from "./parseResult";

const SEPARATORS = /[;,\r\n]+/;

/**
 * Parses a list of ids or names.
 * @example parseList("N-0001; N-0002,N-0003") // { ok: true, value: ["N-0001", "N-0002", "N-0003"] }
 */
export function parseList(value: unknown): ParseResult<readonly string[], "invalid"> {
  if (value === undefined || value === null) return parsed([]);
  const pieces: string[] = [];
  const items: readonly unknown[] = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (typeof item === "string") pieces.push(...item.split(SEPARATORS));
    else if (typeof item === "number" && Number.isFinite(item)) pieces.push(String(item));
    else return failed("invalid");
  }
  const seen = new Set<string>();
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (trimmed !== "") seen.add(trimmed);
  }
  return parsed([...seen]);
}
