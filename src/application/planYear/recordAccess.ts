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

/** Parses the record's text, checking the fields the version use cases use. */
export function parseRecordForVersions(text: string, location: string, year: number): PlanYearRecord {
  const value = parseStoredJson(text, location);
  if (!isJsonObject(value)) throw invalidFile(location, "$", "object");
  if (value.schemaVersion !== PLAN_YEAR_SCHEMA_VERSION)
    throw invalidFile(location, "schemaVersion", "schemaVersion", JSON.stringify(value.schemaVersion) ?? "");
  if (value.planYear !== year) throw invalidFile(location, "planYear", "expected", String(year));
  if (!isJsonObject(value.approvers)) throw invalidFile(location, "approvers", "missing");
  if (!Array.isArray(value.versions)) throw invalidFile(location, "versions", "list");
  value.versions.forEach((v, i) => {
    const ok = isJsonObject(v) && typeof v.id === "string" && typeof v.status === "string";
    if (!ok || !Array.isArray(v.approvals)) throw invalidFile(location, `versions[${i}]`, "summary");
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
