/**
 * Edits made in the task pane (weights, pairwise weights, score overrides, force decisions,
 * feedback to units), in every host: stored in a plan-year record through the same use case as the
 * workbook's read-back (recordEdits, stamped, If-Match and merge), laid over the planning input
 * with the same applyPlanEdits, then planned again. Two records: the site's (the plan came from a
 * SharePoint site with a record; the signed-in account is the author) or one kept in the browser
 * (the plain page; a local author). `planChange` says what moved: which needs came in, which went
 * out, and why (the selection's own explanation line) — `rankedChange` says it already from the
 * re-plan's early ranked event, before the frontier and schedule are done.
 */
import { applyRecordEdits, type PlanEdit } from "../../domain/planYear/planEdits";
import type { RecordConflict } from "../../domain/planYear/planYearTypes";
import type { PlanInput } from "../../domain/model/planInput";
import { SCORE_MAX, SCORE_MIN } from "../../domain/prioritisation/defaultCriteria";
import type { SelectionReason } from "../../domain/prioritisation/prioritisationTypes";
import type { PlanResult } from "../planResult";
import { buildDecisions } from "../decisionsStage";
import { isPlanCancelled, type PlanProgress } from "../planCompute";
import type { LocalisedMessage, PlanPrioritisation } from "../prioritisationStage";
import { FORCE_REASONS } from "../workbook/selectionSheet";
import { AlreadyExistsError } from "./planYearStore";
import {
  createPlanYear,
  loadPlanYear,
  PlanYearMissingError,
  recordEdits,
  type PlanYearDeps,
} from "./planYearRecords";
import { planningInputFromRecord } from "./planningInputFromRecord";
import type { PlanYearSite } from "./planYearWorkspace";
import { diffVersions } from "./versionDiff";

/** The account that authors the edits kept in the browser (no sign-in on the plain page). */
export const LOCAL_AUTHOR = "nettleseren";

/** The edits as stored, and the input the next run plans. */
export interface StoredEdits {
  readonly input: PlanInput;
  /** Fields where someone else's stored value won a merge (the pane says so). */
  readonly conflicts: readonly RecordConflict[];
}

/** Where the pane's edits are stored: the record of the plan shown. */
export interface EditsRecord {
  /** Stores the edits (stamped with the record's author) and gives the input to plan next. */
  store(edits: readonly PlanEdit[]): Promise<StoredEdits>;
}

/** The record of a site whose plan year has one; `synced` is the input the site's lists gave. */
export function siteEditsRecord(site: PlanYearSite, synced: PlanInput): EditsRecord {
  const planYear = synced.config.planYear;
  return {
    async store(edits) {
      const outcome = await recordEdits(site.deps, planYear, edits, await site.who());
      const { config: _config, ...sources } = synced;
      const { input } = planningInputFromRecord(outcome.record, sources, { realTenant: site.realTenant });
      return { input, conflicts: outcome.conflicts };
    },
  };
}

/** The browser's record of `base`'s year, created (with base's configuration) on the first edit. */
async function ensureLocalRecord(deps: PlanYearDeps, base: PlanInput, who: string): Promise<void> {
  const year = base.config.planYear;
  try {
    await loadPlanYear(deps, year);
  } catch (error) {
    if (!(error instanceof PlanYearMissingError)) throw error;
    try {
      await createPlanYear(deps, year, who, { config: base.config });
    } catch (raced) {
      if (!(raced instanceof AlreadyExistsError)) throw raced;
    }
  }
}

/**
 * The record kept in the browser (the plain page, no site): edits laid over `base`, the input the
 * page plans (the demo tenant), so a reload plans with them again (`localEditedInput`).
 */
export function localEditsRecord(deps: PlanYearDeps, base: () => PlanInput, who = LOCAL_AUTHOR): EditsRecord {
  return {
    async store(edits) {
      const input = base();
      await ensureLocalRecord(deps, input, who);
      const outcome = await recordEdits(deps, input.config.planYear, edits, who);
      return { input: applyRecordEdits(input, outcome.record.edits), conflicts: outcome.conflicts };
    },
  };
}

