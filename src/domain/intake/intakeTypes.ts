/**
 * Types of the intake boundary: raw records as SharePoint (or a JSON file) delivers them,
 * per-field errors with stable codes, and the result whose counts always add up.
 */
import type { Need } from "../model/need";

/** A raw record: field name → value as delivered (usually strings; numbers/booleans/arrays accepted). */
export type RawRecord = Readonly<Record<string, unknown>>;

/** One problem with one field of one record. Messages come from the i18n catalogues by `code`. */
export interface FieldError {
  /** The record's id when it has one, else `#<row>` (1-based position in the input). */
  readonly itemId: string;
  /** 1-based position of the record in the input. */
  readonly row: number;
  /** Name of the offending field (our field name, e.g. `estimatedValue`). */
  readonly field: string;
  /** Stable error code, e.g. `required`, `invalid-number`; catalogues hold the words. */
  readonly code: string;
  /** Values for the message template (the raw value, limits, the unknown id, ...). */
  readonly params: Readonly<Record<string, string | number>>;
  /**
   * True when the record is (or may be) security graded: the params carry no value from the record
   * and the message says the value is withheld.
   */
  readonly withheld?: boolean;
}

/** The fields of a rejected record that tell a coordinator what was sent and by whom. */
export const SUBMITTED_FIELDS = ["title", "unit", "contact", "estimatedValue", "neededBy"] as const;
/** One of SUBMITTED_FIELDS. */
export type SubmittedField = (typeof SUBMITTED_FIELDS)[number];

/**
 * What a rejected record carried in SUBMITTED_FIELDS, each as a short printable form of the raw value
 * (`displayValue`); blank fields are left out, and a (maybe) graded record keeps none.
 */
export type SubmittedValues = Readonly<Partial<Record<SubmittedField, string>>>;

/** A record that was rejected, with every error found in it (not just the first). */
export interface RejectedRecord {
  readonly itemId: string;
  readonly row: number;
  readonly errors: readonly FieldError[];
  /** What was submitted (printable raw values), so a coordinator can see whom to call. */
  readonly submitted: SubmittedValues;
}

/** Result of validating a batch: received = accepted.length + rejected.length, always. */
export interface IntakeResult<T = Need> {
  readonly received: number;
  readonly accepted: readonly T[];
  /** The 1-based input row of each accepted item (same order as `accepted`). */
  readonly acceptedRows: readonly number[];
  readonly rejected: readonly RejectedRecord[];
  /** What the intake changed without rejecting (code `text-sanitised`), every record, in input order. */
  readonly warnings: readonly FieldError[];
}

/**
 * The raw need fields, as SharePoint columns or JSON keys deliver them (docs/input-format.md).
 * Criterion scores come as one field per criterion: `score_<criterionId>` (e.g. `score_reach`).
 */
export const RAW_NEED_FIELDS = [
  "id",
  "title",
  "description",
  "rationale",
  "unit",
  "contact",
  "area",
  "category",
  "subcategory",
  "insightSource",
  "deliveryTrack",
  "contractType",
  "estimatedValue",
  "neededBy",
  "receivedDate",
  "existingContractId",
  "securityGraded",
  "fundingStatus",
  "dependsOn",
  "jointNordic",
  "jointArmedForces",
  "sharedWithUnits",
  "complexity",
  "status",
] as const;

/** Prefix of the raw score fields: `score_<criterionId>`. */
export const SCORE_FIELD_PREFIX = "score_";
