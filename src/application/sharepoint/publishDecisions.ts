/**
 * Use case: write decisions and feedback back to the intake list without losing anyone's edit.
 * Every update is conditional on the eTag last synced (If-Match). On 412 the item is re-read: when
 * the other edit touched other fields, our fields are written on top of it (a merge); when it touched
 * a field we write, that field is reported as a conflict and left as the other person set it.
 */
import { CodedError } from "../codedError";
import {
  columnValueOf,
  sameColumnValue,
  selectKeys,
  writeBackFieldOf,
  type WriteBackValue,
} from "./fieldMapping";
import {
  throwIfAborted,
  type ItemUpdate,
  type ListGateway,
  type ListRef,
  type Progress,
} from "./listGateway";
import { WRITE_BACK_FIELDS, type ColumnSpec, type WriteBackField } from "./listSchemas";
import type { ListSyncState, SyncStateStore, SyncedItem } from "./syncState";
import { dataRecord, ownValue } from "../../domain/model/dataRecord";
import { failedDecisionsOf, heldBack, storedConflicts } from "./heldConflicts";

/** What to write for one need (fields left out are not touched). */
export interface NeedDecision {
  readonly needId: string;
  readonly values: Partial<Readonly<Record<WriteBackField, WriteBackValue>>>;
}

/** A field someone else changed since our last sync to a value other than ours. */
export interface WriteConflict {
  readonly needId: string;
  readonly itemId: string;
  readonly field: WriteBackField;
  /** Value when we last synced. */
  readonly base: unknown;
  /** Value the other edit left. */
  readonly theirs: unknown;
  /** Value we wanted to write. */
  readonly ours: unknown;
}

/**
 * A decision that could not be written. `reason` names the cases the tool itself refuses or gives
 * up on (for a message in the user's language); other failures carry the service's status and text.
 */
export interface PublishFailure {
  readonly needId: string;
  readonly status: number;
  readonly message: string;
  /** `duplicate-need-id`: several items carry the id; `edited-repeatedly`: 412 round after round. */
  readonly reason?: "duplicate-need-id" | "edited-repeatedly";
  /** The SharePoint items concerned (duplicate need id). */
  readonly itemIds?: readonly string[];
}

/** Result of a publish: every decision lands in exactly one of the id lists, or in conflicts/failed. */
export interface PublishReport {
  readonly written: readonly string[];
  /** Written after merging with someone else's edit of other fields. */
  readonly merged: readonly string[];
  /** Already as decided: nothing sent. */
  readonly unchanged: readonly string[];
  /** Needs not in the list (unknown id, or item deleted meanwhile). */
  readonly missing: readonly string[];
  readonly conflicts: readonly WriteConflict[];
  readonly failed: readonly PublishFailure[];
}

/** Ports of the publish use case. */
export interface PublishDeps {
  readonly gateway: ListGateway;
  readonly store: SyncStateStore;
  readonly progress?: Progress;
  readonly signal?: AbortSignal;
  /** Rounds of re-read and retry after 412 (each round is one batch pass). */
  readonly maxMergeRounds?: number;
}

interface Pending {
  readonly needId: string;
  readonly itemId: string;
  /** Base fields we compare against (what we synced, or what we re-read). */
  base: SyncedItem;
  /** Our target column values, by internal name. */
  readonly target: Map<string, unknown>;
  merged: boolean;
  /** A field was held back by a stored conflict: "nothing to send" does not mean unchanged. */
  readonly held: boolean;
}

function columnOf(state: ListSyncState, field: WriteBackField): ColumnSpec {
  const name = state.mapping.writeBack[field];
  const column = state.columns.find((c) => c.name === name);
  if (!column) throw new CodedError("list.noColumn", { column: name, field });
  return column;
}

/** Column values that differ from the base: what must be written. */
function changes(state: ListSyncState, pending: Pending): Record<string, unknown> {
  const out = dataRecord<unknown>();
  for (const [name, value] of pending.target) {
    const column = state.columns.find((c) => c.name === name) as ColumnSpec;
    if (!sameColumnValue(column, ownValue(pending.base.fields, name), value, state.timeZone))
      out[name] = value;
  }
  return out;
}

