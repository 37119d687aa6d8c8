// Property tests of the selection modes on random instances with dependencies (cycles and unknown
// ids included), force decisions and several limits: the default `rank` mode equals an
// independent rank-order fill written here from the definition; every "what would let it in"
// change, applied, lets the need in; `score` and `value` equal brute force (proved optimal).
import fc from "fast-check";
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import type { MilpSolver } from "../../../src/domain/prioritisation/milpSolver";
import { PrioritisationConfigError } from "../../../src/domain/prioritisation/prioritisationConfig";
import {
  selectNeeds,
  sizeUnits,
  type SelectionCandidate,
  type SelectionLimits,
} from "../../../src/domain/prioritisation/selection";
import { bruteForceBest } from "./bruteForce";

const SETTINGS = { exactLimit: 2000, exactTimeLimitSeconds: 60, timeLimitSeconds: 10 };
let highs: MilpSolver;
beforeAll(async () => {
  highs = await createHighsSolver();
});

const instance = (maxNeeds: number) =>
  fc.integer({ min: 1, max: maxNeeds }).chain((n) =>
    fc
      .record({
        needs: fc.array(
          fc.record({
            points: fc.integer({ min: 100, max: 500 }),
            cost: fc.integer({ min: 0, max: 3_000_000 }),
            category: fc.constantFrom("a", "b", "c"),
            leadWeeks: fc.constantFrom(0, 0.5, 1.2, 2.7, 9.2),
            lawyerWeeks: fc.constantFrom(0, 0.3, 1.6),
            deps: fc.array(fc.integer({ min: 0, max: n }), { maxLength: 2 }),
            force: fc.constantFrom<"in" | "out" | undefined>(...Array(10).fill(undefined), "in", "out"),
          }),
          { minLength: n, maxLength: n },
        ),
        budget: fc.option(fc.integer({ min: 0, max: 1_500_000 * n }), { nil: null }),
        leads: fc.array(fc.double({ min: 0, max: 4 * n, noNaN: true }), { minLength: 3, maxLength: 3 }),
        lawyers: fc.option(fc.double({ min: 0, max: n, noNaN: true }), { nil: null }),
      })
      .map(({ needs, budget, leads, lawyers }) => {
        const cands: SelectionCandidate[] = needs.map((x, i) => {
          const dependsOn = [
            ...new Set(x.deps.filter((d) => d !== i).map((d) => (d === n ? "missing" : `n${d}`))),
          ];
          const base = { id: `n${i}`, ...x, dependsOn };
          delete (base as { deps?: unknown }).deps;
          if (x.force === undefined) delete (base as { force?: unknown }).force;
          return base as SelectionCandidate;
        });
        const [a, b, c] = leads as [number, number, number];
        const limits: SelectionLimits = { budget, leadWeeksByCategory: { a, b, c }, lawyerWeeks: lawyers };
        return { cands, limits };
      }),
  );

/** The rank-order fill from its definition, written independently of rankFill.ts. */
function referenceFill(
  cands: readonly SelectionCandidate[],
  limits: SelectionLimits,
): Set<string> | "conflict" {
  const byId = new Map(cands.map((c) => [c.id, c]));
  const out = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const c of cands)
      if (!out.has(c.id) && (c.force === "out" || c.dependsOn.some((d) => !byId.has(d) || out.has(d)))) {
        out.add(c.id);
        grew = true;
      }
  }
  const deps = (ids: Iterable<string>, stop: (id: string) => boolean) => {
    const seen = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id) || stop(id)) return;
      seen.add(id);
      for (const d of byId.get(id)?.dependsOn ?? []) visit(d);
    };
    for (const id of ids) visit(id);
    return seen;
  };
  const taken = deps(
    cands.filter((c) => c.force === "in").map((c) => c.id),
    () => false,
  );
  if ([...taken].some((id) => out.has(id) || !byId.has(id))) return "conflict";
  const use = (c: SelectionCandidate): [string, number][] => [
    ...(limits.budget !== null ? [["budget", c.cost] as [string, number]] : []),
    ...(limits.leadWeeksByCategory !== null ? [[`lead-${c.category}`, c.leadWeeks] as [string, number]] : []),
    ...(limits.lawyerWeeks !== null ? [["lawyers", c.lawyerWeeks] as [string, number]] : []),
  ];
  const cap = new Map<string, number>([
    ["budget", limits.budget ?? 0],
    ["lawyers", limits.lawyerWeeks ?? 0],
    ...Object.entries(limits.leadWeeksByCategory ?? {}).map(([k, v]) => [`lead-${k}`, v] as [string, number]),
  ]);
  const left = new Map<string, number>();
  const spend = (ids: Iterable<string>) => {
    for (const id of ids)
      for (const [k, v] of use(byId.get(id) as SelectionCandidate)) left.set(k, (left.get(k) ?? 0) - v);
  };
  for (const [k, v] of cap) left.set(k, v);
  for (const c of cands) for (const [k] of use(c)) if (!cap.has(k)) left.set(k, 0);
  spend(taken);
  for (const [k, v] of left) left.set(k, Math.max(0, v));
  for (const c of cands) {
    if (taken.has(c.id) || out.has(c.id)) continue;
    const group = deps([c.id], (id) => taken.has(id));
    const need = new Map<string, number>();
    for (const id of group)
      for (const [k, v] of use(byId.get(id) as SelectionCandidate)) need.set(k, (need.get(k) ?? 0) + v);
    if ([...need].every(([k, v]) => v <= (left.get(k) ?? 0) + 1e-6)) {
      for (const id of group) taken.add(id);
      for (const [k, v] of need) left.set(k, (left.get(k) ?? 0) - v);
    }
  }
  return taken;
}

