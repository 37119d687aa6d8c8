/**
 * Date-only values of SharePoint columns. SharePoint stores a date-only value as local midnight in
 * the site's time zone and Graph returns it as a UTC instant (2027-03-01 in Oslo comes back as
 * `2027-02-28T23:00:00Z`). These helpers turn instants into calendar dates of a named time zone and
 * back, so no date is ever shifted by a day.
 */
import { isIsoDate, type IsoDate } from "../../domain/time/isoDate";

/** The time zone of the police's SharePoint sites (regional settings of the tenant). */
export const DEFAULT_SITE_TIME_ZONE = "Europe/Oslo";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock parts of an instant in a time zone. */
function wallClock(epochMs: number, timeZone: string): { date: IsoDate; msOfDay: number } {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(epochMs))
      .map((p) => [p.type, p.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const msOfDay = ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000;
  return { date, msOfDay };
}

/**
 * The calendar date (in `timeZone`) of an instant such as `2027-02-28T23:00:00Z`.
 * A plain `YYYY-MM-DD` is returned as it is. Throws a RangeError on anything else.
 */
export function calendarDateOfInstant(value: string, timeZone: string = DEFAULT_SITE_TIME_ZONE): IsoDate {
  if (isIsoDate(value)) return value;
  const epochMs = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(epochMs)) {
    throw new RangeError(`Not a date or date-time: ${value}`);
  }
  return wallClock(epochMs, timeZone).date;
}

/** The calendar date in Oslo at the instant `now` (the composition root's clock when absent). */
export function todayInOslo(now: Date = new Date()): IsoDate {
  return calendarDateOfInstant(now.toISOString(), DEFAULT_SITE_TIME_ZONE);
}

/** The UTC instant (ISO 8601, `Z`) of local midnight of `date` in `timeZone`. */
export function instantOfLocalMidnight(date: IsoDate, timeZone: string = DEFAULT_SITE_TIME_ZONE): string {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // The zone's offset at that moment, refined once for days on which the offset changes.
  let guess = utcMidnight;
  for (let i = 0; i < 2; i += 1) {
    const wall = wallClock(guess, timeZone);
    const wallMs = Date.parse(`${wall.date}T00:00:00Z`) + wall.msOfDay;
    guess = utcMidnight - (wallMs - guess);
  }
  return new Date(guess).toISOString().replace(".000Z", "Z");
}
