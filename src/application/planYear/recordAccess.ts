/**
 * Reading the plan-year record and changing it safely: every change is a pure function of the
 * record as stored, written with If-Match on the etag just read; when someone else wrote in
 * between (PreconditionFailedError) the record is read again and the change applied again, so the
 * rules are checked against what is really there. Parsing here checks only what the version use
 * cases rely on (schema version, plan year, approvers, versions); the record's full validation and
 * migrations are the record's own parser's (docs/plan-year.md).
 */
import { PLAN_YEAR_SCHEMA_VERSION, type PlanYearRecord } from "../../domain/planYear/planYearTypes";
import { PlanVersionError } from "../../domain/planYear/versionLifecycle";
import { PreconditionFailedError, type PlanYearStore } from "./planYearStore";

/** The record's file name under the plan year's folder. */
export const RECORD_FILE = "plan-year.json";

/** A record as read, with the etag to write it back with. */
export interface LoadedRecord {
  readonly record: PlanYearRecord;
  readonly etag: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

function invalid(file: string, field: string, problem: string): PlanVersionError {
  return new PlanVersionError("invalid-file", { file, field, problem });
}

/** Parses the record's text, checking the fields the version use cases use. */
export function parseRecordForVersions(text: string, location: string, year: number): PlanYearRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalid(location, "$", (error as Error).message);
  }
  if (!isObject(value)) throw invalid(location, "$", "not a JSON object");
  if (value.schemaVersion !== PLAN_YEAR_SCHEMA_VERSION)
    throw invalid(location, "schemaVersion", `unknown schema version ${JSON.stringify(value.schemaVersion)}`);
  if (value.planYear !== year) throw invalid(location, "planYear", `expected ${year}`);
  if (!isObject(value.approvers)) throw invalid(location, "approvers", "missing");
  if (!Array.isArray(value.versions)) throw invalid(location, "versions", "not a list");
  value.versions.forEach((v, i) => {
    if (
      !isObject(v) ||
      typeof v.id !== "string" ||
      typeof v.status !== "string" ||
      !Array.isArray(v.approvals)
    )
      throw invalid(location, `versions[${i}]`, "needs id, status and approvals");
  });
  return value as unknown as PlanYearRecord;
}

/** The record of `year`; a PlanVersionError `no-record` when the year has none. */
export async function loadRecord(store: PlanYearStore, year: number): Promise<LoadedRecord> {
  const stored = await store.readRecord(year);
  if (!stored) throw new PlanVersionError("no-record", { year, file: store.location(year, RECORD_FILE) });
  return {
    record: parseRecordForVersions(stored.content, store.location(year, RECORD_FILE), year),
    etag: stored.etag,
  };
}

/** The record's JSON text as written. */
export function serialiseRecord(record: PlanYearRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * Applies `change` to the stored record and writes it with If-Match; on a concurrent write, reads
 * again and re-applies, up to `attempts` times (then a `busy` error). Returns the record written.
 */
export async function updateRecord(
  store: PlanYearStore,
  year: number,
  change: (record: PlanYearRecord) => PlanYearRecord,
  attempts = 5,
): Promise<PlanYearRecord> {
  for (let attempt = 1; ; attempt += 1) {
    const { record, etag } = await loadRecord(store, year);
    const next = change(record);
    try {
      await store.writeRecord(year, serialiseRecord(next), etag);
      return next;
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      if (attempt >= attempts)
        throw new PlanVersionError("busy", { file: store.location(year, RECORD_FILE), attempts });
    }
  }
}
