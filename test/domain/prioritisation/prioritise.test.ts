// The prioritisation stage end to end: ranking and tie rule, modes, forced decisions, reasons,
// sensitivity (checked by re-running with shifted weights), stability, frontier, Kraljic, config errors.
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import type { Need } from "../../../src/domain/model/need";
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";
import type { MilpSolver } from "../../../src/domain/prioritisation/milpSolver";
import {
  prioritisationConfig,
  PrioritisationConfigError,
  type PrioritisationConfig,
} from "../../../src/domain/prioritisation/prioritisationConfig";
import { prioritise } from "../../../src/domain/prioritisation/prioritise";
import { shiftWeights } from "../../../src/domain/prioritisation/sensitivity";
import { aLawyer, aLead, aNeed, MID_SCORES, PLAN_2027 } from "./builders";
import { randomNeeds } from "./randomNeeds";

let highs: MilpSolver;
beforeAll(async () => {
  highs = await createHighsSolver();
});

const run = (
  needs: Need[],
  config: Partial<PrioritisationConfig> = {},
  people = null as ReturnType<typeof aLead>[] | null,
) =>
  prioritise(
    { needs, contracts: [], people, planConfig: PLAN_2027, config: prioritisationConfig(config) },
    highs,
  );

const configIssues = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof PrioritisationConfigError) return e.issues;
    throw e;
  }
  throw new Error("expected a PrioritisationConfigError");
};

describe("ranking", () => {
  it("ranks by score and breaks ties by deadline, then id", () => {
    const r = run([
      aNeed({ id: "B" }),
      aNeed({ id: "A" }),
      aNeed({ id: "C", neededBy: "2028-06-01" }),
      aNeed({ id: "D", scores: { ...MID_SCORES, maturity: 4 } }),
    ]);
    expect(r.ranking.map((x) => [x.needId, x.rank])).toEqual([
      ["D", 1],
      ["C", 2],
      ["A", 3],
      ["B", 4],
    ]);
  });

  it("leaves needs with score errors out of the ranking and lists the errors", () => {
    const r = run([aNeed({ id: "A" }), aNeed({ id: "E", scores: { ...MID_SCORES, maturity: 0 } })]);
    expect(r.ranking.map((x) => x.needId)).toEqual(["A"]);
    expect(r.errors).toEqual([
      expect.objectContaining({ needId: "E", criterionId: "maturity", code: "score-invalid" }),
    ]);
  });

  it("WSJF puts the small job with the same score first; value-effort puts quick wins first", () => {
    const big = aNeed({ id: "BIG", estimatedValue: 20_000_000 });
    const small = aNeed({ id: "SMALL", estimatedValue: 200_000 });
    const low = aNeed({
      id: "LOW",
      estimatedValue: 200_000,
      scores: { ...MID_SCORES, operationalCriticality: 1, timeCriticality: 1 },
    });
    const wsjf = run([big, small], { mode: "wsjf" });
    expect(wsjf.ranking.map((x) => x.needId)).toEqual(["SMALL", "BIG"]);
    expect(wsjf.ranking[0]?.rankValue).toBeCloseTo(3 / 2.7, 12); // direct: 2.7 lead-weeks
    const ve = run([big, low, small, aNeed({ id: "SMALL2", estimatedValue: 300_000 })], {
      mode: "value-effort",
    });
    expect(ve.ranking.map((x) => [x.needId, x.quadrant])).toEqual([
      ["SMALL", "quick-win"],
      ["SMALL2", "quick-win"],
      ["BIG", "major-project"],
      ["LOW", "fill-in"],
    ]);
  });

  it("uses AHP weights from pairwise comparisons", () => {
    const ids = DEFAULT_CRITERIA.map((c) => c.id);
    // consistent: operational criticality twice as important as each of the others
    const matrix = ids.map((_, i) => ids.map((__, j) => (i === j ? 1 : i === 0 ? 2 : j === 0 ? 1 / 2 : 1)));
    const r = run([aNeed({ id: "A" })], { mode: "ahp", ahp: { criteria: ids, matrix } });
    expect(r.criteria[0]?.weight).toBeCloseTo(25, 9); // 2 / (2 + 6)
    expect(r.criteria[1]?.weight).toBeCloseTo(12.5, 9);
    expect(r.ahp?.consistencyRatio).toBeCloseTo(0, 9);
  });
});

