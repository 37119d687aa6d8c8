/**
 * The planning input as one document: configuration, raw needs, contracts, spend and people.
 * This is the format of `plan --input FILE` (JSON Schema: docs/schemas/plan-input.schema.json).
 */
import type { RawRecord } from "../intake/intakeTypes";
import type { KavContract, SpendRecord } from "./contract";
import type { MainCategory, Unit } from "./organisation";
import type { Person } from "./people";
import type { ThresholdSet } from "../rules/thresholds";
import type { IsoDate } from "../time/isoDate";
import type { SchedulingConfig } from "../scheduling/schedulingConfig";
import type { PrioritisationConfigOverrides } from "../prioritisation/prioritisationConfig";

/** Limits on submitted text (SharePoint single line of text holds 255 characters). */
export interface TextLimits {
  readonly title: number;
  readonly text: number;
}

/** Configuration of one plan year. Every field has a default (see defaultPlanConfig). */
export interface PlanConfig {
  readonly planYear: number;
  /** First day work on the plan may start (default: 15 January of the plan year). */
  readonly planStart: IsoDate;
  /** Special bodies; the 12 police districts are fixed. */
  readonly specialBodies: readonly Unit[];
  readonly mainCategories: readonly MainCategory[];
  readonly thresholds: readonly ThresholdSet[];
  readonly textLimits: TextLimits;
  /** Scheduler settings (phase templates, legal minimums, calendar, ...); defaultSchedulingConfig() when absent. */
  readonly scheduling?: SchedulingConfig;
  /** Prioritisation settings (criteria, mode, budget, force decisions, …); defaults when absent. */
  readonly prioritisation?: PrioritisationConfigOverrides;
  /** What the category team typed in the workbook, kept for the next run and the write-back. */
  readonly comments?: PlanComments;
}

/** Comments per need id: the lead's note (Utvalg) and the feedback text to the unit (Tilbakemelding). */
export interface PlanComments {
  readonly notes?: Readonly<Record<string, string>>;
  /** Added to the feedback the plan writes back to the unit. */
  readonly feedback?: Readonly<Record<string, string>>;
}

/** The planning input as read from a file or assembled from SharePoint. */
export interface PlanInput {
  readonly config: PlanConfig;
  /** Needs exactly as delivered; intake validation turns them into Need or errors. */
  readonly needs: readonly RawRecord[];
  readonly contracts: readonly KavContract[];
  readonly spend: readonly SpendRecord[];
  readonly people: readonly Person[];
}
