/**
 * Setting up a plan year ("gjenbruk data"): from the seed's defaults, or from the previous year —
 * its configuration and approvers copied, the annual wheel moved one year on, and the needs it
 * deferred or left unfinished carried over with their history, so units do not submit them again.
 * The needs are taken from the previous year's version in force (its latest approved or published
 * version), read through the versions' reader: checked against its hashes, so a file changed after
 * approval is refused naming the file and field. Needs the rolling plan completed are finished and
 * stay behind.
 */
import type { RawRecord } from "../../domain/intake/intakeTypes";
import type { PlanConfig } from "../../domain/model/planInput";
import { moveWheel, shiftYears, type RecordStart } from "../../domain/planYear/planYearDefaults";
import type { CarriedDecision, CarriedNeed, PlanYearRecord } from "../../domain/planYear/planYearTypes";
import { currentApproved } from "../../domain/planYear/versionLifecycle";
import type { PlanDecision } from "../decisionsStage";
import type { PlanVersionFile } from "./planVersion";
import { readVersion } from "./planVersions";
import { createPlanYear, loadPlanYear, type LoadedRecord, type PlanYearDeps } from "./planYearRecords";

/** What carrying over reads of a version file: the raw needs planned and the run's result. */
export type CarrySource = Pick<PlanVersionFile, "input" | "result">;

const rawId = (record: RawRecord): string => {
  const id = record["id"];
  return typeof id === "string" || typeof id === "number" ? String(id).trim() : "";
};

/** Why a decision carries its need into the next year, or undefined when it does not. */
function carryReason(decision: PlanDecision, planYear: number): CarriedNeed["reason"] | undefined {
  if (decision.decision === "defer") return "deferred";
  if (decision.decision !== "include") return undefined;
  const finish = decision.plannedFinish;
  return finish === null || finish > `${planYear}-12-31` ? "unfinished" : undefined;
}

/** The needs a year's version carries into the next year, with their history. */
export function carriedNeeds(
  previous: PlanYearRecord,
  versionId: string,
  version: CarrySource,
): CarriedNeed[] {
  const records = new Map(version.input.needs.map((r) => [rawId(r), r] as const));
  const earlier = new Map(previous.carriedOver.map((c) => [c.needId, c.history] as const));
  const completed = new Set((version.result.schedule?.completed ?? []).map((c) => c.needId));
  const out: CarriedNeed[] = [];
  for (const decision of version.result.decisions) {
    if (completed.has(decision.needId)) continue;
    const reason = carryReason(decision, previous.planYear);
    const record = records.get(decision.needId);
    if (reason === undefined || record === undefined) continue;
    const last: CarriedDecision = {
      planYear: previous.planYear,
      versionId,
      decision: decision.decision,
      rank: decision.rank,
      plannedStart: decision.plannedStart,
      plannedFinish: decision.plannedFinish,
    };
    out.push({
      needId: decision.needId,
      fromYear: previous.planYear,
      reason,
      lastDecision: decision.feedback,
      history: [...(earlier.get(decision.needId) ?? []), last],
      record,
    });
  }
  return out;
}

/** The previous year's configuration for `year`: same settings, plan year and start moved on. */
export function configForYear(config: PlanConfig, year: number): PlanConfig {
  const years = year - config.planYear;
  return { ...config, planYear: year, planStart: shiftYears(config.planStart, years) };
}

/** What a new year takes from the previous year's record and latest approved version. */
async function startFrom(deps: PlanYearDeps, year: number, from: number): Promise<RecordStart> {
  const previous = (await loadPlanYear(deps, from)).record;
  const inForce = currentApproved(previous.versions);
  const carriedOver =
    inForce === undefined
      ? []
      : carriedNeeds(previous, inForce.id, await readVersion(deps.store, from, inForce));
  return {
    config: configForYear(previous.config, year),
    wheel: moveWheel(previous.wheel, year - from),
    approvers: previous.approvers,
    carriedOver,
  };
}

/**
 * Sets the plan year up, create-only (AlreadyExistsError when it exists): from the seed's defaults,
 * or, with `from`, from that year's record (PlanYearMissingError when it has none).
 */
export async function initPlanYear(
  deps: PlanYearDeps,
  request: { readonly year: number; readonly who: string; readonly from?: number },
): Promise<LoadedRecord> {
  const start = request.from === undefined ? {} : await startFrom(deps, request.year, request.from);
  return createPlanYear(deps, request.year, request.who, start);
}