/** `input` with the edits of the browser's record for its year (unchanged when there is none). */
export async function localEditedInput(deps: PlanYearDeps, input: PlanInput): Promise<PlanInput> {
  try {
    const { record } = await loadPlanYear(deps, input.config.planYear);
    return applyRecordEdits(input, record.edits);
  } catch (error) {
    if (error instanceof PlanYearMissingError) return input;
    throw error;
  }
}

/** The plan shown was synced from a site that has no record for its year: nowhere to store edits. */
export class NoEditsRecordError extends Error {
  constructor(readonly planYear: number) {
    super(`no plan-year record for ${planYear} on the site`);
    this.name = "NoEditsRecordError";
  }
}

/** An edit the pane refuses, with the item and field it concerns (worded by the pane's catalogue). */
export class PaneEditError extends Error {
  constructor(
    readonly code: "weights-sum" | "weight-invalid" | "score-invalid" | "force-reason",
    readonly params: Readonly<Record<string, string | number>>,
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.name = "PaneEditError";
  }
}

/** Checks edits before they are stored: weights 0–100 summing to 100, scores 1–5, a force reason. */
export function checkPaneEdits(edits: readonly PlanEdit[]): void {
  const weights = edits.filter((e) => e.kind === "weight");
  for (const w of weights)
    if (!Number.isFinite(w.to) || w.to < 0 || w.to > 100)
      throw new PaneEditError("weight-invalid", { criterion: w.criterionId, value: String(w.to) });
  const sum = weights.reduce((s, w) => s + w.to, 0);
  if (weights.length > 0 && Math.abs(sum - 100) > 1e-6)
    throw new PaneEditError("weights-sum", { sum: Math.round(sum * 100) / 100 });
  for (const e of edits) {
    if (e.kind === "score" && (!Number.isInteger(e.to) || e.to < SCORE_MIN || e.to > SCORE_MAX))
      throw new PaneEditError("score-invalid", { need: e.needId, criterion: e.criterionId, value: e.to });
    if (e.kind === "force" && e.to !== undefined && !FORCE_REASONS.includes(e.to.reason))
      throw new PaneEditError("force-reason", { need: e.needId });
  }
}

/**
 * Weights scaled to sum to 100, in tenths of a percent (largest remainders), so the set is valid
 * as criteria weights; all zero stays all zero (the caller refuses that).
 */
export function normaliseWeights(weights: ReadonlyMap<string, number>): Map<string, number> {
  const entries = [...weights].map(([id, w]) => [id, Number.isFinite(w) && w > 0 ? w : 0] as const);
  const total = entries.reduce((s, [, w]) => s + w, 0);
  if (total === 0) return new Map(entries);
  const exact = entries.map(([id, w]) => ({ id, tenths: (w / total) * 1000 }));
  const floors = exact.map((e) => ({ ...e, floor: Math.floor(e.tenths) }));
  let left = 1000 - floors.reduce((s, e) => s + e.floor, 0);
  const order = [...floors].sort((a, b) => b.tenths - b.floor - (a.tenths - a.floor));
  const bump = new Set<string>();
  for (const e of order) if (left-- > 0) bump.add(e.id);
  return new Map(floors.map((e) => [e.id, (e.floor + (bump.has(e.id) ? 1 : 0)) / 10]));
}

/** The result of an edit: the new plan, its input, and what someone else's merge kept. */
export interface EditedPlan extends StoredEdits {
  readonly result: PlanResult;
}

/**
 * Checks and stores the edits in the record, then plans the edited input again with `plan` (the
 * composition root's one plan function, in the pane's worker), telling it `onProgress`.
 */
