/**
 * Easter Sunday for any Gregorian year (the anonymous Gregorian algorithm, also known as
 * Meeus/Jones/Butcher). Pure arithmetic: no tables, valid for every year from 1583 on.
 */
import { isoFromYmd, type IsoDate } from "../time/isoDate";

/** Month (1–12) and day of Easter Sunday in `year`. */
export function easterMonthDay(year: number): { readonly month: number; readonly day: number } {
  if (!Number.isInteger(year) || year < 1583)
    throw new RangeError(`Easter needs a Gregorian year, got ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { month: Math.floor(n / 31), day: (n % 31) + 1 };
}

/** Easter Sunday of `year` as an ISO date. */
export function easterSunday(year: number): IsoDate {
  const { month, day } = easterMonthDay(year);
  return isoFromYmd(year, month, day);
}
