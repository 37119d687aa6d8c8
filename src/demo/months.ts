/**
 * Month arithmetic for the demo's contract periods: contracts start on the first of a month and
 * end on the last day of a month. A month index counts months since year 0 (year × 12 + month − 1).
 */
import { daysInMonth, isoFromYmd, type IsoDate } from "../domain/time/isoDate";

/** Month index of January in `year`. */
export function januaryOf(year: number): number {
  return year * 12;
}

/** The first day of the month with this index. */
export function firstDayOfMonth(monthIndex: number): IsoDate {
  const year = Math.floor(monthIndex / 12);
  return isoFromYmd(year, monthIndex - year * 12 + 1, 1);
}

/** The last day of the month with this index. */
export function lastDayOfMonth(monthIndex: number): IsoDate {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return isoFromYmd(year, month, daysInMonth(year, month));
}

/** Month index of an ISO date. */
export function monthIndexOf(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}
