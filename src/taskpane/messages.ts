/**
 * The task pane's translate function for one locale, over the UI catalogue.
 */
import { translate, type Locale } from "../i18n/locale";
import { uiMessages } from "../i18n/uiMessages";

/** Looks up a UI message and fills its `{placeholders}`. */
export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** The translate function for `locale`. */
export function messagesFor(locale: Locale): Translate {
  return (key, params) => translate(uiMessages, locale, key, params);
}
