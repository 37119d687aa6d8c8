/**
 * The date text Project reads and writes through getTaskFieldAsync / setTaskFieldAsync. Project
 * parses a date typed or set as text with the user's Windows regional format (not Office's editing
 * language, `Office.context.contentLanguage`), so the format is inferred from dates Project itself
 * shows: the order of day and month (dd.mm or mm/dd, or year first), the separator, the year's
 * digits, leading zeros and the clock (24 h, AM/PM, none). A sample like `15.01.2027` decides the
 * order (15 cannot be a month); `05.01.2027` alone cannot, so inference reads on until one does and
 * refuses ("ambiguous") when none does. Pure functions; the use cases confirm the inferred format
 * by a write-read round trip before they write (projectDateFormat.ts).
 */
import { isValidYmd, isoFromYmd, type IsoDate } from "../../domain/time/isoDate";

/** Order of the date parts as Project shows them. */
export type DateOrder = "dmy" | "mdy" | "ymd";

/** A regional date format as inferred from Project's own text. */
export interface DateFormat {
  readonly order: DateOrder;
  readonly separator: "." | "/" | "-";
  readonly yearDigits: 2 | 4;
  /** Day and month with a leading zero (`05.01`) or without (`5/1`). */
  readonly pad: boolean;
  /** `24h` (`08:00`), `12h` (`8:00 AM`), or `none` when Project shows dates without a time. */
  readonly clock: "24h" | "12h" | "none";
}

/** Why no format could be inferred. */
export type DateInferenceFailure = "noDates" | "ambiguous" | "inconsistent";

/** The outcome of inferring the format from samples. */
export type DateInference =
  | { readonly ok: true; readonly format: DateFormat }
  | { readonly ok: false; readonly reason: DateInferenceFailure; readonly sample?: string };

/** A date read from Project: the day and, when shown, the minutes after midnight. */
export interface ProjectDateValue {
  readonly date: IsoDate;
  readonly minutes?: number;
}

/** Project's words for "no date" (English NA, Norwegian I/T, German NV, ...). */
const NO_DATE = new Set(["", "na", "i/t", "nd", "n/a", "nv", "nb"]);

/** Weekday word (optional), date, time (optional): `ma 18.01.27 08:00`, `Mon 1/18/27 8:00 AM`. */
const DATE_TEXT =
  /^(?:[^\d\s]+\.?,?\s+)?(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:\s+(\d{1,2}):(\d{2})\s*([AaPp]\.?[Mm]\.?)?)?$/;

/** The parts of a date text; undefined for "no date"; throws for anything else. */
function partsOf(raw: unknown): RegExpExecArray | undefined {
  const text = String(raw ?? "").trim();
  if (NO_DATE.has(text.toLowerCase())) return undefined;
  const m = DATE_TEXT.exec(text);
  if (!m) throw new RangeError(`Not a date: "${text}"`);
  return m;
}

const fullYear = (text: string): number => (text.length <= 2 ? 2000 + Number(text) : Number(text));

/** The day under an order, or undefined when the numbers do not make a date in it. */
function dateIn(m: RegExpExecArray, order: DateOrder): IsoDate | undefined {
  const [a, b, c] = [m[1] as string, Number(m[3]), m[4] as string];
  const [y, mo, d] =
    order === "ymd"
      ? [fullYear(a), b, Number(c)]
      : order === "dmy"
        ? [fullYear(c), b, Number(a)]
        : [fullYear(c), Number(a), b];
  if (order === "ymd" ? a.length !== 4 : c.length === 3 || a.length > 2) return undefined;
  return isValidYmd(y, mo, d) ? isoFromYmd(y, mo, d) : undefined;
}

function minutesOf(m: RegExpExecArray): number | undefined {
  if (m[5] === undefined) return undefined;
  let hours = Number(m[5]) % (m[7] ? 12 : 24);
  if (m[7] && /^p/i.test(m[7])) hours += 12;
  return hours * 60 + Number(m[6]);
}

/** The orders a sample can be read in. */
function ordersOf(m: RegExpExecArray): DateOrder[] {
  return (["ymd", "dmy", "mdy"] as const).filter((o) => dateIn(m, o) !== undefined);
}

/** The shape of a sample (everything but the order). */
function shapeOf(m: RegExpExecArray, order: DateOrder): Omit<DateFormat, "order"> {
  const [dayMonth, year] = order === "ymd" ? [[m[3], m[4]], m[1]] : [[m[1], m[3]], m[4]];
  const tokens = dayMonth.map((t) => t as string);
  return {
    separator: m[2] as DateFormat["separator"],
    yearDigits: (year as string).length <= 2 ? 2 : 4,
    pad: tokens.some((t) => t.length === 2 && t.startsWith("0")) || tokens.every((t) => t.length === 2),
    clock: m[5] === undefined ? "none" : m[7] ? "12h" : "24h",
  };
}

