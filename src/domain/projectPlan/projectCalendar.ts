/**
 * The working calendar of a Project plan: Monday–Friday, 08:00–16:00 with a half-hour lunch
 * (7.5 hours, the Norwegian state working day), minus the holidays given by the caller.
 * Pure calendar-day arithmetic on IsoDate strings.
 */
import { addDays, fromDayNumber, isIsoDate, isoWeekday, toDayNumber, type IsoDate } from "../time/isoDate";

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
export interface ProjectCalendar {
  readonly holidays: ReadonlySet<IsoDate>;
  /** Day numbers of the holidays that fall on weekdays, sorted (for fast counting). */
  readonly weekdayHolidays: readonly number[];
}

/** A run of consecutive holiday dates (inclusive), one calendar exception in Project. */
export interface HolidayRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** What the days are, e.g. `Påske` or `Fellesferie`, when the caller named them. */
  readonly name?: string;
}

/** Builds a calendar from a list of holidays; throws naming the first date that is not an ISO date. */
export function makeProjectCalendar(holidays: readonly IsoDate[]): ProjectCalendar {
  for (const [i, day] of holidays.entries()) {
    if (!isIsoDate(day)) throw new RangeError(`holidays[${i}]: "${day}" is not an ISO date (YYYY-MM-DD)`);
  }
  const weekdayHolidays = [...new Set(holidays)]
    .map(toDayNumber)
    .filter((d) => weekdayOf(d) <= 5)
    .sort((a, b) => a - b);
  return { holidays: new Set(holidays), weekdayHolidays };
}

const dayNumbers = new Map<IsoDate, number>();
/** toDayNumber, memoised: a plan uses a few thousand distinct dates many times over. */
function dayNumber(date: IsoDate): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    n = toDayNumber(date);
    dayNumbers.set(date, n);
  }
  return n;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number (1970-01-01 was a Thursday). */
function weekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Number of sorted values in [from, to]. */
function countBetween(sorted: readonly number[], from: number, to: number): number {
  const lowerBound = (x: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return lowerBound(to + 1) - lowerBound(from);
}

function isWorkingDayNumber(calendar: ProjectCalendar, day: number): boolean {
  return weekdayOf(day) <= 5 && countBetween(calendar.weekdayHolidays, day, day) === 0;
}

/** True when `date` is a weekday and not a holiday. */
export function isWorkingDay(calendar: ProjectCalendar, date: IsoDate): boolean {
  return isoWeekday(date) <= 5 && !calendar.holidays.has(date);
}

/** Number of working days in [from, to], both inclusive; 0 when `to` is before `from`. */
export function workingDaysInRange(calendar: ProjectCalendar, from: IsoDate, to: IsoDate): number {
  return workingDaysBetween(calendar, dayNumber(from), dayNumber(to));
}

function workingDaysBetween(calendar: ProjectCalendar, first: number, last: number): number {
  if (last < first) return 0;
  const fullWeeks = Math.floor((last - first + 1) / 7);
  let count = fullWeeks * 5;
  for (let d = first + fullWeeks * 7; d <= last; d += 1) if (weekdayOf(d) <= 5) count += 1;
  return count - countBetween(calendar.weekdayHolidays, first, last);
}

/**
 * The finish-to-start lag in working days that makes a successor start on `succStart` when its
 * predecessor finishes on `predFinish` (Project semantics: lag 0 = the next working day; the lag
 * counts working days strictly between; an overlap gives a negative lag).
 */
export function workingDayLag(calendar: ProjectCalendar, predFinish: IsoDate, succStart: IsoDate): number {
  const finish = dayNumber(predFinish);
  const start = dayNumber(succStart);
  if (start > finish) return workingDaysBetween(calendar, finish + 1, start - 1);
  return -workingDaysBetween(calendar, start, finish);
}

/** The working day on which a successor starts, given its predecessor's finish and the lag. */
export function startAfterLag(calendar: ProjectCalendar, predFinish: IsoDate, lagDays: number): IsoDate {
  const finish = dayNumber(predFinish);
  const step = lagDays >= 0 ? 1 : -1;
  let day = lagDays >= 0 ? finish : finish + 1;
  for (let remaining = lagDays >= 0 ? lagDays + 1 : -lagDays; remaining > 0;) {
    day += step;
    if (isWorkingDayNumber(calendar, day)) remaining -= 1;
  }
  return fromDayNumber(day);
}

/** True when every day strictly between `a` and `b` is a Saturday or Sunday. */
function onlyWeekendBetween(a: IsoDate, b: IsoDate): boolean {
  for (let d = addDays(a, 1); d < b; d = addDays(d, 1)) if (isoWeekday(d) <= 5) return false;
  return true;
}

/**
 * The holidays merged into runs, sorted: days follow each other or only a weekend lies between
 * (so Easter and the July weeks become one exception each). A run's name lists the distinct
 * names of its days, in order, when `names` gives them.
 */
export function holidayRanges(
  calendar: ProjectCalendar,
  names: Readonly<Record<IsoDate, string>> = {},
): HolidayRange[] {
  const runs: { from: IsoDate; to: IsoDate; names: string[] }[] = [];
  for (const day of [...calendar.holidays].sort()) {
    const last = runs[runs.length - 1];
    const name = names[day];
    if (last && onlyWeekendBetween(last.to, day)) {
      last.to = day;
      if (name !== undefined && !last.names.includes(name)) last.names.push(name);
    } else runs.push({ from: day, to: day, names: name === undefined ? [] : [name] });
  }
  return runs.map((r) =>
    r.names.length > 0 ? { from: r.from, to: r.to, name: r.names.join(", ") } : { from: r.from, to: r.to },
  );
}