describe("configuration errors", () => {
  it("blocks weights that do not sum to 100", () => {
    const criteria = DEFAULT_CRITERIA.map((c) => (c.id === "maturity" ? { ...c, weight: 15 } : c));
    expect(configIssues(() => run([aNeed({ id: "A" })], { criteria }))).toEqual([
      { code: "weights-sum", params: { sum: 110 } },
    ]);
  });

  it("blocks inconsistent AHP judgements (CR > 0.10) and names the worst comparison", () => {
    const ids = ["operationalCriticality", "timeCriticality", "strategicAlignment"];
    const criteria = DEFAULT_CRITERIA.filter((c) => ids.includes(c.id)).map((c) => ({
      ...c,
      weight: 100 / 3,
    }));
    const matrix = [
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ];
    const issues = configIssues(() =>
      run([aNeed({ id: "A" })], { criteria, mode: "ahp", ahp: { criteria: ids, matrix } }),
    );
    expect(issues[0]?.code).toBe("ahp-inconsistent");
    expect(Number(issues[0]?.params.cr)).toBeGreaterThan(0.1);
    expect(issues[0]?.params.row).toBeTruthy();
  });

  it("rejects force decisions on unknown needs and forced-in needs that depend on forced-out ones", () => {
    expect(
      configIssues(() =>
        run([aNeed({ id: "A" })], { forced: [{ needId: "Z", direction: "in", reason: "legal-obligation" }] }),
      ),
    ).toEqual([{ code: "force-unknown-need", params: { need: "Z" } }]);
    const needs = [aNeed({ id: "A", dependsOn: ["B"] }), aNeed({ id: "B" })];
    const forced = [
      { needId: "A", direction: "in" as const, reason: "legal-obligation" as const },
      { needId: "B", direction: "out" as const, reason: "management-decision" as const },
    ];
    expect(configIssues(() => run(needs, { forced }))).toEqual([
      { code: "force-conflict-forced-out", params: { need: "A", dependency: "B", path: "A → B" } },
    ]);
  });
});

describe("selection and explanations", () => {
  const people = [aLead("l1", "ikt", 0.13), aLawyer("j1")]; // 5.98 lead weeks in ikt
  it("explains forced, selected, capacity, budget and dependency outcomes", () => {
    const needs = [
      aNeed({ id: "F", scores: { ...MID_SCORES, operationalCriticality: 1 } }), // forced in, 2.7 weeks
      aNeed({ id: "S", scores: { ...MID_SCORES, operationalCriticality: 5 } }), // 2.7 weeks: fits
      aNeed({ id: "C", scores: { ...MID_SCORES, operationalCriticality: 4 } }), // no lead weeks left
      aNeed({ id: "M", category: "materiell" }), // no materiell leads at all
      aNeed({ id: "D", dependsOn: ["X"] }),
      aNeed({ id: "X", scores: { ...MID_SCORES, maturity: 5 } }),
      aNeed({ id: "O", scores: { ...MID_SCORES, operationalCriticality: 5, maturity: 5 } }),
    ];
    const forced = [
      { needId: "F", direction: "in" as const, reason: "legal-obligation" as const, comment: "Lovkrav" },
      { needId: "O", direction: "out" as const, reason: "management-decision" as const },
      { needId: "X", direction: "out" as const, reason: "management-decision" as const },
    ];
    const r = run(needs, { forced, selection: "score" }, people);
    const by = (id: string) => r.ranking.find((x) => x.needId === id);
    expect(by("F")).toMatchObject({ selected: true, reason: "forced-in" });
    expect(by("S")).toMatchObject({ selected: true, reason: "selected" });
    expect(by("C")).toMatchObject({ selected: false, reason: "capacity", limits: ["leads:ikt"] });
    expect(by("M")).toMatchObject({ selected: false, reason: "capacity", limits: ["leads:materiell"] });
    expect(by("D")).toMatchObject({ selected: false, reason: "dependency", blockedBy: ["X"] });
    expect(by("O")).toMatchObject({ selected: false, reason: "forced-out" });
    expect(by("F")?.explanation.map((e) => e.code)).toContain("explain-forced-in");
    expect(by("C")?.explanation).toContainEqual({
      code: "explain-out-capacity",
      params: { limits: "leads:ikt" },
    });
    expect(r.selection).toMatchObject({ status: "optimal", gap: 0, selectedCount: 2 });
    const budgetOnly = run([aNeed({ id: "A" }), aNeed({ id: "B", scores: { ...MID_SCORES, maturity: 4 } })], {
      budgetNok: 600_000,
    });
    expect(budgetOnly.ranking.map((x) => [x.needId, x.reason])).toEqual([
      ["B", "selected"],
      ["A", "budget"],
    ]);
  });

  it("pulls in what a forced-in need depends on, and reports limits the forced needs exceed", () => {
    const r = run([aNeed({ id: "A", dependsOn: ["B"] }), aNeed({ id: "B" }), aNeed({ id: "C" })], {
      budgetNok: 700_000,
      forced: [{ needId: "A", direction: "in", reason: "contract-expiring" }],
    });
    expect(r.ranking.find((x) => x.needId === "B")).toMatchObject({
      selected: true,
      reason: "forced-in",
      requiredBy: "A",
    });
    expect(r.selection.exceededByForced).toEqual(["budget"]);
    expect(r.ranking.find((x) => x.needId === "C")).toMatchObject({ selected: false, reason: "budget" });
  });

  it("gives a weight sensitivity that re-running with shifted weights confirms", () => {
    const needs = [
      aNeed({ id: "A", scores: { ...MID_SCORES, operationalCriticality: 5 } }),
      aNeed({ id: "B", scores: { ...MID_SCORES, maturity: 5, economicBenefit: 5 } }),
    ];
    const base = run(needs, { budgetNok: 600_000 });
    const a = base.ranking.find((x) => x.needId === "A");
    expect(a?.selected).toBe(true);
    const smallest = a?.sensitivity?.smallest;
    expect(smallest?.criterionId).toBe("operationalCriticality");
    // A: slope 0.02/pp; B: (3 − 265/75)/100 per pp; they meet at −0.1 / (0.02 + 0.00533) ≈ −3.95 pp
    expect(smallest?.deltaPp).toBeCloseTo(-3.95, 2);
    const weights = Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.id, c.weight]));
    const shifted = (factor: number) => {
      const w = shiftWeights(weights, "operationalCriticality", (smallest?.deltaPp ?? 0) * factor);
      return DEFAULT_CRITERIA.map((c) => ({ ...c, weight: w[c.id] as number }));
    };
    const beyond = run(needs, { budgetNok: 600_000, criteria: shifted(1.2) });
    expect(beyond.ranking.find((x) => x.needId === "A")?.selected).toBe(false);
    const before = run(needs, { budgetNok: 600_000, criteria: shifted(0.8) });
    expect(before.ranking.find((x) => x.needId === "A")?.selected).toBe(true);
    const b = base.ranking.find((x) => x.needId === "B");
    expect(b?.sensitivity?.smallest?.deltaPp).toBeCloseTo(-3.95, 2);
    expect(b?.explanation.at(-1)?.code).toBe("explain-sensitivity-in");
  });
});

