/**
 * Setting up a plan year ("gjenbruk data"): from the seed's defaults, or from the previous year —
 * its configuration and approvers copied, the annual wheel moved one year on, and the needs it
 * deferred or left unfinished carried over with their history, so units do not submit them again.
 * The needs are taken from the previous year's latest approved or published version file.
 */
import type { RawRecord } from "../../domain/intake/intakeTypes";
import type { PlanConfig } from "../../domain/model/planInput";
import { moveWheel, shiftYears, type RecordStart } from "../../domain/planYear/planYearDefaults";
import type { CarriedDecision, CarriedNeed, PlanYearRecord } from "../../domain/planYear/planYearTypes";
import type { PlanDecision } from "../decisionsStage";
import { createPlanYear, loadPlanYear, type LoadedRecord, type PlanYearDeps } from "./planYearRecords";

/**
 * The part of a version file (`versions/<id>.json`) that carrying over reads: the run's decisions
 * and the raw needs it planned. The versions feature writes the whole file; this is its only reader
 * here, so the two meet in one place.
 */
export interface VersionDecisionsView {
  readonly result: { readonly decisions: readonly PlanDecision[] };
  readonly input: { readonly needs: readonly RawRecord[] };
}

/** The version file of `versionId` could not be read as a version. */
export class VersionFileError extends Error {
  constructor(
    readonly location: string,
    readonly field: string,
  ) {
    super(`${location}: ${field}`);
    this.name = "VersionFileError";
  }
}

/** Reads the decisions view of a version file, naming the file and field when it is unusable. */
export function parseVersionDecisions(text: string, location: string): VersionDecisionsView {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new VersionFileError(location, "/");
  }
  const view = doc as Partial<VersionDecisionsView> | null;
  if (!Array.isArray(view?.result?.decisions)) throw new VersionFileError(location, "/result/decisions");
  if (!Array.isArray(view?.input?.needs)) throw new VersionFileError(location, "/input/needs");
  return view as VersionDecisionsView;
}

/** The latest approved or published version of a record, if any. */
export function latestApprovedVersion(record: PlanYearRecord): string | undefined {
  return [...record.versions].reverse().find((v) => v.status === "approved" || v.status === "published")?.id;
}

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
  version: VersionDecisionsView,
): CarriedNeed[] {
  const records = new Map(version.input.needs.map((r) => [rawId(r), r] as const));
  const earlier = new Map(previous.carriedOver.map((c) => [c.needId, c.history] as const));
  const out: CarriedNeed[] = [];
  for (const decision of version.result.decisions) {
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
  const versionId = latestApprovedVersion(previous);
  let carriedOver: CarriedNeed[] = [];
  if (versionId !== undefined) {
    const location = deps.store.location(from, `versions/${versionId}.json`);
    const stored = await deps.store.readVersion(from, versionId);
    if (stored === undefined) throw new VersionFileError(location, "/");
    carriedOver = carriedNeeds(previous, versionId, parseVersionDecisions(stored.content, location));
  }
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
