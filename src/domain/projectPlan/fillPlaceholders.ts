/**
 * Fills the placeholders of a Project label template: the catalogues' one template filler, so a
 * plural choice such as `{value|dag|dager}` reads right in Project's notes too.
 */
import { fillTemplate } from "../../i18n/locale";

/** Replaces `{name}` with params[name] and `{name|one|other}` by the count; unknown ones stay visible. */
export function fillPlaceholders(
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return fillTemplate(template, params);
}
