/**
 * Lateness first: which dispatch order the serial scheduler uses (docs/scheduling.md §4).
 *
 * With `ordering: "lateness-first"` (the default) the scheduler tries a few priority rules and
 * keeps the schedule with the least priority-weighted tardiness, then improves the dispatch order
 * by local search: a late need is moved earlier in the order (half-way to the front, then in front
 * of the on-time need of its category placed just before it) and the move is kept when the whole
 * schedule gets better. The rules are the apparent tardiness cost (ATC) rule of Vepsalainen &
 * Morton (1987) with look-ahead k = 1 and 0.5, and earliest slack first. None of them puts a need back
 * because it is already late: a need that cannot be on time has the least slack and the highest
 * ATC index. The work is bounded by a count of placements (`searchPlacements`), never by the clock,
 * so the same input gives the same plan on a fast or a slow machine.
 */
import type { CapacityLedger } from "./capacityLedger";
import type { SchedulingConfig } from "./schedulingConfig";
import type { CompletedNeed, ScheduledNeed, UnscheduledNeed } from "./scheduleTypes";

/** What the search needs to know of a need waiting to be placed. */
export interface DispatchJob {
  readonly need: { readonly id: string; readonly category: string };
  readonly priority: number;
  /** Deadline minus capacity-free signature, in days (Infinity without a deadline). */
  readonly slack: number;
  /** Capacity-free days from its earliest start to its signature (the ATC processing time). */
  readonly span: number;
}

/** Figures a schedule is judged by, best first: unscheduled, weighted tardiness, late count, days late. */
export interface DispatchCost {
  unscheduled: number;
  weighted: number;
  late: number;
  days: number;
}

/** The outcome of one dispatch. */
export interface Dispatch<J> {
  readonly scheduled: Map<string, ScheduledNeed>;
  readonly completed: CompletedNeed[];
  readonly unscheduled: UnscheduledNeed[];
  /** Needs in the order they were taken. */
  readonly sequence: J[];
  readonly ledger: CapacityLedger;
  readonly cost: DispatchCost;
}

/** An empty outcome on `ledger`, to be filled by a dispatch. */
export function emptyDispatch<J>(ledger: CapacityLedger): Dispatch<J> {
  return {
    scheduled: new Map(),
    completed: [],
    unscheduled: [],
    sequence: [],
    ledger,
    cost: { unscheduled: 0, weighted: 0, late: 0, days: 0 },
  };
}

/** Adds a placed need's lateness to `cost`. */
export function addCost(cost: DispatchCost, s: ScheduledNeed): void {
  if (s.daysLate <= 0) return;
  cost.late += 1;
  cost.days += s.daysLate;
  cost.weighted += (s.priority ?? 1) * s.daysLate;
}

/** True when `a` is a better schedule than `b`. */
export function betterCost(a: DispatchCost, b: DispatchCost): boolean {
  if (a.unscheduled !== b.unscheduled) return a.unscheduled < b.unscheduled;
  if (Math.abs(a.weighted - b.weighted) > 1e-9) return a.weighted < b.weighted;
  if (a.late !== b.late) return a.late < b.late;
  return a.days < b.days;
}

type Compare<J> = (a: J, b: J) => number;

const byId = <J extends DispatchJob>(a: J, b: J): number =>
  a.need.id < b.need.id ? -1 : a.need.id > b.need.id ? 1 : 0;

const slackWeeks = (j: DispatchJob): number =>
  Number.isFinite(j.slack) ? Math.floor(j.slack / 7) : Number.MAX_SAFE_INTEGER;

/** Earliest slack first (in whole weeks), then priority, then id. */
export function slackFirst<J extends DispatchJob>(a: J, b: J): number {
  return slackWeeks(a) - slackWeeks(b) || b.priority - a.priority || byId(a, b);
}

/** The earlier policy: needs that cannot be on time go after those that can (fewer late needs, more days late). */
export function lateCountFirst<J extends DispatchJob>(a: J, b: J): number {
  return Number(a.slack < 0) - Number(b.slack < 0) || slackFirst(a, b);
}

