/**
 * A new plan year's record from the seed: the annual wheel (1 Sep, 1 Nov, 1 Jan, 5 Jan, 15 Jan,
 * 31 Jan and revisions 1 Apr, 1 Jul, 1 Oct), the default planning configuration, no approvers and
 * no edits; and the wheel's stage on a given day.
 */
import { dataRecord } from "../model/dataRecord";
import { defaultPlanConfig } from "../model/defaults";
import type { PlanConfig } from "../model/planInput";
import { daysInMonth, isoFromYmd, type IsoDate } from "../time/isoDate";
import {
  APPROVAL_SCOPES,
  PLAN_YEAR_SCHEMA_VERSION,
  type Approvers,
  type CarriedNeed,
  type PlanYearEdits,
  type PlanYearRecord,
  type RecordedSuggestionDecision,
  type Stamp,
  type WheelDates,
} from "./planYearTypes";

/** The plan year worked on when none is named: the year after `today`'s. */
export function defaultPlanYear(today: IsoDate): number {
  return Number(today.slice(0, 4)) + 1;
}

/** The seed's annual wheel for plan year `year`. */
export function defaultWheel(year: number): WheelDates {
  return {
    preparation: isoFromYmd(year - 1, 9, 1),
    localSubmission: isoFromYmd(year - 1, 11, 1),
    centralAnalysis: isoFromYmd(year, 1, 1),
    compilation: isoFromYmd(year, 1, 5),
    approval: isoFromYmd(year, 1, 15),
    publication: isoFromYmd(year, 1, 31),
    revisions: [isoFromYmd(year, 4, 1), isoFromYmd(year, 7, 1), isoFromYmd(year, 10, 1)],
  };
}

/** The same day `years` later (29 February becomes 28 February in a common year). */
export function shiftYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return isoFromYmd(y + years, m, Math.min(d, daysInMonth(y + years, m)));
}

/** A wheel moved `years` on, each date to the same day of its month. */
export function moveWheel(wheel: WheelDates, years: number): WheelDates {
  const move = (date: IsoDate) => shiftYears(date, years);
  return {
    preparation: move(wheel.preparation),
    localSubmission: move(wheel.localSubmission),
    centralAnalysis: move(wheel.centralAnalysis),
    compilation: move(wheel.compilation),
    approval: move(wheel.approval),
    publication: move(wheel.publication),
    revisions: wheel.revisions.map(move),
  };
}

/** No edits yet (null-prototype maps). */
export function emptyEdits(): PlanYearEdits {
  return {
    weights: dataRecord(),
    scores: dataRecord(),
    forced: dataRecord(),
    notes: dataRecord(),
    feedback: dataRecord(),
  };
}

/** No approvers configured for any scope. */
export function emptyApprovers(): Approvers {
  return Object.fromEntries(APPROVAL_SCOPES.map((scope) => [scope, []])) as unknown as Approvers;
}

/** What a new record may start from instead of the seed's defaults. */
export interface RecordStart {
  readonly config?: PlanConfig;
  readonly wheel?: WheelDates;
  readonly approvers?: Approvers;
  readonly carriedOver?: readonly CarriedNeed[];
  readonly suggestionDecisions?: Readonly<Record<string, RecordedSuggestionDecision>>;
}

/** A new record for `year`, created by `created`; the seed's defaults unless `start` gives them. */
export function newPlanYearRecord(year: number, created: Stamp, start: RecordStart = {}): PlanYearRecord {
  return {
    schemaVersion: PLAN_YEAR_SCHEMA_VERSION,
    planYear: year,
    created,
    config: start.config ?? defaultPlanConfig(year),
    wheel: start.wheel ?? defaultWheel(year),
    approvers: start.approvers ?? emptyApprovers(),
    edits: emptyEdits(),
    versions: [],
    carriedOver: start.carriedOver ?? [],
    suggestionDecisions: start.suggestionDecisions ?? {},
  };
}

/** The wheel's milestones in order (the names of the record's dated WheelDates). */
export const WHEEL_MILESTONES = [
  "preparation",
  "localSubmission",
  "centralAnalysis",
  "compilation",
  "approval",
  "publication",
] as const;
/** One milestone of the wheel. */
export type WheelMilestone = (typeof WHEEL_MILESTONES)[number];

/** Stages of the annual wheel in order; `rolling` is the year after publication. */
export const WHEEL_STAGES = ["before", ...WHEEL_MILESTONES, "rolling"] as const;
/** A stage of the annual wheel. */
export type WheelStage = (typeof WHEEL_STAGES)[number];

/**
 * The stage on `today`, named by the last milestone reached: `preparation` from 1 Sep (units submit),
 * `localSubmission` from the local deadline (central analysis), `centralAnalysis` (compiling),
 * `compilation` (awaiting approval), `approval` (information going out), `publication` on its day,
 * `rolling` after it; `before` ahead of preparation.
 */
export function wheelStage(wheel: WheelDates, today: IsoDate): WheelStage {
  if (today < wheel.preparation) return "before";
  if (today < wheel.localSubmission) return "preparation";
  if (today < wheel.centralAnalysis) return "localSubmission";
  if (today < wheel.compilation) return "centralAnalysis";
  if (today < wheel.approval) return "compilation";
  if (today < wheel.publication) return "approval";
  if (today === wheel.publication) return "publication";
  return "rolling";
}

/** The next revision date on or after `today`, if any. */
export function nextRevision(wheel: WheelDates, today: IsoDate): IsoDate | undefined {
  return [...wheel.revisions].sort().find((date) => date >= today);
}
