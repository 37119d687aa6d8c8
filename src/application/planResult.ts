/**
 * The plan result that every entry point produces and shows: plan.json (CLI), the task pane and
 * the browser page. Later stages (ranking, selection, schedule) add sections.
 * JSON Schema: docs/schemas/plan.schema.json.
 */
import type { Need } from "../domain/model/need";
import type { FieldError, SubmittedValues } from "../domain/intake/intakeTypes";
import type { PlanSchedule } from "./scheduleStage";
import type { PlanPrioritisation } from "./prioritisationStage";
import type { PlanDecision } from "./decisionsStage";
import type { PlanInsight } from "../domain/insight/planInsight";

/** A field error with its message in both UI languages. */
export interface LocalisedFieldError extends FieldError {
  readonly message: { readonly nb: string; readonly en: string };
}

/** Every input need appears once: accepted with its (possibly redacted) content, or rejected with errors. */
export interface PlanNeedEntry {
  readonly id: string;
  /** 1-based position in the input. */
  readonly row: number;
  readonly status: "accepted" | "rejected";
  /** The validated need, redacted under the redaction policy; absent when rejected. */
  readonly need?: Need;
  /** True when the need is security graded and its content was hidden. */
  readonly redacted: boolean;
  readonly errors: readonly LocalisedFieldError[];
  /** Rejected: what was submitted (printable raw values; graded text never kept). */
  readonly submitted?: SubmittedValues;
  /** What the intake changed in the record without rejecting it (code `text-sanitised`); absent when nothing. */
  readonly warnings?: readonly LocalisedFieldError[];
  /** Created centrally from an accepted suggestion (docs/insight.md): no list item to write back to. */
  readonly createdCentrally?: true;
}

/** Counts that always add up: received = accepted + rejected. */
export interface PlanCounts {
  readonly received: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Of `received`, the needs created centrally from accepted suggestions (absent when none). */
  readonly centrallyCreated?: number;
}

/** The result of running the planning pipeline. */
export interface PlanResult {
  readonly schemaVersion: 1;
  readonly planYear: number;
  readonly counts: PlanCounts;
  readonly needs: readonly PlanNeedEntry[];
  readonly redaction: { readonly includeSecurityGraded: boolean; readonly redactedCount: number };
  /** The capacity-levelled schedule of the accepted needs (docs/scheduling.md). */
  readonly schedule: PlanSchedule;
  /** Ranking, selection, frontier and explanations; present when the run had a MILP solver. */
  readonly prioritisation?: PlanPrioritisation;
  /** The decision and feedback per need, as `publish` writes them back to SharePoint. */
  readonly decisions: readonly PlanDecision[];
  /** Contract expiry, spend, joint procurements and the annual wheel; present when the run asked for it. */
  readonly insight?: PlanInsight;
}
