/**
 * The rank-order fill (the funding "cut line" a director can explain) and, for a need it leaves
 * out, the smallest change that lets it in.
 *
 * Fill: go down the ranking; a free need is in when it, together with the free needs it depends on
 * that are not yet in, fits what is left of every limit; otherwise it is out, and the limits it
 * would break, with the shortfall, are recorded at that moment (its turn).
 *
 * What would let it in: (a) raise the broken limits by the shortfall at its turn, re-run the fill
 * and raise again while a higher-ranked need takes the extra; (b) defer needs chosen before its
 * turn: the single lowest-ranked one that frees enough, else the lowest-ranked ones until it fits,
 * then drop any deferral it does not need. Every change is verified by re-running the fill.
 */
import type { LimitId } from "./prioritisationTypes";

/** Tolerance on limits (person-weeks and NOK). */
export const FILL_TOLERANCE = 1e-6;

/** A resource as the fill sees it: its id and one usage per free need (indexed like `needs`). */
export interface FillResource {
  readonly id: LimitId;
  /** Capacity of the limit (before forced-in needs). */
  readonly capacity: number;
  /** Used by forced-in needs. */
  readonly usedByForced: number;
  /** Usage of each free need, indexed like FillProblem.needs. */
  readonly usage: Float64Array;
}

/** A free need: its id and the indexes of the free needs it depends on. */
export interface FillNeed {
  readonly id: string;
  readonly deps: readonly number[];
  /** Indexes of the free needs that depend on it. */
  readonly dependants: readonly number[];
}

/** Free needs in rank order with the limits that apply. */
export interface FillProblem {
  readonly needs: readonly FillNeed[];
  readonly resources: readonly FillResource[];
}

/** How far one limit falls short for a need at its turn. */
export interface LimitShortfall {
  readonly limit: LimitId;
  /** What the need (with its pending dependencies) uses of the limit. */
  readonly needed: number;
  /** What was left of the limit at its turn. */
  readonly available: number;
  /** needed − available (> 0). */
  readonly short: number;
}

/** A need's fate in the fill. */
export interface FillOutcome {
  readonly selected: boolean;
  /** The needs added with it (it first, then its pending dependencies); for an out need, what it would have taken. */
  readonly group: readonly number[];
  /** Limits it (alone) would break at its turn. */
  readonly aloneShort: readonly LimitShortfall[];
  /** Limits it with its pending dependencies would break at its turn. */
  readonly groupShort: readonly LimitShortfall[];
}

/** Changes to the problem for a what-if run. */
export interface FillChange {
  /** Added capacity per limit id. */
  readonly raise?: ReadonlyMap<LimitId, number>;
  /** Indexes of deferred needs (out, with everything that depends on them). */
  readonly defer?: ReadonlySet<number>;
}

/** Result of a fill run. */
export interface FillRun {
  readonly chosen: Uint8Array;
  /** Outcome per processed need (index → outcome); needs pulled in by another have no entry. */
  readonly outcomes: Map<number, FillOutcome>;
}

function closureOf(
  start: readonly number[],
  next: (i: number) => readonly number[],
  skip: (i: number) => boolean,
) {
  const seen = new Set<number>();
  const stack = [...start];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    if (seen.has(i) || skip(i)) continue;
    seen.add(i);
    for (const j of next(i)) stack.push(j);
  }
  return seen;
}

function shortfalls(problem: FillProblem, group: readonly number[], left: Float64Array): LimitShortfall[] {
  const out: LimitShortfall[] = [];
  problem.resources.forEach((r, k) => {
    let needed = 0;
    for (const i of group) needed += r.usage[i] as number;
    const available = left[k] as number;
    if (needed > available + FILL_TOLERANCE)
      out.push({ limit: r.id, needed, available, short: needed - available });
  });
  return out;
}

/** Runs the fill, optionally with a change, stopping after need `stopAt` has had its turn. */
export function rankFill(problem: FillProblem, change: FillChange = {}, stopAt?: number): FillRun {
  const n = problem.needs.length;
  const chosen = new Uint8Array(n);
  const out = new Uint8Array(n);
  if (change.defer && change.defer.size > 0)
    for (const i of closureOf(
      [...change.defer],
      (i) => problem.needs[i]?.dependants ?? [],
      () => false,
    ))
      out[i] = 1;
  const left = Float64Array.from(problem.resources, (r) =>
    Math.max(0, r.capacity + (change.raise?.get(r.id) ?? 0) - r.usedByForced),
  );
  const outcomes = new Map<number, FillOutcome>();
  for (let i = 0; i < n; i += 1) {
    if (chosen[i] === 1 || out[i] === 1) {
      if (i === stopAt) break;
      continue;
    }
    const group = [
      ...closureOf(
        [i],
        (j) => problem.needs[j]?.deps ?? [],
        (j) => chosen[j] === 1,
      ),
    ];
    const blocked = group.some((j) => out[j] === 1);
    const groupShort = blocked ? [] : shortfalls(problem, group, left);
    const selected = !blocked && groupShort.length === 0;
    if (selected) {
      for (const j of group) chosen[j] = 1;
      problem.resources.forEach((r, k) => {
        for (const j of group) left[k] = (left[k] as number) - (r.usage[j] as number);
      });
    }
    const aloneShort = selected ? [] : shortfalls(problem, [i], left);
    outcomes.set(i, { selected, group, aloneShort, groupShort });
    if (i === stopAt) break;
  }
  return { chosen, outcomes };
}

