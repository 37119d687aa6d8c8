/**
 * The SharePoint panel's translate function over the Graph catalogue, for one locale.
 */
import { GRAPH_MESSAGES } from "../../../i18n/graphMessages";
import { translate, type Locale } from "../../../i18n/locale";

/** Looks up a SharePoint panel message and fills its `{placeholders}`. */
export type PanelSay = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** The panel's translate function for `locale`. */
export function panelSayFor(locale: Locale): PanelSay {
  return (key, params) => translate(GRAPH_MESSAGES, locale, key, params);
}
