/**
 * The words of an error of the plan-year tab: the record's and the versions' errors name the file,
 * field or rule in the user's language (the CLI's own wording); anything else gives its message.
 */
import { DocumentUnavailableError } from "../../../application/planYear/planYearDocuments";
import { errorText } from "../../../i18n/errorMessages";
import { PlanYearFileError } from "../../../application/planYear/planYearFile";
import { fileErrorLines } from "../../../application/planYear/planYearReport";
import { PlanYearBusyError } from "../../../application/planYear/planYearRecords";
import { AlreadyExistsError } from "../../../application/planYear/planYearStore";
import { PlanVersionError } from "../../../domain/planYear/versionLifecycle";
import type { Locale } from "../../../i18n/locale";
import { planYearSay } from "../../../i18n/planYearMessages";
import { planYearPaneSay } from "../../../i18n/planYearPaneMessages";
import { versionErrorText } from "../../../i18n/versionMessages";

/** A sentence for an error of a plan-year action. */
export function planYearErrorText(error: unknown, locale: Locale, planYear: number): string {
  if (error instanceof PlanVersionError) return versionErrorText(error, locale);
  if (error instanceof PlanYearFileError) return fileErrorLines(error, locale).join(" ");
  if (error instanceof AlreadyExistsError)
    return planYearSay(locale, "record.exists", { year: planYear, file: error.location });
  if (error instanceof DocumentUnavailableError) return planYearPaneSay(locale, "documents.unavailable");
  if (error instanceof PlanYearBusyError)
    return planYearSay(locale, "record.busy", { file: error.location, attempts: error.attempts });
  return errorText(error, locale);
}
