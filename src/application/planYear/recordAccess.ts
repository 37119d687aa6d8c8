/**
 * Changing the plan-year record's version list safely. The record is read, migrated and validated
 * by the record's own use cases (loadPlanYear, serialisePlanYearRecord: an invalid record is never
 * written). A version change is a pure function of the record as stored, written with If-Match on
 * the etag just read; when someone else wrote in between (PreconditionFailedError) the record is
 * read again and the change applied again — not merged — so the version rules are checked against
 * what is really there (two approvers at once both land; an approval of a version someone else
 * just published is refused). Also the helpers for reading stored JSON without quoting it.
 */
import type { PlanYearRecord } from "../../domain/planYear/planYearTypes";
import { PlanVersionError } from "../../domain/planYear/versionLifecycle";
import { serialisePlanYearRecord } from "./planYearFile";
import { loadPlanYear, MAX_WRITE_ATTEMPTS, PlanYearBusyError, type PlanYearDeps } from "./planYearRecords";
import { PreconditionFailedError } from "./planYearStore";

/** True for a JSON object (not an array, not null). */
export const isJsonObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * An `invalid-file` error: the file, the field and what is wrong (`problem` is a key of
 * src/i18n/versionMessages.ts, `problem.<key>`, worded with `detail`).
 */
export function invalidFile(file: string, field: string, problem: string, detail = ""): PlanVersionError {
  return new PlanVersionError("invalid-file", { file, field, problem, detail });
}

/**
 * Parses stored JSON text. The error gives only the position: the parser's own message may quote
 * the text, and a plan file holds security-graded needs.
 */
export function parseStoredJson(text: string, location: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1] ?? "?";
    throw invalidFile(location, "$", "json", position);
  }
}

/**
 * Applies `change` to the stored record and writes it with If-Match; on a concurrent write, reads
 * again and re-applies, up to MAX_WRITE_ATTEMPTS times (then PlanYearBusyError). Returns the record
 * written.
 */
export async function updateVersions(
  deps: PlanYearDeps,
  year: number,
  change: (record: PlanYearRecord) => PlanYearRecord,
): Promise<PlanYearRecord> {
  let location = "";
  for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt += 1) {
    const loaded = await loadPlanYear(deps, year);
    location = loaded.location;
    const next = change(loaded.record);
    try {
      await deps.store.writeRecord(year, serialisePlanYearRecord(next, location, deps.validate), loaded.etag);
      return next;
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
    }
  }
  throw new PlanYearBusyError(location, MAX_WRITE_ATTEMPTS);
}
