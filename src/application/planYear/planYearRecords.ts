/**
 * Use cases of the plan-year record: set a year up (create-only, from the seed's defaults or from
 * the previous year), load it, and change it safely when several people work at once. A change is
 * read → mutate → write with If-Match; when someone else wrote in between (412), the stored record
 * is read again, both changes are merged three-way (disjoint edits kept, same-field clashes keep the
 * stored value and are reported) and the write is tried again, a bounded number of times.
 */
import { threeWayMerge, jsonEqual } from "../../domain/planYear/threeWayMerge";
import { newPlanYearRecord, type RecordStart } from "../../domain/planYear/planYearDefaults";
import { recordPlanEdits, type PlanEdit } from "../../domain/planYear/planEdits";
import { stampOf } from "../../domain/planYear/versionLifecycle";
import type { PlanYearRecord, RecordConflict, Stamp } from "../../domain/planYear/planYearTypes";
import { PreconditionFailedError, type PlanYearStore } from "./planYearStore";
import { parsePlanYearRecord, serialisePlanYearRecord, type PlanYearValidator } from "./planYearFile";

/** The record file's name inside the year's folder. */
export const RECORD_FILE = "plan-year.json";

/** How often a change is merged and tried again before giving up. */
export const MAX_WRITE_ATTEMPTS = 5;

/** What the use cases need: the store, the schema validator and the clock. */
export interface PlanYearDeps {
  readonly store: PlanYearStore;
  readonly validate: PlanYearValidator;
  /** The current time (tests fix it); `new Date()` when absent. */
  readonly now?: () => Date;
}

/** A record as read, with its etag and where it is stored. */
export interface LoadedRecord {
  readonly record: PlanYearRecord;
  readonly etag: string;
  readonly location: string;
}

/** The year has no record yet. */
export class PlanYearMissingError extends Error {
  constructor(
    readonly year: number,
    readonly location: string,
  ) {
    super(`no plan-year record: ${location}`);
    this.name = "PlanYearMissingError";
  }
}

/** Others kept changing the record while we tried to save; nothing of ours was written. */
export class PlanYearBusyError extends Error {
  constructor(
    readonly location: string,
    readonly attempts: number,
  ) {
    super(`record kept changing: ${location}`);
    this.name = "PlanYearBusyError";
  }
}

/**
 * Who acts and when: the account name as the domain compares it (trimmed, lower case) and the
 * deps' clock; a PlanVersionError `no-user` for an empty or whitespace-only account.
 */
export function stampNow(deps: PlanYearDeps, who: string): Stamp {
  return stampOf(who, (deps.now?.() ?? new Date()).toISOString());
}

/** Where the year's record is stored, for messages. */
export function recordLocation(store: PlanYearStore, year: number): string {
  return store.location(year, RECORD_FILE);
}

/** Reads and parses the year's record; PlanYearMissingError when there is none. */
export async function loadPlanYear(deps: PlanYearDeps, year: number): Promise<LoadedRecord> {
  const location = recordLocation(deps.store, year);
  const stored = await deps.store.readRecord(year);
  if (stored === undefined) throw new PlanYearMissingError(year, location);
  const record = parsePlanYearRecord(stored.content, location, deps.validate, { year });
  return { record, etag: stored.etag, location };
}

/** Creates the year's record; refuses (AlreadyExistsError) when the year already has one. */
export async function createPlanYear(
  deps: PlanYearDeps,
  year: number,
  who: string,
  start: RecordStart = {},
): Promise<LoadedRecord> {
  const location = recordLocation(deps.store, year);
  const record = newPlanYearRecord(year, stampNow(deps, who), start);
  const text = serialisePlanYearRecord(record, location, deps.validate);
  const etag = await deps.store.writeRecord(year, text, undefined);
  return { record: parsePlanYearRecord(text, location, deps.validate, { year }), etag, location };
}

/** The outcome of a change: the record as stored, and the fields where the stored value won. */
export interface UpdateOutcome extends LoadedRecord {
  readonly conflicts: readonly RecordConflict[];
  /** Writes tried (1 when nobody else wrote in between; 0 when the change changed nothing). */
  readonly attempts: number;
}

/** A change to the record, given who makes it and when. */
export type RecordMutation = (record: PlanYearRecord, stamp: Stamp) => PlanYearRecord;

/**
 * Changes the year's record: read → mutate → write with If-Match; on a precondition failure reads
 * again, merges three-way and tries again (at most MAX_WRITE_ATTEMPTS writes, then PlanYearBusyError).
 * An invalid result is never written (PlanYearFileError); a change that changes nothing writes nothing.
 */
export async function updatePlanYear(
  deps: PlanYearDeps,
  year: number,
  mutate: RecordMutation,
  who: string,
): Promise<UpdateOutcome> {
  const stamp = stampNow(deps, who);
  let current = await loadPlanYear(deps, year);
  let ours = mutate(current.record, stamp);
  const conflicts: RecordConflict[] = [];
  for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt += 1) {
    if (jsonEqual(ours, current.record)) return { ...current, conflicts, attempts: attempt - 1 };
    const text = serialisePlanYearRecord(ours, current.location, deps.validate);
    try {
      const etag = await deps.store.writeRecord(year, text, current.etag);
      const record = parsePlanYearRecord(text, current.location, deps.validate, { year });
      return { record, etag, location: current.location, conflicts, attempts: attempt };
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
    }
    const theirs = await loadPlanYear(deps, year);
    const merge = threeWayMerge(current.record, ours, theirs.record);
    conflicts.push(...merge.conflicts);
    current = theirs;
    ours = merge.merged;
  }
  throw new PlanYearBusyError(current.location, MAX_WRITE_ATTEMPTS);
}

/** Records edits (weights, scores, force decisions, notes, feedback) stamped with who and when. */
export function recordEdits(
  deps: PlanYearDeps,
  year: number,
  edits: readonly PlanEdit[],
  who: string,
): Promise<UpdateOutcome> {
  return updatePlanYear(
    deps,
    year,
    (record, stamp) => ({
      ...record,
      edits: recordPlanEdits(record.edits, edits, stamp),
    }),
    who,
  );
}
