/**
 * The optimising selection modes as a multi-constraint 0/1 knapsack with x_i ≤ x_j per dependency:
 * `score` maximises Σ points (score × 100), `value` Σ points × size units (estimated value in
 * 100 000 NOK). The model goes to the MilpSolver port with the rank-order fill as a warm start;
 * the answer is checked independently (limits, dependencies), topped up by a greedy fill (a no-op
 * after a proved optimum), and the best of fill, greedy and solver stands when the solver has no
 * proved answer. Up to `exactLimit` free needs the solve runs to a proof within a generous node
 * limit (`exactNodeLimit`); above, a tighter one (`nodeLimit`). Node limits, not clocks, keep the
 * answer the same on any machine; the wall clock is only a safety net (status `time-limit`).
 */
import type { BinaryModel, LpRow, MilpSolution, MilpSolver } from "./milpSolver";
import { FILL_TOLERANCE } from "./rankFill";
import {
  closure,
  sizeUnits,
  type PreparedSelection,
  type Resource,
  type SelectionCandidate,
  type SelectionStatus,
  type SolveSettings,
} from "./selection";

/** Outcome of an optimising selection over the free candidates. */
export interface MilpSelection {
  readonly chosen: ReadonlySet<string>;
  readonly status: SelectionStatus;
  /** Proven bound on the free part of the objective; null when unknown. */
  readonly boundFree: number | null;
}

/** Objective weight of a candidate in an optimising mode. */
export function objectiveWeight(c: SelectionCandidate, mode: "score" | "value"): number {
  return mode === "value" ? c.points * sizeUnits(c.cost) : c.points;
}

/** The knapsack of the free candidates: one row per limit, x_i − x_j ≤ 0 per dependency i → j. */
function modelOf(
  prepared: PreparedSelection,
  mode: "score" | "value",
  column: ReadonlyMap<string, string>,
): BinaryModel {
  const { free, resources, remaining } = prepared;
  const freeIds = new Set(free.map((c) => c.id));
  const rows: LpRow[] = resources.map((r, k) => ({
    name: r.id === "budget" ? "budget" : r.id === "lawyers" ? "lawyers" : `leads_${k}`,
    terms: free.filter((c) => r.usage(c) !== 0).map((c) => [column.get(c.id) as string, r.usage(c)] as const),
    rhs: remaining[k] as number,
  }));
  for (const c of free)
    for (const d of new Set(c.dependsOn))
      if (freeIds.has(d))
        rows.push({
          name: `dep_${column.get(c.id)}_${column.get(d)}`,
          terms: [
            [column.get(c.id) as string, 1],
            [column.get(d) as string, -1],
          ],
          rhs: 0,
        });
  return {
    objective: free.map((c) => [column.get(c.id) as string, objectiveWeight(c, mode)] as const),
    rows,
  };
}

const NO_ANSWER: MilpSolution = { status: "failed", objective: null, bestBound: null, values: new Map() };

