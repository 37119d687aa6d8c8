/**
 * Chooses the UI locale: Office's display language inside an Office host, the browser's
 * language on a plain page; bokmål unless the tag is English.
 */
import { localeFromTag, type Locale } from "../i18n/locale";
import type { Host } from "../adapters/office/hostInfo";

/** The UI locale for this host from Office's display language or the browser's language. */
export function pickLocale(
  host: Host,
  officeDisplayLanguage: string | undefined,
  browserLanguage: string,
): Locale {
  if (host !== "none" && officeDisplayLanguage) return localeFromTag(officeDisplayLanguage);
  return localeFromTag(browserLanguage);
}