export async function editAndReplan(
  record: EditsRecord,
  edits: readonly PlanEdit[],
  plan: (input: PlanInput, onProgress?: (progress: PlanProgress) => void) => Promise<PlanResult>,
  onProgress?: (progress: PlanProgress) => void,
): Promise<EditedPlan> {
  checkPaneEdits(edits);
  const stored = await record.store(edits);
  try {
    return { ...stored, result: await plan(stored.input, onProgress) };
  } catch (error) {
    throw new EditStoredNotPlannedError(error);
  }
}

/**
 * The edits were stored in the record, but the plan with them was not computed (cancelled or
 * failed): the plan shown is still the one before them; the next computation includes them.
 */
export class EditStoredNotPlannedError extends Error {
  /** True when the computation was cancelled (Cancel, or a newer edit superseded it). */
  readonly cancelled: boolean;
  constructor(readonly reason: unknown) {
    super("The edits were stored, but the plan with them was not computed.");
    this.name = "EditStoredNotPlannedError";
    this.cancelled = isPlanCancelled(reason);
  }
}

/** A need that came in or went out, and why (the new plan's own explanation line). */
export interface ChangedNeed {
  readonly needId: string;
  /** The title, hidden for security-graded needs. */
  readonly title: string;
  readonly reason: SelectionReason | null;
  readonly why?: LocalisedMessage["message"];
}

/** What an edit moved. */
export interface PlanChange {
  readonly cameIn: readonly ChangedNeed[];
  readonly wentOut: readonly ChangedNeed[];
  /** Needs whose rank changed. */
  readonly rankMoved: number;
}

/** Explanation codes that say why a need is in or out. */
const WHY_CODES = ["explain-forced", "explain-required-by", "explain-selected", "explain-out-"];

/** What moved from `before` to `after`: needs in and out of the selection, with the why. */
export function planChange(before: PlanResult, after: PlanResult): PlanChange {
  const diff = diffVersions({ id: "before", result: before }, { id: "after", result: after });
  const ranking = new Map((after.prioritisation?.result?.ranking ?? []).map((r) => [r.needId, r]));
  const why = (needId: string) =>
    ranking.get(needId)?.explanation.find((m) => WHY_CODES.some((c) => m.code.startsWith(c)))?.message;
  const changed = (d: (typeof diff.decisionChanged)[number]): ChangedNeed => {
    const line = why(d.needId);
    return { needId: d.needId, title: d.title, reason: d.to.reason, ...(line ? { why: line } : {}) };
  };
  const isIn = (decision: string | null) => decision === "include";
  return {
    cameIn: diff.decisionChanged.filter((d) => isIn(d.to.decision) && !isIn(d.from.decision)).map(changed),
    wentOut: diff.decisionChanged.filter((d) => !isIn(d.to.decision) && isIn(d.from.decision)).map(changed),
    rankMoved: diff.moved.filter((m) => m.rank !== undefined).length,
  };
}

/**
 * What moved, from the re-plan's ranked prioritisation (PlanProgress.ranked) and its intake's
 * needs: the same as planChange on the finished plan, whose decisions (in or out, rank) come from
 * the ranking alone; the schedule shown so far stands in for the one still computed.
 */
export function rankedChange(
  before: PlanResult,
  ranked: PlanPrioritisation,
  needs: PlanResult["needs"] = before.needs,
): PlanChange {
  const decisions = buildDecisions(before.planYear, needs, ranked, before.schedule);
  return planChange(before, { ...before, needs, prioritisation: ranked, decisions });
}

/** Follows a re-plan's progress and tells its early change (rankedChange) once the ranking is known. */
export function followRankedChange(
  before: PlanResult,
  onChange: (change: PlanChange) => void,
): (progress: PlanProgress) => void {
  let needs = before.needs;
  return (progress) => {
    needs = progress.intake?.needs ?? needs;
    if (progress.ranked) onChange(rankedChange(before, progress.ranked, needs));
  };
}
