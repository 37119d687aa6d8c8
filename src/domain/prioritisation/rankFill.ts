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

/** The state of a fill before need `from`'s turn, so a what-if run can start there. */
export interface FillStart {
  readonly from: number;
  /** The base run's turn per need: a need with a turn before `from` is in. */
  readonly chosenAt: Int32Array;
  readonly left: Float64Array;
}

/** What the base run records: the turn at which each need came in, and what was left before each turn. */
export interface FillTrace {
  /** Index of the turn at which the need came in; −1 when it stayed out. */
  readonly chosenAt: Int32Array;
  /** What was left of each resource before turn i, at [i × resources + k]. */
  readonly leftBefore: Float64Array;
}

/** Whether need i alone fits what is left. */
function fitsAlone(problem: FillProblem, i: number, left: Float64Array): boolean {
  const rs = problem.resources;
  for (let k = 0; k < rs.length; k += 1)
    if (((rs[k] as FillResource).usage[i] as number) > (left[k] as number) + FILL_TOLERANCE) return false;
  return true;
}

/** Takes a group in at turn i: marks it chosen and uses the limits. */
function take(
  problem: FillProblem,
  group: readonly number[],
  chosen: Uint8Array,
  left: Float64Array,
  trace: FillTrace | undefined,
  i: number,
): void {
  for (const j of group) {
    chosen[j] = 1;
    if (trace) trace.chosenAt[j] = i;
  }
  problem.resources.forEach((r, k) => {
    for (const j of group) left[k] = (left[k] as number) - (r.usage[j] as number);
  });
}

/** Runs the fill, optionally with a change, from a start state, stopping after need `stopAt`'s turn. */
export function rankFill(
  problem: FillProblem,
  change: FillChange = {},
  stopAt?: number,
  start?: FillStart,
  trace?: FillTrace,
): FillRun {
  const n = problem.needs.length;
  const R = problem.resources.length;
  const chosen = new Uint8Array(n); // chosen in this run (and, from `start`, before it)
  const from = start?.from ?? 0;
  const baseAt = start?.chosenAt;
  const isIn = (j: number) =>
    chosen[j] === 1 || (baseAt !== undefined && (baseAt[j] as number) >= 0 && (baseAt[j] as number) < from);
  const out = new Uint8Array(n);
  if (change.defer && change.defer.size > 0)
    for (const i of closureOf(
      [...change.defer],
      (i) => problem.needs[i]?.dependants ?? [],
      () => false,
    ))
      out[i] = 1;
  const left = start
    ? start.left
    : Float64Array.from(problem.resources, (r) =>
        Math.max(0, r.capacity + (change.raise?.get(r.id) ?? 0) - r.usedByForced),
      );
  const outcomes = new Map<number, FillOutcome>();
  const record = (i: number) => stopAt === undefined || i === stopAt;
  for (let i = from; i < n; i += 1) {
    if (trace) (trace.leftBefore as Float64Array).set(left, i * R);
    if (isIn(i) || out[i] === 1) {
      if (i === stopAt) break;
      continue;
    }
    const deps = problem.needs[i]?.deps ?? [];
    if (deps.length === 0 && !record(i)) {
      // fast path of a what-if run: a need without dependencies, outcome not wanted
      if (fitsAlone(problem, i, left)) take(problem, [i], chosen, left, trace, i);
      continue;
    }
    const group =
      deps.length === 0
        ? [i]
        : [
            ...closureOf(
              [i],
              (j) => problem.needs[j]?.deps ?? [],
              (j) => isIn(j),
            ),
          ];
    const blocked = group.some((j) => out[j] === 1);
    const groupShort = blocked ? [] : shortfalls(problem, group, left);
    const selected = !blocked && groupShort.length === 0;
    if (selected) take(problem, group, chosen, left, trace, i);
    if (record(i)) {
      const aloneShort = selected ? [] : shortfalls(problem, [i], left);
      outcomes.set(i, { selected, group, aloneShort, groupShort });
    }
    if (i === stopAt) break;
  }
  return { chosen, outcomes };
}

