/**
 * Plan-year problems, conflicts and findings as sentences in the UI language, for the CLI and the
 * pane. Conflicts name the field and who stored the kept value, never the texts themselves (a note
 * may be about a security-graded need).
 */
import { planYearSay } from "../../i18n/planYearMessages";
import { formatDate, formatMoney, formatNumber, type Locale } from "../../i18n/locale";
import {
  APPROVAL_SCOPES,
  type PlanYearRecord,
  type RecordConflict,
} from "../../domain/planYear/planYearTypes";
import { nextRevision, WHEEL_MILESTONES, wheelStage } from "../../domain/planYear/planYearDefaults";
import { countEdits } from "../../domain/planYear/planEdits";
import type { IsoDate } from "../../domain/time/isoDate";
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

/** The record's summary for `year status` and the pane: configuration essentials, wheel and today's stage, edits, versions. */
export function statusLines(
  record: PlanYearRecord,
  location: string,
  today: IsoDate,
  locale: Locale,
): string[] {
  const say = (key: string, params?: Readonly<Record<string, string | number>>) =>
    planYearSay(locale, key, params);
  const p = record.config.prioritisation;
  const none = say("status.none");
  const budget =
    p?.budgetNok === undefined
      ? say("status.notSet")
      : p.budgetNok === null
        ? say("status.noLimit")
        : formatMoney(p.budgetNok, locale);
  const criteria = p?.criteria
    ? p.criteria.map((c) => `${c.id} ${formatNumber(c.weight, locale)} %`).join(", ")
    : say("status.notSet");
  const approvers = APPROVAL_SCOPES.map(
    (scope) => `${say(`scope.${scope}`)}: ${record.approvers[scope].join(", ") || none}`,
  );
  const w = record.wheel;
  const wheel = WHEEL_MILESTONES.map((key) => `${say(`wheel.${key}`)} ${formatDate(w[key], locale)}`).join(
    ", ",
  );
  const next = nextRevision(w, today);
  const counts = countEdits(record.edits);
  const versions = record.versions.map((v) => `${v.id} ${say(`versionStatus.${v.status}`)}`).join(", ");
  const carried = record.carriedOver;
  return [
    say("status.header", { year: record.planYear, file: location }),
    say("status.created", {
      by: record.created.by,
      date: formatDate(record.created.at.slice(0, 10), locale),
    }),
    say("status.budget", { budget }),
    say("status.criteria", { mode: p?.mode ?? "weighted", criteria }),
    say("status.approvers", { approvers: approvers.join("; ") }),
    say("status.wheel", { wheel }),
    say("status.revisions", { dates: w.revisions.map((d) => formatDate(d, locale)).join(", ") || none }),
    say("status.today", {
      date: formatDate(today, locale),
      stage: say(`stage.${wheelStage(w, today)}`),
      next: next ? formatDate(next, locale) : none,
    }),
    say("status.edits", { ...counts }),
    say("status.versions", { versions: versions || none }),
    say("status.carried", {
      count: carried.length,
      deferred: carried.filter((c) => c.reason === "deferred").length,
      unfinished: carried.filter((c) => c.reason === "unfinished").length,
    }),
  ];
}
