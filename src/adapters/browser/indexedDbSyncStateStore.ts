/**
 * The sync state of one SharePoint list kept in IndexedDB (through idb-keyval): about 1 kB per item,
 * so 50 000 items are some 50 MB — too big for localStorage. In Office the key is namespaced by the
 * add-in's partition key (`Office.context.partitionKey`), so each document/user has its own state.
 * The state holds list items and delta links, never tokens.
 */
import { CodedError } from "../../application/codedError";
import { createStore, del, get, set, type UseStore } from "idb-keyval";
import type { ListSyncState, SyncStateStore } from "../../application/sharepoint/syncState";

/** Database used when none is named. */
export const DEFAULT_SYNC_STATE_DB = "anskaffelsesplan";
/** Object store inside the database that holds the sync states. */
export const SYNC_STATE_OBJECT_STORE = "syncState";

const PREFIX = "anskaffelsesplan.syncState.";

/** Options of {@link createIndexedDbSyncStateStore}. */
export interface IndexedDbSyncStateStoreOptions {
  /** `Office.context.partitionKey` when the add-in runs partitioned; absent in a plain browser. */
  readonly partitionKey?: string;
  /** IndexedDB database name (default {@link DEFAULT_SYNC_STATE_DB}). */
  readonly dbName?: string;
}

/** A SyncStateStore that can also forget its state (e.g. after the connection settings change). */
export interface ClearableSyncStateStore extends SyncStateStore {
  /** Removes the saved state of this key; a later load() returns undefined. */
  clear(): Promise<void>;
}

/**
 * The key of one list's sync state: Graph base URL, site URL and list name, lower-cased and without
 * trailing slashes, so the same list always finds the same state.
 */
export function syncStateKey(graphBaseUrl: string, siteUrl: string, listName: string): string {
  const norm = (s: string): string => s.trim().replace(/\/+$/, "").toLowerCase();
  return `${norm(graphBaseUrl)}|${norm(siteUrl)}|${listName.trim().toLowerCase()}`;
}

/** One idb-keyval store per database name (each opens its connection lazily, once). */
const stores = new Map<string, UseStore>();

function storeFor(dbName: string): UseStore {
  let store = stores.get(dbName);
  if (!store) {
    store = createStore(dbName, SYNC_STATE_OBJECT_STORE);
    stores.set(dbName, store);
  }
  return store;
}

/**
 * A SyncStateStore over IndexedDB for the list named by `key` (see {@link syncStateKey}).
 * load() returns undefined when nothing is saved and throws when the saved state is not version 1.
 */
export function createIndexedDbSyncStateStore(
  key: string,
  options: IndexedDbSyncStateStoreOptions = {},
): ClearableSyncStateStore {
  const storageKey = `${options.partitionKey ? `${options.partitionKey}.` : ""}${PREFIX}${key}`;
  const store = (): UseStore => storeFor(options.dbName ?? DEFAULT_SYNC_STATE_DB);
  return {
    async load(): Promise<ListSyncState | undefined> {
      const value: unknown = await get(storageKey, store());
      if (value === undefined) return undefined;
      const version =
        value !== null && typeof value === "object" ? (value as { version?: unknown }).version : undefined;
      if (version !== 1) throw new CodedError("syncState.version", { list: key });
      return value as ListSyncState;
    },
    async save(state: ListSyncState): Promise<void> {
      await set(storageKey, state, store());
    },
    async clear(): Promise<void> {
      await del(storageKey, store());
    },
  };
}
