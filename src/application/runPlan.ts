/**
 * The planning pipeline shared by the CLI, the task pane and the browser page:
 * intake validation → redaction → prioritisation (when a MILP solver is given) → schedule → the
 * plan result. The schedule takes the selected needs with their scores as priorities when the
 * prioritisation ran, else every accepted need with the default priority (docs/scheduling.md).
 * A caller may follow the phases (`onProgress`: the intake's needs come first, then the ranking and
 * selection before the frontier and schedule are computed, when `reportRanked`) and give the solver
 * as a loader, called only when the prioritisation starts (the pane's worker loads HiGHS so).
 */
import { validateNeeds } from "../domain/intake/validateNeeds";
import type { FieldError, IntakeResult } from "../domain/intake/intakeTypes";
import type { Need } from "../domain/model/need";
import type { PlanInput } from "../domain/model/planInput";
import type { UtilisationDetail } from "../domain/scheduling/scheduleTypes";
import { DEFAULT_CRITERIA } from "../domain/prioritisation/defaultCriteria";
import type { MilpSolver } from "../domain/prioritisation/milpSolver";
import { mustRedact, redactNeed, type RedactionOptions } from "../domain/rules/redaction";
import { describeFieldError } from "../i18n/intakeMessages";
import type { LocalisedFieldError, PlanNeedEntry, PlanResult } from "./planResult";
import { runPrioritisationStage, type PlanPrioritisation } from "./prioritisationStage";
import { rollingProgress, scheduleAccepted, type PlanSchedule, type RollingInput } from "./scheduleStage";
import { buildDecisions } from "./decisionsStage";
import { dataRecord } from "../domain/model/dataRecord";
import { buildInsight, type InsightOptions } from "./insight/buildInsight";
import type { PlanProgress } from "./planCompute";
import { centralNeedIds } from "./insight/centralNeeds";

/** Options of one pipeline run: redaction, the MILP solver port for the prioritisation stage, a rolling re-plan. */
export interface RunPlanOptions extends RedactionOptions {
  /** Without a solver the plan has no prioritisation section; a loader is called when the stage starts. */
  readonly solver?: MilpSolver | (() => Promise<MilpSolver>);
  /** Compute the efficient frontier (default true). */
  readonly frontier?: boolean;
  /** Re-plan against a previous plan with its started work frozen (rullerende plan). */
  readonly rolling?: RollingInput;
  /** Weekly utilisation in the schedule: per role (default, plan.json stays small) or also per person. */
  readonly utilisation?: UtilisationDetail;
  /** Run the insight stage (expiry, spend, joint procurements, the wheel on `asOf`; docs/insight.md). */
  readonly insight?: InsightOptions;
  /**
   * Told when each phase starts; the prioritisation's event carries the intake's needs and counts,
   * with `reportRanked` a second selection event the ranked prioritisation (see PlanProgress).
   */
  readonly onProgress?: (progress: PlanProgress) => void;
  /** Tell `onProgress` the ranked prioritisation before the frontier and schedule (default false). */
  readonly reportRanked?: boolean;
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
  options.onProgress?.({ phase: "intake" });
  const { intake, needs, redactedCount, centrallyCreated } = intakeStage(input, options);
  const counts = {
    received: intake.received,
    accepted: intake.accepted.length,
    rejected: intake.rejected.length,
    ...(centrallyCreated > 0 ? { centrallyCreated } : {}),
  };
  const redaction = { includeSecurityGraded: options.includeSecurityGraded, redactedCount };
  options.onProgress?.({
    phase: "prioritisation",
    intake: { planYear: input.config.planYear, counts, needs, redaction },
  });

