/**
 * Parses dates as they come from SharePoint, Graph, Excel or a person: "15.01.2027", "15.1.2027",
 * "15/01/2027", "2027-01-15", and ISO date-times such as "2027-01-14T23:00:00Z". Graph returns a
 * date-only column in UTC (midnight in Oslo is 23:00 or 22:00 UTC the day before), so a date-time
 * with a zone is converted to the Europe/Oslo calendar date; one without a zone is taken as written.
 * Impossible dates (30.02.2027) and years outside 1900–2200 are rejected.
 */
import { isValidYmd, isoFromYmd, type IsoDate } from "../time/isoDate";
import { failed, parsed, type ParseResult } from "./parseResult";

/** Why a text is not a date: blank, not a recognised format, or not a real calendar day. */
export type DateParseError = "empty" | "invalid" | "impossible";

/** Day first, year last, same separator: 15.01.2027, 15/1/2027, 15-01-2027 (an optional time is ignored). */
const DAY_FIRST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/;
/** ISO 8601 date with an optional time and zone. */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const osloCalendar = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});

/**
 * Parses a Norwegian or ISO date to an {@link IsoDate}.
 * @example parseNorwegianDate("15.01.2027") // { ok: true, value: "2027-01-15" }
 * @example parseNorwegianDate("2027-01-14T23:00:00Z") // { ok: true, value: "2027-01-15" }
 */
export function parseNorwegianDate(text: string): ParseResult<IsoDate, DateParseError> {
  const s = text.trim();
  if (s === "") return failed("empty");
  const dayFirst = DAY_FIRST.exec(s);
  if (dayFirst) return calendarDate(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  const iso = ISO.exec(s);
  if (!iso) return failed("invalid");
  const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const date = calendarDate(year, month, day);
  const zone = iso[7];
  if (!date.ok || zone === undefined) return date;
  const [hour, minute, second] = [Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return failed("impossible");
  const instant = Date.UTC(year, month - 1, day, hour, minute, second) - zoneOffsetMinutes(zone) * 60_000;
  return osloDate(instant);
}

function calendarDate(year: number, month: number, day: number): ParseResult<IsoDate, DateParseError> {
  return isValidYmd(year, month, day) ? parsed(isoFromYmd(year, month, day)) : failed("impossible");
}

/** Offset east of UTC in minutes for "Z", "+01:00", "+0100" or "+01". */
function zoneOffsetMinutes(zone: string): number {
  if (zone.toLowerCase() === "z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return zone.startsWith("-") ? -minutes : minutes;
}

/** The calendar date in Oslo at an instant (milliseconds since the epoch). */
function osloDate(instant: number): ParseResult<IsoDate, DateParseError> {
  const parts = osloCalendar.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return calendarDate(part("year"), part("month"), part("day"));
}
