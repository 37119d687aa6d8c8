/**
 * The decision on every received need, as the coordinator publishes it to the units (SharePoint
 * write-back): status, rank, include/defer, planned start and finish, and a feedback sentence in
 * bokmål. Rejected needs get their intake errors; needs the prioritisation could not rank get why.
 * One decision per need id: a rejected duplicate of an accepted need's id gets none.
 */
import type { NeedStatus } from "../domain/model/need";
import type { IsoDate } from "../domain/time/isoDate";
import { DECISION_MESSAGES } from "../i18n/decisionMessages";
import { PROCUREMENT_TERMS } from "../i18n/procurementTerms";
import { formatDate, formatNumber, translate } from "../i18n/locale";
import type { PlanNeedEntry } from "./planResult";
import type { PlanPrioritisation } from "./prioritisationStage";
import type { PlanSchedule } from "./scheduleStage";
import { ownValue } from "../domain/model/dataRecord";

/** One need's decision; null where the run decided nothing for that field. */
export interface PlanDecision {
  readonly needId: string;
  readonly status: NeedStatus | null;
  readonly rank: number | null;
  readonly decision: "include" | "defer" | null;
  readonly plannedStart: IsoDate | null;
  readonly plannedFinish: IsoDate | null;
  /** Feedback to the submitting unit, in bokmål (the units' language). */
  readonly feedback: string;
}

const say = (key: string, params?: Readonly<Record<string, string | number>>) =>
  translate(DECISION_MESSAGES, "nb", key, params);

/**
 * Decisions for every received need except those left out for their status (withdrawn, declined)
 * — those get one only when feedback was written for them (e.g. "merged into …"). A feedback comment the category team wrote for a need (Tilbakemelding) follows the generated text.
 */
export function buildDecisions(
  planYear: number,
  needs: readonly PlanNeedEntry[],
  prioritisation: PlanPrioritisation | undefined,
  schedule: PlanSchedule,
  comments: Readonly<Record<string, string>> = {},
  asOf?: IsoDate,
): PlanDecision[] {
  const withComment = (needId: string, generated: string): string => {
    const comment = ownValue(comments, needId)?.trim() ?? "";
    return comment === "" ? generated : generated === "" ? comment : `${generated}\n\n${comment}`;
  };
  const result = prioritisation?.result;
  const ranked = result?.ranking.filter((r) => r.rank > 0) ?? [];
  const rankOf = new Map(ranked.map((r) => [r.needId, r]));
  const scoreErrors = new Map<string, string[]>();
  for (const e of result?.errors ?? [])
    scoreErrors.set(e.needId, [...(scoreErrors.get(e.needId) ?? []), e.message.nb]);
  const scheduled = new Map(schedule.scheduled.map((s) => [s.needId, s]));
  const completed = new Map((schedule.completed ?? []).map((c) => [c.needId, c]));
  const skipped = new Set(
    [...(prioritisation?.notConsidered ?? []), ...schedule.excluded].map((n) => n.needId),
  );
  const acceptedIds = new Set(needs.filter((n) => n.status === "accepted").map((n) => n.id));
  const out: PlanDecision[] = [];
  for (const entry of needs) {
    if (entry.status === "rejected") {
      // A rejected duplicate shares its id with the accepted original: one decision per id.
      if (acceptedIds.has(entry.id)) continue;
      const reasons = entry.errors.map((e) => e.message.nb).join(" ");
      out.push({
        ...nothing(entry.id),
        feedback: withComment(entry.id, say("decision.rejected", { reasons })),
      });
      continue;
    }
    if (skipped.has(entry.id)) {
      // Left out for its status (withdrawn, declined): only feedback written for it goes out.
      const comment = ownValue(comments, entry.id)?.trim() ?? "";
      if (comment !== "")
        out.push({ ...nothing(entry.id), status: entry.need?.status ?? null, feedback: comment });
      continue;
    }
    const s = scheduled.get(entry.id);
    const lines: string[] = [];
    const r = rankOf.get(entry.id);
    let decision: PlanDecision["decision"] = null;
    let status: NeedStatus | null = null;
    if (r) {
      const params = {
        year: planYear,
        rank: formatNumber(r.rank, "nb"),
        ranked: formatNumber(ranked.length, "nb"),
      };
      decision = r.selected ? "include" : "defer";
      status = r.selected ? "planned" : "deferred";
      lines.push(
        r.selected
          ? say("decision.included", params)
          : say("decision.deferred", { ...params, reason: say(`reason.${r.reason}`) }),
      );
    } else if (scoreErrors.has(entry.id)) {
      lines.push(say("decision.unranked", { reasons: (scoreErrors.get(entry.id) ?? []).join(" ") }));
    }
    const underway =
      s?.frozen && asOf !== undefined ? s.phases.find((p) => p.start <= asOf && asOf <= p.finish) : undefined;
    if (underway && asOf !== undefined)
      lines.push(
        say("decision.underway", {
          phase: translate(PROCUREMENT_TERMS, "nb", `phase.${underway.phase}`),
          date: formatDate(asOf, "nb"),
        }),
      );
    const done = completed.get(entry.id);
    if (done)
      lines.push(
        say("decision.completed", {
          signed: formatDate(done.contractSigned, "nb"),
          finish: formatDate(done.finish, "nb"),
        }),
      );
    if (s) {
      lines.push(
        say("decision.schedule", {
          start: formatDate(s.start, "nb"),
          signed: formatDate(s.contractSigned, "nb"),
        }),
      );
      if (s.daysLate > 0 && s.deadline)
        lines.push(
          say("decision.late", {
            deadline: formatDate(s.deadline, "nb"),
            days: formatNumber(s.daysLate, "nb"),
          }),
        );
    }
    if (lines.length === 0 && !ownValue(comments, entry.id)?.trim()) continue;
    out.push({
      needId: entry.id,
      status,
      rank: r?.rank ?? null,
      decision,
      plannedStart: s?.start ?? done?.start ?? null,
      plannedFinish: s?.finish ?? done?.finish ?? null,
      feedback: withComment(entry.id, lines.join(" ")),
    });
  }
  return out;
}

function nothing(needId: string): Omit<PlanDecision, "feedback"> {
  return { needId, status: null, rank: null, decision: null, plannedStart: null, plannedFinish: null };
}
