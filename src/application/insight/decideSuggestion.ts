/**
 * Use case: record a decision on an insight suggestion in the plan-year record — a renewal
 * suggestion (`FORSLAG-<contract>`) or a joint procurement proposal (`FELLES-…`, `NORDISK-…`,
 * `FORSVARET-…`) accepted, or dismissed with a reason — with who and when, through the record's
 * If-Match update (updatePlanYear: others' changes merged). Every later run's insight takes the
 * decisions in (insightOptionsFromRecord): a decided renewal suggestion shows as accepted or
 * dismissed with its reason, a decided joint proposal is no longer an open suggestion.
 */
import { dataRecord } from "../../domain/model/dataRecord";
import type { SuggestionDecision } from "../../domain/insight/contractExpiry";
import type { JointProposal } from "../../domain/insight/jointProcurement";
import type {
  PlanYearRecord,
  RecordedSuggestionDecision,
  SuggestionKind,
  WheelDates,
} from "../../domain/planYear/planYearTypes";
import { updatePlanYear, type PlanYearDeps, type UpdateOutcome } from "../planYear/planYearRecords";

/** A decision as asked for (the stamp is added when it is recorded). */
export interface SuggestionDecisionRequest {
  readonly suggestionId: string;
  readonly action: "accepted" | "dismissed";
  readonly reason?: string;
  /** Joint proposals: the proposal's need ids (at least two). */
  readonly needIds?: readonly string[];
}

/** A decision that cannot be recorded; names the suggestion and the field. */
export class SuggestionDecisionError extends Error {
  constructor(
    readonly suggestionId: string,
    readonly field: "suggestionId" | "reason" | "needIds",
  ) {
    super(`Suggestion ${suggestionId}, field ${field}: not valid`);
    this.name = "SuggestionDecisionError";
  }
}

const JOINT_ID = /^(FELLES|NORDISK|FORSVARET)-\d{3,}$/;
const RENEWAL_ID = /^FORSLAG-\S+$/;

/** The kind of suggestion an id names; undefined when it names none. */
export function suggestionKindOf(id: string): SuggestionKind | undefined {
  if (RENEWAL_ID.test(id)) return "renewal";
  return JOINT_ID.test(id) ? "joint" : undefined;
}

/** The decision checked and stamped-ready: kind from the id, reason trimmed, need ids sorted. */
function checked(request: SuggestionDecisionRequest): Omit<RecordedSuggestionDecision, "stamp"> {
  const id = request.suggestionId.trim();
  const kind = suggestionKindOf(id);
  if (kind === undefined) throw new SuggestionDecisionError(id, "suggestionId");
  const reason = request.reason?.trim() ?? "";
  if (request.action === "dismissed" && reason === "") throw new SuggestionDecisionError(id, "reason");
  const needIds = [...new Set((request.needIds ?? []).map((n) => n.trim()).filter((n) => n !== ""))].sort();
  if (kind === "joint" && needIds.length < 2) throw new SuggestionDecisionError(id, "needIds");
  return {
    kind,
    action: request.action,
    ...(reason !== "" ? { reason } : {}),
    ...(kind === "joint" ? { needIds } : {}),
  };
}

/** Records `request` in the record of `year` as `who`; a later decision on the same id replaces it. */
export async function decideSuggestion(
  deps: PlanYearDeps,
  year: number,
  request: SuggestionDecisionRequest,
  who: string,
): Promise<UpdateOutcome> {
  const decision = checked(request);
  const id = request.suggestionId.trim();
  return updatePlanYear(
    deps,
    year,
    (record, stamp) => ({
      ...record,
      suggestionDecisions: dataRecord([
        ...Object.entries(record.suggestionDecisions ?? {}),
        [id, { ...decision, stamp }],
      ]),
    }),
    who,
  );
}

/** A recorded decision on a joint proposal, matched by its needs. */
export interface JointDecision {
  readonly action: "accepted" | "dismissed";
  readonly reason?: string;
  readonly needIds: readonly string[];
}

/** What the insight stage takes from the record: the wheel's dates and the decisions. */
export interface RecordInsightOptions {
  readonly wheel: WheelDates;
  readonly decisions: readonly SuggestionDecision[];
  readonly jointDecisions: readonly JointDecision[];
}

/** The record's wheel and suggestion decisions, as the insight stage takes them. */
export function insightOptionsFromRecord(record: PlanYearRecord): RecordInsightOptions {
  const entries = Object.entries(record.suggestionDecisions ?? {});
  return {
    wheel: record.wheel,
    decisions: entries
      .filter(([, d]) => d.kind === "renewal")
      .map(([suggestionId, d]) => ({
        suggestionId,
        action: d.action,
        ...(d.reason !== undefined ? { reason: d.reason } : {}),
        ...(d.contractEnd !== undefined ? { contractEnd: d.contractEnd } : {}),
      })),
    jointDecisions: entries
      .filter(([, d]) => d.kind === "joint")
      .map(([, d]) => ({
        action: d.action,
        ...(d.reason !== undefined ? { reason: d.reason } : {}),
        needIds: d.needIds ?? [],
      })),
  };
}

const needsKey = (ids: readonly string[]) => [...ids].sort().join("\u0000");

/** The joint proposals, each with the recorded decision on a proposal of the same needs (any order). */
export function withJointDecisions(
  proposals: readonly JointProposal[],
  decisions: readonly JointDecision[],
): JointProposal[] {
  const byNeeds = new Map(decisions.map((d) => [needsKey(d.needIds), d]));
  return proposals.map((p) => {
    const d = byNeeds.get(needsKey(p.needIds));
    if (!d) return p;
    return { ...p, decision: { action: d.action, ...(d.reason !== undefined ? { reason: d.reason } : {}) } };
  });
}
