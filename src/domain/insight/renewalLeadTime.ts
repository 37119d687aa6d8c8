/**
 * The lead time a contract's renewal needs and so its latest start, on the scheduler's own model:
 * procedure from value and thresholds (rules/thresholds), phase durations from the procedure's
 * template with the legal minimums (scheduling/phasePlan), working days on the Norwegian working
 * calendar, phases placed back to back (scheduling/placement). The renewal must be signed the
 * renewal buffer before the contract's final expiry (scheduling/deadlines), exactly as the
 * scheduler reckons a renewal's deadline.
 */
import type { WorkCalendar } from "../calendar/workCalendar";
import type { KavContract } from "../model/contract";
import type { ContractType, Need } from "../model/need";
import type { Procedure, Regime, ThresholdSet } from "../rules/thresholds";
import { deadlineFor } from "../scheduling/deadlines";
import { planPhases, type PhaseSpec } from "../scheduling/phasePlan";
import { placeNominal } from "../scheduling/placement";
import type { SchedulingConfig } from "../scheduling/schedulingConfig";
import { PHASES } from "../scheduling/scheduleTypes";
import { fromDayNumber, toDayNumber, type IsoDate } from "../time/isoDate";

/** What a renewal takes and when it must start at the latest. */
export interface RenewalLeadTime {
  readonly procedure: Procedure;
  readonly regime: Regime;
  readonly contractType: ContractType;
  /** The new contract must be signed on or before this date (final expiry − renewal buffer). */
  readonly signBy: IsoDate;
  /** The latest working day the renewal can start and still be signed by `signBy`. */
  readonly latestStart: IsoDate;
  /** Calendar days from the latest start to `signBy`. */
  readonly leadDays: number;
}

const SIGNATURE_INDEX = PHASES.indexOf("signature");

/** A renewal need as the scheduler would see it: the contract's value, category and type. */
export function renewalNeedOf(contract: KavContract, contractType: ContractType, id: string): Need {
  return {
    id,
    title: contract.name,
    description: "",
    rationale: "",
    unit: "",
    contact: "",
    area: "Anskaffelser",
    category: contract.category,
    ...(contract.subcategory !== undefined ? { subcategory: contract.subcategory } : {}),
    insightSource: "kav-expiry",
    deliveryTrack: "basis",
    contractType,
    estimatedValue: contract.value,
    existingContractId: contract.id,
    securityGraded: false,
    fundingStatus: "funded",
    dependsOn: [],
    joint: { nordic: false, armedForces: false, sharedWithUnits: [] },
    complexity: "medium",
    scores: {},
    status: "submitted",
  };
}

/** Day number on which the phases up to the signature are done when work starts on `start`. */
function signedWhenStarting(calendar: WorkCalendar, phases: readonly PhaseSpec[], start: number): number {
  const placed = placeNominal(calendar, phases, start);
  const last = placed[placed.length - 1];
  return last ? last.end : calendar.nextWorkingDay(start);
}

/** The latest day whose nominal placement is signed by `signBy` (found by stepping back, then forward). */
function latestStartDay(calendar: WorkCalendar, phases: readonly PhaseSpec[], signBy: number): number {
  let start = signBy;
  for (let guard = 0; guard < 64; guard += 1) {
    const over = signedWhenStarting(calendar, phases, start) - signBy;
    if (over <= 0) break;
    start -= Math.max(1, over);
  }
  while (signedWhenStarting(calendar, phases, start) > signBy) start -= 1;
  while (signedWhenStarting(calendar, phases, start + 1) <= signBy) start += 1;
  return calendar.nextWorkingDay(start);
}

/**
 * Calendar days a calendar must reach back before the earliest sign-by date so that every latest
 * start falls inside it: the longest procedure up to signature at 7/5 calendar days per working
 * day, plus every legal minimum, plus a margin for holidays.
 */
export function longestLeadDays(config: SchedulingConfig): number {
  let longest = 0;
  for (const template of Object.values(config.phaseTemplates)) {
    const weeks = template
      .filter((t) => PHASES.indexOf(t.phase) <= SIGNATURE_INDEX)
      .reduce((sum, t) => sum + t.weeks, 0);
    longest = Math.max(longest, weeks * 7);
  }
  const legal = Object.values(config.legalMinimums).reduce((sum, d) => sum + d, 0);
  return Math.ceil(longest * 1.2) + legal + 120;
}

/**
 * The renewal lead time of `contract` with procedures and thresholds as on `thresholdDate`.
 * `calendar` must start well before any latest start asked for (it grows forward on demand).
 */
export function renewalLeadTime(
  contract: KavContract,
  contractType: ContractType,
  config: SchedulingConfig,
  thresholds: readonly ThresholdSet[],
  thresholdDate: IsoDate,
  calendar: WorkCalendar,
): RenewalLeadTime {
  const need = renewalNeedOf(contract, contractType, `renewal:${contract.id}`);
  const plan = planPhases(need, config, thresholds, thresholdDate);
  const upToSignature = plan.phases.filter((p) => PHASES.indexOf(p.phase) <= SIGNATURE_INDEX);
  const deadline = deadlineFor(need, contract, thresholdDate, config);
  if (!deadline) throw new RangeError(`Contract ${contract.id}: no renewal deadline`);
  const signBy = toDayNumber(deadline.date);
  const start = latestStartDay(calendar, upToSignature, signBy);
  return {
    procedure: plan.procedure,
    regime: plan.regime,
    contractType,
    signBy: deadline.date,
    latestStart: fromDayNumber(start),
    leadDays: signBy - start,
  };
}