/** Solves the knapsack of the free candidates for `mode`, warm-started from the rank-order fill. */
export function selectByMilp(
  prepared: PreparedSelection,
  solver: MilpSolver,
  settings: SolveSettings,
  mode: "score" | "value",
  fillSet: ReadonlySet<string>,
): MilpSelection {
  const { free, byId, resources, remaining } = prepared;
  if (free.length === 0) return { chosen: new Set(), status: "optimal", boundFree: 0 };
  const column = new Map(free.map((c, i) => [c.id, `x${i}`]));
  const exact = free.length <= settings.exactLimit;
  const sum = (s: ReadonlySet<string>) =>
    [...s].reduce((t, id) => t + objectiveWeight(byId.get(id) as SelectionCandidate, mode), 0);
  // warm start: the better of the rank-order fill and the greedy fill by objective per share of the limits
  const greedy = greedySelect(free, byId, resources, remaining, new Set(), mode);
  const start = sum(greedy) > sum(fillSet) ? greedy : fillSet;
  const answer = settings.greedyOnly
    ? NO_ANSWER // no model is built (large frontiers): the greedy fills below decide
    : solver.solve(modelOf(prepared, mode, column), {
        timeLimitSeconds: exact ? settings.exactTimeLimitSeconds : settings.timeLimitSeconds,
        ...nodeLimitOf(settings, exact),
        start: new Map(free.map((c) => [column.get(c.id) as string, start.has(c.id) ? 1 : 0])),
      });
  const solverSet = new Set(
    free.filter((c) => (answer.values.get(column.get(c.id) as string) ?? 0) > 0.5).map((c) => c.id),
  );
  const valid = answer.values.size > 0 && isFeasible(solverSet, free, byId, resources, remaining);
  if (valid && answer.status === "optimal")
    return { chosen: solverSet, status: "optimal", boundFree: sum(solverSet) };
  const options = [greedySelect(free, byId, resources, remaining, fillSet, mode), greedy];
  const filled = valid ? greedySelect(free, byId, resources, remaining, solverSet, mode) : null;
  const best = options.reduce((a, b) => (sum(b) > sum(a) ? b : a));
  const useSolver = filled !== null && sum(filled) >= sum(best);
  const chosen = useSolver ? filled : best;
  const limited = answer.status === "time-limit" || answer.status === "work-limit";
  const status: SelectionStatus = useSolver && limited ? answer.status : "heuristic";
  const boundFree = answer.bestBound === null ? null : Math.max(answer.bestBound, sum(chosen));
  return { chosen, status, boundFree };
}

/** The node limit of a solve, if any: exactNodeLimit up to exactLimit free candidates, else nodeLimit. */
function nodeLimitOf(settings: SolveSettings, exact: boolean): { nodeLimit?: number } {
  const limit = exact ? settings.exactNodeLimit : settings.nodeLimit;
  return limit === undefined ? {} : { nodeLimit: limit };
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
      (remaining[k] as number) + FILL_TOLERANCE,
  );
}

/**
 * Greedy fill: starting from `start`, adds free candidates (each with its unselected free
 * dependencies) while they fit, best objective per share of the remaining limits first, ties by id.
 */
export function greedySelect(
  free: readonly SelectionCandidate[],
  byId: ReadonlyMap<string, SelectionCandidate>,
  resources: readonly Resource[],
  remaining: readonly number[],
  start: ReadonlySet<string>,
  mode: "score" | "value" = "score",
): Set<string> {
  const chosen = new Set(start);
  const freeIds = new Set(free.map((c) => c.id));
  const used = resources.map((r) =>
    [...chosen].reduce((s, id) => s + r.usage(byId.get(id) as SelectionCandidate), 0),
  );
  const density = (c: SelectionCandidate) =>
    objectiveWeight(c, mode) /
    (1e-9 + resources.reduce((s, r, k) => s + r.usage(c) / Math.max(remaining[k] as number, 1e-9), 0));
  const key = new Map(free.map((c) => [c, density(c)]));
  const order = [...free].sort(
    (a, b) => (key.get(b) as number) - (key.get(a) as number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const c of order) {
    if (chosen.has(c.id)) continue;
    const group = closure([c.id], (id) =>
      (byId.get(id)?.dependsOn ?? []).filter((d) => freeIds.has(d) && !chosen.has(d)),
    );
    const add = [...group].filter((id) => !chosen.has(id));
    const extra = resources.map((r) =>
      add.reduce((s, id) => s + r.usage(byId.get(id) as SelectionCandidate), 0),
    );
    if (
      !resources.every(
        (_, k) => (used[k] as number) + (extra[k] as number) <= (remaining[k] as number) + FILL_TOLERANCE,
      )
    )
      continue;
    for (const id of add) chosen.add(id);
    extra.forEach((e, k) => (used[k] = (used[k] as number) + e));
  }
  return chosen;
}
