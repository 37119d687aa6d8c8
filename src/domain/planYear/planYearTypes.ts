/**
 * The plan-year record: one lasting, versioned document per plan year that holds the planning
 * configuration, the annual wheel's dates, the approvers, the working edits people make (weights,
 * score overrides, force decisions, notes and feedback to units, each with who and when) and the
 * index of the plan's versions (draft → submitted → approved → published). It is stored as
 * `Anskaffelsesplan/<year>/plan-year.json` in the SharePoint site's document library or in a local
 * folder of the same layout; each version's content is a separate, immutable file beside it
 * (see src/application/planYear and docs/plan-year.md). Types only: pure functions live beside it.
 *
 * Every map keyed by data (criterion ids, need ids) is a null-prototype object once parsed.
 */
import type { PlanConfig } from "../model/planInput";
import type { ForceDecision } from "../prioritisation/prioritisationTypes";
import type { IsoDate } from "../time/isoDate";

/** The schema version this code writes; older versions are migrated on read, newer ones refused. */
export const PLAN_YEAR_SCHEMA_VERSION = 2;

/** An ISO 8601 date-time in UTC, e.g. `2027-01-15T09:30:00.000Z`. */
export type IsoDateTime = string;

/** Who changed something and when; `by` is the account name (UPN / e-mail, lower case). */
export interface Stamp {
  readonly by: string;
  readonly at: IsoDateTime;
}

/** The annual wheel's deadlines for plan year Y (the seed's dates as defaults). */
export interface WheelDates {
  /** 1 Sep Y−1: preparation and the call for needs. */
  readonly preparation: IsoDate;
  /** 1 Nov Y−1: local submission deadline. */
  readonly localSubmission: IsoDate;
  /** 1 Jan Y: central analysis and prioritisation done. */
  readonly centralAnalysis: IsoDate;
  /** 5 Jan Y: the plan compiled. */
  readonly compilation: IsoDate;
  /** 15 Jan Y: approval. */
  readonly approval: IsoDate;
  /** 31 Jan Y: information out to the units. */
  readonly publication: IsoDate;
  /** Revisions of the rolling plan during the year (1 Apr, 1 Jul, 1 Oct by default). */
  readonly revisions: readonly IsoDate[];
}

/**
 * The parts of the compiled plan, each drawn from the needs' areas: the procurement plan
 * (Anskaffelser, IKT), the real-estate portfolio plan (Eiendom) and the materiel investment plan
 * (Materiell, not approved).
 */
export const PLAN_PARTS = ["procurement", "realEstate", "materiel"] as const;
/** One part of the compiled plan. */
export type PlanPart = (typeof PLAN_PARTS)[number];

/**
 * What is approved and by whom: the whole plan by PFT's leadership group, the procurement plan by
 * the director of Procurement and Legal, the real-estate portfolio plan by the director of Real Estate.
 */
export const APPROVAL_SCOPES = ["whole", "procurement", "realEstate"] as const;
/** One approval a version needs. */
export type ApprovalScope = (typeof APPROVAL_SCOPES)[number];

/** Accounts allowed to approve each scope (account names, lower case). */
export type Approvers = Readonly<Record<ApprovalScope, readonly string[]>>;

/** A value someone set, with who and when. */
export type Stamped<T> = T & { readonly stamp: Stamp };

/** The working edits of the plan year, taken into every run until changed again. */
export interface PlanYearEdits {
  /** Criterion id → weight in percent. */
  readonly weights: Readonly<Record<string, Stamped<{ readonly value: number }>>>;
  /** Need id → criterion id → score 1–5 overriding the submitted one. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, Stamped<{ readonly value: number }>>>>>;
  /** Need id → force decision (direction, reason, comment). */
  readonly forced: Readonly<Record<string, Stamped<Omit<ForceDecision, "needId">>>>;
  /** Need id → the procurement lead's note. */
  readonly notes: Readonly<Record<string, Stamped<{ readonly text: string }>>>;
  /** Need id → feedback text to the unit, added to the decision's feedback. */
  readonly feedback: Readonly<Record<string, Stamped<{ readonly text: string }>>>;
}

