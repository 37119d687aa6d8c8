/**
 * The working calendar of a Project plan: Monday–Friday, 08:00–16:00 with a half-hour lunch
 * (7.5 hours, the Norwegian state working day), minus the holidays given by the caller.
 * Pure calendar-day arithmetic on IsoDate strings.
 */
import { addDays, isIsoDate, isoWeekday, toDayNumber, type IsoDate } from "../time/isoDate";

/** Working periods of a working day, as Project writes them (`HH:MM:SS`). */
export const WORKING_TIMES: readonly { readonly from: string; readonly to: string }[] = [
  { from: "08:00:00", to: "11:30:00" },
  { from: "12:00:00", to: "16:00:00" },
];
/** Time a task starts on its first day. */
export const DAY_START = "08:00:00";
/** Time a task finishes on its last day. */
export const DAY_FINISH = "16:00:00";
/** Working minutes per day (7.5 hours). */
export const MINUTES_PER_DAY = 450;
/** Working minutes per week (5 days). */
export const MINUTES_PER_WEEK = 5 * MINUTES_PER_DAY;

/** A working calendar: weekends and the listed holidays are non-working. */
export interface WorkCalendar {
  readonly holidays: ReadonlySet<IsoDate>;
}

/** A run of consecutive holiday dates (inclusive), one calendar exception in Project. */
export interface HolidayRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Builds a calendar from a list of holidays; throws naming the first date that is not an ISO date. */
export function makeWorkCalendar(holidays: readonly IsoDate[]): WorkCalendar {
  for (const [i, day] of holidays.entries()) {
    if (!isIsoDate(day)) throw new RangeError(`holidays[${i}]: "${day}" is not an ISO date (YYYY-MM-DD)`);
  }
  return { holidays: new Set(holidays) };
}

/** True when `date` is a weekday and not a holiday. */
export function isWorkingDay(calendar: WorkCalendar, date: IsoDate): boolean {
  return isoWeekday(date) <= 5 && !calendar.holidays.has(date);
}

/** Number of working days in [from, to], both inclusive; 0 when `to` is before `from`. */
export function workingDaysInRange(calendar: WorkCalendar, from: IsoDate, to: IsoDate): number {
  const span = toDayNumber(to) - toDayNumber(from) + 1;
  if (span <= 0) return 0;
  const fullWeeks = Math.floor(span / 7);
  let count = fullWeeks * 5;
  for (let d = addDays(from, fullWeeks * 7); d <= to; d = addDays(d, 1)) if (isoWeekday(d) <= 5) count += 1;
  for (const h of calendar.holidays) if (h >= from && h <= to && isoWeekday(h) <= 5) count -= 1;
  return count;
}

/**
 * The finish-to-start lag in working days that makes a successor start on `succStart` when its
 * predecessor finishes on `predFinish` (Project semantics: lag 0 = the next working day; the lag
 * counts working days strictly between; an overlap gives a negative lag).
 */
export function workingDayLag(calendar: WorkCalendar, predFinish: IsoDate, succStart: IsoDate): number {
  if (succStart > predFinish)
    return workingDaysInRange(calendar, addDays(predFinish, 1), addDays(succStart, -1));
  return -workingDaysInRange(calendar, succStart, predFinish);
}

/** The working day on which a successor starts, given its predecessor's finish and the lag. */
export function startAfterLag(calendar: WorkCalendar, predFinish: IsoDate, lagDays: number): IsoDate {
  if (lagDays >= 0) {
    let day = predFinish;
    for (let remaining = lagDays + 1; remaining > 0;) {
      day = addDays(day, 1);
      if (isWorkingDay(calendar, day)) remaining -= 1;
    }
    return day;
  }
  let day = addDays(predFinish, 1);
  for (let remaining = -lagDays; remaining > 0;) {
    day = addDays(day, -1);
    if (isWorkingDay(calendar, day)) remaining -= 1;
  }
  return day;
}

/** The holidays merged into runs of consecutive dates, sorted. */
export function holidayRanges(calendar: WorkCalendar): HolidayRange[] {
  const days = [...calendar.holidays].sort();
  const ranges: HolidayRange[] = [];
  for (const day of days) {
    const last = ranges[ranges.length - 1];
    if (last && addDays(last.to, 1) === day) ranges[ranges.length - 1] = { from: last.from, to: day };
    else ranges.push({ from: day, to: day });
  }
  return ranges;
}