/**
 * The format of Project's date texts, from samples it showed (e.g. the Start of several tasks).
 * "No date" samples are skipped; the order comes from the first sample only one order can read,
 * and every other sample must read in it with the same separator and year digits.
 */
export function inferDateFormat(samples: readonly unknown[]): DateInference {
  const parsed: { m: RegExpExecArray; text: string }[] = [];
  for (const raw of samples) {
    let m: RegExpExecArray | undefined;
    try {
      m = partsOf(raw);
    } catch {
      return { ok: false, reason: "inconsistent", sample: String(raw) };
    }
    if (m) parsed.push({ m, text: String(raw).trim() });
  }
  if (parsed.length === 0) return { ok: false, reason: "noDates" };
  const decisive = parsed.find(({ m }) => ordersOf(m).length === 1);
  if (!decisive) return { ok: false, reason: "ambiguous", sample: parsed[0]?.text };
  const order = ordersOf(decisive.m)[0] as DateOrder;
  const format: DateFormat = { order, ...shapeOf(decisive.m, order) };
  for (const { m, text } of parsed) {
    const shape = shapeOf(m, order);
    if (
      dateIn(m, order) === undefined ||
      shape.separator !== format.separator ||
      shape.yearDigits !== format.yearDigits
    )
      return { ok: false, reason: "inconsistent", sample: text };
  }
  return { ok: true, format };
}

/**
 * True when only one order reads the text as a date (a day above 12, or the year first): written
 * back in a wrong order it would not be a date at all, so Project would refuse it, not misread it.
 */
export function isDecisiveDate(raw: unknown): boolean {
  try {
    const m = partsOf(raw);
    return m !== undefined && ordersOf(m).length === 1;
  } catch {
    return false;
  }
}

/** Reads a date text in a known format; undefined for "no date"; throws for anything else. */
export function parseProjectDate(raw: unknown, format: DateFormat): ProjectDateValue | undefined {
  const m = partsOf(raw);
  if (!m) return undefined;
  const date = dateIn(m, format.order);
  if (date === undefined || m[2] !== format.separator)
    throw new RangeError(`Not a date in the format ${describeDateFormat(format)}: "${String(raw).trim()}"`);
  const minutes = minutesOf(m);
  return minutes === undefined ? { date } : { date, minutes };
}

const two = (n: number): string => String(n).padStart(2, "0");

function timeText(minutes: number, clock: DateFormat["clock"]): string {
  const [h, mm] = [Math.floor(minutes / 60), two(minutes % 60)];
  if (clock === "24h") return ` ${two(h)}:${mm}`;
  if (clock === "12h") return ` ${h % 12 === 0 ? 12 : h % 12}:${mm} ${h < 12 ? "AM" : "PM"}`;
  return "";
}

/** A date (and time of day in minutes) as text in the format, e.g. `15.01.2027 08:00`. */
export function formatProjectDate(date: IsoDate, minutes: number, format: DateFormat): string {
  const [y, m, d] = date.split("-") as [string, string, string];
  const part = (text: string): string => (format.pad ? text : String(Number(text)));
  const year = format.yearDigits === 2 ? y.slice(2) : y;
  const s = format.separator;
  const day =
    format.order === "ymd"
      ? `${year}${s}${part(m)}${s}${part(d)}`
      : format.order === "dmy"
        ? `${part(d)}${s}${part(m)}${s}${year}`
        : `${part(m)}${s}${part(d)}${s}${year}`;
  return `${day}${timeText(minutes, format.clock)}`;
}

/** The format as a pattern for messages, e.g. `dd.mm.yyyy hh:mm` or `m/d/yyyy h:mm AM`. */
export function describeDateFormat(format: DateFormat): string {
  const [d, m] = format.pad ? ["dd", "mm"] : ["d", "m"];
  const y = format.yearDigits === 2 ? "yy" : "yyyy";
  const s = format.separator;
  const day =
    format.order === "ymd"
      ? `${y}${s}${m}${s}${d}`
      : format.order === "dmy"
        ? `${d}${s}${m}${s}${y}`
        : `${m}${s}${d}${s}${y}`;
  return `${day}${format.clock === "24h" ? " hh:mm" : format.clock === "12h" ? " h:mm AM" : ""}`;
}

/** % complete as Project returns it (a number, or text such as `50%` or `50 %`); throws on anything else. */
export function parsePercent(raw: unknown): number {
  const value =
    typeof raw === "number"
      ? raw
      : Number(
          String(raw ?? "")
            .replace(/\s|%/g, "")
            .replace(",", "."),
        );
  if (String(raw ?? "").trim() === "" || !Number.isFinite(value) || value < 0 || value > 100)
    throw new RangeError(`Not a percentage: "${String(raw)}"`);
  return value;
}
