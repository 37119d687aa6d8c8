/**
 * Needs created centrally from the plan-year record's accepted suggestions, applied on every run
 * that plans with the record (planningInputFromRecord: `plan --store|--graph`, `year draft`, the
 * pane's sync). They are not stored: each is derived again from the stored decision and the run's
 * sources, so the record stays small and a run twice gives the same needs (docs/insight.md).
 *
 * - An accepted renewal suggestion `FORSLAG-<contract>` becomes the need `FORNYING-<contract>`
 *   (suggestionToNeedRecord: the contract linked, numbers from the expiry analysis), owned by the
 *   central procurement unit (`pft`; KAV names no owning unit), unless a need already covers it.
 * - An accepted joint proposal becomes the need `<FELLES|NORDISK|FORSVARET>-<member ids joined by
 *   "+">` (acceptJointProposal), owned by the unit of the largest member; the originals are withdrawn
 *   with feedback naming the merged need.
 *
 * Contact: the category's procurement lead from the people list (lowest id), else a placeholder the
 * coordinator must fill. Each record carries `createdCentrally: true`, so counts and the wheel tell
 * them from the units' submissions. Whatever cannot be applied is a finding naming the suggestion.
 */
import type { RawRecord } from "../../domain/intake/intakeTypes";
import { validateNeeds } from "../../domain/intake/validateNeeds";
import { analyseContractExpiry, defaultHorizon } from "../../domain/insight/contractExpiry";
import type { JointKind, JointProposal } from "../../domain/insight/jointProcurement";
import { dataRecord, ownValue } from "../../domain/model/dataRecord";
import type { Need } from "../../domain/model/need";
import type { PlanInput } from "../../domain/model/planInput";
import type { PlanYearRecord, RecordedSuggestionDecision } from "../../domain/planYear/planYearTypes";
import { DEFAULT_CRITERIA } from "../../domain/prioritisation/defaultCriteria";
import { defaultSchedulingConfig } from "../../domain/scheduling/schedulingConfig";
import { INSIGHT_MESSAGES } from "../../i18n/insightMessages";
import { translate } from "../../i18n/locale";
import { acceptJointProposal } from "./acceptJointProposal";
import { suggestionToNeedRecord } from "./acceptSuggestion";

/** The central procurement unit (Politiets fellestjenester): owner of accepted renewals. */
export const CENTRAL_UNIT = "pft";
/** The raw field that marks a need created centrally from an accepted suggestion. */
export const CREATED_CENTRALLY = "createdCentrally";
/** Prefix of a renewal need's id: `FORNYING-<contract id>`. */
export const RENEWAL_NEED_PREFIX = "FORNYING-";

/** A decision that could not be applied, or a need that lacks what the coordinator must fill. */
export interface CentralFinding {
  readonly code:
    | "central.unknownContract"
    | "central.notSuggested"
    | "central.idTaken"
    | "central.memberMissing"
    | "central.mergeRefused"
    | "central.contactMissing";
  readonly params: Readonly<Record<string, string | number>>;
}

/** The needs the accepted decisions create and the originals they withdraw. */
export interface CentralNeeds {
  readonly records: readonly RawRecord[];
  /** Original need id → feedback to its unit (merged into a joint need). */
  readonly withdrawn: ReadonlyMap<string, string>;
  readonly findings: readonly CentralFinding[];
}

/** True when the raw record was created centrally from an accepted suggestion. */
export function isCreatedCentrally(record: RawRecord): boolean {
  return ownValue(record, CREATED_CENTRALLY) === true;
}

const rawId = (record: RawRecord): string => {
  const id = record["id"];
  return typeof id === "string" || typeof id === "number" ? String(id).trim() : "";
};

/** The ids of the records created centrally. */
export function centralNeedIds(records: readonly RawRecord[]): Set<string> {
  return new Set(records.filter(isCreatedCentrally).map(rawId));
}

const JOINT_KINDS: Readonly<Record<string, JointKind>> = {
  FELLES: "similar",
  NORDISK: "nordic",
  FORSVARET: "armed-forces",
};

