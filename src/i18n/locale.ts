/**
 * Locales, message catalogues and formatting of numbers, money and dates for the user interface.
 * Norwegian bokmål first, English second. Pure: no DOM, no Office.
 */
import type { IsoDate } from "../domain/time/isoDate";
import { ownValue } from "../domain/model/dataRecord";

/** Supported UI locales. */
export const LOCALES = ["nb", "en"] as const;
/** A UI locale: Norwegian bokmål or English. */
export type Locale = (typeof LOCALES)[number];

/** Message key → template with `{name}` placeholders. */
export type Messages = Readonly<Record<string, string>>;

/** One feature's messages in every locale; `nb` is the reference set of keys. */
export interface Catalogue {
  readonly nb: Messages;
  readonly en: Messages;
}

/** Picks our locale from a BCP 47 tag such as `nb-NO`, `nn-NO`, `no`, `en-US`; Norwegian by default. */
export function localeFromTag(tag: string | undefined | null): Locale {
  if (!tag) return "nb";
  const lower = tag.toLowerCase();
  if (lower.startsWith("en")) return "en";
  return "nb";
}

/** True when a count param (a number, or a number formatted by `formatNumber`) is exactly one. */
function isOne(value: string | number): boolean {
  return typeof value === "number" ? value === 1 : value.replace(/[\s\u00a0\u202f]/g, "") === "1";
}

/**
 * Fills `{name}` placeholders from params, and plural choices `{name|one|other}` (the `one` text when
 * the param is exactly 1, else `other`; in bokmål and English alike); unknown placeholders stay visible.
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const chosen = template.replace(
    /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g,
    (whole, name: string, one: string, other: string) => {
      const value = ownValue(params, name);
      return value === undefined ? whole : isOne(value) ? one : other;
    },
  );
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = ownValue(params, name);
    return value === undefined ? whole : String(value);
  });
}

/** Message for `key` in `locale`, falling back to bokmål, then to the key itself. */
export function translate(
  catalogue: Catalogue,
  locale: Locale,
  key: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = ownValue(catalogue[locale], key) ?? ownValue(catalogue.nb, key) ?? key;
  return fillTemplate(template, params);
}

const intlTag: Record<Locale, string> = { nb: "nb-NO", en: "en-GB" };

/** A number in the locale's format, e.g. `1 500 000,5` in bokmål. */
export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return numberFormat(locale, "decimal", fractionDigits).format(value);
}

/** Intl formatters by locale, style and decimals: making one costs far more than formatting with it. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, style: "decimal" | "currency", fractionDigits: number) {
  const key = `${locale}|${style}|${fractionDigits}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(intlTag[locale], {
      ...(style === "currency" ? { style, currency: "NOK" } : {}),
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formats.set(key, format);
  }
  return format;
}

/** An amount in NOK, e.g. `1 500 000,00 kr` in bokmål and `NOK 1,500,000.00` in English. */
export function formatMoney(value: number, locale: Locale, fractionDigits = 2): string {
  return numberFormat(locale, "currency", fractionDigits).format(value);
}

/** A calendar date: `15.01.2027` in bokmål, `15/01/2027` in English (no time zone involved). */
export function formatDate(date: IsoDate, locale: Locale): string {
  const [y, m, d] = date.split("-");
  return locale === "nb" ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}
