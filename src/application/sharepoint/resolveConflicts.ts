/**
 * Use case: the user resolves the conflicts a publish kept (src/application/sharepoint/heldConflicts.ts)
 * — per need, or all at once. "Keep theirs" settles the field as the other person left it; "take ours"
 * writes the plan's value over it, conditional on the item's eTag: if the item changed again in the
 * meantime and the field no longer holds the value the user saw, nothing is written and the conflict
 * stays open with the new value.
 */
import { CodedError } from "../codedError";
import { sameColumnValue, selectKeys } from "./fieldMapping";
import { throwIfAborted, type ListRef } from "./listGateway";
import type { PublishDeps, PublishFailure, PublishReport, WriteConflict } from "./publishDecisions";
import type { ListSyncState, StoredConflict, SyncedItem } from "./syncState";
import { dataRecord, ownValue } from "../../domain/model/dataRecord";
import type { ColumnSpec, WriteBackField } from "./listSchemas";

/** Which conflicts to resolve, and how. */
export interface ResolveRequest {
  readonly choice: "keep-theirs" | "take-ours";
  /** Only this need's conflicts (all when absent). */
  readonly needId?: string;
  /** Only this field (all fields when absent). */
  readonly field?: WriteBackField;
}

/** What the resolution did; every chosen conflict lands in exactly one list. */
export interface ResolveReport {
  /** Settled as the other person left them. */
  readonly kept: readonly WriteConflict[];
  /** The plan's value written. */
  readonly written: readonly WriteConflict[];
  /** Changed again meanwhile: still a conflict, now with the newest value (not written). */
  readonly stillConflicting: readonly WriteConflict[];
  readonly failed: readonly PublishFailure[];
}

/** Resolves the stored conflicts that match the request (none match: an empty report). */
export async function resolveConflicts(deps: PublishDeps, request: ResolveRequest): Promise<ResolveReport> {
  const state = await deps.store.load();
  if (!state) throw new CodedError("sync.missing");
  const matches = (c: StoredConflict) =>
    (request.needId === undefined || c.needId === request.needId.trim()) &&
    (request.field === undefined || c.field === request.field);
  const chosen = (state.conflicts ?? []).filter(matches);
  const others = (state.conflicts ?? []).filter((c) => !matches(c));
  if (request.choice === "keep-theirs") {
    const kept = chosen.map((c) => ({ ...c, resolution: "keep-theirs" as const }));
    await deps.store.save({ ...state, conflicts: [...others, ...kept] });
    return { kept: chosen.map(withoutResolution), written: [], stillConflicting: [], failed: [] };
  }
  const items = new Map(Object.entries(state.items));
  const report = {
    kept: [],
    written: [] as WriteConflict[],
    stillConflicting: [] as WriteConflict[],
    failed: [] as PublishFailure[],
  };
  for (const group of byItem(chosen)) {
    throwIfAborted(deps.signal);
    await takeOurs(deps, state, items, group, report);
  }
  const open = [
    ...others,
    ...report.stillConflicting,
    ...chosen.filter((c) => report.failed.some((f) => f.needId === c.needId)),
  ];
  const { conflicts: _old, ...rest } = state;
  await deps.store.save({
    ...rest,
    items: dataRecord(items),
    ...(open.length > 0 ? { conflicts: open } : {}),
  });
  return report;
}

function withoutResolution(c: StoredConflict): WriteConflict {
  const { resolution: _r, ...conflict } = c;
  return conflict;
}

/** The conflicts grouped by SharePoint item (one conditional write per item). */
function byItem(conflicts: readonly StoredConflict[]): StoredConflict[][] {
  const groups = new Map<string, StoredConflict[]>();
  for (const c of conflicts) groups.set(c.itemId, [...(groups.get(c.itemId) ?? []), c]);
  return [...groups.values()];
}

function columnOf(state: ListSyncState, field: WriteBackField): ColumnSpec {
  const name = state.mapping.writeBack[field];
  const column = state.columns.find((c) => c.name === name);
  if (!column) throw new CodedError("list.noColumn", { column: name, field });
  return column;
}

/**
 * Writes ours for one item's conflicts with If-Match on the eTag last seen; on 412 re-reads the item
 * once: fields that still hold the value the user saw are written with the new eTag, the others stay
 * conflicts with the newest value.
 */
async function takeOurs(
  deps: PublishDeps,
  state: ListSyncState,
  items: Map<string, SyncedItem>,
  group: readonly StoredConflict[],
  report: { written: WriteConflict[]; stillConflicting: WriteConflict[]; failed: PublishFailure[] },
): Promise<void> {
  const list: ListRef = { siteId: state.siteId, listId: state.listId };
  const itemId = (group[0] as StoredConflict).itemId;
  let base = items.get(itemId);
  let writable = group.map(withoutResolution);
  for (let attempt = 0; attempt < 2 && base !== undefined && writable.length > 0; attempt += 1) {
    const fields = dataRecord(writable.map((c) => [columnOf(state, c.field).name, c.ours] as const));
    const [outcome] = await deps.gateway.updateItems(
      list,
      [{ itemId, eTag: base.eTag, fields }],
      deps.signal,
    );
    if (outcome?.kind === "updated") {
      items.set(itemId, { eTag: outcome.eTag, fields: { ...base.fields, ...fields } });
      report.written.push(...writable);
      return;
    }
    if (outcome?.kind !== "precondition-failed") {
      const status = outcome?.kind === "failed" ? outcome.status : 404;
      const message = outcome?.kind === "failed" ? outcome.message : "the item is gone";
      for (const c of writable) report.failed.push({ needId: c.needId, status, message });
      return;
    }
    const select = [...new Set([...selectKeys(state.mapping, state.columns), ...Object.keys(fields)])];
    const fresh = await deps.gateway.readItem(list, itemId, select, deps.signal);
    if (!fresh) {
      items.delete(itemId);
      base = undefined;
      break;
    }
    base = { eTag: fresh.eTag, fields: fresh.fields };
    items.set(itemId, base);
    const still = (c: WriteConflict) =>
      sameColumnValue(
        columnOf(state, c.field),
        ownValue(fresh.fields, columnOf(state, c.field).name),
        c.theirs,
        state.timeZone,
      );
    for (const c of writable.filter((x) => !still(x)))
      report.stillConflicting.push({ ...c, theirs: ownValue(fresh.fields, columnOf(state, c.field).name) });
    writable = writable.filter(still);
  }
  for (const c of writable)
    report.failed.push(
      base === undefined
        ? { needId: c.needId, status: 404, message: "the item is gone" }
        : {
            needId: c.needId,
            status: 412,
            message: "edited again and again meanwhile",
            reason: "edited-repeatedly",
          },
    );
}

/** A publish report after a resolution: settled conflicts leave it, changed ones show their newest value. */
export function reportAfterResolution(report: PublishReport, resolution: ResolveReport): PublishReport {
  const key = (c: WriteConflict) => `${c.needId}\u0000${c.field}`;
  const settled = new Set([...resolution.kept, ...resolution.written].map(key));
  const changed = new Map(resolution.stillConflicting.map((c) => [key(c), c]));
  return {
    ...report,
    conflicts: report.conflicts.filter((c) => !settled.has(key(c))).map((c) => changed.get(key(c)) ?? c),
    failed: [...report.failed, ...resolution.failed],
  };
}