/** Writes the decisions; saves the new eTags into the state; returns what happened to each. */
export async function publishDecisions(
  deps: PublishDeps,
  decisions: readonly NeedDecision[],
): Promise<PublishReport> {
  const state = await deps.store.load();
  if (!state) throw new CodedError("sync.missing");
  const list: ListRef = { siteId: state.siteId, listId: state.listId };
  const idColumn = state.mapping.needFields.id ?? "NeedId";
  // Need id → items carrying it (ids compared after trimming, as intake does).
  const itemsOfNeed = new Map<string, string[]>();
  for (const [itemId, item] of Object.entries(state.items)) {
    const raw = item.fields[idColumn];
    const needId = typeof raw === "string" || typeof raw === "number" ? String(raw).trim() : "";
    if (needId !== "") itemsOfNeed.set(needId, [...(itemsOfNeed.get(needId) ?? []), itemId]);
  }
  const items = new Map(Object.entries(state.items));
  const report = {
    written: [] as string[],
    merged: [] as string[],
    unchanged: [] as string[],
    missing: [] as string[],
    conflicts: [] as WriteConflict[],
    failed: [] as PublishFailure[],
  };

  let pending: Pending[] = [];
  for (const decision of decisions) {
    const carriers = itemsOfNeed.get(decision.needId.trim()) ?? [];
    const itemId = carriers[0];
    if (itemId === undefined) {
      report.missing.push(decision.needId);
      continue;
    }
    if (carriers.length > 1) {
      // Never guess which item is meant: the coordinator must clean up the list first.
      report.failed.push({
        needId: decision.needId,
        status: 409,
        message: `items ${carriers.join(", ")} carry this need id`,
        reason: "duplicate-need-id",
        itemIds: carriers,
      });
      continue;
    }
    const { target, held } = targetOf(state, decision, report.conflicts);
    pending.push({
      needId: decision.needId,
      itemId,
      base: items.get(itemId) as SyncedItem,
      target,
      merged: false,
      held,
    });
  }

  const maxRounds = deps.maxMergeRounds ?? 5;
  let done = 0;
  for (let round = 0; pending.length > 0; round += 1) {
    throwIfAborted(deps.signal);
    const toSend: { p: Pending; update: ItemUpdate }[] = [];
    for (const p of pending) {
      const fields = changes(state, p);
      if (Object.keys(fields).length === 0) {
        if (!p.held) (p.merged ? report.merged : report.unchanged).push(p.needId);
        continue;
      }
      toSend.push({ p, update: { itemId: p.itemId, eTag: p.base.eTag, fields } });
    }
    if (toSend.length === 0) break;
    if (round >= maxRounds) {
      for (const { p } of toSend)
        report.failed.push({
          needId: p.needId,
          status: 412,
          message: "edited again and again meanwhile",
          reason: "edited-repeatedly",
        });
      break;
    }
    const outcomes = await deps.gateway.updateItems(
      list,
      toSend.map((s) => s.update),
      deps.signal,
    );
    const retry: Pending[] = [];
    for (let i = 0; i < toSend.length; i += 1) {
      const { p, update } = toSend[i] as { p: Pending; update: ItemUpdate };
      const outcome = outcomes[i];
      if (!outcome) throw new CodedError("graph.noItemAnswer", { item: p.itemId });
      if (outcome.kind === "updated") {
        items.set(p.itemId, { eTag: outcome.eTag, fields: { ...p.base.fields, ...update.fields } });
        (p.merged ? report.merged : report.written).push(p.needId);
        done += 1;
      } else if (outcome.kind === "not-found") {
        items.delete(p.itemId);
        report.missing.push(p.needId);
      } else if (outcome.kind === "failed") {
        report.failed.push({ needId: p.needId, status: outcome.status, message: outcome.message });
      } else {
        // Select every synced column plus every column we write: an empty field is simply absent.
        const select = [...new Set([...selectKeys(state.mapping, state.columns), ...p.target.keys()])];
        const fresh = await deps.gateway.readItem(list, p.itemId, select, deps.signal);
        if (!fresh) {
          items.delete(p.itemId);
          report.missing.push(p.needId);
          continue;
        }
        for (const [name, ours] of [...p.target]) {
          const column = state.columns.find((c) => c.name === name) as ColumnSpec;
          const theirs = ownValue(fresh.fields, name);
          const base = ownValue(p.base.fields, name);
          if (sameColumnValue(column, base, theirs, state.timeZone)) continue; // they did not touch it
          if (!sameColumnValue(column, theirs, ours, state.timeZone)) {
            const field = writeBackFieldOf(state.mapping, name) as WriteBackField;
            report.conflicts.push({ needId: p.needId, itemId: p.itemId, field, base, theirs, ours });
          }
          p.target.delete(name); // theirs stands: either equal to ours or a conflict for the user
        }
        p.base = { eTag: fresh.eTag, fields: fresh.fields };
        items.set(p.itemId, p.base);
        p.merged = true;
        if (p.target.size > 0) retry.push(p);
        else if (!report.conflicts.some((c) => c.needId === p.needId)) report.unchanged.push(p.needId);
      }
    }
    deps.progress?.({ phase: "write", done, total: decisions.length });
    pending = retry;
  }
  const { conflicts: _before, failedDecisions: _failedBefore, ...rest } = state;
  const conflicts = storedConflicts(state.conflicts, report.conflicts);
  const failedDecisions = failedDecisionsOf(decisions, report.failed);
  await deps.store.save({
    ...rest,
    items: dataRecord(items),
    ...(conflicts.length > 0 ? { conflicts } : {}),
    ...(failedDecisions.length > 0 ? { failedDecisions } : {}),
  });
  return report;
}

/**
 * The column values to write for a decision; fields held back by a stored conflict are left out
 * (and the conflict, still open, goes into `conflicts` again).
 */
function targetOf(
  state: ListSyncState,
  decision: NeedDecision,
  conflicts: WriteConflict[],
): { target: Map<string, unknown>; held: boolean } {
  const target = new Map<string, unknown>();
  let held = false;
  for (const field of WRITE_BACK_FIELDS) {
    const value = decision.values[field];
    if (value === undefined) continue;
    const column = columnOf(state, field);
    let ours: unknown;
    try {
      ours = columnValueOf(column, value, state.timeZone);
    } catch (error) {
      throw new Error(`Need ${decision.needId}, field ${field}: ${(error as Error).message}`);
    }
    const hold = heldBack(state.conflicts, { needId: decision.needId, field, column }, ours, state.timeZone);
    if (hold.conflict) conflicts.push(hold.conflict);
    if (hold.hold) held = true;
    else target.set(column.name, ours);
  }
  return { target, held };
}