/** The id of the need a joint proposal of these needs merges into. */
export function jointNeedId(suggestionId: string, needIds: readonly string[]): string {
  return `${suggestionId.split("-")[0] ?? "FELLES"}-${[...needIds].sort().join("+")}`;
}

/** Accepted decisions of one kind, oldest first (then by id): the order they are applied in. */
function accepted(record: PlanYearRecord, kind: RecordedSuggestionDecision["kind"]) {
  return Object.entries(record.suggestionDecisions ?? {})
    .filter(([, d]) => d.kind === kind && d.action === "accepted")
    .sort(([a, x], [b, y]) => x.stamp.at.localeCompare(y.stamp.at) || a.localeCompare(b));
}

/** The category's procurement lead (lowest id), else the placeholder; a finding when missing. */
function contactFor(input: PlanInput, category: string, needId: string, findings: CentralFinding[]): string {
  const lead = input.people
    .filter((p) => p.role === "lead" && p.category === category)
    .sort((a, b) => a.id.localeCompare(b.id))[0];
  if (lead) return lead.name;
  findings.push({ code: "central.contactMissing", params: { needId, category } });
  return translate(INSIGHT_MESSAGES, "nb", "centralNeed.noContact");
}

/** What the run works with while applying the decisions. */
interface Work {
  readonly input: PlanInput;
  readonly needs: ReadonlyMap<string, Need>;
  readonly taken: Set<string>;
  readonly merged: Set<string>;
  readonly records: RawRecord[];
  readonly withdrawn: Map<string, string>;
  readonly findings: CentralFinding[];
}

/** The joint proposal a decision names, rebuilt from its needs (reach = the units involved). */
function proposalOf(id: string, members: readonly Need[]): JointProposal {
  const first = members[0] as Need;
  const units = [...new Set(members.flatMap((n) => [n.unit, ...n.joint.sharedWithUnits]))].sort();
  const kind = JOINT_KINDS[id.split("-")[0] ?? ""] ?? "similar";
  return {
    id,
    kind,
    category: first.category,
    ...(first.subcategory !== undefined ? { subcategory: first.subcategory } : {}),
    needIds: members.map((n) => n.id),
    units,
    reach: units.length,
    totalValue: members.reduce((sum, n) => sum + n.estimatedValue, 0),
    coordinate: kind !== "similar",
  };
}

/** Applies one accepted joint proposal: the merged need and the withdrawn originals. */
function applyJoint(work: Work, id: string, decision: RecordedSuggestionDecision): void {
  const needIds = decision.needIds ?? [];
  const members = needIds.flatMap((n) =>
    work.needs.has(n) && !work.merged.has(n) ? [work.needs.get(n) as Need] : [],
  );
  if (members.length !== needIds.length || members.length < 2) {
    const missing = needIds.filter((n) => !members.some((m) => m.id === n));
    work.findings.push({
      code: "central.memberMissing",
      params: { suggestionId: id, needIds: missing.join(", ") },
    });
    return;
  }
  const needId = jointNeedId(id, needIds);
  if (work.taken.has(needId)) {
    work.findings.push({ code: "central.idTaken", params: { suggestionId: id, needId } });
    return;
  }
  const owner = [...members].sort(
    (a, b) => b.estimatedValue - a.estimatedValue || a.id.localeCompare(b.id),
  )[0] as Need;
  try {
    const merge = acceptJointProposal(proposalOf(id, members), members, {
      needId,
      unit: owner.unit,
      contact: contactFor(work.input, owner.category, needId, work.findings),
      titleLimit: work.input.config.textLimits.title,
    });
    work.records.push({ ...merge.record, [CREATED_CENTRALLY]: true });
    for (const o of merge.originals) {
      work.withdrawn.set(o.needId, o.feedback);
      work.merged.add(o.needId);
    }
    work.taken.add(needId);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    work.findings.push({ code: "central.mergeRefused", params: { suggestionId: id } });
  }
}