/** Lifecycle of a plan version. */
export const VERSION_STATUSES = ["draft", "submitted", "approved", "published"] as const;
/** Status of a plan version. */
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** One approval given to a version. */
export interface Approval {
  readonly scope: ApprovalScope;
  readonly stamp: Stamp;
}

/** A version as listed in the record; its content is the immutable file `versions/<id>.json`. */
export interface VersionSummary {
  /** `v001`, `v002`, … in creation order. */
  readonly id: string;
  readonly status: VersionStatus;
  /** `annual` for the plan of 15 January, `revision` for a re-plan during the year. */
  readonly kind: "annual" | "revision";
  readonly created: Stamp;
  /** The version this one was re-planned from. */
  readonly basedOn?: string;
  /** Re-planning date of a revision. */
  readonly asOf?: IsoDate;
  /** SHA-256 (hex) of the version file's content, fixed when it is submitted; checked on every read after. */
  readonly contentHash?: string;
  readonly submitted?: Stamp;
  readonly approvals: readonly Approval[];
  readonly published?: Stamp;
}

/** One earlier decision on a carried need: which plan year and version decided what. */
export interface CarriedDecision {
  readonly planYear: number;
  readonly versionId: string;
  readonly decision: "include" | "defer" | null;
  readonly rank: number | null;
  readonly plannedStart: IsoDate | null;
  readonly plannedFinish: IsoDate | null;
}

/** A need carried over from the previous plan year (deferred or unfinished), with its history. */
export interface CarriedNeed {
  readonly needId: string;
  readonly fromYear: number;
  /** Why it was carried: deferred (not selected) or started but not finished. */
  readonly reason: "deferred" | "unfinished";
  /** The last decision and feedback the unit got for it. */
  readonly lastDecision: string;
  /** Earlier decisions, oldest first (the previous year's history followed by its last decision). */
  readonly history: readonly CarriedDecision[];
  /** The raw record as it was submitted, so the unit does not submit it again. */
  readonly record: Readonly<Record<string, unknown>>;
}

/**
 * A field both writers changed to different values in a three-way merge of the record: `path` is
 * a JSON Pointer into the record (e.g. `/edits/weights/reach`); theirs (the stored value) is kept.
 */
export interface RecordConflict {
  readonly path: string;
  readonly theirs: unknown;
  readonly ours: unknown;
}

/** The kinds of insight suggestion a decision is recorded for. */
export const SUGGESTION_KINDS = ["renewal", "joint"] as const;
/** Renewal suggestions (`FORSLAG-<contract>`) or joint procurement proposals (`FELLES-…`, `NORDISK-…`, `FORSVARET-…`). */
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/**
 * A decision on an insight suggestion (docs/insight.md), taken into every later run's insight:
 * accepted, or dismissed with a reason. A joint proposal's id is its place in the run's list, so
 * the decision names the proposal's needs too and follows them, not the id.
 */
export interface RecordedSuggestionDecision {
  readonly kind: SuggestionKind;
  readonly action: "accepted" | "dismissed";
  /** Why; required when dismissed. */
  readonly reason?: string;
  /** Joint proposals: the need ids of the proposal decided, sorted. */
  readonly needIds?: readonly string[];
  /** Carried from an earlier year (year init --from): the year it was decided in. */
  readonly fromYear?: number;
  /** Renewals carried from an earlier year: the contract's last possible end then; holds while unchanged. */
  readonly contractEnd?: IsoDate;
  readonly stamp: Stamp;
}

/** The plan-year record (plan-year.json). */
export interface PlanYearRecord {
  readonly schemaVersion: typeof PLAN_YEAR_SCHEMA_VERSION;
  readonly planYear: number;
  readonly created: Stamp;
  /** Planning configuration: budget, criteria and weights or pairwise comparisons, units, categories, thresholds, scheduling. */
  readonly config: PlanConfig;
  readonly wheel: WheelDates;
  readonly approvers: Approvers;
  readonly edits: PlanYearEdits;
  readonly versions: readonly VersionSummary[];
  readonly carriedOver: readonly CarriedNeed[];
  /** Suggestion id → decision (schema version 2; absent = none decided). */
  readonly suggestionDecisions?: Readonly<Record<string, RecordedSuggestionDecision>>;
}
