/**
 * Setting up a plan year ("gjenbruk data"): from the seed's defaults, or from the previous year —
 * its configuration and approvers copied, the annual wheel moved one year on, and the needs it
 * deferred or left unfinished carried over with their history, so units do not submit them again.
 * The needs are taken from the previous year's version in force (its latest approved or published
 * version), read through the versions' reader: checked against its hashes, so a file changed after
 * approval is refused naming the file and field. Needs the rolling plan completed are finished and
 * stay behind.
 *
 * Renewal decisions carry too (carriedSuggestionDecisions), bound to the contract's last possible end
 * so a changed contract is asked about again: a dismissal keeps its reason and stamp; a contract a
 * need of the version renewed within the year (included, not carried) is marked renewed, so KAV's
 * old instance is not suggested again. An accepted renewal whose need is carried needs nothing: the
 * carried need covers its contract. Joint decisions stay with their year.
 */
import type { RawRecord } from "../../domain/intake/intakeTypes";
import { suggestionIdFor } from "../../domain/insight/contractExpiry";
import { finalExpiry } from "../../domain/model/contract";
import { dataRecord, ownValue } from "../../domain/model/dataRecord";
import type { PlanConfig } from "../../domain/model/planInput";
import { moveWheel, shiftYears, type RecordStart } from "../../domain/planYear/planYearDefaults";
import type {
  CarriedDecision,
  CarriedNeed,
  PlanYearRecord,
  RecordedSuggestionDecision,
  Stamp,
} from "../../domain/planYear/planYearTypes";
import { currentApproved } from "../../domain/planYear/versionLifecycle";
import type { PlanDecision } from "../decisionsStage";
import type { PlanVersionFile } from "./planVersion";
import { INSIGHT_MESSAGES } from "../../i18n/insightMessages";
import { translate } from "../../i18n/locale";
import { readVersion } from "./planVersions";
import {
  createPlanYear,
  loadPlanYear,
  stampNow,
  type LoadedRecord,
  type PlanYearDeps,
} from "./planYearRecords";

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

type Decisions = Record<string, RecordedSuggestionDecision>;

/** The previous year's renewal dismissals whose contracts the version still lists at the same end. */
function carriedDismissals(previous: PlanYearRecord, ends: ReadonlyMap<string, string>): Decisions {
  const out: Decisions = dataRecord<RecordedSuggestionDecision>([]);
  for (const [id, d] of Object.entries(previous.suggestionDecisions ?? {})) {
    if (d.kind !== "renewal" || d.action !== "dismissed") continue;
    const end = ends.get(id.slice(suggestionIdFor("").length));
    if (end === undefined || (d.contractEnd !== undefined && d.contractEnd !== end)) continue;
    out[id] = { ...d, fromYear: d.fromYear ?? previous.planYear, contractEnd: end };
  }
  return out;
}

/**
 * The renewal decisions a year's version carries into the next year: its dismissals, and each
 * contract a need renewed within the year (included, not carried, with `existingContractId`) marked
 * renewed; both hold while KAV gives the contract's end the version saw.
 */
export function carriedSuggestionDecisions(
  previous: PlanYearRecord,
  version: CarrySource,
  carried: readonly CarriedNeed[],
  stamp: Stamp,
): Decisions {
  const ends = new Map(version.input.contracts.map((c) => [c.id, finalExpiry(c)] as const));
  const out = carriedDismissals(previous, ends);
  const records = new Map(version.input.needs.map((r) => [rawId(r), r] as const));
  const stays = new Set(carried.map((c) => c.needId));
  for (const decision of version.result.decisions) {
    if (decision.decision !== "include" || stays.has(decision.needId)) continue;
    const record = records.get(decision.needId);
    const contractId = record ? ownValue(record, "existingContractId") : undefined;
    const end = typeof contractId === "string" ? ends.get(contractId) : undefined;
    if (end === undefined) continue;
    const id = suggestionIdFor(contractId as string);
    if (out[id] !== undefined) continue;
    const params = { year: previous.planYear, needId: decision.needId };
    const reason = translate(INSIGHT_MESSAGES, "nb", "carried.renewed", params);
    out[id] = {
      kind: "renewal",
      action: "dismissed",
      reason,
      fromYear: previous.planYear,
      contractEnd: end,
      stamp,
    };
  }
  return out;
}

/** The previous year's configuration for `year`: same settings, plan year and start moved on. */
export function configForYear(config: PlanConfig, year: number): PlanConfig {
  const years = year - config.planYear;
  return { ...config, planYear: year, planStart: shiftYears(config.planStart, years) };
}

/** What a new year takes from the previous year's record and latest approved version. */
async function startFrom(
  deps: PlanYearDeps,
  request: { readonly year: number; readonly who: string; readonly from: number },
): Promise<RecordStart> {
  const { year, from } = request;
  const previous = (await loadPlanYear(deps, from)).record;
  const inForce = currentApproved(previous.versions);
  const version = inForce === undefined ? undefined : await readVersion(deps.store, from, inForce);
  const carriedOver = inForce && version ? carriedNeeds(previous, inForce.id, version) : [];
  const stamp = stampNow(deps, request.who);
  // Without a version in force the contracts' ends are unknown: nothing carries.
  const suggestionDecisions = version
    ? carriedSuggestionDecisions(previous, version, carriedOver, stamp)
    : {};
  return {
    config: configForYear(previous.config, year),
    wheel: moveWheel(previous.wheel, year - from),
    approvers: previous.approvers,
    carriedOver,
    suggestionDecisions,
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
  const { from } = request;
  const start = from === undefined ? {} : await startFrom(deps, { ...request, from });
  return createPlanYear(deps, request.year, request.who, start);
}
