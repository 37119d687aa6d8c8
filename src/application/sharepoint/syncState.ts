/**
 * The sync state of one list: where it lives, its columns and mapping, the delta link, the lookup
 * values seen, and every item as last read (eTag + fields). The base for delta sync and write-back.
 */
import type { ColumnSpec, FieldMapping } from "./listSchemas";
import type { ListItemSnapshot } from "./listGateway";
import type { NeedDecision, WriteConflict } from "./publishDecisions";

/**
 * A same-field conflict kept until the user resolves it. Without `resolution` the field is held back
 * on every publish (the other person's value stands, the conflict is reported again); with
 * `keep-theirs` it is held back for good while the plan keeps wanting `ours` (a new plan value makes
 * it a conflict again). Taking ours writes it and removes the entry (resolveConflicts).
 */
export interface StoredConflict extends WriteConflict {
  readonly resolution?: "keep-theirs";
}

/** One synced item: its eTag and fields as the server last returned them. */
export interface SyncedItem {
  readonly eTag: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Sync state of one list (saved per workbook/user; the CLI keeps it in the --state file). */
export interface ListSyncState {
  readonly version: 1;
  readonly graphBaseUrl: string;
  readonly siteUrl: string;
  readonly siteId: string;
  readonly listName: string;
  readonly listId: string;
  readonly timeZone: string;
  readonly columns: readonly ColumnSpec[];
  readonly mapping: FieldMapping;
  /** Delta link to read the next changes from; absent until a sync completed. */
  readonly deltaLink?: string;
  /** Lookup column name → lookup id → value shown. */
  readonly lookups: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** SharePoint item id → item. */
  readonly items: Readonly<Record<string, SyncedItem>>;
  readonly syncedAt: string;
  /** Same-field conflicts of earlier publishes, kept until resolved (absent: none). */
  readonly conflicts?: readonly StoredConflict[];
  /** Decisions the last publish could not write (throttled, failed), to retry alone (absent: none). */
  readonly failedDecisions?: readonly NeedDecision[];
}

/** The publish bookkeeping of a state (conflicts, failed decisions), to carry over into a new sync state. */
export function publishBookkeeping(
  state: ListSyncState | undefined,
): Pick<ListSyncState, "conflicts" | "failedDecisions"> {
  return {
    ...(state?.conflicts?.length ? { conflicts: state.conflicts } : {}),
    ...(state?.failedDecisions?.length ? { failedDecisions: state.failedDecisions } : {}),
  };
}

/** Loads and saves the sync state (file for the CLI, session/partitioned storage in Office). */
export interface SyncStateStore {
  load(): Promise<ListSyncState | undefined>;
  save(state: ListSyncState): Promise<void>;
}

/** A state store in memory: for the lifetime of a run (CLI without --state) or a page. */
export class MemorySyncStateStore implements SyncStateStore {
  private state: ListSyncState | undefined;
  async load(): Promise<ListSyncState | undefined> {
    return this.state;
  }
  async save(state: ListSyncState): Promise<void> {
    this.state = state;
  }
}

/** Applies a page of items and deletions to a mutable item map (last occurrence wins). */
export function applyPage(
  items: Map<string, SyncedItem>,
  page: { readonly items: readonly ListItemSnapshot[]; readonly deletedIds: readonly string[] },
): void {
  for (const item of page.items) items.set(item.id, { eTag: item.eTag, fields: item.fields });
  for (const id of page.deletedIds) items.delete(id);
}

/** Item ids in SharePoint order (numeric ids ascending), for stable output. */
export function sortedItemIds(
  items: Readonly<Record<string, SyncedItem>> | ReadonlyMap<string, SyncedItem>,
): string[] {
  const ids = items instanceof Map ? [...items.keys()] : Object.keys(items);
  return ids.sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
}