/** The base run with its trace, for what-if runs that start where the change first matters. */
export class WhatIf {
  readonly base: FillRun;
  private readonly trace: FillTrace;
  /** Per limit, the first need the base run left out because of it. */
  private readonly firstOut = new Map<LimitId, number>();

  /** Runs the base fill of `problem` and records its trace. */
  constructor(readonly problem: FillProblem) {
    const n = problem.needs.length;
    this.trace = {
      chosenAt: new Int32Array(n).fill(-1),
      leftBefore: new Float64Array(n * problem.resources.length),
    };
    this.base = rankFill(problem, {}, undefined, undefined, this.trace);
    for (const [i, o] of this.base.outcomes)
      if (!o.selected)
        for (const s of o.groupShort) if (!this.firstOut.has(s.limit)) this.firstOut.set(s.limit, i);
  }

  /** The outcome of `target` with `change` applied (the fill re-run from where the change first matters). */
  outcome(target: number, change: FillChange): FillOutcome | undefined {
    return rankFill(this.problem, change, target, this.startFor(target, change)).outcomes.get(target);
  }

  /** Indexes of the needs that came in before `target`'s turn, lowest-ranked first. */
  chosenBefore(target: number): number[] {
    const list: number[] = [];
    for (let j = this.problem.needs.length - 1; j >= 0; j -= 1) {
      const at = this.trace.chosenAt[j] as number;
      if (at >= 0 && at < target) list.push(j);
    }
    return list;
  }

  private startFor(target: number, change: FillChange): FillStart {
    const { problem, trace } = this;
    let from = target;
    const raised = change.raise ?? new Map<LimitId, number>();
    for (const limit of raised.keys()) from = Math.min(from, this.firstOut.get(limit) ?? from);
    if (change.defer && change.defer.size > 0)
      for (const i of closureOf(
        [...change.defer],
        (j) => problem.needs[j]?.dependants ?? [],
        () => false,
      )) {
        const at = trace.chosenAt[i] as number;
        if (at >= 0 && at < from) from = at;
      }
    const R = problem.resources.length;
    const left = trace.leftBefore.slice(from * R, from * R + R);
    problem.resources.forEach((r, k) => {
      const extra = raised.get(r.id) ?? 0;
      if (extra === 0) return;
      const before = Math.max(0, r.capacity - r.usedByForced);
      const after = Math.max(0, r.capacity + extra - r.usedByForced);
      left[k] = (left[k] as number) + after - before;
    });
    return { from, chosenAt: trace.chosenAt, left };
  }
}

/** A change that lets a need in: raise limits, or defer needs. */
export interface LetIn {
  /** Raise each of these limits by the amount (NOK or person-weeks); verified. */
  readonly raise: readonly { readonly limit: LimitId; readonly by: number }[] | null;
  /** Defer these needs (ids, lowest-ranked first); verified. Null when no deferral helps. */
  readonly defer: readonly string[] | null;
}

const MAX_ROUNDS = 60;
const SINGLE_TRIES = 3;
const PRUNE_TRIES = 6;
/** A deferral of more needs than this is not offered as a way in. */
const MAX_DEFERRED = 12;

/** Rounds a raise up to a readable step: 1 000 NOK for the budget, 0.1 person-week for people. */
function roundUp(limit: LimitId, v: number): number {
  const step = limit === "budget" ? 1000 : 0.1;
  return Math.round(Math.ceil(v / step - 1e-9) * step * 10) / 10;
}

function letsIn(what: WhatIf, target: number, change: FillChange): FillOutcome | undefined {
  return what.outcome(target, change);
}

