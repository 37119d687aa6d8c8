/**
 * Selection: choose the needs that maximise the total score under the budget and the capacity
 * limits (lead person-weeks per main category, lawyer person-weeks), after force-in / force-out,
 * with dependencies closed (a need is selected only with the needs it depends on).
 *
 * Steps: (1) needs that depend, directly or not, on a forced-out or unknown need are out
 * ("dependency"); (2) forced-in needs and everything they depend on are in, and use the limits
 * first; (3) the remaining candidates form a multi-constraint 0/1 knapsack with x_i ≤ x_j for each
 * dependency, solved by the MilpSolver port (objective in integer points = score × 100 rounded);
 * (4) the solver's answer is checked independently (limits, dependencies); (5) a greedy fill adds
 * any candidate that still fits (a no-op after a proved optimum), and the greedy solution stands in
 * when the solver has none. Up to `exactLimit` candidates the answer is proved optimal; above it the
 * solver runs with a time limit and the result carries the proven bound and the gap.
 */
import { PrioritisationConfigError } from "./prioritisationConfig";
import { toLpText, type LpRow, type MilpSolver } from "./milpSolver";
import type { LimitId, SelectionReason } from "./prioritisationTypes";
import { ownValue } from "../model/dataRecord";

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

/** Limits for the solver: exact up to exactLimit free candidates, else time-limited. */
export interface SolveSettings {
  readonly exactLimit: number;
  readonly exactTimeLimitSeconds: number;
  readonly timeLimitSeconds: number;
}

/** How the answer was found. */
export type SelectionStatus = "optimal" | "time-limit" | "heuristic";

/** One candidate's outcome. */
export interface CandidateDecision {
  readonly selected: boolean;
  readonly reason: SelectionReason;
  /** Limits that adding the need (with its unselected dependencies) would break. */
  readonly limits: readonly LimitId[];
  /** For "dependency": the needs it waits for (unselected, forced out or unknown). */
  readonly blockedBy: readonly string[];
  /** For forced-in needs pulled in by another forced-in need: that need. */
  readonly requiredBy?: string;
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
  readonly decisions: ReadonlyMap<string, CandidateDecision>;
  readonly status: SelectionStatus;
  /** Σ points of the selected needs (forced included). */
  readonly points: number;
  /** Best proven bound on the points (forced included); null when unknown. */
  readonly boundPoints: number | null;
  /** (bound − points) / bound; 0 when proved optimal; null when no bound is known. */
  readonly gap: number | null;
  /** Free candidates given to the solver. */
  readonly freeCandidates: number;
  readonly solver: string;
  readonly limits: readonly LimitUse[];
  /** Limits that the forced-in needs alone exceed. */
  readonly exceededByForced: readonly LimitId[];
  readonly totalCost: number;
}

const TOLERANCE = 1e-6;

