/**
 * Use case: publish the plan's feedback to the units in the feedback list (Tilbakemeldinger), one
 * item per need and plan year. Existing items of the plan year are read first and updated only
 * where the text, decision, unit or title differ (If-Match on the eTag just read; an edit made in
 * between is reported, not overwritten); needs without an item get one. Security-graded needs are
 * always hidden here, whatever the plan was run with, because every unit reads the list: the title
 * is the marker and the text only points to the submission (whose item carries the full feedback,
 * including any comment the category team wrote).
 */
import { REDACT_BY_DEFAULT, redactNeed } from "../../domain/rules/redaction";
import { DECISION_MESSAGES } from "../../i18n/decisionMessages";
import { translate } from "../../i18n/locale";
import type { PlanResult } from "../planResult";
import { locateList } from "./findList";
import { throwIfAborted, type ListGateway, type Progress } from "./listGateway";
import type { PublishFailure } from "./publishDecisions";
import { ownValue } from "../../domain/model/dataRecord";

/** One need's line in the feedback list. */
export interface FeedbackEntry {
  readonly needId: string;
  /** The need's title (hidden for security-graded needs); the id for rejected needs. */
  readonly title: string;
  /** Submitting unit id (accepted needs only: a rejected need's unit may not be a valid choice). */
  readonly unit?: string;
  readonly decision: "include" | "defer" | null;
  readonly feedback: string;
}

/** What became of every entry: each lands in exactly one list. */
export interface FeedbackReport {
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Items someone edited between our read and our write: left as they are. */
  readonly conflicts: readonly string[];
  readonly failed: readonly PublishFailure[];
}

/** The columns of the feedback list the tool creates (feedbackListDefinition). */
const COLUMNS = ["NeedId", "PlanYear", "Title", "Unit", "Decision", "Feedback"] as const;

/** The feedback entries of a plan: one per decision, security-graded needs hidden. */
export function feedbackEntriesOf(plan: PlanResult): FeedbackEntry[] {
  const needs = new Map(plan.needs.map((e) => [e.id, e]));
  return plan.decisions.map((d) => {
    const need = needs.get(d.needId)?.need;
    const shown = need ? redactNeed(need, REDACT_BY_DEFAULT) : undefined;
    return {
      needId: d.needId,
      title: shown?.title ?? d.needId,
      ...(shown ? { unit: shown.unit } : {}),
      decision: d.decision,
      // A rejected need's errors quote what was typed, and whether it was graded is unknown after
      // intake rejected it: the shared list only points to the submission, which has the errors.
      feedback: !need
        ? translate(DECISION_MESSAGES, "nb", "decision.rejectedShared")
        : need.securityGraded
          ? translate(DECISION_MESSAGES, "nb", "decision.graded")
          : d.feedback,
    };
  });
}

function targetFields(entry: FeedbackEntry, planYear: number): Record<string, unknown> {
  return {
    Title: entry.title,
    NeedId: entry.needId,
    Unit: entry.unit ?? null,
    Decision: entry.decision,
    Feedback: entry.feedback,
    PlanYear: planYear,
  };
}

const empty = (v: unknown): boolean => v === undefined || v === null || v === "";
const same = (a: unknown, b: unknown): boolean => (empty(a) && empty(b)) || a === b;

/** Writes the entries to the feedback list of the site for the plan year. */
export async function publishFeedbackList(
  deps: { readonly gateway: ListGateway; readonly progress?: Progress; readonly signal?: AbortSignal },
  request: {
    readonly siteUrl: string;
    readonly listName: string;
    readonly planYear: number;
    readonly entries: readonly FeedbackEntry[];
  },
): Promise<FeedbackReport> {
  const { gateway, signal } = deps;
  const { ref } = await locateList(gateway, request.siteUrl, request.listName, signal);
  // Items of this plan year by need id.
  const existing = new Map<
    string,
    { id: string; eTag: string; fields: Readonly<Record<string, unknown>> }[]
  >();
  await gateway.readAllItems(
    ref,
    [...COLUMNS],
    (page) => {
      for (const item of page.items) {
        if (Number(item.fields.PlanYear) !== request.planYear) continue;
        const needId = String(item.fields.NeedId ?? "").trim();
        if (needId !== "") existing.set(needId, [...(existing.get(needId) ?? []), item]);
      }
    },
    signal,
  );
  const report = {
    created: [] as string[],
    updated: [] as string[],
    unchanged: [] as string[],
    conflicts: [] as string[],
    failed: [] as PublishFailure[],
  };
  const toCreate: { needId: string; fields: Record<string, unknown> }[] = [];
  const toUpdate: { needId: string; itemId: string; eTag: string; fields: Record<string, unknown> }[] = [];
  for (const entry of request.entries) {
    const target = targetFields(entry, request.planYear);
    const items = existing.get(entry.needId) ?? [];
    const item = items[0];
    if (items.length > 1) {
      report.failed.push({
        needId: entry.needId,
        status: 409,
        message: `items ${items.map((i) => i.id).join(", ")} carry this need id`,
        reason: "duplicate-need-id",
        itemIds: items.map((i) => i.id),
      });
    } else if (!item) {
      // A new item: empty values are simply left out.
      const fields = Object.fromEntries(Object.entries(target).filter(([, v]) => !empty(v)));
      toCreate.push({ needId: entry.needId, fields });
    } else {
      const changed = Object.fromEntries(
        Object.entries(target).filter(([k, v]) => !same(ownValue(item.fields, k), v)),
      );
      if (Object.keys(changed).length === 0) report.unchanged.push(entry.needId);
      else toUpdate.push({ needId: entry.needId, itemId: item.id, eTag: item.eTag, fields: changed });
    }
  }
  throwIfAborted(signal);
  const updates = await gateway.updateItems(ref, toUpdate, signal);
  updates.forEach((outcome, i) => {
    const needId = (toUpdate[i] as (typeof toUpdate)[number]).needId;
    if (outcome.kind === "updated") report.updated.push(needId);
    else if (outcome.kind === "precondition-failed") report.conflicts.push(needId);
    else if (outcome.kind === "not-found")
      report.failed.push({ needId, status: 404, message: "the item was deleted meanwhile" });
    else report.failed.push({ needId, status: outcome.status, message: outcome.message });
  });
  deps.progress?.({ phase: "write", done: updates.length, total: request.entries.length });
  const created = await gateway.createItems(
    ref,
    toCreate.map((c) => c.fields),
    signal,
  );
  created.forEach((outcome, i) => {
    const needId = (toCreate[i] as (typeof toCreate)[number]).needId;
    if (outcome.kind === "created") report.created.push(needId);
    else report.failed.push({ needId, status: outcome.status, message: outcome.message });
  });
  deps.progress?.({ phase: "write", done: updates.length + created.length, total: request.entries.length });
  return report;
}
