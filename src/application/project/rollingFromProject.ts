/**
 * Use case helper: the rolling re-plan after reading progress from MS Project. The plan shown is
 * the previous plan; the progress records (finished phases with their actual dates, the phase under
 * way with its share done) replace the as-planned progress of the needs they cover, so the next run
 * keeps the people, fixes the past as it happened and moves what is left.
 */
import type { ProgressRecord } from "../../domain/projectPlan/taskSync";
import { replanProgress } from "../../domain/projectPlan/replanProgress";
import type { IsoDate } from "../../domain/time/isoDate";
import type { PlanResult } from "../planResult";
import type { RollingInput } from "../scheduleStage";

/** The rolling input for re-planning `previous` on `asOf` with the progress read from Project. */
export function rollingFromProject(
  previous: PlanResult,
  progress: readonly ProgressRecord[],
  asOf: IsoDate,
): RollingInput {
  const schedule = previous.schedule.scheduled;
  return { previous: schedule, asOf, actual: replanProgress(schedule, progress) };
}
