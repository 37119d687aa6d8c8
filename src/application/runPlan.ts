/**
 * The planning pipeline shared by the CLI, the task pane and the browser page:
 * intake validation → redaction → prioritisation (when a MILP solver is given) → schedule → the
 * plan result. The schedule takes the selected needs with their scores as priorities when the
 * prioritisation ran, else every accepted need with the default priority (docs/scheduling.md).
 * The schedule runs as soon as the ranking and selection are known, before the other selection
 * modes and the efficient frontier (which need the solver's longest work and nothing after them
 * depends on). A caller may follow the phases (`onProgress`: the intake's needs come first, then,
 * when `reportProvisional`, the ranking and selection, then the schedule and decisions, before the
 * frontier) and give the solver as a loader, called only when the prioritisation starts (the
 * pane's worker loads HiGHS so).
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
import type { PlanProgress, PlanScheduledView } from "./planCompute";
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
   * with `reportProvisional` the ranked prioritisation and the schedule too (see PlanProgress).
   */
  readonly onProgress?: (progress: PlanProgress) => void;
  /** Tell `onProgress` the ranking and the schedule before the frontier (default false). */
  readonly reportProvisional?: boolean;
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

  const { prioritisation, schedule, decisions } = await prioritiseAndSchedule(input, intake, needs, options);
  return {
    schemaVersion: 1,
    planYear: input.config.planYear,
    counts,
    needs,
    redaction,
    ...(prioritisation ? { prioritisation } : {}),
    schedule,
    decisions,
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

/**
 * The prioritisation (when a solver is given) and the schedule with the decisions, made as soon as
 * the ranking is known — before the other modes and the frontier — or after a stage without one.
 */
async function prioritiseAndSchedule(
  input: PlanInput,
  intake: IntakeResult,
  needs: readonly PlanNeedEntry[],
  options: RunPlanOptions,
): Promise<PlanScheduledView & { readonly prioritisation?: PlanPrioritisation }> {
  let scheduled: PlanScheduledView | undefined;
  const scheduleNow = (ranked: PlanPrioritisation | undefined): PlanScheduledView =>
    (scheduled = scheduleAndDecide(input, { accepted: intake.accepted, needs }, ranked, options));
  // "selection" is told once: at the selection's first solve, or with the ranking (a rank order fill solves none)
  let selectionTold = false;
  const tellSelection = (ranked?: PlanPrioritisation): void => {
    if (ranked || !selectionTold) options.onProgress?.({ phase: "selection", ...(ranked ? { ranked } : {}) });
    selectionTold = true;
  };
  if (!options.solver) return scheduleNow(undefined);
  const solver = typeof options.solver === "function" ? await options.solver() : options.solver;
  const stageOptions = {
    includeSecurityGraded: options.includeSecurityGraded,
    rejectedIds: intake.rejected.map((r) => r.itemId),
    ...(options.frontier === false ? { frontier: false } : {}),
    onRanked: (ranked: PlanPrioritisation) => {
      tellSelection(options.reportProvisional ? ranked : undefined);
      const early = scheduleNow(ranked);
      options.onProgress?.({ phase: "frontier", ...(options.reportProvisional ? { scheduled: early } : {}) });
    },
  };
  const reporting = reportingSolver(solver, () => {
    if (scheduled === undefined) tellSelection();
  });
  const prioritisation = runPrioritisationStage(input, intake.accepted, reporting, stageOptions);
  return { prioritisation, ...(scheduled ?? scheduleNow(prioritisation)) };
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

/** The solver, calling `onSolve` before each solve (the selection's first tells its phase). */
function reportingSolver(solver: MilpSolver, onSolve: () => void): MilpSolver {
  return {
    ...solver,
    solve(lp, solveOptions) {
      onSolve();
      return solver.solve(lp, solveOptions);
    },
  };
}

/** The schedule (phase "schedule") and the decisions of the plan from the ranking (if any). */
function scheduleAndDecide(
  input: PlanInput,
  intake: { readonly accepted: readonly Need[]; readonly needs: readonly PlanNeedEntry[] },
  prioritisation: PlanPrioritisation | undefined,
  options: RunPlanOptions,
): PlanScheduledView {
  options.onProgress?.({ phase: "schedule" });
  const schedule = scheduleStage(input, intake.accepted, prioritisation, options);
  const decisions = buildDecisions(
    input.config.planYear,
    intake.needs,
    prioritisation,
    schedule,
    input.config.comments?.feedback,
    options.rolling?.asOf,
  );
  return { schedule, decisions };
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
