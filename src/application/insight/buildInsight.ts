/**
 * The insight stage shared by the CLI (`insight`, `plan`), runPlan and later the pane: the contract
 * expiry analysis, the spend analysis, joint procurement proposals and the annual wheel's status,
 * from one planning input and its accepted needs. Security-graded needs follow the one redaction
 * policy: a graded need's link to the contract it renews is hidden unless opted in.
 */
import {
  analyseContractExpiry,
  defaultHorizon,
  type ContractExpiry,
  type PlanningHorizon,
  type SuggestionDecision,
} from "../../domain/insight/contractExpiry";
import { wheelStatus } from "../../domain/insight/annualWheel";
import { defaultWheel } from "../../domain/planYear/planYearDefaults";
import { proposeJointProcurements } from "../../domain/insight/jointProcurement";
import { analyseSpend } from "../../domain/insight/spendCube";
import { fastTrackFollowUp } from "../../domain/insight/fastTrack";
import type { ScheduledNeed } from "../../domain/scheduling/scheduleTypes";
import type { RawRecord } from "../../domain/intake/intakeTypes";
import { parseNorwegianDate } from "../../domain/intake/parseNorwegianDate";
import { allUnits } from "../../domain/model/defaults";
import type { Need } from "../../domain/model/need";
import type { PlanInput } from "../../domain/model/planInput";
import type { ApprovalScope, WheelDates } from "../../domain/planYear/planYearTypes";
import { DEFAULT_CRITERIA } from "../../domain/prioritisation/defaultCriteria";
import { needDeadline, REACH, TIME_CRITICALITY } from "../../domain/prioritisation/scoring";
import { REDACTED_TEXT, type RedactionOptions } from "../../domain/rules/redaction";
import { defaultSchedulingConfig } from "../../domain/scheduling/schedulingConfig";
import type { IsoDate } from "../../domain/time/isoDate";
import type { PlanInsight } from "../../domain/insight/planInsight";
import { withJointDecisions, type JointDecision } from "./decideSuggestion";
import { centralNeedIds } from "./centralNeeds";

/** Options of the insight stage. */
export interface InsightOptions {
  /** The day the wheel's status is for (the CLI passes today unless --as-of is given). */
  readonly asOf: IsoDate;
  /** The plan-year record's wheel; the seed's dates when absent. */
  readonly wheel?: WheelDates;
  /** Accepted and dismissed renewal suggestions (from the plan-year record). */
  readonly decisions?: readonly SuggestionDecision[];
  /** Accepted and dismissed joint proposals (from the plan-year record): no longer open. */
  readonly jointDecisions?: readonly JointDecision[];
  /** Planning horizon of the expiry analysis; plan start to 31 Dec of the next year when absent. */
  readonly horizon?: PlanningHorizon;
  /** Approval scopes the current version still lacks, when known. */
  readonly approvalsPending?: readonly ApprovalScope[];
}

/**
 * Receipt dates of the records: `receivedDate` when given, else SharePoint's `Created` (a Graph
 * date-time, read as the day in Oslo). Records without either have no receipt date.
 */
export function receiptDates(records: readonly RawRecord[]): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  for (const record of records) {
    const id = record["id"];
    const raw = record["receivedDate"] ?? record["Created"];
    if ((typeof id !== "string" && typeof id !== "number") || typeof raw !== "string") continue;
    const parsed = parseNorwegianDate(raw);
    if (parsed.ok && !dates.has(String(id).trim())) dates.set(String(id).trim(), parsed.value);
  }
  return dates;
}

/** Hides which contract a graded need renews (the redaction policy hides `existingContractId`). */
function redactCoverage(
  contracts: readonly ContractExpiry[],
  needs: readonly Need[],
  options: RedactionOptions,
): ContractExpiry[] {
  if (options.includeSecurityGraded) return [...contracts];
  const graded = new Set(needs.filter((n) => n.securityGraded).map((n) => n.id));
  return contracts.map((c) =>
    c.coveredBy.some((id) => graded.has(id))
      ? { ...c, coveredBy: c.coveredBy.map((id) => (graded.has(id) ? REDACTED_TEXT : id)) }
      : c,
  );
}

/** Runs every insight analysis on the input, its accepted needs and their schedule. */
export function buildInsight(
  input: PlanInput,
  accepted: readonly Need[],
  scheduled: readonly ScheduledNeed[],
  options: InsightOptions & RedactionOptions,
): PlanInsight {
  const config = input.config;
  const scheduling = config.scheduling ?? defaultSchedulingConfig();
  const receivedDates = receiptDates(input.needs);
  const contractsById = new Map(input.contracts.map((c) => [c.id, c]));
  const expiry = analyseContractExpiry({
    contracts: input.contracts,
    needs: accepted,
    scheduling,
    thresholds: config.thresholds,
    horizon: options.horizon ?? defaultHorizon(config.planYear, config.planStart),
    ...(options.decisions ? { decisions: options.decisions } : {}),
  });
  const spend = analyseSpend(input.spend, input.contracts, {
    thresholds: config.thresholds,
    date: config.planStart,
  });
  const joint = withJointDecisions(proposeJointProcurements(accepted), options.jointDecisions ?? []);
  const criteria = config.prioritisation?.criteria ?? DEFAULT_CRITERIA;
  const wheel = wheelStatus({
    wheel: options.wheel ?? defaultWheel(config.planYear),
    asOf: options.asOf,
    units: allUnits(config).map((u) => u.id),
    needs: accepted,
    receivedDates,
    criteriaIds: criteria.map((c) => c.id),
    canDerive: (need, criterionId) =>
      criterionId === REACH ||
      (criterionId === TIME_CRITICALITY && needDeadline(need, contractsById) !== undefined),
    openSuggestions:
      expiry.contracts.filter((c) => c.suggestion?.status === "open").length +
      spend.suggestions.length +
      joint.filter((p) => p.decision === undefined).length,
    ...(options.approvalsPending ? { approvalsPending: options.approvalsPending } : {}),
    centralNeedIds: centralNeedIds(input.needs),
  });
  return {
    asOf: options.asOf,
    expiry: { ...expiry, contracts: redactCoverage(expiry.contracts, accepted, options) },
    spend,
    joint,
    wheel,
    fastTrack: fastTrackFollowUp({
      needs: accepted,
      scheduled,
      receivedDates,
      scheduling,
      planStart: config.planStart,
      asOf: options.asOf,
    }),
  };
}
