/**
 * The bookkeeping that keeps a conflict a conflict across publishes: a field with a stored,
 * unresolved conflict is never written (the other person's value stands and the conflict is reported
 * again); a field resolved as "keep theirs" is not written while the plan keeps wanting the same
 * value. And the decisions a publish could not write, kept for a retry of just those.
 */
import { sameColumnValue } from "./fieldMapping";
import type { ColumnSpec, WriteBackField } from "./listSchemas";
import type { NeedDecision, PublishFailure, WriteConflict } from "./publishDecisions";
import type { StoredConflict } from "./syncState";

/** What to do with one field of a decision, given the stored conflicts. */
export interface Hold {
  /** True: do not write the field. */
  readonly hold: boolean;
  /** The conflict to report again (absent when the field is settled as "keep theirs"). */
  readonly conflict?: WriteConflict;
}

/** Whether a stored conflict holds back `field` of `needId` whose plan value (column value) is `ours`. */
export function heldBack(
  stored: readonly StoredConflict[] | undefined,
  at: { readonly needId: string; readonly field: WriteBackField; readonly column: ColumnSpec },
  ours: unknown,
  timeZone: string,
): Hold {
  const entry = stored?.find((c) => c.needId === at.needId && c.field === at.field);
  if (entry === undefined) return { hold: false };
  const { resolution, ...conflict } = entry;
  if (resolution === "keep-theirs" && sameColumnValue(at.column, entry.ours, ours, timeZone))
    return { hold: true };
  return { hold: true, conflict: { ...conflict, ours } };
}

/** The conflicts to store after a publish: the ones reported now replace the earlier ones of the same field. */
export function storedConflicts(
  previous: readonly StoredConflict[] | undefined,
  reported: readonly WriteConflict[],
): StoredConflict[] {
  const key = (c: WriteConflict) => `${c.needId}\u0000${c.field}`;
  const now = new Set(reported.map(key));
  return [...(previous ?? []).filter((c) => !now.has(key(c))), ...reported];
}

/** The failures a retry can fix: not duplicate need ids (the list needs cleaning first). */
export function retryableFailures(failed: readonly PublishFailure[]): PublishFailure[] {
  return failed.filter((f) => f.reason !== "duplicate-need-id");
}

/** The decisions behind the failures that a retry can fix. */
export function failedDecisionsOf(
  decisions: readonly NeedDecision[],
  failed: readonly PublishFailure[],
): NeedDecision[] {
  const retryable = new Set(retryableFailures(failed).map((f) => f.needId));
  return decisions.filter((d) => retryable.has(d.needId));
}
