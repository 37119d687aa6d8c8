/**
 * Selection: choose the needs to carry out under the budget and the capacity limits (lead
 * person-weeks per main category, lawyer person-weeks), after force-in / force-out, with
 * dependencies closed (a need is selected only with the needs it depends on).
 *
 * Steps: (1) needs that depend, directly or not, on a forced-out or unknown need are out
 * ("dependency"); (2) forced-in needs and everything they depend on are in, and use the limits
 * first; a forced-in need that depends on an excluded one is a force conflict naming the forced
 * need, the path and why the dependency cannot come in; (3) the remaining (free) candidates are
 * chosen by the mode: `rank` = the rank-order fill (rankFill.ts), `score` = most total score,
 * `value` = most total score × size (exact MILP, milpSelect.ts); (4) every need gets its reason,
 * the limits that stopped it and by how much, and in `rank` mode the smallest change that lets it
 * in (raise a limit, or defer named needs), verified by re-running the fill.
 */
import { PrioritisationConfigError, type ConfigIssue } from "./prioritisationConfig";
import type { MilpSolver } from "./milpSolver";
import { ownValue } from "../model/dataRecord";
import type { LimitId, SelectionReason } from "./prioritisationTypes";
import { selectByMilp } from "./milpSelect";
import {
  deferToLetIn,
  FILL_TOLERANCE,
  raiseToLetIn,
  rankFill,
  WhatIf,
  type FillProblem,
  type LetIn,
  type LimitShortfall,
} from "./rankFill";

/** A need as the selection sees it. */
export interface SelectionCandidate {
  readonly id: string;
  /** Objective value: the score in hundredths, an integer ≥ 0. */
  readonly points: number;
  /** NOK charged to the budget. */
  readonly cost: number;
  /** Main category id (decides whose lead capacity it uses). */
  readonly category: string;
  readonly leadWeeks: number;
  readonly lawyerWeeks: number;
  readonly dependsOn: readonly string[];
  readonly force?: "in" | "out";
}

/** Limits of the plan year; null = no limit of that kind. A category absent from the map has 0 lead weeks. */
export interface SelectionLimits {
  readonly budget: number | null;
  readonly leadWeeksByCategory: Readonly<Record<string, number>> | null;
  readonly lawyerWeeks: number | null;
}

/** How the free needs are chosen. */
export const SELECTION_MODES = ["rank", "score", "value"] as const;
/** rank = go down the ranking, take what fits; score = most total score; value = most total score × size. */
export type SelectionMode = (typeof SELECTION_MODES)[number];

/** Why a dependency keeps a forced-in need from coming in. */
export type UnavailableReason = "unscored" | "rejected" | "not-considered";

/** Settings of the selection: mode, solver limits (deterministic work limits, wall clock only as a safety net). */
export interface SolveSettings {
  /** Default `score` (the selection API); the prioritisation config defaults to `rank`. */
  readonly mode?: SelectionMode;
  /** Up to this many free candidates the MILP runs to a proof (status optimal), within exactNodeLimit. */
  readonly exactLimit: number;
  /** Safety net in seconds for an exact solve; hitting it is reported as `time-limit`. */
  readonly exactTimeLimitSeconds: number;
  /** Node limit of an exact solve (deterministic; none when absent); hitting it is `work-limit`. */
  readonly exactNodeLimit?: number;
  /** Safety net in seconds above exactLimit. */
  readonly timeLimitSeconds: number;
  /** Branch-and-bound node limit above exactLimit (deterministic: same input, same answer). */
  readonly nodeLimit?: number;
  /** Compute the smallest change that lets each left-out need in (rank mode; default true). */
  readonly letIn?: boolean;
  /** At most this many left-out needs (highest-ranked first) get a let-in change; default all. */
  readonly letInLimit?: number;
  /** Why ids that are not candidates are missing (else they are unknown). */
  readonly unavailable?: ReadonlyMap<string, UnavailableReason>;
  /**
   * Give every need its reason (default true). False: only the selected needs get a decision and
   * no fill outcome is recorded — the frontier's points need no more (memory at 50 000 needs).
   */
  readonly reasons?: boolean;
  /** Choose by the greedy fills alone, without building a model for the solver (large frontiers). */
  readonly greedyOnly?: boolean;
}

/** How the answer was found: rank-order = the fill (exact by construction); the rest for the MILP modes. */
export type SelectionStatus = "rank-order" | "optimal" | "work-limit" | "time-limit" | "heuristic";