function selectedIds(r: ReturnType<typeof selectNeeds>): Set<string> {
  return new Set([...r.decisions].filter(([, d]) => d.selected).map(([id]) => id));
}

function raised(limits: SelectionLimits, raise: readonly { limit: string; by: number }[]): SelectionLimits {
  let { budget, leadWeeksByCategory, lawyerWeeks } = limits;
  for (const { limit, by } of raise) {
    if (limit === "budget") budget = (budget ?? 0) + by;
    else if (limit === "lawyers") lawyerWeeks = (lawyerWeeks ?? 0) + by;
    else {
      const cat = limit.slice("leads:".length);
      leadWeeksByCategory = { ...leadWeeksByCategory, [cat]: (leadWeeksByCategory?.[cat] ?? 0) + by };
    }
  }
  return { budget, leadWeeksByCategory, lawyerWeeks };
}

function checkRank(cands: readonly SelectionCandidate[], limits: SelectionLimits): number {
  const expected = referenceFill(cands, limits);
  let result;
  try {
    result = selectNeeds(cands, limits, highs, { ...SETTINGS, mode: "rank" });
  } catch (e) {
    expect(e).toBeInstanceOf(PrioritisationConfigError);
    expect(expected).toBe("conflict");
    return 0;
  }
  expect(expected).not.toBe("conflict");
  expect([...selectedIds(result)].sort()).toEqual([...(expected as Set<string>)].sort());
  let checked = 0;
  for (const [id, d] of result.decisions) {
    if (d.letIn === undefined) continue;
    if (d.letIn.raise !== null) {
      const again = selectNeeds(cands, raised(limits, d.letIn.raise), highs, { ...SETTINGS, mode: "rank" });
      expect([id, again.decisions.get(id)?.selected]).toEqual([id, true]);
      checked += 1;
    }
    if (d.letIn.defer !== null) {
      const deferred = new Set(d.letIn.defer);
      const forced = cands.map((c) => (deferred.has(c.id) ? { ...c, force: "out" as const } : c));
      const again = selectNeeds(forced, limits, highs, { ...SETTINGS, mode: "rank" });
      expect([id, again.decisions.get(id)?.selected]).toEqual([id, true]);
      checked += 1;
    }
    for (const s of d.shortfall) expect(s.short).toBeGreaterThan(0);
  }
  return checked;
}

function checkOptimal(
  cands: readonly SelectionCandidate[],
  limits: SelectionLimits,
  mode: "score" | "value",
): void {
  const weight = mode === "value" ? (c: SelectionCandidate) => c.points * sizeUnits(c.cost) : undefined;
  const expected = bruteForceBest(cands, limits, weight);
  let result;
  try {
    result = selectNeeds(cands, limits, highs, { ...SETTINGS, mode });
  } catch (e) {
    expect(e).toBeInstanceOf(PrioritisationConfigError);
    expect(expected).toBe("conflict");
    return;
  }
  expect(result.status).toBe("optimal");
  expect(result.gap).toBe(0);
  expect(mode === "value" ? result.valuePoints : result.points).toBe(expected);
}

describe("selection modes", () => {
  it("rank: equals an independent rank-order fill, and every change that should let a need in does", () => {
    let changes = 0;
    fc.assert(
      fc.property(instance(14), ({ cands, limits }) => {
        changes += checkRank(cands, limits);
      }),
      { numRuns: 150, seed: 7 },
    );
    expect(changes).toBeGreaterThan(50); // the property exercised the what-if changes
  });

  it("rank: equals the reference on larger instances (60 needs)", () => {
    fc.assert(
      fc.property(instance(60), ({ cands, limits }) => {
        checkRank(cands, limits);
      }),
      { numRuns: 25, seed: 11 },
    );
  });

  it("score and value: proved optimal, equal to brute force", () => {
    fc.assert(
      fc.property(instance(12), ({ cands, limits }) => {
        checkOptimal(cands, limits, "score");
        checkOptimal(cands, limits, "value");
      }),
      { numRuns: 60, seed: 3 },
    );
  });
});