/** Applies the accepted renewal suggestions whose contracts no need covers yet. */
function applyRenewals(work: Work, record: PlanYearRecord): void {
  const decided = accepted(record, "renewal");
  if (decided.length === 0) return;
  const config = work.input.config;
  const contracts = new Map(work.input.contracts.map((c) => [c.id, c]));
  const open = [...work.needs.values()].filter((n) => !work.merged.has(n.id));
  const covered = new Set([
    ...open.flatMap((n) => (n.existingContractId && n.status !== "withdrawn" ? [n.existingContractId] : [])),
    ...work.records.flatMap((r) =>
      typeof r["existingContractId"] === "string" ? [r["existingContractId"]] : [],
    ),
  ]);
  const analysis = analyseContractExpiry({
    contracts: decided.flatMap(([id]) => {
      const c = contracts.get(id.slice("FORSLAG-".length));
      return c ? [c] : [];
    }),
    needs: open,
    scheduling: config.scheduling ?? defaultSchedulingConfig(),
    thresholds: config.thresholds,
    horizon: defaultHorizon(config.planYear, config.planStart),
  });
  const expiries = new Map(analysis.contracts.map((c) => [c.contractId, c]));
  for (const [id] of decided) {
    const contractId = id.slice("FORSLAG-".length);
    const contract = contracts.get(contractId);
    if (!contract) {
      work.findings.push({ code: "central.unknownContract", params: { suggestionId: id, contractId } });
      continue;
    }
    if (covered.has(contractId)) continue;
    const expiry = expiries.get(contractId);
    const needId = `${RENEWAL_NEED_PREFIX}${contractId}`;
    if (!expiry?.suggestion) {
      work.findings.push({ code: "central.notSuggested", params: { suggestionId: id, contractId } });
      continue;
    }
    if (work.taken.has(needId)) {
      work.findings.push({ code: "central.idTaken", params: { suggestionId: id, needId } });
      continue;
    }
    const contact = contactFor(work.input, contract.category, needId, work.findings);
    work.records.push({
      ...suggestionToNeedRecord(expiry, contract, { needId, unit: CENTRAL_UNIT, contact }),
      [CREATED_CENTRALLY]: true,
    });
    work.taken.add(needId);
    covered.add(contractId);
  }
}

/**
 * The needs the record's accepted suggestions create over `input` (the run's input with the
 * record's configuration and edits). Joint merges first, then renewals of contracts still uncovered.
 */
export function centralNeedsFromDecisions(record: PlanYearRecord, input: PlanInput): CentralNeeds {
  const none = { records: [], withdrawn: new Map<string, string>(), findings: [] };
  if (accepted(record, "joint").length + accepted(record, "renewal").length === 0) return none;
  const intake = validateNeeds(input.needs, {
    config: input.config,
    criteriaIds: (input.config.prioritisation?.criteria ?? DEFAULT_CRITERIA).map((c) => c.id),
    contractIds: new Set(input.contracts.map((c) => c.id)),
  });
  const work: Work = {
    input,
    needs: new Map(intake.accepted.map((n) => [n.id, n])),
    taken: new Set(input.needs.map(rawId)),
    merged: new Set(),
    records: [],
    withdrawn: new Map(),
    findings: [],
  };
  for (const [id, decision] of accepted(record, "joint")) applyJoint(work, id, decision);
  applyRenewals(work, record);
  return { records: work.records, withdrawn: work.withdrawn, findings: work.findings };
}

/**
 * The input with the merged originals withdrawn and their feedback put before any feedback the
 * category team wrote for them (the central records themselves join the needs before the edits).
 */
export function withdrawMerged(input: PlanInput, withdrawn: ReadonlyMap<string, string>): PlanInput {
  if (withdrawn.size === 0) return input;
  const needs = input.needs.map((r) => (withdrawn.has(rawId(r)) ? { ...r, status: "withdrawn" } : r));
  const feedback = dataRecord(Object.entries(input.config.comments?.feedback ?? {}));
  for (const [needId, text] of withdrawn) {
    const own = ownValue(feedback, needId)?.trim() ?? "";
    feedback[needId] = own === "" ? text : `${text}\n\n${own}`;
  }
  return { ...input, needs, config: { ...input.config, comments: { ...input.config.comments, feedback } } };
}