/** One candidate's outcome. */
export interface CandidateDecision {
  readonly selected: boolean;
  readonly reason: SelectionReason;
  /** Limits that adding the need (with its unselected dependencies) would break. */
  readonly limits: readonly LimitId[];
  /** By how much each of those limits falls short (rank mode: at the need's turn). */
  readonly shortfall: readonly LimitShortfall[];
  /** For "dependency": the needs it waits for (unselected, forced out or unknown). */
  readonly blockedBy: readonly string[];
  /** For forced-in needs pulled in by another forced-in need: that need. */
  readonly requiredBy?: string;
  /** Rank mode, left out above the lowest selected need: the smallest changes that let it in. */
  readonly letIn?: LetIn;
}

/** Use and size of one limit. */
export interface LimitUse {
  readonly id: LimitId;
  readonly capacity: number;
  readonly used: number;
  /** Used by forced-in needs alone. */
  readonly usedByForced: number;
}

/** Result of the selection. */
export interface SelectionResult {
  readonly mode: SelectionMode;
  readonly decisions: ReadonlyMap<string, CandidateDecision>;
  readonly status: SelectionStatus;
  /** Σ points of the selected needs (forced included). */
  readonly points: number;
  /** Σ points × size units of the selected needs (the value objective). */
  readonly valuePoints: number;
  /** Best proven bound on the mode's objective (forced included); null when unknown or rank mode. */
  readonly boundPoints: number | null;
  /** (bound − objective) / bound; 0 when proved optimal; null when no bound is known or rank mode. */
  readonly gap: number | null;
  /** Free candidates (after forced and dependency exclusions). */
  readonly freeCandidates: number;
  readonly solver: string;
  readonly limits: readonly LimitUse[];
  /** Limits that the forced-in needs alone exceed. */
  readonly exceededByForced: readonly LimitId[];
  readonly totalCost: number;
}

/** Size of a need in the value mode: estimated value in units of 100 000 NOK, at least 1. */
export const SIZE_UNIT_NOK = 100_000;

/** Size units of a need (value mode): round(cost / 100 000 NOK), at least 1. */
export function sizeUnits(cost: number): number {
  return Math.max(1, Math.round(cost / SIZE_UNIT_NOK));
}

/** A limit row: id, capacity, usage per candidate. */
export interface Resource {
  readonly id: LimitId;
  readonly capacity: number;
  readonly usage: (c: SelectionCandidate) => number;
}

/** The limit rows that apply, one per limited resource. */
export function resourcesFor(candidates: readonly SelectionCandidate[], limits: SelectionLimits): Resource[] {
  const resources: Resource[] = [];
  if (limits.budget !== null) resources.push({ id: "budget", capacity: limits.budget, usage: (c) => c.cost });
  if (limits.leadWeeksByCategory !== null) {
    const map = limits.leadWeeksByCategory;
    const categories = [...new Set([...Object.keys(map), ...candidates.map((c) => c.category)])].sort();
    for (const cat of categories)
      resources.push({
        id: `leads:${cat}`,
        capacity: ownValue(map, cat) ?? 0,
        usage: (c) => (c.category === cat ? c.leadWeeks : 0),
      });
  }
  if (limits.lawyerWeeks !== null)
    resources.push({ id: "lawyers", capacity: limits.lawyerWeeks, usage: (c) => c.lawyerWeeks });
  return resources;
}

/** Transitive closure of `start` over `edges` (id → ids), `start` included. */
export function closure(start: Iterable<string>, edges: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...edges(id));
  }
  return seen;
}

/** Candidates split by the force rules, with the limits the free ones share. */
export interface PreparedSelection {
  readonly byId: ReadonlyMap<string, SelectionCandidate>;
  readonly excluded: ReadonlySet<string>;
  readonly forcedIn: ReadonlySet<string>;
  readonly requiredBy: ReadonlyMap<string, string>;
  /** Free candidates in the given (rank) order. */
  readonly free: readonly SelectionCandidate[];
  readonly resources: readonly Resource[];
  readonly usedByForced: readonly number[];
  /** Capacity left for the free candidates per resource (≥ 0). */
  readonly remaining: readonly number[];
}