describe("frontier, stability and Kraljic", () => {
  const needs = randomNeeds(60, 5);
  const result = () =>
    run(needs, { budgetNok: 20_000_000, frontierLevels: 6 }, [
      aLead("a", "ikt"),
      aLead("b", "materiell"),
      aLead("c", "tjenester-eiendom"),
      aLawyer("j"),
    ]);

  it("has a frontier that never falls as the budget grows and ends at the unlimited optimum", () => {
    const r = result();
    expect(r.frontier).toHaveLength(7);
    for (let i = 1; i < r.frontier.length; i += 1) {
      expect((r.frontier[i] as { budget: number }).budget).toBeGreaterThanOrEqual(
        (r.frontier[i - 1] as { budget: number }).budget,
      );
      expect(r.frontier[i]?.totalScore).toBeGreaterThanOrEqual(
        (r.frontier[i - 1]?.totalScore as number) - 1e-9,
      );
    }
    for (const p of r.frontier) expect(p.cost).toBeLessThanOrEqual(p.budget);
    const unlimited = run(needs, { frontierLevels: 1, selection: "score" }, [
      aLead("a", "ikt"),
      aLead("b", "materiell"),
      aLead("c", "tjenester-eiendom"),
      aLawyer("j"),
    ]);
    expect(r.frontier.at(-1)?.totalScore).toBeCloseTo(unlimited.selection.totalScore, 9);
  });

  it("gives the same result on every run: node limits, not time limits, stop the frontier levels", () => {
    const a = result();
    const b = result();
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    for (const p of a.frontier) expect(["optimal", "work-limit"]).toContain(p.status);
    expect(a.selection.modes.map((m) => m.status)).toEqual(["optimal", "optimal"]);
  });

  it("uses the greedy fill for the frontier above frontierExactUpTo candidates", () => {
    const r = run(needs, { budgetNok: 20_000_000, frontierLevels: 3, frontierExactUpTo: 10 }, [
      aLead("a", "ikt"),
      aLead("b", "materiell"),
    ]);
    expect(r.frontier.map((p) => p.status)).toEqual(["heuristic", "heuristic", "heuristic", "heuristic"]);
    for (const p of r.frontier) expect(p.cost).toBeLessThanOrEqual(p.budget);
  });

  it("reports top-N stability for ±5 pp on every criterion", () => {
    const r = result();
    expect(r.stability.topN).toBe(20);
    expect(r.stability.perturbations).toHaveLength(14);
    for (const p of r.stability.perturbations) expect(p.left.length).toBe(p.entered.length);
    expect(r.stability.minOverlap).toBe(Math.min(...r.stability.perturbations.map((p) => p.overlap)));
  });

  it("classifies every category on the Kraljic matrix", () => {
    const r = result();
    const total = r.kraljic.reduce((s, k) => s + k.needCount, 0);
    expect(total).toBe(60);
    for (const k of r.kraljic) {
      const high = k.supplyRisk >= 3;
      expect(["strategic", "bottleneck"].includes(k.quadrant)).toBe(high);
    }
  });
});
