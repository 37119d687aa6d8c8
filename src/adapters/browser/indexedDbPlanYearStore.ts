/**
 * The plan-year store in the browser's IndexedDB (through idb-keyval), for the plain browser page
 * that has no SharePoint site: the record, its versions and documents under the same layout as the
 * site's library (`Anskaffelsesplan/<year>/…`, the key of each entry), so the edits made in the pane
 * survive a reload. A conditional write reads and writes in one IndexedDB transaction (idb-keyval's
 * `update`), so two tabs cannot both win an If-Match; the etag is a fresh random token per write.
 * In Office the keys are namespaced by the add-in's partition key, like the sync state.
 */
import { createStore, get, keys, update, type UseStore } from "idb-keyval";
import {
  AlreadyExistsError,
  PLAN_YEAR_FOLDER,
  PreconditionFailedError,
  type PlanYearStore,
  type StoredDocument,
} from "../../application/planYear/planYearStore";
import { RECORD_FILE } from "../../application/planYear/planYearRecords";

/** Database used when none is named. */
export const DEFAULT_PLAN_YEAR_DB = "anskaffelsesplan-planar";
/** Object store inside the database that holds the plan-year files. */
export const PLAN_YEAR_OBJECT_STORE = "planYear";

/** Options of {@link IndexedDbPlanYearStore}. */
export interface IndexedDbPlanYearStoreOptions {
  /** `Office.context.partitionKey` when the add-in runs partitioned; absent in a plain browser. */
  readonly partitionKey?: string;
  /** IndexedDB database name (default {@link DEFAULT_PLAN_YEAR_DB}). */
  readonly dbName?: string;
}

/** A stored text document (record or version) and its etag. */
interface StoredText {
  readonly content: string;
  readonly etag: string;
}

/** One idb-keyval store per database name (each opens its connection lazily, once). */
const stores = new Map<string, UseStore>();

function storeFor(dbName: string): UseStore {
  let store = stores.get(dbName);
  if (!store) {
    store = createStore(dbName, PLAN_YEAR_OBJECT_STORE);
    stores.set(dbName, store);
  }
  return store;
}

function checkName(name: string): string {
  if (name.trim() === "" || /[/\\]/.test(name) || name === "." || name === "..")
    throw new RangeError(`Invalid file name: "${name}"`);
  return name;
}

const newEtag = (): string => `"${crypto.randomUUID()}"`;

/** PlanYearStore over one IndexedDB database of this browser. */
export class IndexedDbPlanYearStore implements PlanYearStore {
  private readonly prefix: string;
  private readonly dbName: string;

  constructor(options: IndexedDbPlanYearStoreOptions = {}) {
    this.prefix = options.partitionKey ? `${options.partitionKey}/` : "";
    this.dbName = options.dbName ?? DEFAULT_PLAN_YEAR_DB;
  }

  private get store(): UseStore {
    return storeFor(this.dbName);
  }

  /** The key of a file of `year` (also its place for messages). */
  private key(year: number, file: string): string {
    if (!Number.isInteger(year)) throw new RangeError(`Invalid plan year: ${year}`);
    return `${this.prefix}${PLAN_YEAR_FOLDER}/${year}/${file}`;
  }

  location(year: number, file: string): string {
    return `IndexedDB ${this.dbName}: ${this.key(year, file)}`;
  }

  async listYears(): Promise<readonly number[]> {
    const head = `${this.prefix}${PLAN_YEAR_FOLDER}/`;
    const years = (await keys<string>(this.store))
      .filter((k) => typeof k === "string" && k.startsWith(head) && k.endsWith(`/${RECORD_FILE}`))
      .map((k) => k.slice(head.length, -RECORD_FILE.length - 1))
      .filter((y) => /^\d{4}$/.test(y))
      .map(Number);
    return [...new Set(years)].sort((a, b) => a - b);
  }

  async readRecord(year: number): Promise<StoredDocument | undefined> {
    return this.readText(this.key(year, RECORD_FILE));
  }

  async writeRecord(year: number, content: string, ifMatch: string | undefined): Promise<string> {
    const key = this.key(year, RECORD_FILE);
    const etag = newEtag();
    await update<StoredText | undefined>(
      key,
      (stored) => {
        if (ifMatch === undefined && stored !== undefined)
          throw new AlreadyExistsError(this.location(year, RECORD_FILE));
        if (ifMatch !== undefined && stored?.etag !== ifMatch)
          throw new PreconditionFailedError(this.location(year, RECORD_FILE));
        return { content, etag };
      },
      this.store,
    );
    return etag;
  }

  async readVersion(year: number, versionId: string): Promise<StoredDocument | undefined> {
    return this.readText(this.key(year, `versions/${checkName(versionId)}.json`));
  }

  async createVersion(year: number, versionId: string, content: string): Promise<void> {
    const file = `versions/${checkName(versionId)}.json`;
    await update<StoredText | undefined>(
      this.key(year, file),
      (stored) => {
        if (stored !== undefined) throw new AlreadyExistsError(this.location(year, file));
        return { content, etag: newEtag() };
      },
      this.store,
    );
  }

  async saveDocument(year: number, name: string, content: Uint8Array): Promise<void> {
    await update(this.key(year, `documents/${checkName(name)}`), () => Uint8Array.from(content), this.store);
  }

  /** The bytes of a saved document, or undefined (for tests and a later download). */
  async readDocument(year: number, name: string): Promise<Uint8Array | undefined> {
    return get<Uint8Array>(this.key(year, `documents/${checkName(name)}`), this.store);
  }

  private async readText(key: string): Promise<StoredDocument | undefined> {
    const stored = await get<StoredText>(key, this.store);
    return stored === undefined ? undefined : { content: stored.content, etag: stored.etag };
  }
}
