/**
 * Yes/no fields as SharePoint, Excel or a person deliver them: Ja/Nei, yes/no, true/false, 1/0, x.
 * A blank value means no.
 */
import { lookupKey } from "./lookupKey";
import { failed, parsed, type ParseResult } from "./parseResult";

const TRUE_WORDS = new Set(["ja", "j", "yes", "y", "true", "sann", "sant", "1", "x", "✓", "✔"]);
const FALSE_WORDS = new Set(["nei", "n", "no", "false", "usann", "usant", "0", ""]);

/**
 * Parses a yes/no value; undefined, null and blank text are `false`.
 * @example parseBoolean("Ja") // { ok: true, value: true }
 */
export function parseBoolean(value: unknown): ParseResult<boolean, "invalid"> {
  if (value === undefined || value === null) return parsed(false);
  if (typeof value === "boolean") return parsed(value);
  if (value === 1 || value === 0) return parsed(value === 1);
  if (typeof value !== "string") return failed("invalid");
  const key = lookupKey(value);
  if (TRUE_WORDS.has(key)) return parsed(true);
  if (FALSE_WORDS.has(key)) return parsed(false);
  return failed("invalid");
}
