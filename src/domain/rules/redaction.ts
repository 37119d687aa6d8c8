/**
 * The one redaction policy for security-graded needs (skjermingsbehov), used by every output:
 * plan.json, the task pane, Excel sheets, Project XML and SharePoint feedback.
 *
 * Hidden: title, description, rationale, contact and the id of the contract being renewed.
 * Kept: id, unit, area, category, value, dates, scores, status — so totals, capacity and the
 * schedule stay true. A user includes graded content only by an explicit opt-in
 * (`includeSecurityGraded`), which the entry point must ask for each time (never stored).
 */
import type { Need } from "../model/need";

/** What the caller allows for this output. */
export interface RedactionOptions {
  /** Explicit opt-in to show graded needs in full; default false. */
  readonly includeSecurityGraded: boolean;
}

/** The fixed text that replaces hidden fields (the UI translates the marker code). */
export const REDACTED_TEXT = "[SKJERMET]";

/** Default options: graded content hidden. */
export const REDACT_BY_DEFAULT: RedactionOptions = { includeSecurityGraded: false };

/** True when the need's content must be hidden under the given options. */
export function mustRedact(need: Pick<Need, "securityGraded">, options: RedactionOptions): boolean {
  return need.securityGraded && !options.includeSecurityGraded;
}

/** The need as it may be shown: graded content replaced by REDACTED_TEXT unless opted in. */
export function redactNeed<T extends Need>(need: T, options: RedactionOptions): T {
  if (!mustRedact(need, options)) return need;
  const redacted: T = {
    ...need,
    title: `${REDACTED_TEXT} ${need.id}`,
    description: REDACTED_TEXT,
    rationale: REDACTED_TEXT,
    contact: REDACTED_TEXT,
  };
  if (need.existingContractId !== undefined) return { ...redacted, existingContractId: REDACTED_TEXT };
  return redacted;
}
