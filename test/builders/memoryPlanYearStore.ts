/**
 * Test builder: an in-memory PlanYearStore that behaves like the real adapters — etags change on
 * every write, a write with If-Match fails with PreconditionFailedError when the etag is stale,
 * create-only writes fail with AlreadyExistsError — plus a default plan-year record to start from.
 */
import {
  AlreadyExistsError,
  PreconditionFailedError,
  type PlanYearStore,
  type StoredDocument,
} from "../../src/application/planYear/planYearStore";
import { emptyEdits, newPlanYearRecord } from "../../src/domain/planYear/planYearDefaults";
import { nodePlanYearValidator } from "../../src/adapters/node/jsonSchemas";
import type { PlanYearDeps } from "../../src/application/planYear/planYearRecords";
import type { Approvers, PlanYearRecord } from "../../src/domain/planYear/planYearTypes";

/** Approvers of the test records. */
export const TEST_APPROVERS: Approvers = {
  whole: ["leder@politiet.no"],
  procurement: ["anskaffelsesdirektor@politiet.no"],
  realEstate: ["eiendomsdirektor@politiet.no"],
};

/** No working edits. */
export const NO_EDITS = emptyEdits();

/** A plan-year record with the seed's defaults, the test approvers and no versions. */
export function testRecord(year: number, approvers: Approvers = TEST_APPROVERS): PlanYearRecord {
  const created = { by: "koordinator@politiet.no", at: `${year - 1}-09-01T08:00:00.000Z` };
  return newPlanYearRecord(year, created, { approvers });
}

/** The record use cases' dependencies over a store: the real schema validator and a fixed clock. */
export function testDeps(store: PlanYearStore, at = "2027-01-15T09:30:00.000Z"): PlanYearDeps {
  return { store, validate: nodePlanYearValidator(), now: () => new Date(at) };
}

/** The in-memory store; `files` and `documents` are open for tests to inspect or tamper with. */
export class MemoryPlanYearStore implements PlanYearStore {
  readonly records = new Map<number, StoredDocument>();
  readonly files = new Map<string, StoredDocument>();
  readonly documents = new Map<string, { content: Uint8Array; contentType: string }>();
  /** Record writes that succeeded. */
  recordWrites = 0;
  /** Called before each conditional record write (to simulate a concurrent writer). */
  beforeRecordWrite?: (year: number) => void;
  private counter = 0;

  private nextEtag(): string {
    this.counter += 1;
    return `"etag-${this.counter}"`;
  }

  location(year: number, file: string): string {
    return `memory:/Anskaffelsesplan/${year}/${file}`;
  }

  async listYears(): Promise<readonly number[]> {
    return [...this.records.keys()].sort((a, b) => a - b);
  }

  async readRecord(year: number): Promise<StoredDocument | undefined> {
    return this.records.get(year);
  }

  async writeRecord(year: number, content: string, ifMatch: string | undefined): Promise<string> {
    const hook = this.beforeRecordWrite;
    this.beforeRecordWrite = undefined;
    hook?.(year);
    const current = this.records.get(year);
    if (ifMatch === undefined && current) throw new AlreadyExistsError(this.location(year, "plan-year.json"));
    if (ifMatch !== undefined && current?.etag !== ifMatch)
      throw new PreconditionFailedError(this.location(year, "plan-year.json"));
    const etag = this.nextEtag();
    this.records.set(year, { content, etag });
    this.recordWrites += 1;
    return etag;
  }

  /** Puts a record in place (test set-up). */
  seed(record: PlanYearRecord): void {
    this.records.set(record.planYear, { content: JSON.stringify(record), etag: this.nextEtag() });
  }

  /** The stored record, parsed. */
  record(year: number): PlanYearRecord {
    const stored = this.records.get(year);
    if (!stored) throw new Error(`no record for ${year}`);
    return JSON.parse(stored.content) as PlanYearRecord;
  }

  async readVersion(year: number, versionId: string): Promise<StoredDocument | undefined> {
    return this.files.get(`${year}/${versionId}`);
  }

  async createVersion(year: number, versionId: string, content: string): Promise<void> {
    const key = `${year}/${versionId}`;
    if (this.files.has(key)) throw new AlreadyExistsError(this.location(year, `versions/${versionId}.json`));
    this.files.set(key, { content, etag: this.nextEtag() });
  }

  /** Overwrites a version file behind the use cases' back (a hand edit). */
  tamper(year: number, versionId: string, edit: (file: Record<string, unknown>) => void): void {
    const key = `${year}/${versionId}`;
    const stored = this.files.get(key);
    if (!stored) throw new Error(`no version ${key}`);
    const file = JSON.parse(stored.content) as Record<string, unknown>;
    edit(file);
    this.files.set(key, { content: JSON.stringify(file), etag: this.nextEtag() });
  }

  async saveDocument(year: number, name: string, content: Uint8Array, contentType: string): Promise<void> {
    this.documents.set(`${year}/${name}`, { content, contentType });
  }
}