/** Path from `root` to `target` over dependencies (both included), breadth first. */
function dependencyPath(
  root: string,
  target: string,
  byId: ReadonlyMap<string, SelectionCandidate>,
): string[] {
  const parent = new Map<string, string>([[root, root]]);
  const queue = [root];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (id === target) break;
    for (const d of byId.get(id)?.dependsOn ?? [])
      if (!parent.has(d)) {
        parent.set(d, id);
        queue.push(d);
      }
  }
  const path = [target];
  while (path[0] !== root && parent.has(path[0] as string))
    path.unshift(parent.get(path[0] as string) as string);
  return path;
}

/** Force conflicts: each forced-in need whose dependencies (transitively) reach a need that cannot come in. */
function forceConflicts(
  roots: readonly string[],
  byId: ReadonlyMap<string, SelectionCandidate>,
  unavailable: ReadonlyMap<string, UnavailableReason>,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const root of roots) {
    const reach = closure([root], (x) => byId.get(x)?.dependsOn ?? []);
    const blockers = [...reach].filter(
      (id) => !byId.has(id) || (id !== root && byId.get(id)?.force === "out"),
    );
    for (const blocker of blockers.sort()) {
      const why = byId.has(blocker) ? "forced-out" : (unavailable.get(blocker) ?? "unknown");
      const path = dependencyPath(root, blocker, byId);
      issues.push({
        code: `force-conflict-${why}`,
        params: { need: root, dependency: blocker, path: path.join(" → ") },
      });
    }
  }
  return issues;
}

/** Applies the force rules; throws PrioritisationConfigError on a force conflict. */
export function prepareSelection(
  candidates: readonly SelectionCandidate[],
  limits: SelectionLimits,
  unavailable: ReadonlyMap<string, UnavailableReason> = new Map(),
): PreparedSelection {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const dependants = new Map<string, string[]>();
  for (const c of candidates)
    for (const d of c.dependsOn) dependants.set(d, [...(dependants.get(d) ?? []), c.id]);
  // (1) out by force or by a dependency on a forced-out / unknown need
  const forcedOut = candidates.filter((c) => c.force === "out").map((c) => c.id);
  const roots = [
    ...forcedOut,
    ...candidates.filter((c) => c.dependsOn.some((d) => !byId.has(d))).map((c) => c.id),
  ];
  const excluded = closure(roots, (id) => dependants.get(id) ?? []);
  // (2) forced in with everything they depend on
  const forcedInRoots = candidates.filter((c) => c.force === "in").map((c) => c.id);
  const requiredBy = new Map<string, string>();
  for (const root of forcedInRoots)
    for (const id of closure([root], (x) => byId.get(x)?.dependsOn ?? []))
      if (!requiredBy.has(id) && id !== root) requiredBy.set(id, root);
  const forcedIn = new Set([...forcedInRoots, ...requiredBy.keys()]);
  if ([...forcedIn].some((id) => excluded.has(id) || !byId.has(id)))
    throw new PrioritisationConfigError(forceConflicts(forcedInRoots, byId, unavailable));
  const resources = resourcesFor(candidates, limits);
  const usedByForced = resources.map((r) =>
    [...forcedIn].reduce((s, id) => s + r.usage(byId.get(id) as SelectionCandidate), 0),
  );
  const remaining = resources.map((r, k) => Math.max(0, r.capacity - (usedByForced[k] as number)));
  const free = candidates.filter((c) => !excluded.has(c.id) && !forcedIn.has(c.id));
  return { byId, excluded, forcedIn, requiredBy, free, resources, usedByForced, remaining };
}

/** The fill problem of the free candidates (indexes follow `prepared.free`). */
export function fillProblem(prepared: PreparedSelection): FillProblem {
  const index = new Map(prepared.free.map((c, i) => [c.id, i]));
  const dependants: number[][] = prepared.free.map(() => []);
  const needs = prepared.free.map((c, i) => {
    const deps = c.dependsOn.filter((d) => index.has(d)).map((d) => index.get(d) as number);
    for (const d of deps) dependants[d]?.push(i);
    return { id: c.id, deps, dependants: dependants[i] as number[] };
  });
  const resources = prepared.resources.map((r, k) => ({
    id: r.id,
    capacity: r.capacity,
    usedByForced: prepared.usedByForced[k] as number,
    usage: Float64Array.from(prepared.free, (c) => r.usage(c)),
  }));
  return { needs, resources };
}

