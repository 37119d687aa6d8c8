/**
 * Lateness first: which dispatch order the serial scheduler uses (docs/scheduling.md §4).
 *
 * With `ordering: "lateness-first"` (the default) the scheduler tries a few priority rules and
 * keeps the schedule with the least Σ priority × (days late + `lateNeedDays` per late need), then
 * improves the dispatch order by local search (first improvement): a late need is inserted in
 * front of one of the nearest earlier needs of its category, half-way to the front of its tier or
 * at that front, or the need of its category just before it is moved behind it; a move is kept
 * when the whole schedule gets better. The rules are the apparent tardiness cost (ATC) rule of
 * Vepsalainen & Morton (1987) — static with look-ahead k = 1 and 0.5, and evaluated when each need
 * is taken with k = 2, 4 and 0.25 — and earliest slack first. None of them puts a need back because
 * it is already late: a need that cannot be on time has the least slack and the highest ATC index.
 * A late-count pass follows (same search, other moves): late needs that could still be on time are
 * moved forward, or on-time needs of their category moved behind them, and a move is kept when the
 * schedule has fewer late needs, or as many and fewer days late, within 2 % of the objective.
 * A move re-places only the needs from the first position it changes; the ones before keep their
 * bookings. The work is bounded by a count of placements (`searchBudget`), never by the clock, so
 * the same input gives the same plan on a fast or a slow machine.
 */
import type { CapacityLedger } from "./capacityLedger";
import type { SchedulingConfig } from "./schedulingConfig";
import type { CompletedNeed, ScheduledNeed, UnscheduledNeed } from "./scheduleTypes";

/** What the search keeps of a placed need; `detail` builds its full record (for the schedule kept only). */
export interface PlacedNeed {
  readonly daysLate: number;
  readonly priority: number;
  /** Day number of the end of its last phase. */
  readonly finishDay: number;
  detail(): ScheduledNeed;
}

/** What the search needs to know of a need waiting to be placed. */
export interface DispatchJob {
  readonly need: { readonly id: string; readonly category: string };
  readonly priority: number;
  /** Deadline minus capacity-free signature, in days (Infinity without a deadline). */
  readonly slack: number;
  /** Capacity-free days from its earliest start to its signature (the ATC processing time). */
  readonly span: number;
  /** Ids of the needs it depends on (among those scheduled). */
  readonly deps: readonly string[];
  /** Started work, then fast-track first: a lower tier is always taken first when ready. */
  readonly tier: number;
  /** Capacity-free earliest start (day number) the slack was computed from. */
  readonly release: number;
  /** Lead work up to the signature, in full-time days (Σ load × days). */
  readonly work: number;
}

/** A rule that looks at when a ready need could start now (`start`, a day number): highest index first. */
export type DynamicIndex<J> = (job: J, start: number) => number;

/** Load booked for one person over days [start, end] (day numbers). */
export interface Booking {
  readonly person: number;
  readonly start: number;
  readonly end: number;
  readonly load: number;
}

/**
 * Figures a schedule is judged by, best first: unscheduled, objective, late count, days late. The
 * objective is Σ priority × (days late + `lateNeedDays` for each late need): weighted tardiness
 * with a fixed cost per late need.
 */
export interface DispatchCost {
  unscheduled: number;
  /** Σ priority × days late. */
  weighted: number;
  /** Σ priority over the late needs. */
  weightedLate: number;
  late: number;
  days: number;
}

/** The outcome of one dispatch. */
export interface Dispatch<J> {
  readonly scheduled: Map<string, PlacedNeed>;
  readonly completed: CompletedNeed[];
  readonly unscheduled: UnscheduledNeed[];
  /** Needs in the order they were taken. */
  readonly sequence: J[];
  /** Need id → what its placement booked (to replay it without placing it again). */
  readonly bookings: Map<string, readonly Booking[]>;
  readonly ledger: CapacityLedger;
  readonly cost: DispatchCost;
}

/** The two ways the search runs the serial scheduler. */
export interface Dispatcher<J> {
  /** A full dispatch: ready needs taken in the order `compare` gives (lower tiers first). */
  byRule(compare: Compare<J>): Dispatch<J>;
  /** A full dispatch: of the ready needs (lower tiers first) the one with the highest index when taken. */
  byIndex(index: DynamicIndex<J>): Dispatch<J>;
  /**
   * The needs in `sequence` (dependencies before dependants) in that order: the first `from`
   * replayed from `base` (same bookings, same outcome), the rest placed again.
   */
  bySequence(sequence: readonly J[], from: number, base: Dispatch<J>): Dispatch<J>;
}

