/**
 * Plan-year problems, conflicts and findings as sentences in the UI language, for the CLI and the
 * pane. Conflicts name the field and who stored the kept value, never the texts themselves (a note
 * may be about a security-graded need).
 */
import { planYearSay } from "../../i18n/planYearMessages";
import type { Locale } from "../../i18n/locale";
import type { RecordConflict } from "../../domain/planYear/planYearTypes";
import type { PlanYearFileError } from "./planYearFile";
import type { PlanFinding } from "./planningInputFromRecord";

/** One line per problem of a record file, each naming the file and the field. */
export function fileErrorLines(error: PlanYearFileError, locale: Locale): string[] {
  return error.problems.map((problem) =>
    planYearSay(locale, "file.problem", {
      file: error.location,
      path: problem.path,
      message: planYearSay(locale, `problem.${problem.code}`, problem.params),
    }),
  );
}

/** A merge conflict as a sentence. */
export function conflictLine(conflict: RecordConflict, locale: Locale): string {
  const theirs = conflict.theirs as { stamp?: { by?: unknown } } | undefined;
  const by =
    typeof theirs?.stamp?.by === "string" ? theirs.stamp.by : planYearSay(locale, "conflict.someone");
  return planYearSay(locale, "conflict.line", { path: conflict.path, by });
}

/** A finding as a sentence, with what to do. */
export function findingLine(finding: PlanFinding, locale: Locale): string {
  const params =
    finding.code === "approvers.missing"
      ? { ...finding.params, scopeName: planYearSay(locale, `scope.${String(finding.params["scope"])}`) }
      : finding.params;
  return planYearSay(locale, `finding.${finding.code}`, params);
}