/** Selects needs by the mode; throws PrioritisationConfigError on a force conflict. */
export function selectNeeds(
  candidates: readonly SelectionCandidate[],
  limits: SelectionLimits,
  solver: MilpSolver,
  settings: SolveSettings,
): SelectionResult {
  const mode = settings.mode ?? "score";
  const prepared = prepareSelection(candidates, limits, settings.unavailable);
  const problem = fillProblem(prepared);
  const whatIf = settings.reasons === false ? undefined : new WhatIf(problem);
  // without reasons: the fill alone, no outcome recorded (stopAt −1 is nobody's turn)
  const fill = whatIf?.base ?? rankFill(problem, {}, -1);
  const fillSet = new Set(prepared.free.filter((_, i) => fill.chosen[i] === 1).map((c) => c.id));
  const milp = mode === "rank" ? null : selectByMilp(prepared, solver, settings, mode, fillSet);
  const chosen = milp?.chosen ?? fillSet;
  const selected = new Set([...prepared.forcedIn, ...chosen]);
  const decisions = !whatIf
    ? selectedDecisions(prepared, selected)
    : mode === "rank"
      ? rankDecisions(prepared, whatIf, settings.letIn === false ? 0 : (settings.letInLimit ?? Infinity))
      : finalDecisions(prepared, selected);
  const { byId, resources } = prepared;
  const sum = (f: (c: SelectionCandidate) => number) =>
    [...selected].reduce((t, id) => t + f(byId.get(id) as SelectionCandidate), 0);
  const used = resources.map((r) => sum(r.usage));
  const points = sum((c) => c.points);
  const valuePoints = sum((c) => c.points * sizeUnits(c.cost));
  const objective = mode === "value" ? valuePoints : points;
  const forcedObjective = [...prepared.forcedIn].reduce((t, id) => {
    const c = byId.get(id) as SelectionCandidate;
    return t + (mode === "value" ? c.points * sizeUnits(c.cost) : c.points);
  }, 0);
  const boundPoints = milp === null || milp.boundFree === null ? null : forcedObjective + milp.boundFree;
  const gap =
    boundPoints === null ? null : boundPoints > 0 ? Math.max(0, (boundPoints - objective) / boundPoints) : 0;
  return {
    mode,
    decisions,
    status: milp?.status ?? "rank-order",
    points,
    valuePoints,
    boundPoints,
    gap,
    freeCandidates: prepared.free.length,
    solver: mode === "rank" ? "rank-order fill" : solver.name,
    limits: resources.map((r, k) => ({
      id: r.id,
      capacity: r.capacity,
      used: used[k] as number,
      usedByForced: prepared.usedByForced[k] as number,
    })),
    exceededByForced: resources
      .filter((r, k) => (prepared.usedByForced[k] as number) > r.capacity + FILL_TOLERANCE)
      .map((r) => r.id),
    totalCost: sum((c) => c.cost),
  };
}

const IN: Pick<CandidateDecision, "limits" | "shortfall" | "blockedBy"> = {
  limits: [],
  shortfall: [],
  blockedBy: [],
};

const SELECTED: CandidateDecision = { selected: true, reason: "selected", ...IN };

/** Decision of a need that the free choice does not decide (forced in/out, excluded), or undefined. */
function fixedDecision(c: SelectionCandidate, prepared: PreparedSelection): CandidateDecision | undefined {
  if (prepared.forcedIn.has(c.id)) {
    const by = prepared.requiredBy.get(c.id);
    const base = { selected: true, reason: "forced-in" as const, ...IN };
    return c.force !== "in" && by !== undefined ? { ...base, requiredBy: by } : base;
  }
  if (c.force === "out") return { selected: false, reason: "forced-out", ...IN };
  if (prepared.excluded.has(c.id)) {
    const blockedBy = c.dependsOn.filter((d) => !prepared.byId.has(d) || prepared.excluded.has(d));
    return { selected: false, reason: "dependency", ...IN, blockedBy };
  }
  return undefined;
}

/** Decisions of the selected needs only (forced in, or selected). */
function selectedDecisions(
  prepared: PreparedSelection,
  selected: ReadonlySet<string>,
): Map<string, CandidateDecision> {
  const decisions = new Map<string, CandidateDecision>();
  for (const id of selected) {
    const fixed = fixedDecision(prepared.byId.get(id) as SelectionCandidate, prepared);
    decisions.set(id, fixed ?? SELECTED);
  }
  return decisions;
}

