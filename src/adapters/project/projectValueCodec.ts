/**
 * How plan values are written to and read from Project's task fields through Office.js. Project
 * takes and returns field values as text in the user's regional format (UNCONFIRMED in Microsoft's
 * documentation; see docs/project.md), so dates and durations go through a codec chosen for the
 * user's Windows locale: Norwegian (`15.01.2027 08:00`, `30d`) or US English (`1/15/2027 8:00 AM`).
 * Reading accepts ISO dates as well, leading weekday names, and two-digit years.
 */
import { isIsoDate, isoFromYmd, type IsoDate } from "../../domain/time/isoDate";

/** Encodes writes and decodes reads of Project field values. */
export interface ProjectValueCodec {
  /** A date at the start (08:00) or end (16:00) of the working day. */
  formatDate(date: IsoDate, edge: "start" | "finish"): string;
  /** A duration of whole working days. */
  formatDuration(workingDays: number): string;
  /** A date read from Project; undefined for "no date" (NA, I/T, empty); throws on anything else. */
  parseDate(raw: unknown): IsoDate | undefined;
  /** % complete read from Project (number or text such as `50%`); throws on anything else. */
  parsePercent(raw: unknown): number;
}

const NO_DATE = new Set(["", "na", "i/t", "nd", "n/a"]);

function year(text: string): number {
  const y = Number(text);
  return text.length <= 2 ? 2000 + y : y;
}

function toIso(y: number, m: number, d: number, raw: string): IsoDate {
  const iso = isoFromYmd(y, m, d);
  if (!isIsoDate(iso)) throw new RangeError(`Not a date: "${raw}"`);
  return iso;
}

function parseWith(order: "dmy" | "mdy", separator: string) {
  return (raw: unknown): IsoDate | undefined => {
    const text = String(raw ?? "").trim();
    if (NO_DATE.has(text.toLowerCase())) return undefined;
    const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
    if (iso) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
    const sep = separator === "." ? "\\." : separator;
    const m = new RegExp(`(\\d{1,2})${sep}(\\d{1,2})${sep}(\\d{2,4})`).exec(text);
    if (!m) throw new RangeError(`Not a date: "${text}"`);
    const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] as string];
    return order === "dmy" ? toIso(year(c), b, a, text) : toIso(year(c), a, b, text);
  };
}

function parsePercent(raw: unknown): number {
  const value =
    typeof raw === "number"
      ? raw
      : Number(
          String(raw ?? "")
            .replace(/\s|%/g, "")
            .replace(",", "."),
        );
  if (!Number.isFinite(value) || value < 0 || value > 100)
    throw new RangeError(`Not a percentage: "${String(raw)}"`);
  return value;
}

/** Norwegian regional format: `dd.mm.yyyy HH:MM`, durations `Nd`. */
export const NORWEGIAN_CODEC: ProjectValueCodec = {
  formatDate: (date, edge) => {
    const [y, m, d] = date.split("-");
    return `${d}.${m}.${y} ${edge === "start" ? "08:00" : "16:00"}`;
  },
  formatDuration: (days) => `${days}d`,
  parseDate: parseWith("dmy", "."),
  parsePercent,
};

/** US English regional format: `m/d/yyyy h:mm AM`, durations `Nd`. */
export const US_ENGLISH_CODEC: ProjectValueCodec = {
  formatDate: (date, edge) => {
    const [y, m, d] = date.split("-");
    return `${Number(m)}/${Number(d)}/${y} ${edge === "start" ? "8:00 AM" : "4:00 PM"}`;
  },
  formatDuration: (days) => `${days}d`,
  parseDate: parseWith("mdy", "/"),
  parsePercent,
};

/** The codec for a BCP 47 tag of the user's regional settings: US English for en-US, Norwegian otherwise. */
export function codecForLocale(tag: string | undefined): ProjectValueCodec {
  return tag?.toLowerCase() === "en-us" ? US_ENGLISH_CODEC : NORWEGIAN_CODEC;
}
