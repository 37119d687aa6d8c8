/**
 * Parses amounts as Norwegians type them into SharePoint or Excel: "1 500 000,50", "kr 250 000",
 * "250 000,-", "1,5 mill.", "2 mrd", "1.500.000", "350'" (thousands). Never returns NaN: either a
 * finite number or a stable error code. Rules (docs/input-format.md):
 * - spaces of any kind (normal, no-break, narrow no-break, thin) group thousands;
 * - a separator that occurs more than once groups thousands and the grouping must be valid
 *   (1–3 digits, then groups of exactly 3): "1.500.000", "1,500,000"; "1,5,5" is invalid;
 * - with both "," and ".", the last one is the decimal separator: "1.500.000,50", "1,500.50";
 * - a single "," or "." is the decimal separator, except when it is followed by exactly three
 *   digits after a 1–3 digit integer part with nothing else to tell ("1.500", "1,500"): ambiguous;
 * - currency "kr", "kr.", "NOK" before or after, ",-" at the end, and an estimate marker in
 *   front ("ca.", "cirka", "omtrent", "~": the field is an estimate anyway) are ignored;
 * - multipliers: "mill", "mill.", "million", "millioner", "mln", "mio", "MNOK" (10^6), "mrd",
 *   "milliard(er)", "bn" (10^9), "tusen", "k", "'" (10^3);
 * - negative values are rejected unless `allowNegative` is set.
 */
import { failed, parsed, type ParseResult } from "./parseResult";

/** Why a text is not a number: blank, garbage, ambiguous grouping, negative, or beyond safe integers. */
export type NumberParseError = "empty" | "invalid" | "ambiguous" | "negative" | "too-large";

/** Options of {@link parseNorwegianNumber}. */
export interface NumberParseOptions {
  /** Accept values below zero (default false: amounts of money are never negative). */
  readonly allowNegative?: boolean;
}

const ESTIMATE_PREFIX = /^(?:ca\.?|cirka|omtrent|approx\.?|~)\s*/;
const CURRENCY_PREFIX = /^(?:kr\.?|nok)\s*/;
const CURRENCY_SUFFIX = /\s*(?:kr\.?|nok)$/;
const DASH_SUFFIX = /[.,]-$/;
const MULTIPLIERS: readonly (readonly [RegExp, number])[] = [
  [/\s*(?:mnok|mill(?:ion(?:er)?)?\.?|mln\.?|mio\.?)$/, 6],
  [/\s*(?:mrd\.?|milliard(?:er)?|bn)$/, 9],
  [/(?:\s*tusen|(?<=\d)\s*(?:k|'))$/, 3],
];
const CORE = /^\d[\d .,]*$/;

/**
 * Parses a Norwegian-formatted number (or passes a JS number through after the same checks).
 * @example parseNorwegianNumber("1,5 mill") // { ok: true, value: 1500000 }
 * @example parseNorwegianNumber("1,5,5") // { ok: false, error: "invalid" }
 */
export function parseNorwegianNumber(
  text: string | number,
  options: NumberParseOptions = {},
): ParseResult<number, NumberParseError> {
  if (typeof text === "number") return checked(text, options);
  let s = text
    .replace(/\s+/g, " ")
    .replace(/[’‘´`]/g, "'")
    .replace(/[−–—]/g, "-")
    .trim()
    .toLowerCase();
  if (s === "") return failed("empty");

  let negative = false;
  let signSeen = false;
  const takeSign = (): void => {
    if (signSeen || !/^[-+]/.test(s)) return;
    negative = s.startsWith("-");
    signSeen = true;
    s = s.slice(1).trimStart();
  };
  s = s.replace(ESTIMATE_PREFIX, "");
  takeSign();
  const hadPrefix = CURRENCY_PREFIX.test(s);
  s = s.replace(CURRENCY_PREFIX, "");
  takeSign();

  let exponent = 0;
  let dashTaken = false;
  let currencyTaken = hadPrefix;
  for (let changed = true; changed;) {
    changed = false;
    if (!dashTaken && DASH_SUFFIX.test(s)) {
      s = s.replace(DASH_SUFFIX, "").trimEnd();
      dashTaken = changed = true;
    }
    if (exponent === 0) {
      const multiplier = MULTIPLIERS.find(([re]) => re.test(s));
      if (multiplier) {
        s = s.replace(multiplier[0], "");
        exponent = multiplier[1];
        changed = true;
        continue;
      }
    }
    if (!currencyTaken && CURRENCY_SUFFIX.test(s)) {
      s = s.replace(CURRENCY_SUFFIX, "");
      currencyTaken = changed = true;
    }
  }

  const core = s.trim();
  if (!CORE.test(core) || !/\d$/.test(core)) return failed("invalid");
  const split = splitCore(core);
  if (!split.ok) return split;
  const { integerDigits, fraction } = split.value;
  const value = Number(`${integerDigits}${fraction ? `.${fraction}` : ""}e${exponent}`);
  return checked(negative && value !== 0 ? -value : value, options);
}

/** Splits the digits-and-separators core into integer digits and fraction digits. */
function splitCore(core: string): ParseResult<{ integerDigits: string; fraction: string }, NumberParseError> {
  const hasSpace = core.includes(" ");
  const dots = count(core, ".");
  const commas = count(core, ",");
  let group: " " | "." | "," | undefined = hasSpace ? " " : undefined;
  let decimal: "." | "," | undefined;
  if (dots > 0 && commas > 0) {
    decimal = core.lastIndexOf(".") > core.lastIndexOf(",") ? "." : ",";
    if (hasSpace || count(core, decimal) !== 1) return failed("invalid");
    group = decimal === "." ? "," : ".";
  } else if (dots > 1 || commas > 1) {
    if (hasSpace) return failed("invalid");
    group = dots > 1 ? "." : ",";
  } else if (dots === 1 || commas === 1) {
    decimal = dots === 1 ? "." : ",";
    const [head = "", tail = ""] = core.split(decimal);
    if (!hasSpace && tail.length === 3 && /^[1-9]\d{0,2}$/.test(head)) return failed("ambiguous");
  }

  const [integerPart = "", fraction = "", ...rest] = decimal ? core.split(decimal) : [core];
  if (rest.length > 0 || (decimal !== undefined && !/^\d+$/.test(fraction))) return failed("invalid");
  if (group === undefined) {
    return /^\d+$/.test(integerPart) ? parsed({ integerDigits: integerPart, fraction }) : failed("invalid");
  }
  const groups = integerPart.split(group);
  const validGrouping = groups.every((g, i) => (i === 0 ? /^\d{1,3}$/.test(g) : /^\d{3}$/.test(g)));
  return validGrouping ? parsed({ integerDigits: groups.join(""), fraction }) : failed("invalid");
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function checked(value: number, options: NumberParseOptions): ParseResult<number, NumberParseError> {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? failed("invalid") : failed("too-large");
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return failed("too-large");
  if (value < 0 && !options.allowNegative) return failed("negative");
  return parsed(value === 0 ? 0 : value);
}