/** Decisions of the rank-order fill: reasons at each need's turn, and what would let it in. */
function rankDecisions(
  prepared: PreparedSelection,
  whatIf: WhatIf,
  letInLimit: number,
): Map<string, CandidateDecision> {
  const fill = whatIf.base;
  const freeIndex = new Map(prepared.free.map((c, i) => [c.id, i]));
  let lowestSelected = -1;
  fill.chosen.forEach((v, i) => {
    if (v === 1) lowestSelected = i;
  });
  const decisions = new Map<string, CandidateDecision>();
  let letInLeft = letInLimit;
  for (const c of prepared.byId.values()) {
    const fixed = fixedDecision(c, prepared);
    const i = freeIndex.get(c.id) as number;
    if (fixed) decisions.set(c.id, fixed);
    else if (fill.chosen[i] === 1) decisions.set(c.id, { selected: true, reason: "selected", ...IN });
    else {
      const o = fill.outcomes.get(i);
      if (o === undefined) throw new Error(`No fill outcome for ${c.id}`);
      const reason = o.aloneShort.some((s) => s.limit === "budget")
        ? "budget"
        : o.aloneShort.length > 0
          ? "capacity"
          : "dependency";
      const base: CandidateDecision = {
        selected: false,
        reason,
        limits: o.groupShort.map((s) => s.limit),
        shortfall: o.groupShort,
        blockedBy:
          reason === "dependency"
            ? o.group.filter((j) => j !== i).map((j) => prepared.free[j]?.id as string)
            : [],
      };
      const wanted = i < lowestSelected && letInLeft > 0;
      if (wanted) letInLeft -= 1;
      const letIn = wanted ? { raise: raiseToLetIn(whatIf, i), defer: deferToLetIn(whatIf, i) } : undefined;
      decisions.set(c.id, letIn ? { ...base, letIn } : base);
    }
  }
  return decisions;
}

/** Decisions of an optimising mode: why each left-out need does not fit next to the final selection. */
function finalDecisions(
  prepared: PreparedSelection,
  selected: ReadonlySet<string>,
): Map<string, CandidateDecision> {
  const { byId, resources } = prepared;
  const used = resources.map((r) =>
    [...selected].reduce((s, id) => s + r.usage(byId.get(id) as SelectionCandidate), 0),
  );
  const decisions = new Map<string, CandidateDecision>();
  for (const c of byId.values()) {
    const fixed = fixedDecision(c, prepared);
    if (fixed) decisions.set(c.id, fixed);
    else if (selected.has(c.id)) decisions.set(c.id, { selected: true, reason: "selected", ...IN });
    else decisions.set(c.id, whyOut(c, byId, selected, resources, used));
  }
  return decisions;
}

/** The unselected free needs a need waits for (transitively), itself included. */
function pendingClosure(
  c: SelectionCandidate,
  byId: ReadonlyMap<string, SelectionCandidate>,
  selected: ReadonlySet<string>,
): string[] {
  return [...closure([c.id], (id) => (byId.get(id)?.dependsOn ?? []).filter((d) => !selected.has(d)))].filter(
    (id) => !selected.has(id),
  );
}

function whyOut(
  c: SelectionCandidate,
  byId: ReadonlyMap<string, SelectionCandidate>,
  selected: ReadonlySet<string>,
  resources: readonly Resource[],
  used: readonly number[],
): CandidateDecision {
  const broken = (ids: readonly string[]): LimitShortfall[] =>
    resources.flatMap((r, k) => {
      const needed = ids.reduce((s, id) => s + r.usage(byId.get(id) as SelectionCandidate), 0);
      const available = Math.max(0, r.capacity - (used[k] as number));
      return needed > available + FILL_TOLERANCE
        ? [{ limit: r.id, needed, available, short: needed - available }]
        : [];
    });
  const alone = broken([c.id]);
  const ids = (s: readonly LimitShortfall[]) => s.map((x) => x.limit);
  if (alone.some((s) => s.limit === "budget"))
    return { selected: false, reason: "budget", limits: ids(alone), shortfall: alone, blockedBy: [] };
  if (alone.length > 0)
    return { selected: false, reason: "capacity", limits: ids(alone), shortfall: alone, blockedBy: [] };
  const pending = pendingClosure(c, byId, selected);
  const group = broken(pending);
  return {
    selected: false,
    reason: "dependency",
    limits: ids(group),
    shortfall: group,
    blockedBy: pending.filter((id) => id !== c.id),
  };
}
