/**
 * ISO 8601 week numbers on the domain's day numbers (weeks start on Monday; week 1 holds the
 * year's first Thursday).
 */
import { fromDayNumber, toDayNumber, yearOf } from "../time/isoDate";

/** Monday-based weekday index of a day number: 0 = Monday … 6 = Sunday. */
export function weekdayIndex(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Day number of the Monday on or before `dayNumber`. */
export function mondayOnOrBefore(dayNumber: number): number {
  return dayNumber - weekdayIndex(dayNumber);
}

/** ISO week-numbering year and week (1–53) of a day number. */
export function isoWeekOf(dayNumber: number): { readonly year: number; readonly week: number } {
  const thursday = mondayOnOrBefore(dayNumber) + 3;
  const year = yearOf(fromDayNumber(thursday));
  const jan1 = toDayNumber(`${String(year).padStart(4, "0")}-01-01`);
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

/** The ISO week label `YYYY-Www` of a day number, e.g. `2027-W03`. */
export function isoWeekLabel(dayNumber: number): string {
  const { year, week } = isoWeekOf(dayNumber);
  return `${year}-W${String(week).padStart(2, "0")}`;
}
