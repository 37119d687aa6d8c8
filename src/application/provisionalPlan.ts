/**
 * The provisional plan of a computation under way: the plan shown before, with the parts the
 * computation has told so far (PlanProgress: the intake's needs, the ranked prioritisation, the
 * schedule and decisions). The pane shows it as soon as the ranking and selection are known, so an
 * edit's new ranking and selection need not wait for the schedule and the efficient frontier.
 */
import type { PlanInput } from "../domain/model/planInput";
import type { IsoDate } from "../domain/time/isoDate";
import { buildDecisions } from "./decisionsStage";
import type { PlanIntakeView, PlanProgress, PlanScheduledView } from "./planCompute";
import type { PlanResult } from "./planResult";
import type { PlanPrioritisation } from "./prioritisationStage";

/** The parts of a plan a computation has told so far. */
export interface PlanParts {
  readonly intake?: PlanIntakeView;
  readonly ranked?: PlanPrioritisation;
  readonly scheduled?: PlanScheduledView;
}

/** `parts` with what `progress` tells added. */
export function withProgress(parts: PlanParts, progress: PlanProgress): PlanParts {
  return {
    ...parts,
    ...(progress.intake ? { intake: progress.intake } : {}),
    ...(progress.ranked ? { ranked: progress.ranked } : {}),
    ...(progress.scheduled ? { scheduled: progress.scheduled } : {}),
  };
}

/** What of a provisional plan is still computed: its schedule (and frontier), or its frontier. */
export type PlanPending = "schedule" | "frontier";

/** A provisional plan and what of it is still computed. */
export interface ProvisionalPlan {
  readonly plan: PlanResult;
  readonly pending: PlanPending;
}

/**
 * The provisional plan once the ranking is known (else undefined): `before` with the new needs,
 * prioritisation and — when told — schedule and decisions. Until the schedule is told, the
 * decisions are made from the new ranking and before's schedule (`input` gives the feedback to
 * units, `asOf` the rolling plan's date), and the frontier is empty.
 */
export function provisionalPlan(
  before: PlanResult,
  parts: PlanParts,
  input: PlanInput,
  asOf?: IsoDate,
): ProvisionalPlan | undefined {
  const { intake, ranked, scheduled } = parts;
  if (!ranked) return undefined;
  const base: PlanResult = { ...before, ...(intake ?? {}), prioritisation: ranked };
  if (scheduled) return { plan: { ...base, ...scheduled }, pending: "frontier" };
  const decisions = buildDecisions(
    base.planYear,
    base.needs,
    ranked,
    before.schedule,
    input.config.comments?.feedback,
    asOf,
  );
  return { plan: { ...base, decisions }, pending: "schedule" };
}