/** An empty outcome on `ledger`, to be filled by a dispatch. */
export function emptyDispatch<J>(ledger: CapacityLedger): Dispatch<J> {
  return {
    scheduled: new Map(),
    completed: [],
    unscheduled: [],
    sequence: [],
    bookings: new Map(),
    ledger,
    cost: { unscheduled: 0, weighted: 0, weightedLate: 0, late: 0, days: 0 },
  };
}

/** Adds a placed need's lateness to `cost`. */
export function addCost(cost: DispatchCost, s: PlacedNeed): void {
  if (s.daysLate <= 0) return;
  cost.late += 1;
  cost.days += s.daysLate;
  cost.weighted += s.priority * s.daysLate;
  cost.weightedLate += s.priority;
}

/** The objective of `cost` with `lateNeedDays` days charged for each late need. */
export function objective(cost: DispatchCost, lateNeedDays: number): number {
  return cost.weighted + lateNeedDays * cost.weightedLate;
}

/** True when `a` is a better schedule than `b` (`lateNeedDays`: the fixed cost of a late need, in days). */
export function betterCost(a: DispatchCost, b: DispatchCost, lateNeedDays = 0): boolean {
  if (a.unscheduled !== b.unscheduled) return a.unscheduled < b.unscheduled;
  const oa = objective(a, lateNeedDays);
  const ob = objective(b, lateNeedDays);
  if (Math.abs(oa - ob) > 1e-9 * Math.max(1, Math.abs(ob))) return oa < ob;
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

/**
 * The ATC rule evaluated when each need is taken (the rule as Vepsalainen & Morton state it):
 * slack shrinks by the days the need's leads are still busy, and the processing time is the lead
 * work up to the signature (the scarce resource), so index = priority / work ×
 * exp(−max(0, slack now) / (k × mean work)).
 */
export function dynamicAtc<J extends DispatchJob>(jobs: readonly J[], k: number): DynamicIndex<J> {
  const mean = jobs.reduce((s, j) => s + Math.max(1, j.work), 0) / Math.max(1, jobs.length);
  return (j, start) => {
    if (!Number.isFinite(j.slack)) return 0;
    const slack = j.slack - Math.max(0, start - j.release);
    return (j.priority / Math.max(1, j.work)) * Math.exp(-Math.max(0, slack) / (k * mean));
  };
}

/**
 * Placements the lateness-first search may make for `count` needs: count³ / 3 000 (a move re-places
 * up to all the needs, and the late needs to try and the steps that improve grow with them too:
 * about 13 dispatches' worth at 200 needs, 30 at 300), at least `SMALL_PLAN_PLACEMENTS` (small plans
 * cost milliseconds), up to 300 needs, where it reaches `searchPlacements`; beyond,
 * `searchPlacements` × 300 / count, so that large plans fall back to a single dispatch (9 000 at
 * 300 needs: 5 400 at 500, 2 700 at 1 000, one dispatch from about 1 650 needs on).
 */
export function searchBudget(config: Pick<SchedulingConfig, "searchPlacements">, count: number): number {
  const n = Math.max(1, count);
  const wanted = Math.max(Math.floor((n * n * n) / 3_000), SMALL_PLAN_PLACEMENTS);
  const peak = Math.min(wanted, Math.floor((config.searchPlacements * 300) / n));
  return Math.max(n, peak);
}

/** The least search budget: seven dispatches of 100 needs, sixteen of the demo's 44. */
const SMALL_PLAN_PLACEMENTS = 700;

/** The search's settings. */
export type SearchConfig = Pick<SchedulingConfig, "ordering" | "searchPlacements" | "lateNeedDays">;

/** The dispatch rules lateness-first tries, most promising first. */
function rules<J extends DispatchJob>(jobs: readonly J[]): ((run: Dispatcher<J>) => Dispatch<J>)[] {
  return [
    (run) => run.byRule(atcRule(jobs, 1)),
    (run) => run.byIndex(dynamicAtc(jobs, 2)),
    (run) => run.byIndex(dynamicAtc(jobs, 4)),
    (run) => run.byIndex(dynamicAtc(jobs, 0.25)),
    (run) => run.byRule(atcRule(jobs, 0.5)),
    (run) => run.byRule(slackFirst),
  ];
}

/** Runs the ordering policy of `config` and returns the best dispatch found within its budget. */
export function chooseDispatch<J extends DispatchJob>(
  config: SearchConfig,
  jobs: readonly J[],
  run: Dispatcher<J>,
): Dispatch<J> {
  if (config.ordering === "late-count") return run.byRule(lateCountFirst);
  if (config.ordering === "tardiness") return run.byRule(slackFirst);
  const n = Math.max(1, jobs.length);
  let left = searchBudget(config, n);
  let best: Dispatch<J> | undefined;
  for (const rule of rules(jobs)) {
    if (best && left < n) break;
    left -= n;
    const d = rule(run);
    if (!best || betterCost(d.cost, best.cost, config.lateNeedDays)) best = d;
  }
  const lnd = config.lateNeedDays;
  const share = Math.floor(left * LATENESS_SHARE);
  const first = improve(
    best as Dispatch<J>,
    share,
    run,
    (a, b) => betterCost(a, b, lnd),
    (d) => moves(d, lnd),
  );
  const ceiling = (1 + COUNT_TOLERANCE) * objective(first.best.cost, lnd);
  return improve(
    first.best,
    left - share + first.left,
    run,
    (a, b) => fewerLate(a, b) && objective(a, lnd) <= ceiling,
    countMoves,
  ).best;
}

/** Share of the search budget left after the rules that the weighted-lateness pass gets; the late-count pass gets the rest. */
const LATENESS_SHARE = 0.5;

/** How much the late-count pass may raise the objective (2 %) for fewer late needs or fewer days late. */
const COUNT_TOLERANCE = 0.02;

/**
 * True when `a` is better than `b` on the figures a lead counts, whatever the priorities: fewer
 * unscheduled needs, then fewer late needs, then fewer days late.
 */
export function fewerLate(a: DispatchCost, b: DispatchCost): boolean {
  if (a.unscheduled !== b.unscheduled) return a.unscheduled < b.unscheduled;
  if (a.late !== b.late) return a.late < b.late;
  return a.days < b.days;
}

/** A candidate order and the first position it changes. */
interface Move<J> {
  readonly key: string;
  readonly order: J[];
  readonly from: number;
}

/**
 * First-improvement local search on the dispatch order of `start`: the moves `neighbours` gives,
 * kept when `accept` prefers the result. Each move costs the placements it redoes (needs from its
 * first changed position on); moves that no longer fit in `left` are skipped. Stops when no untried
 * move is left or the budget is spent; returns the best schedule and the budget not spent.
 */
function improve<J extends DispatchJob>(
  start: Dispatch<J>,
  budget: number,
  run: Dispatcher<J>,
  accept: (candidate: DispatchCost, current: DispatchCost) => boolean,
  neighbours: (d: Dispatch<J>) => Iterable<Move<J>>,
): { best: Dispatch<J>; left: number } {
  let best = start;
  let left = budget;
  const tried = new Set<string>();
  let improved = true;
  while (improved && left > 0) {
    improved = false;
    for (const move of neighbours(best)) {
      const cost = best.sequence.length - move.from;
      if (tried.has(move.key) || cost > left) continue;
      tried.add(move.key);
      left -= cost;
      const d = run.bySequence(move.order, move.from, best);
      if (accept(d.cost, best.cost)) {
        best = d;
        improved = true;
        tried.clear();
        break;
      }
    }
  }
  return { best, left };
}

/** How many earlier needs of its category a late need is tried in front of. */
const INSERT_TARGETS = 3;

/**
 * The moves around each late need, the one with the highest priority × days late it could lose
 * (beyond its lateness with nobody else in the plan) first: insert it
 * in front of each of the nearest earlier needs of its category, half-way to the front of its tier
 * (what must go first: started work, fast-track) and at that front, and move
 * the need of its category just before it to just after it. Only orders that keep dependencies
 * before dependants and lower tiers first are produced.
 */
function* moves<J extends DispatchJob>(d: Dispatch<J>, lateNeedDays: number): Generator<Move<J>> {
  const seq = d.sequence;
  const pos = new Map(seq.map((j, i) => [j.need.id, i]));
  // Days late beyond what the need would be late with nobody else in the plan: only those can shrink.
  const excess = (j: J) =>
    (d.scheduled.get(j.need.id)?.daysLate ?? 0) - (Number.isFinite(j.slack) ? Math.max(0, -j.slack) : 0);
  // What the objective could gain: the excess days, and the late need's fixed cost when it could be on time.
  const gain = (j: J) => {
    const e = excess(j);
    return e > 0 ? j.priority * (e + (j.slack >= 0 ? lateNeedDays : 0)) : 0;
  };
  const late = seq
    .map((j) => ({ j, w: gain(j) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || byId(a.j, b.j));
  for (const { j } of late) {
    const at = pos.get(j.need.id) as number;
    const targets = yield* forwardMoves(seq, pos, j, INSERT_TARGETS);
    const before = targets[0];
    if (before !== undefined && after(seq, before, at)) {
      yield insertMove(seq, before, at, `out:${seq[before]?.need.id}:${j.need.id}`);
    }
  }
}

/**
 * The moves that bring `j` forward within its tier, never before what it depends on: in front of
 * each of the nearest `limit` earlier needs of its category, then half-way to the tier's front and
 * at that front. Returns those nearest needs' positions, nearest first.
 */
function* forwardMoves<J extends DispatchJob>(
  seq: readonly J[],
  pos: ReadonlyMap<string, number>,
  j: J,
  limit: number,
): Generator<Move<J>, number[]> {
  const at = pos.get(j.need.id) as number;
  const depsBefore = Math.max(-1, ...j.deps.map((id) => pos.get(id) ?? -1));
  const targets: number[] = [];
  for (let i = at - 1; i > depsBefore && (seq[i] as J).tier === j.tier; i -= 1) {
    if ((seq[i] as J).need.category === j.need.category && targets.length < limit) targets.push(i);
  }
  for (const to of targets) yield insertMove(seq, at, to, `in:${j.need.id}:${seq[to]?.need.id}`);
  let front = at;
  while (front - 1 > depsBefore && (seq[front - 1] as J).tier === j.tier) front -= 1;
  for (const to of [Math.floor((front + at) / 2), front]) {
    if (to < at && !targets.includes(to)) yield insertMove(seq, at, to, `to:${j.need.id}:${to}`);
  }
  return targets;
}

/** True when the need at `from` may move to just after position `to`: nothing up to `to` depends on it. */
function after<J extends DispatchJob>(seq: readonly J[], from: number, to: number): boolean {
  const id = (seq[from] as J).need.id;
  for (let i = from + 1; i <= to; i += 1) if ((seq[i] as J).deps.includes(id)) return false;
  return true;
}

/** `seq` with the need at `from` taken out and put at position `to`. */
function insertMove<J>(seq: readonly J[], from: number, to: number, key: string): Move<J> {
  const order = [...seq];
  const [moved] = order.splice(from, 1);
  order.splice(to, 0, moved as J);
  return { key, order, from: Math.min(from, to) };
}

/** Earlier needs of its category a late need is tried in front of, or moved behind it, in the late-count pass. */
const COUNT_TARGETS = 4;

/**
 * The late-count pass's moves: for each late need that could still be on time (slack ≥ 0), the
 * least late first, insert it in front of each of the nearest earlier needs of its category, half-way
 * to the front of its tier and at that front, and move each of those earlier needs that is on time
 * to just after it.
 */
function* countMoves<J extends DispatchJob>(d: Dispatch<J>): Generator<Move<J>> {
  const seq = d.sequence;
  const pos = new Map(seq.map((j, i) => [j.need.id, i]));
  const late = (j: J) => d.scheduled.get(j.need.id)?.daysLate ?? 0;
  const fixable = seq
    .filter((j) => late(j) > 0 && j.slack >= 0)
    .sort((a, b) => late(a) - late(b) || byId(a, b));
  for (const j of fixable) {
    const at = pos.get(j.need.id) as number;
    const targets = yield* forwardMoves(seq, pos, j, COUNT_TARGETS);
    for (const from of targets) {
      if (late(seq[from] as J) === 0 && after(seq, from, at)) {
        yield insertMove(seq, from, at, `out:${seq[from]?.need.id}:${j.need.id}`);
      }
    }
  }
}
