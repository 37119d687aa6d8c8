/**
 * Messages of the coordinator's year flow in the CLI: workbook edits stored in the plan-year
 * record, the rolling plan's revision drafts, and the annual wheel's status — bokmål first, English
 * second.
 */
import { translate, type Catalogue, type Locale } from "./locale";

/** Year-flow catalogue. */
export const YEAR_FLOW_MESSAGES: Catalogue = {
  nb: {
    "edits.recorded":
      "{count} {count|endring|endringer} fra arbeidsboken er lagret i plan-året av {user} ({file}).",
    "edits.none": "Ingen nye endringer i arbeidsboken å lagre i plan-året.",
    "revision.needsBoth":
      "En revisjon trenger både --progress FIL.xml og --as-of DATO (og kan ikke kombineres med --workbook: ta inn arbeidsboken med et vanlig utkast først).",
    "revision.saved":
      "Revisjon {version} lagret, planlagt på nytt fra {base} med fremdriften per {asOf} ({file}).",
    "wheel.noVersion": "Ingen versjon ennå: årshjulet vises uten innsendte behov.",
    "wheel.fromVersion": "Innsendte behov og åpne saker fra versjon {version}.",
  },
  en: {
    "edits.recorded":
      "{count} {count|change|changes} from the workbook stored in the plan year by {user} ({file}).",
    "edits.none": "No new changes in the workbook to store in the plan year.",
    "revision.needsBoth":
      "A revision needs both --progress FILE.xml and --as-of DATE (and cannot be combined with --workbook: take the workbook in with an ordinary draft first).",
    "revision.saved":
      "Revision {version} saved, re-planned from {base} with the progress as of {asOf} ({file}).",
    "wheel.noVersion": "No version yet: the annual wheel is shown without submitted needs.",
    "wheel.fromVersion": "Submitted needs and open items from version {version}.",
  },
};

/** A year-flow message in the locale. */
export function yearFlowSay(
  locale: Locale,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return translate(YEAR_FLOW_MESSAGES, locale, key, params);
}
