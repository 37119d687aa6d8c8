/**
 * Number and date formats of the charts, in the user's locale (the i18n formats): millions of
 * NOK with one decimal, percentages, the Intl culture the chart library formats callouts with,
 * and calendar dates of the axes without time zones.
 */
import { getColorFromToken } from "@fluentui/react-charts";
import { formatDate, formatNumber, type Locale } from "../../../i18n/locale";
import type { IsoDate } from "../../../domain/time/isoDate";

/** The culture tag the chart library uses for its own callouts. */
export const chartCulture = (locale: Locale): string => (locale === "nb" ? "nb-NO" : "en-GB");

/** NOK as millions with one decimal: `72,4`. */
export const millions = (nok: number, locale: Locale): string => formatNumber(nok / 1_000_000, locale, 1);

/** A share 0–1 as a whole percentage number: `87`. */
export const percent = (share: number, locale: Locale): string => formatNumber(share * 100, locale);

/** An ISO date as a UTC Date (the charts' date axes run in UTC). */
export const utcDate = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);

/** A UTC Date of an axis tick as a short day and month: `15.01` / `15/01`. */
export function dayMonth(date: Date, locale: Locale): string {
  const iso = date.toISOString().slice(0, 10);
  return formatDate(iso, locale).slice(0, 5);
}

/** A UTC Date of an axis tick as month and year: `01.2027` / `01/2027`. */
export function monthYear(date: Date, locale: Locale): string {
  return formatDate(date.toISOString().slice(0, 10), locale).slice(3);
}

/** A data-viz palette token (DataVizPalette) as a CSS colour. */
export const colour = (token: string): string => getColorFromToken(token);

/** A tick formatter for numeric axes in the locale's format. */
export const numberTick =
  (locale: Locale, digits = 0) =>
  (value: number | Date): string =>
    typeof value === "number" ? formatNumber(value, locale, digits) : dayMonth(value, locale);
