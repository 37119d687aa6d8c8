/**
 * A procurement need as the planning core works with it, after intake validation.
 */
import type { IsoDate } from "../time/isoDate";
import type { Area } from "./organisation";

/** How the need reaches the plan (leveranse). */
export const DELIVERY_TRACKS = ["basis", "rullerende", "hurtig"] as const;
/** basis = the annual cycle; rullerende = revision of the rolling plan; hurtig = fast-track under the SLA. */
export type DeliveryTrack = (typeof DELIVERY_TRACKS)[number];

/** Kind of contract (drives thresholds and procedure). */
export const CONTRACT_TYPES = ["goods", "services", "works"] as const;
/** Goods (varer), services (tjenester) or building works (bygge- og anleggsarbeider). */
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** Where the insight behind a need came from. */
export const INSIGHT_SOURCES = [
  "submission",
  "kav-expiry",
  "spend-analysis",
  "market",
  "nordic",
  "armed-forces",
] as const;
/** Insight source of a need. */
export type InsightSource = (typeof INSIGHT_SOURCES)[number];

/** Whether money is set aside for the need. */
export const FUNDING_STATUSES = ["funded", "partly-funded", "unfunded"] as const;
/** Funding status of a need. */
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

/** Complexity of carrying out the procurement. */
export const COMPLEXITIES = ["low", "medium", "high"] as const;
/** Complexity of a need. */
export type Complexity = (typeof COMPLEXITIES)[number];

/** Workflow status of a need as it travels through the annual wheel. */
export const NEED_STATUSES = [
  "submitted",
  "in-analysis",
  "planned",
  "deferred",
  "declined",
  "withdrawn",
] as const;
/** Status of a need. */
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** Joint-procurement opportunities of a need. */
export interface JointProcurement {
  /** A planned Nordic joint procurement covers this need. */
  readonly nordic: boolean;
  /** A planned Armed Forces (Forsvaret) procurement covers this need. */
  readonly armedForces: boolean;
  /** Other units (ids) that share this need; empty when the need is the submitter's alone. */
  readonly sharedWithUnits: readonly string[];
}

/** Criterion id → score 1–5 as submitted or set by a procurement lead. */
export type CriteriaScores = Readonly<Record<string, number>>;

/** A validated procurement need. */
export interface Need {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly rationale: string;
  /** Submitting unit id. */
  readonly unit: string;
  /** Contact person (name or e-mail). */
  readonly contact: string;
  readonly area: Area;
  /** Main category id. */
  readonly category: string;
  /** Subcategory id inside the main category, when known. */
  readonly subcategory?: string;
  readonly insightSource: InsightSource;
  readonly deliveryTrack: DeliveryTrack;
  readonly contractType: ContractType;
  /** Estimated contract value in NOK excluding VAT. */
  readonly estimatedValue: number;
  /** Date by which the need must be covered. */
  readonly neededBy?: IsoDate;
  /**
   * Date the need was received (the SharePoint list item's creation date, or given in the input);
   * a fast-track need's SLA deadline counts from it.
   */
  readonly receivedDate?: IsoDate;
  /** KAV id of the contract this need renews or replaces. */
  readonly existingContractId?: string;
  /** True when the need is security graded (skjermingsbehov). */
  readonly securityGraded: boolean;
  readonly fundingStatus: FundingStatus;
  /** Ids of needs that must be procured before or with this one. */
  readonly dependsOn: readonly string[];
  readonly joint: JointProcurement;
  readonly complexity: Complexity;
  /** Criterion scores 1–5 as given (missing criteria may be derived later). */
  readonly scores: CriteriaScores;
  readonly status: NeedStatus;
}