/**
 * The ATC rule at the plan start: index = priority / span × exp(−max(0, slack) / (k × mean span)),
 * highest first. A need with no slack left gets the full weight of its priority per day of work.
 */
export function atcRule<J extends DispatchJob>(jobs: readonly J[], k: number): Compare<J> {
  const spans = jobs.map((j) => Math.max(1, j.span));
  const mean = spans.reduce((s, x) => s + x, 0) / Math.max(1, spans.length);
  const index = new Map<J, number>();
  for (const j of jobs) {
    const urgency = Number.isFinite(j.slack) ? Math.exp(-Math.max(0, j.slack) / (k * mean)) : 0;
    index.set(j, (j.priority / Math.max(1, j.span)) * urgency);
  }
  return (a, b) => (index.get(b) as number) - (index.get(a) as number) || slackFirst(a, b);
}

/** How many dispatches the lateness-first search may run for `count` needs (at least one). */
export function dispatchBudget(config: Pick<SchedulingConfig, "searchPlacements">, count: number): number {
  return Math.max(1, Math.floor(config.searchPlacements / Math.max(1, count)));
}

/** Runs the ordering policy of `config` and returns the best dispatch found within its budget. */
export function chooseDispatch<J extends DispatchJob>(
  config: Pick<SchedulingConfig, "ordering" | "searchPlacements">,
  jobs: readonly J[],
  dispatch: (compare: Compare<J>) => Dispatch<J>,
): Dispatch<J> {
  if (config.ordering === "late-count") return dispatch(lateCountFirst);
  if (config.ordering === "tardiness") return dispatch(slackFirst);
  let budget = dispatchBudget(config, jobs.length);
  let best: Dispatch<J> | undefined;
  for (const rule of [atcRule(jobs, 1), atcRule(jobs, 0.5), slackFirst]) {
    if (budget === 0) break;
    budget -= 1;
    const d = dispatch(rule);
    if (!best || betterCost(d.cost, best.cost)) best = d;
  }
  return improve(best as Dispatch<J>, budget, dispatch);
}

/** Local search on the dispatch order of `start` with at most `budget` further dispatches. */
function improve<J extends DispatchJob>(
  start: Dispatch<J>,
  budget: number,
  dispatch: (compare: Compare<J>) => Dispatch<J>,
): Dispatch<J> {
  let best = start;
  const tried = new Set<string>();
  while (budget > 0) {
    const move = nextMove(best, tried);
    if (!move) break;
    budget -= 1;
    const rank = new Map(move.map((j, i) => [j, i]));
    const d = dispatch((a, b) => (rank.get(a) as number) - (rank.get(b) as number));
    if (betterCost(d.cost, best.cost)) best = d;
  }
  return best;
}

/**
 * The next order to try: the late need with the highest priority × days late not tried yet, moved
 * half-way to the front, else in front of the on-time need of its category taken just before it.
 */
function nextMove<J extends DispatchJob>(d: Dispatch<J>, tried: Set<string>): J[] | undefined {
  const late = d.sequence
    .map((j) => ({ j, s: d.scheduled.get(j.need.id) }))
    .filter((x) => (x.s?.daysLate ?? 0) > 0)
    .sort(
      (a, b) => b.j.priority * (b.s?.daysLate ?? 0) - a.j.priority * (a.s?.daysLate ?? 0) || byId(a.j, b.j),
    );
  for (const { j } of late) {
    const pos = d.sequence.indexOf(j);
    const half = Math.floor(pos / 2);
    let rival = -1;
    for (let i = pos - 1; i >= 0 && rival < 0; i -= 1) {
      const other = d.sequence[i] as J;
      if (other.need.category === j.need.category && (d.scheduled.get(other.need.id)?.daysLate ?? 1) === 0)
        rival = i;
    }
    for (const [kind, to] of [
      ["half", half],
      ["rival", rival],
    ] as const) {
      const key = `${j.need.id}|${kind}|${to}`;
      if (to < 0 || to >= pos || tried.has(key)) continue;
      tried.add(key);
      const order = d.sequence.filter((x) => x !== j);
      order.splice(to, 0, j);
      return order;
    }
  }
  return undefined;
}