/** A change that lets a need in: raise limits, or defer needs. */
export interface LetIn {
  /** Raise each of these limits by the amount (NOK or person-weeks); verified. */
  readonly raise: readonly { readonly limit: LimitId; readonly by: number }[] | null;
  /** Defer these needs (ids, lowest-ranked first); verified. Null when no deferral helps. */
  readonly defer: readonly string[] | null;
}

const MAX_ROUNDS = 60;
const SINGLE_TRIES = 12;

/** Rounds a raise up to a readable step: 1 000 NOK for the budget, 0.1 person-week for people. */
function roundUp(limit: LimitId, v: number): number {
  const step = limit === "budget" ? 1000 : 0.1;
  return Math.round(Math.ceil(v / step - 1e-9) * step * 10) / 10;
}

function letsIn(problem: FillProblem, target: number, change: FillChange): FillOutcome | undefined {
  return rankFill(problem, change, target).outcomes.get(target);
}

/** The smallest raise of the limits that stopped `target` which lets it in (verified). */
export function raiseToLetIn(problem: FillProblem, target: number): LetIn["raise"] {
  const raise = new Map<LimitId, number>();
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const outcome = letsIn(problem, target, { raise });
    if (outcome === undefined) return null;
    if (outcome.selected) return [...raise].filter(([, by]) => by > 0).map(([limit, by]) => ({ limit, by }));
    if (outcome.groupShort.length === 0) return null; // blocked by a deferred / excluded need
    for (const s of outcome.groupShort) {
      const r = problem.resources.find((x) => x.id === s.limit) as FillResource;
      const excess = round === 0 ? Math.max(0, r.usedByForced - r.capacity) : 0;
      raise.set(s.limit, roundUp(s.limit, (raise.get(s.limit) ?? 0) + s.short + excess));
    }
  }
  return null;
}

/** The fewest, lowest-ranked needs chosen before `target`'s turn whose deferral lets it in (verified). */
export function deferToLetIn(problem: FillProblem, target: number): LetIn["defer"] {
  const run = rankFill(problem, {}, target);
  const outcome = run.outcomes.get(target);
  if (outcome === undefined || outcome.selected || outcome.groupShort.length === 0) return null;
  const own = closureOf(
    [target],
    (j) => problem.needs[j]?.deps ?? [],
    () => false,
  );
  const pool: number[] = [];
  for (let i = problem.needs.length - 1; i >= 0; i -= 1) if (run.chosen[i] === 1 && !own.has(i)) pool.push(i);
  const short = outcome.groupShort;
  const frees = (i: number) =>
    short.every((s) => {
      const r = problem.resources.find((x) => x.id === s.limit) as FillResource;
      return (r.usage[i] as number) >= s.short - FILL_TOLERANCE;
    });
  let tries = 0;
  for (const i of pool) {
    if (tries >= SINGLE_TRIES) break;
    if (!frees(i)) continue;
    tries += 1;
    if (letsIn(problem, target, { defer: new Set([i]) })?.selected) return [problem.needs[i]?.id as string];
  }
  return deferSeveral(problem, target, pool);
}

function deferSeveral(problem: FillProblem, target: number, pool: readonly number[]): string[] | null {
  const usage = (i: number, limit: LimitId) =>
    (problem.resources.find((x) => x.id === limit)?.usage[i] ?? 0) as number;
  const deferred = new Set<number>();
  let outcome = letsIn(problem, target, { defer: deferred });
  let freed = new Map<LimitId, number>();
  for (const i of pool) {
    if (outcome === undefined || outcome.selected) break;
    const short = outcome.groupShort;
    if (short.length === 0) return null;
    if (!short.some((s) => usage(i, s.limit) > 0)) continue;
    deferred.add(i);
    for (const s of short) freed.set(s.limit, (freed.get(s.limit) ?? 0) + usage(i, s.limit));
    if (short.every((s) => (freed.get(s.limit) ?? 0) >= s.short - FILL_TOLERANCE)) {
      outcome = letsIn(problem, target, { defer: deferred });
      freed = new Map();
    }
  }
  if (!outcome?.selected) outcome = letsIn(problem, target, { defer: deferred });
  if (!outcome?.selected) return null;
  // drop deferrals it does not need, highest-ranked first
  for (const i of [...deferred].sort((a, b) => a - b)) {
    deferred.delete(i);
    if (!letsIn(problem, target, { defer: deferred })?.selected) deferred.add(i);
  }
  return [...deferred].sort((a, b) => b - a).map((i) => problem.needs[i]?.id as string);
}
