/**
 * Use case: sync the intake list into raw need records. The first run (or `full`) takes a delta
 * link at the current state, then reads every item page by page; later runs read only the changes
 * through the stored delta link (deleted items removed, the last occurrence of an item wins); an
 * expired token (410 Gone) falls back to a full read that replaces the local state.
 */
import { CodedError } from "../codedError";
import type { RawRecord } from "../../domain/intake/intakeTypes";
import {
  DeltaTokenExpiredError,
  throwIfAborted,
  type ListGateway,
  type ListRef,
  type Progress,
} from "./listGateway";
import { missingColumns, rawRecordOf, selectKeys, type MappingIssue } from "./fieldMapping";
import type { ColumnSpec, FieldMapping } from "./listSchemas";
import {
  applyPage,
  publishBookkeeping,
  sortedItemIds,
  type ListSyncState,
  type SyncStateStore,
  type SyncedItem,
} from "./syncState";
import { DEFAULT_SITE_TIME_ZONE } from "./zonedDates";
import { locateList } from "./findList";
import { copyDataRecord, dataRecord, ownValue } from "../../domain/model/dataRecord";

/** What to sync. */
export interface SyncRequest {
  /** Graph base URL (kept in the state: a state belongs to one endpoint). */
  readonly graphBaseUrl: string;
  readonly siteUrl: string;
  /** List display name or id. */
  readonly listName: string;
  /** Mapping to use; defaults to the one in the state. Required on the first sync. */
  readonly mapping?: FieldMapping;
  /** `auto` = delta when a delta link is stored, else full. */
  readonly mode?: "auto" | "full";
  readonly timeZone?: string;
}

/** The ports the use case needs. */
export interface SyncDeps {
  readonly gateway: ListGateway;
  readonly store: SyncStateStore;
  readonly progress?: Progress;
  readonly signal?: AbortSignal;
  readonly now?: () => Date;
}

/** Result of a sync: the raw needs in list order, and what happened. */
export interface SyncOutcome {
  readonly mode: "full" | "delta" | "resync";
  readonly records: readonly RawRecord[];
  /** SharePoint item id per record (same order as records). */
  readonly itemIds: readonly string[];
  readonly changed: number;
  readonly deleted: number;
  readonly issues: readonly MappingIssue[];
  readonly state: ListSyncState;
}

/** Thrown when the list lacks the columns every need must have, or has no field mapping. */
export class MappingError extends CodedError {
  constructor(code: "mapping.fatalColumns" | "mapping.none", params: Readonly<Record<string, string>> = {}) {
    super(code, params);
    this.name = "MappingError";
  }
}

async function locate(
  deps: SyncDeps,
  request: SyncRequest,
): Promise<{ siteId: string; listId: string; columns: readonly ColumnSpec[] }> {
  deps.progress?.({ phase: "resolve", done: 0 });
  const { ref } = await locateList(deps.gateway, request.siteUrl, request.listName, deps.signal);
  return { ...ref, columns: await deps.gateway.getColumns(ref, deps.signal) };
}

function checkMapping(mapping: FieldMapping, columns: readonly ColumnSpec[]): MappingIssue[] {
  const missing = missingColumns(mapping, columns);
  const fatal = missing.filter((m) => m.field === "id" || m.field === "title");
  if (fatal.length > 0) {
    throw new MappingError("mapping.fatalColumns", {
      columns: fatal.map((m) => `${m.field} («${m.column}»)`).join(", "),
    });
  }
  return missing.map((m) => ({ itemId: "-", field: m.field, code: "missing-column", detail: m.column }));
}

/** Title of the hidden list that holds a site's users (person columns look up into it). */
export const USER_INFORMATION_LIST = "User Information List";

/** Lookup values for the lookup and person ids the items carry that are not known yet. */
async function refreshLookups(
  deps: SyncDeps,
  siteId: string,
  columns: readonly ColumnSpec[],
  mapping: FieldMapping,
  items: ReadonlyMap<string, SyncedItem>,
  known: Readonly<Record<string, Readonly<Record<string, string>>>>,
): Promise<Record<string, Record<string, string>>> {
  const mapped = new Set(Object.values(mapping.needFields));
  const lookups = dataRecord<Record<string, string>>();
  for (const column of columns) {
    if ((column.kind !== "lookup" && column.kind !== "person") || !mapped.has(column.name)) continue;
    const table = copyDataRecord(ownValue(known, column.name));
    const key = `${column.name}LookupId`;
    const needed = [...items.values()].some((item) => {
      const v = ownValue(item.fields, key);
      const ids = Array.isArray(v)
        ? v.map(String)
        : v === undefined || v === null || v === ""
          ? []
          : [String(v)];
      return ids.some((id) => ownValue(table, id) === undefined);
    });
    if (needed) {
      deps.progress?.({ phase: "lookups", done: 0 });
      const source = lookupSource(siteId, column);
      const showKey = column.kind === "person" ? "EMail" : (column.lookupColumn ?? "Title");
      await deps.gateway.readAllItems(
        source,
        [showKey],
        (page) => {
          for (const item of page.items) {
            const shown = ownValue(item.fields, showKey);
            if (shown !== undefined && shown !== null) table[item.id] = String(shown);
          }
        },
        deps.signal,
      );
    }
    lookups[column.name] = table;
  }
  return lookups;
}