interface Resource {
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
function closure(start: Iterable<string>, edges: (id: string) => readonly string[]): Set<string> {
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

/** Selects needs; throws PrioritisationConfigError when a forced-in need depends on a forced-out one. */
export function selectNeeds(
  candidates: readonly SelectionCandidate[],
  limits: SelectionLimits,
  solver: MilpSolver,
  settings: SolveSettings,
): SelectionResult {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const dependants = new Map<string, string[]>();
  for (const c of candidates)
    for (const d of c.dependsOn) dependants.set(d, [...(dependants.get(d) ?? []), c.id]);

  // (1) out by force or by a dependency on a forced-out / unknown need
  const forcedOut = candidates.filter((c) => c.force === "out").map((c) => c.id);
  const missingDeps = (c: SelectionCandidate) => c.dependsOn.filter((d) => !byId.has(d));
  const roots = [...forcedOut, ...candidates.filter((c) => missingDeps(c).length > 0).map((c) => c.id)];
  const excluded = closure(roots, (id) => dependants.get(id) ?? []);

  // (2) forced in with everything they depend on
  const forcedInRoots = candidates.filter((c) => c.force === "in").map((c) => c.id);
  const requiredBy = new Map<string, string>();
  for (const root of forcedInRoots)
    for (const id of closure([root], (x) => byId.get(x)?.dependsOn ?? []))
      if (!requiredBy.has(id) && id !== root) requiredBy.set(id, root);
  const forcedIn = new Set([...forcedInRoots, ...requiredBy.keys()]);
  // report the root causes: a forced-out need, or an unknown id, inside a forced-in closure
  const conflicts = [...forcedIn].flatMap((id) => {
    const c = byId.get(id);
    if (c === undefined || !excluded.has(id)) return [];
    const need = requiredBy.get(id) ?? id;
    if (c.force === "out") return [{ code: "force-conflict", params: { need, dependency: id } }];
    return missingDeps(c).map((d) => ({ code: "force-conflict", params: { need: id, dependency: d } }));
  });
  if (conflicts.length > 0) throw new PrioritisationConfigError(conflicts);

  const resources = resourcesFor(candidates, limits);
  const usedByForced = resources.map((r) =>
    [...forcedIn].reduce((s, id) => s + r.usage(byId.get(id) as SelectionCandidate), 0),
  );
  const remaining = resources.map((r, k) => Math.max(0, r.capacity - (usedByForced[k] as number)));
  const exceededByForced = resources
    .filter((r, k) => (usedByForced[k] as number) > r.capacity + TOLERANCE)
    .map((r) => r.id);

  // (3) the knapsack over the free candidates
  const free = candidates.filter((c) => !excluded.has(c.id) && !forcedIn.has(c.id));
  const freeIds = new Set(free.map((c) => c.id));
  const column = new Map(free.map((c, i) => [c.id, `x${i}`]));
  let chosen = new Set<string>();
  let status: SelectionStatus = "optimal";
  let boundFree: number | null = 0;
  if (free.length > 0) {
    const rows: LpRow[] = resources.map((r, k) => ({
      name: r.id === "budget" ? "budget" : r.id === "lawyers" ? "lawyers" : `leads_${k}`,
      terms: free
        .filter((c) => r.usage(c) !== 0)
        .map((c) => [column.get(c.id) as string, r.usage(c)] as const),
      rhs: remaining[k] as number,
    }));
    for (const c of free)
      for (const d of c.dependsOn)
        if (freeIds.has(d))
          rows.push({
            name: `dep_${column.get(c.id)}_${column.get(d)}`,
            terms: [
              [column.get(c.id) as string, 1],
              [column.get(d) as string, -1],
            ],
            rhs: 0,
          });
    const lp = toLpText({
      objective: free.map((c) => [column.get(c.id) as string, c.points] as const),
      rows,
    });
    const exact = free.length <= settings.exactLimit;
    const answer = solver.solve(lp, {
      timeLimitSeconds: exact ? settings.exactTimeLimitSeconds : settings.timeLimitSeconds,
    });
    const solverSet = new Set(
      free.filter((c) => (answer.values.get(column.get(c.id) as string) ?? 0) > 0.5).map((c) => c.id),
    );
    // (4) independent check of the solver's answer
    const valid = answer.values.size > 0 && isFeasible(solverSet, free, byId, resources, remaining);
    const sum = (s: ReadonlySet<string>) =>
      [...s].reduce((t, id) => t + (byId.get(id) as SelectionCandidate).points, 0);
    if (valid && answer.status === "optimal") chosen = solverSet;
    else {
      const greedy = greedySelect(free, byId, resources, remaining, new Set());
      const filled = valid ? greedySelect(free, byId, resources, remaining, solverSet) : null;
      const useSolver = filled !== null && sum(filled) >= sum(greedy);
      chosen = useSolver ? filled : greedy;
      status = useSolver && answer.status === "time-limit" ? "time-limit" : "heuristic";
    }
    if (answer.status === "optimal" && valid) boundFree = sum(chosen);
    else boundFree = answer.bestBound === null ? null : Math.max(answer.bestBound, sum(chosen));
  }

  // (5) decisions and reasons
  const selected = new Set([...forcedIn, ...chosen]);
  const used = resources.map((r) =>
    [...selected].reduce((s, id) => s + r.usage(byId.get(id) as SelectionCandidate), 0),
  );
  const decisions = new Map<string, CandidateDecision>();
  for (const c of candidates) {
    if (forcedIn.has(c.id)) {
      const by = requiredBy.get(c.id);
      const base = { selected: true, reason: "forced-in" as const, limits: [], blockedBy: [] };
      decisions.set(c.id, c.force !== "in" && by !== undefined ? { ...base, requiredBy: by } : base);
    } else if (c.force === "out")
      decisions.set(c.id, { selected: false, reason: "forced-out", limits: [], blockedBy: [] });
    else if (excluded.has(c.id)) {
      const blockedBy = c.dependsOn.filter((d) => !byId.has(d) || excluded.has(d));
      decisions.set(c.id, { selected: false, reason: "dependency", limits: [], blockedBy });
    } else if (selected.has(c.id))
      decisions.set(c.id, { selected: true, reason: "selected", limits: [], blockedBy: [] });
    else decisions.set(c.id, whyOut(c, byId, selected, resources, used));
  }
  const points = [...selected].reduce((t, id) => t + (byId.get(id) as SelectionCandidate).points, 0);
  const forcedPoints = [...forcedIn].reduce((t, id) => t + (byId.get(id) as SelectionCandidate).points, 0);
  const boundPoints = boundFree === null ? null : forcedPoints + boundFree;
  const gap =
    boundPoints === null ? null : boundPoints > 0 ? Math.max(0, (boundPoints - points) / boundPoints) : 0;
  return {
    decisions,
    status,
    points,
    boundPoints,
    gap,
    freeCandidates: free.length,
    solver: solver.name,
    limits: resources.map((r, k) => ({
      id: r.id,
      capacity: r.capacity,
      used: used[k] as number,
      usedByForced: usedByForced[k] as number,
    })),
    exceededByForced,
    totalCost: [...selected].reduce((t, id) => t + (byId.get(id) as SelectionCandidate).cost, 0),
  };
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
  const broken = (ids: readonly string[]) =>
    resources
      .filter(
        (r, k) =>
          (used[k] as number) + ids.reduce((s, id) => s + r.usage(byId.get(id) as SelectionCandidate), 0) >
          r.capacity + TOLERANCE,
      )
      .map((r) => r.id);
  const alone = broken([c.id]);
  if (alone.includes("budget")) return { selected: false, reason: "budget", limits: alone, blockedBy: [] };
  if (alone.length > 0) return { selected: false, reason: "capacity", limits: alone, blockedBy: [] };
  const pending = pendingClosure(c, byId, selected);
  return {
    selected: false,
    reason: "dependency",
    limits: broken(pending),
    blockedBy: pending.filter((id) => id !== c.id),
  };
}

function isFeasible(
  set: ReadonlySet<string>,
  free: readonly SelectionCandidate[],
  byId: ReadonlyMap<string, SelectionCandidate>,
  resources: readonly Resource[],
  remaining: readonly number[],
): boolean {
  const freeIds = new Set(free.map((c) => c.id));
  for (const id of set)
    for (const d of (byId.get(id) as SelectionCandidate).dependsOn)
      if (freeIds.has(d) && !set.has(d)) return false;
  return resources.every(
    (r, k) =>
      [...set].reduce((s, id) => s + r.usage(byId.get(id) as SelectionCandidate), 0) <=
      (remaining[k] as number) + TOLERANCE,
  );
}

/**
 * Greedy fill: starting from `start`, adds free candidates (each with its unselected free
 * dependencies) while they fit, best points per share of the remaining limits first, ties by id.
 */
export function greedySelect(
  free: readonly SelectionCandidate[],
  byId: ReadonlyMap<string, SelectionCandidate>,
  resources: readonly Resource[],
  remaining: readonly number[],
  start: ReadonlySet<string>,
): Set<string> {
  const chosen = new Set(start);
  const freeIds = new Set(free.map((c) => c.id));
  const used = resources.map((r) =>
    [...chosen].reduce((s, id) => s + r.usage(byId.get(id) as SelectionCandidate), 0),
  );
  const density = (c: SelectionCandidate) =>
    c.points /
    (1e-9 + resources.reduce((s, r, k) => s + r.usage(c) / Math.max(remaining[k] as number, 1e-9), 0));
  const order = [...free].sort((a, b) => density(b) - density(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const c of order) {
    if (chosen.has(c.id)) continue;
    const group = [
      ...closure([c.id], (id) =>
        (byId.get(id)?.dependsOn ?? []).filter((d) => freeIds.has(d) && !chosen.has(d)),
      ),
    ];
    const add = group.filter((id) => !chosen.has(id));
    const fits = resources.every(
      (r, k) =>
        (used[k] as number) + add.reduce((s, id) => s + r.usage(byId.get(id) as SelectionCandidate), 0) <=
        (remaining[k] as number) + TOLERANCE,
    );
    if (!fits) continue;
    for (const id of add) chosen.add(id);
    resources.forEach(
      (r, k) =>
        (used[k] =
          (used[k] as number) + add.reduce((s, id) => s + r.usage(byId.get(id) as SelectionCandidate), 0)),
    );
  }
  return chosen;
}