  let prioritisation: PlanPrioritisation | undefined;
  if (options.solver) {
    const stageOptions = {
      includeSecurityGraded: options.includeSecurityGraded,
      rejectedIds: intake.rejected.map((r) => r.itemId),
      ...(options.frontier === false ? { frontier: false } : {}),
      ...(options.onProgress && options.reportRanked ? { onRanked: rankedReporter(options.onProgress) } : {}),
    };
    const solver = typeof options.solver === "function" ? await options.solver() : options.solver;
    prioritisation = runPrioritisationStage(
      input,
      intake.accepted,
      reportingSolver(solver, options),
      stageOptions,
    );
  }
  options.onProgress?.({ phase: "schedule" });
  const schedule = scheduleStage(input, intake.accepted, prioritisation, options);
  return {
    schemaVersion: 1,
    planYear: input.config.planYear,
    counts,
    needs,
    redaction,
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

/** Intake validation and redaction: every input need once, in input order. */
function intakeStage(
  input: PlanInput,
  options: RunPlanOptions,
): { intake: IntakeResult; needs: PlanNeedEntry[]; redactedCount: number; centrallyCreated: number } {
  const intake = validateNeeds(input.needs, {
    config: input.config,
    criteriaIds: (input.config.prioritisation?.criteria ?? DEFAULT_CRITERIA).map((c) => c.id),
    contractIds: new Set(input.contracts.map((c) => c.id)),
  });
  const warningsByRow = groupByRow(intake.warnings);
  let redactedCount = 0;
  const entries: PlanNeedEntry[] = intake.accepted.map((need, i) => {
    const redacted = mustRedact(need, options);
    if (redacted) redactedCount += 1;
    const row = intake.acceptedRows[i] as number;
    return {
      id: need.id,
      row,
      status: "accepted",
      need: redactNeed(need, options),
      redacted,
      errors: [],
      ...withWarnings(warningsByRow.get(row)),
    };
  });
  for (const rejected of intake.rejected) {
    entries.push({
      id: rejected.itemId,
      row: rejected.row,
      status: "rejected",
      redacted: false,
      errors: rejected.errors.map(localiseFieldError),
      submitted: rejected.submitted,
      ...withWarnings(warningsByRow.get(rejected.row)),
    });
  }
  const centralIds = centralNeedIds(input.needs);
  const needs = entries
    .map((e) => (centralIds.has(e.id) ? { ...e, createdCentrally: true as const } : e))
    .sort((a, b) => a.row - b.row);
  return { intake, needs, redactedCount, centrallyCreated: centralIds.size };
}

/** The solver, telling the "selection" phase when its first model is solved. */
function reportingSolver(solver: MilpSolver, options: RunPlanOptions): MilpSolver {
  const onProgress = options.onProgress;
  if (!onProgress) return solver;
  let told = false;
  return {
    ...solver,
    solve(lp, solveOptions) {
      if (!told) onProgress({ phase: "selection" });
      told = true;
      return solver.solve(lp, solveOptions);
    },
  };
}

/** Tells the ranked prioritisation (ranking, selection, why-out) while the frontier and schedule follow. */
function rankedReporter(onProgress: (progress: PlanProgress) => void): (ranked: PlanPrioritisation) => void {
  return (ranked) => onProgress({ phase: "selection", ranked });
}

/** The schedule: the selected needs by score when the prioritisation ran, else every accepted need. */
function scheduleStage(
  input: PlanInput,
  accepted: readonly Need[],
  prioritisation: PlanPrioritisation | undefined,
  options: RunPlanOptions,
): PlanSchedule {
  const ranking = prioritisation?.result?.ranking;
  if (!ranking) return scheduleAccepted(input, accepted, undefined, options.rolling, options.utilisation);
  const selected = new Set(ranking.filter((r) => r.selected).map((r) => r.needId));
  // Started work goes on whatever the new selection says (rolling plan).
  if (options.rolling) for (const p of rollingProgress(input, options.rolling)) selected.add(p.needId);
  return scheduleAccepted(
    input,
    accepted.filter((n) => selected.has(n.id)),
    dataRecord(ranking.map((r) => [r.needId, r.score])),
    options.rolling,
    options.utilisation,
  );
}

/** Intake warnings by input row. */
function groupByRow(warnings: readonly FieldError[]): Map<number, FieldError[]> {
  const byRow = new Map<number, FieldError[]>();
  for (const w of warnings) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w]);
  return byRow;
}

/** The `warnings` property of an entry, only when there are any. */
function withWarnings(warnings: readonly FieldError[] | undefined): Pick<PlanNeedEntry, "warnings"> {
  return warnings === undefined ? {} : { warnings: warnings.map(localiseFieldError) };
}