/** The list a lookup column reads from; person columns read the site's hidden User Information List. */
function lookupSource(siteId: string, column: ColumnSpec): ListRef {
  if (column.kind === "lookup" && column.lookupListId) return { siteId, listId: column.lookupListId };
  return { siteId, listId: USER_INFORMATION_LIST };
}

/** Syncs the list and saves the new state; returns the raw needs. Cancellable through `signal`. */
export async function syncList(deps: SyncDeps, request: SyncRequest): Promise<SyncOutcome> {
  const previous = await deps.store.load();
  const sameList =
    previous !== undefined &&
    previous.graphBaseUrl === request.graphBaseUrl &&
    previous.siteUrl === request.siteUrl &&
    previous.listName === request.listName;
  const mapping = request.mapping ?? (sameList ? previous.mapping : undefined);
  if (!mapping) throw new MappingError("mapping.none");
  const timeZone = request.timeZone ?? (sameList ? previous.timeZone : DEFAULT_SITE_TIME_ZONE);
  // A changed mapping selects other columns: unchanged items would lack them, so read everything.
  const sameMapping = sameList && JSON.stringify(previous.mapping) === JSON.stringify(mapping);
  const canDelta = sameList && sameMapping && previous.deltaLink !== undefined && request.mode !== "full";

  let mode: SyncOutcome["mode"] = canDelta ? "delta" : "full";
  let where: { siteId: string; listId: string; columns: readonly ColumnSpec[] };
  if (canDelta && sameList)
    where = { siteId: previous.siteId, listId: previous.listId, columns: previous.columns };
  else where = await locate(deps, request);
  const issues: MappingIssue[] = checkMapping(mapping, where.columns);
  const select = selectKeys(mapping, where.columns);
  const list: ListRef = { siteId: where.siteId, listId: where.listId };

  let items = new Map<string, SyncedItem>();
  let changed = 0;
  let deleted = 0;
  let deltaLink: string | undefined;
  const onPage = (page: Parameters<typeof applyPage>[1]): void => {
    applyPage(items, page);
    changed += page.items.length;
    deleted += page.deletedIds.length;
    deps.progress?.({ phase: mode === "delta" ? "delta" : "full", done: changed + deleted });
  };

  if (canDelta && sameList && previous.deltaLink) {
    items = new Map(Object.entries(previous.items));
    try {
      deltaLink = await deps.gateway.readDelta(previous.deltaLink, select, onPage, deps.signal);
    } catch (error) {
      if (!(error instanceof DeltaTokenExpiredError)) throw error;
      mode = "resync";
    }
  }
  if (deltaLink === undefined) {
    items = new Map();
    changed = 0;
    deleted = 0;
    deltaLink = await deps.gateway.latestDeltaLink(list, deps.signal);
    await deps.gateway.readAllItems(list, select, onPage, deps.signal);
  }
  throwIfAborted(deps.signal);

  const lookups = await refreshLookups(
    deps,
    where.siteId,
    where.columns,
    mapping,
    items,
    sameList ? previous.lookups : {},
  );
  const columnsByName = new Map(where.columns.map((c) => [c.name, c]));
  const resolve = (column: ColumnSpec, id: string): string | undefined =>
    ownValue(ownValue(lookups, column.name), id);
  const itemIds = sortedItemIds(items);
  const records = itemIds.map((id) =>
    rawRecordOf(id, (items.get(id) as SyncedItem).fields, mapping, columnsByName, {
      timeZone,
      resolve,
      issues,
    }),
  );
  const state: ListSyncState = {
    version: 1,
    graphBaseUrl: request.graphBaseUrl,
    siteUrl: request.siteUrl,
    siteId: where.siteId,
    listName: request.listName,
    listId: where.listId,
    timeZone,
    columns: where.columns,
    mapping,
    deltaLink,
    lookups,
    items: dataRecord(itemIds.map((id) => [id, items.get(id) as SyncedItem])),
    syncedAt: (deps.now ?? (() => new Date()))().toISOString(),
    // Unresolved conflicts and unwritten decisions survive a sync of the same list.
    ...publishBookkeeping(sameList ? previous : undefined),
  };
  await deps.store.save(state);
  return { mode, records, itemIds, changed, deleted, issues, state };
}
