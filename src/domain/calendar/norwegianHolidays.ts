/**
 * Norwegian public holidays (helligdager and offentlige høytidsdager) of a year, including the
 * Easter-based ones. Easter Sunday and Whit Sunday are listed too although they are Sundays.
 */
import { addDays, isoFromYmd, type IsoDate } from "../time/isoDate";
import { easterSunday } from "./easter";

/** Stable codes of the Norwegian public holidays (the catalogues hold their names). */
export const PUBLIC_HOLIDAY_CODES = [
  "new-year",
  "maundy-thursday",
  "good-friday",
  "easter-sunday",
  "easter-monday",
  "labour-day",
  "constitution-day",
  "ascension",
  "whit-sunday",
  "whit-monday",
  "christmas-day",
  "boxing-day",
] as const;
/** Code of a public holiday. */
export type PublicHolidayCode = (typeof PUBLIC_HOLIDAY_CODES)[number];

/** One public holiday on a date. */
export interface PublicHoliday {
  readonly date: IsoDate;
  readonly code: PublicHolidayCode;
}

/** The twelve Norwegian public holidays of `year`, in date order. */
export function norwegianPublicHolidays(year: number): readonly PublicHoliday[] {
  const easter = easterSunday(year);
  const list: PublicHoliday[] = [
    { date: isoFromYmd(year, 1, 1), code: "new-year" },
    { date: addDays(easter, -3), code: "maundy-thursday" },
    { date: addDays(easter, -2), code: "good-friday" },
    { date: easter, code: "easter-sunday" },
    { date: addDays(easter, 1), code: "easter-monday" },
    { date: isoFromYmd(year, 5, 1), code: "labour-day" },
    { date: isoFromYmd(year, 5, 17), code: "constitution-day" },
    { date: addDays(easter, 39), code: "ascension" },
    { date: addDays(easter, 49), code: "whit-sunday" },
    { date: addDays(easter, 50), code: "whit-monday" },
    { date: isoFromYmd(year, 12, 25), code: "christmas-day" },
    { date: isoFromYmd(year, 12, 26), code: "boxing-day" },
  ];
  return list.sort((a, b) => a.date.localeCompare(b.date));
}
