/**
 * The planning pipeline shared by the CLI, the task pane and the browser page:
 * intake validation → redaction → prioritisation (when a MILP solver is given) → schedule → the
 * plan result. The schedule takes the selected needs with their scores as priorities when the
 * prioritisation ran, else every accepted need with the default priority (docs/scheduling.md).
 */
import { validateNeeds } from "../domain/intake/validateNeeds";
import type { FieldError } from "../domain/intake/intakeTypes";
import type { PlanInput } from "../domain/model/planInput";
import { DEFAULT_CRITERIA } from "../domain/prioritisation/defaultCriteria";
import type { MilpSolver } from "../domain/prioritisation/milpSolver";
import { mustRedact, redactNeed, type RedactionOptions } from "../domain/rules/redaction";
import { describeFieldError } from "../i18n/intakeMessages";
import type { LocalisedFieldError, PlanNeedEntry, PlanResult } from "./planResult";
import { runPrioritisationStage, type PlanPrioritisation } from "./prioritisationStage";
import { scheduleAccepted, type RollingInput } from "./scheduleStage";
import { buildDecisions } from "./decisionsStage";
import { buildInsight, type InsightOptions } from "./insight/buildInsight";

/** Options of one pipeline run: redaction, the MILP solver port for the prioritisation stage, a rolling re-plan. */
export interface RunPlanOptions extends RedactionOptions {
  /** Without a solver the plan has no prioritisation section. */
  readonly solver?: MilpSolver;
  /** Compute the efficient frontier (default true). */
  readonly frontier?: boolean;
  /** Re-plan against a previous plan with its started work frozen (rullerende plan). */
  readonly rolling?: RollingInput;
  /** Run the insight stage (expiry, spend, joint procurements, the wheel on `asOf`; docs/insight.md). */
  readonly insight?: InsightOptions;
}

/** A field error with its message in both UI languages. */
export function localiseFieldError(error: FieldError): LocalisedFieldError {
  return { ...error, message: { nb: describeFieldError(error, "nb"), en: describeFieldError(error, "en") } };
}

/**
 * Runs the pipeline on one planning input. Every input need appears exactly once in the result,
 * in input order, and the counts add up (received = accepted + rejected).
 */
export async function runPlan(input: PlanInput, options: RunPlanOptions): Promise<PlanResult> {
  const intake = validateNeeds(input.needs, {
    config: input.config,
    criteriaIds: (input.config.prioritisation?.criteria ?? DEFAULT_CRITERIA).map((c) => c.id),
    contractIds: new Set(input.contracts.map((c) => c.id)),
  });

  const firstRow = firstRowById(input.needs);
  let redactedCount = 0;
  const entries: PlanNeedEntry[] = intake.accepted.map((need) => {
    const redacted = mustRedact(need, options);
    if (redacted) redactedCount += 1;
    const row = firstRow.get(need.id) ?? 0;
    return { id: need.id, row, status: "accepted", need: redactNeed(need, options), redacted, errors: [] };
  });
  for (const rejected of intake.rejected) {
    entries.push({
      id: rejected.itemId,
      row: rejected.row,
      status: "rejected",
      redacted: false,
      errors: rejected.errors.map(localiseFieldError),
    });
  }
  const needs = entries.sort((a, b) => a.row - b.row);

  let prioritisation: PlanPrioritisation | undefined;
  if (options.solver) {
    const stageOptions = {
      includeSecurityGraded: options.includeSecurityGraded,
      ...(options.frontier === false ? { frontier: false } : {}),
    };
    prioritisation = runPrioritisationStage(input, intake.accepted, options.solver, stageOptions);
  }
  const ranking = prioritisation?.result?.ranking;
  const selected = new Set(ranking?.filter((r) => r.selected).map((r) => r.needId));
  const schedule = ranking
    ? scheduleAccepted(
        input,
        intake.accepted.filter((n) => selected.has(n.id)),
        Object.fromEntries(ranking.map((r) => [r.needId, r.score])),
        options.rolling,
      )
    : scheduleAccepted(input, intake.accepted, undefined, options.rolling);
  return {
    schemaVersion: 1,
    planYear: input.config.planYear,
    counts: { received: intake.received, accepted: intake.accepted.length, rejected: intake.rejected.length },
    needs,
    redaction: { includeSecurityGraded: options.includeSecurityGraded, redactedCount },
    ...(prioritisation ? { prioritisation } : {}),
    schedule,
    decisions: buildDecisions(
      input.config.planYear,
      needs,
      prioritisation,
      schedule,
      input.config.comments?.feedback,
      options.rolling?.asOf,
    ),
    ...(options.insight
      ? {
          insight: buildInsight(input, intake.accepted, schedule.scheduled, {
            ...options.insight,
            includeSecurityGraded: options.includeSecurityGraded,
          }),
        }
      : {}),
  };
}

/** 1-based row of the first record carrying each (trimmed) id; accepted needs keep their first row. */
function firstRowById(records: PlanInput["needs"]): Map<string, number> {
  const rows = new Map<string, number>();
  records.forEach((record, index) => {
    const id = typeof record === "object" && record !== null ? record["id"] : undefined;
    if (typeof id === "string" || typeof id === "number") {
      const key = String(id).trim();
      if (!rows.has(key)) rows.set(key, index + 1);
    }
  });
  return rows;
}
