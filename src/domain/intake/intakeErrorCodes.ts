/**
 * Every error code intake validation can report. The i18n catalogue (src/i18n/intakeMessages.ts)
 * holds one message per code in bokmål and English; docs/input-format.md lists them.
 */

/** All intake error codes, in the order the documentation lists them. */
export const INTAKE_ERROR_CODES = [
  "not-an-object",
  "required",
  "invalid-id",
  "invalid-id-type",
  "duplicate-id",
  "not-text",
  "too-long",
  "invalid-number",
  "ambiguous-number",
  "negative-number",
  "number-too-large",
  "invalid-date",
  "impossible-date",
  "unknown-value",
  "invalid-boolean",
  "not-a-list",
  "unknown-unit",
  "unknown-category",
  "unknown-subcategory",
  "subcategory-not-in-category",
  "unknown-contract",
  "unknown-criterion",
  "invalid-score",
  "unknown-dependency",
  "self-dependency",
  "dependency-rejected",
  "dependency-cycle",
] as const;

/** An intake error code. */
export type IntakeErrorCode = (typeof INTAKE_ERROR_CODES)[number];

/** Pseudo field name of errors about the record as a whole (e.g. `not-an-object`). */
export const RECORD_FIELD = "record";