/** The smallest raise of the limits that stopped `target` which lets it in (verified). */
export function raiseToLetIn(what: WhatIf, target: number): LetIn["raise"] {
  const { problem } = what;
  let raise = new Map<LimitId, number>();
  let failed = new Map<LimitId, number>();
  // grow: by the shortfall, at least doubling, until the need comes in
  for (let round = 0; ; round += 1) {
    if (round >= MAX_ROUNDS) return null;
    const outcome = letsIn(what, target, { raise });
    if (outcome === undefined) return null;
    if (outcome.selected) break;
    if (outcome.groupShort.length === 0) return null; // blocked by a deferred / excluded need
    failed = new Map(raise);
    for (const s of outcome.groupShort) {
      const r = problem.resources.find((x) => x.id === s.limit) as FillResource;
      const excess = round === 0 ? Math.max(0, r.usedByForced - r.capacity) : 0;
      const now = raise.get(s.limit) ?? 0;
      raise.set(s.limit, roundUp(s.limit, now + Math.max(s.short + excess, now)));
    }
  }
  // shrink: bisect between the last raise that failed and the one that worked (to 2 % or one step)
  for (let round = 0; round < MAX_ROUNDS && !closeEnough(failed, raise); round += 1) {
    const mid = new Map(
      [...raise].map(([l, hi]) => [l, roundUp(l, ((failed.get(l) ?? 0) + hi) / 2)] as const),
    );
    if ([...mid].every(([l, v]) => v >= (raise.get(l) as number))) break;
    if (letsIn(what, target, { raise: mid })?.selected) raise = mid;
    else failed = mid;
  }
  return [...raise].filter(([, by]) => by > 0).map(([limit, by]) => ({ limit, by }));
}

/** Whether a working raise is within 2 % (or one step) of the last one that failed, on every limit. */
function closeEnough(failed: ReadonlyMap<LimitId, number>, raise: ReadonlyMap<LimitId, number>): boolean {
  return [...raise].every(([l, hi]) => {
    const lo = failed.get(l) ?? 0;
    return hi - lo <= Math.max(l === "budget" ? 1000 : 0.1, 0.02 * hi) + 1e-9;
  });
}

/** The fewest, lowest-ranked needs chosen before `target`'s turn whose deferral lets it in (verified). */
export function deferToLetIn(what: WhatIf, target: number): LetIn["defer"] {
  const { problem } = what;
  const outcome = what.base.outcomes.get(target);
  if (outcome === undefined || outcome.selected || outcome.groupShort.length === 0) return null;
  const own = closureOf(
    [target],
    (j) => problem.needs[j]?.deps ?? [],
    () => false,
  );
  const pool = what.chosenBefore(target).filter((i) => !own.has(i));
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
    if (letsIn(what, target, { defer: new Set([i]) })?.selected) return [problem.needs[i]?.id as string];
  }
  return deferSeveral(what, target, pool);
}

function deferSeveral(what: WhatIf, target: number, pool: readonly number[]): string[] | null {
  const { problem } = what;
  const usage = (i: number, limit: LimitId) =>
    (problem.resources.find((x) => x.id === limit)?.usage[i] ?? 0) as number;
  const deferred = new Set<number>();
  let outcome = letsIn(what, target, { defer: deferred });
  let freed = new Map<LimitId, number>();
  for (const i of pool) {
    if (outcome === undefined || outcome.selected) break;
    const short = outcome.groupShort;
    if (short.length === 0) return null;
    if (!short.some((s) => usage(i, s.limit) > 0)) continue;
    if (deferred.size >= MAX_DEFERRED) return null;
    deferred.add(i);
    for (const s of short) freed.set(s.limit, (freed.get(s.limit) ?? 0) + usage(i, s.limit));
    if (short.every((s) => (freed.get(s.limit) ?? 0) >= s.short - FILL_TOLERANCE)) {
      outcome = letsIn(what, target, { defer: deferred });
      freed = new Map();
    }
  }
  if (!outcome?.selected) outcome = letsIn(what, target, { defer: deferred });
  if (!outcome?.selected) return null;
  // drop deferrals it does not need, highest-ranked first (a few tries)
  for (const i of [...deferred].sort((a, b) => a - b).slice(0, PRUNE_TRIES)) {
    deferred.delete(i);
    if (!letsIn(what, target, { defer: deferred })?.selected) deferred.add(i);
  }
  return [...deferred].sort((a, b) => b - a).map((i) => problem.needs[i]?.id as string);
}
