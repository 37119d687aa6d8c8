// Scores (given, derived, invalid), effort per procedure, and capacity from people.
import type { KavContract } from "../../../src/domain/model/contract";
import { capacityFromPeople, personWeeks } from "../../../src/domain/prioritisation/capacity";
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";
import { DEFAULT_EFFORT_CONFIG, estimateEffort } from "../../../src/domain/prioritisation/estimateEffort";
import { defaultSchedulingConfig } from "../../../src/domain/scheduling/schedulingConfig";
import { criteriaIssues } from "../../../src/domain/prioritisation/prioritisationConfig";
import {
  reachFromUnits,
  scoreNeed,
  timeCriticalityFromSlack,
} from "../../../src/domain/prioritisation/scoring";
import { aLawyer, aLead, aNeed, MID_SCORES, PLAN_2027 } from "./builders";

const contract = (id: string, end: string, options: string[]): KavContract => ({
  id,
  name: id,
  supplier: "s",
  category: "ikt",
  start: "2023-01-01",
  end,
  options: options.map((until) => ({ until })),
  value: 1_000_000,
  framework: true,
});

const ctx = (contracts: KavContract[] = []) => ({
  planStart: PLAN_2027.planStart,
  contractsById: new Map(contracts.map((c) => [c.id, c])),
  weeksToSignature: () => 20,
});

const { timeCriticality: _t, reach: _r, ...withoutDerivable } = MID_SCORES;

describe("scoring", () => {
  it("weights the given scores: Σ w·s / 100", () => {
    const r = scoreNeed(
      aNeed({ id: "A", scores: { ...MID_SCORES, operationalCriticality: 5 } }),
      DEFAULT_CRITERIA,
      ctx(),
    );
    expect(r.errors).toEqual([]);
    expect(r.scored?.score).toBeCloseTo(3.5, 12);
    expect(r.scored?.breakdown.find((b) => b.criterionId === "operationalCriticality")).toEqual({
      criterionId: "operationalCriticality",
      score: 5,
      weight: 25,
      contribution: 1.25,
      derived: false,
    });
  });

  it("derives time criticality from the contract's expiry with options, and reach from shared units", () => {
    const need = aNeed({
      id: "B",
      scores: withoutDerivable,
      existingContractId: "K1",
      joint: { nordic: false, armedForces: false, sharedWithUnits: ["vest", "ost", "agder", "vest"] },
    });
    const withOption = scoreNeed(need, DEFAULT_CRITERIA, ctx([contract("K1", "2027-03-01", ["2030-03-01"])]));
    const tc = withOption.scored?.breakdown.find((b) => b.criterionId === "timeCriticality");
    expect(tc).toMatchObject({ score: 1, derived: true }); // three years of slack with the option
    expect(withOption.scored?.deadline).toBe("2030-03-01");
    const noOption = scoreNeed(need, DEFAULT_CRITERIA, ctx([contract("K1", "2027-03-01", [])]));
    expect(noOption.scored?.breakdown.find((b) => b.criterionId === "timeCriticality")).toMatchObject({
      score: 5,
      derived: true,
    });
    // oslo + vest, ost, agder = 4 units
    expect(withOption.scored?.breakdown.find((b) => b.criterionId === "reach")).toMatchObject({
      score: 3,
      derived: true,
    });
  });

  it("takes the earlier of needed-by and contract expiry", () => {
    const need = aNeed({
      id: "C",
      scores: withoutDerivable,
      existingContractId: "K1",
      neededBy: "2027-09-01",
    });
    const r = scoreNeed(need, DEFAULT_CRITERIA, ctx([contract("K1", "2029-01-01", [])]));
    expect(r.scored?.deadline).toBe("2027-09-01");
  });

  it("reports a missing score that cannot be derived, and an out-of-range score, per need", () => {
    const r = scoreNeed(
      aNeed({ id: "D", scores: { ...withoutDerivable, maturity: 6, supplyRisk: 2.5 } }),
      DEFAULT_CRITERIA,
      ctx(),
    );
    expect(r.scored).toBeUndefined();
    expect(r.errors.map((e) => [e.criterionId, e.code])).toEqual([
      ["timeCriticality", "score-missing"],
      ["supplyRisk", "score-invalid"],
      ["maturity", "score-invalid"],
    ]);
    expect(r.errors[0]?.params).toMatchObject({ need: "D", criterion: "timeCriticality" });
  });

  it("maps slack and units to 1–5", () => {
    expect([-1, 0, 12.9, 13, 25.9, 26, 51.9, 52].map(timeCriticalityFromSlack)).toEqual([
      5, 4, 4, 3, 3, 2, 2, 1,
    ]);
    expect([1, 2, 3, 4, 5, 9, 10, 22].map(reachFromUnits)).toEqual([1, 2, 3, 3, 4, 4, 5, 5]);
  });
});

describe("criteria validation", () => {
  it("accepts the default set and rejects a sum other than 100 and duplicates", () => {
    expect(criteriaIssues(DEFAULT_CRITERIA)).toEqual([]);
    const bad = [
      ...DEFAULT_CRITERIA.slice(1),
      { ...(DEFAULT_CRITERIA[1] as (typeof DEFAULT_CRITERIA)[number]) },
    ];
    expect(criteriaIssues(bad).map((i) => i.code)).toEqual(["criterion-duplicate", "weights-sum"]);
    expect(criteriaIssues(bad).find((i) => i.code === "weights-sum")?.params).toEqual({ sum: 95 });
  });
});

describe("effort", () => {
  const sched = defaultSchedulingConfig();
  it("is Σ weeks × load of the scheduler's phase template for the procedure", () => {
    const direct = estimateEffort(aNeed({ id: "x", estimatedValue: 500_000 }), PLAN_2027, sched);
    // direct: 2×.4 + 1×.4 + 2×.2 + 1×.4 + .5×.3 + .5×.3 + 2×.2 = 2.7 lead; (1 + .5) × .2 = .3 lawyer × .9 (goods)
    expect(direct).toMatchObject({
      procedure: "direct",
      weeksToSignature: 7,
      leadWeeks: 2.7,
      lawyerWeeks: 0.27,
    });
    const open = estimateEffort(
      aNeed({ id: "y", estimatedValue: 5_000_000, contractType: "services" }),
      PLAN_2027,
      sched,
    );
    expect(open).toMatchObject({
      procedure: "open",
      weeksToSignature: 30,
      leadWeeks: 11.6,
      lawyerWeeks: 1.6,
    });
  });

  it("scales by complexity, contract type and value band", () => {
    const need = aNeed({ id: "w", estimatedValue: 60_000_000, contractType: "works", complexity: "high" });
    const e = estimateEffort(need, PLAN_2027, sched);
    // works ≥ 57.8 MNOK → negotiated (17.6 lead, 2.0 lawyer) × 1.4 (high) × works (1.15 / 1.25) × 1.3 (≥ 50 MNOK)
    expect(e.basis).toMatchObject({
      template: "negotiated",
      baseLeadWeeks: 17.6,
      baseLawyerWeeks: 2,
      valueFactor: 1.3,
    });
    expect(e.leadWeeks).toBeCloseTo(17.6 * 1.4 * 1.15 * 1.3, 2);
    expect(e.lawyerWeeks).toBeCloseTo(2 * 1.4 * 1.25 * 1.3, 2);
  });

  it("adds security work in proportion, not as a flat figure", () => {
    const small = aNeed({ id: "s", estimatedValue: 500_000, securityGraded: true });
    const plain = estimateEffort({ ...small, securityGraded: false }, PLAN_2027, sched);
    const graded = estimateEffort(small, PLAN_2027, sched);
    // uplift = security-graded template (21.4 lead-weeks) ÷ negotiated (17.6) − 1
    expect(graded.basis.securityUplift.lead).toBeCloseTo(21.4 / 17.6 - 1, 4);
    expect(graded.leadWeeks).toBeCloseTo(plain.leadWeeks * (21.4 / 17.6), 1);
    expect(graded.procedure).toBe("security-graded"); // the scheduler's procedure is unchanged
    const big = estimateEffort({ ...small, id: "b", estimatedValue: 5_000_000 }, PLAN_2027, sched);
    expect(big.basis.template).toBe("security-graded"); // ≥ FOSA threshold: the graded template itself
    expect(big.leadWeeks).toBe(21.4);
    expect(graded.leadWeeks).toBeLessThan(big.leadWeeks / 5);
  });

  it("follows the scheduler's overrides and a configured uplift", () => {
    const sched2 = {
      ...sched,
      overrides: { o: { procedure: "open" as const, phaseWeeks: { preparation: 10 } } },
    };
    const e = estimateEffort(aNeed({ id: "o", estimatedValue: 500_000 }), PLAN_2027, sched2);
    expect(e.procedure).toBe("open");
    expect(e.leadWeeks).toBeCloseTo(11.6 + 4 * 0.4, 2);
    const model = { ...DEFAULT_EFFORT_CONFIG, securityUplift: { lead: 0.5, lawyer: 1 } };
    const g = estimateEffort(
      aNeed({ id: "g", estimatedValue: 500_000, securityGraded: true }),
      PLAN_2027,
      sched,
      model,
    );
    expect(g.leadWeeks).toBeCloseTo(2.7 * 1.5, 2);
    expect(g.lawyerWeeks).toBeCloseTo(0.27 * 2, 2);
  });
});

describe("capacity", () => {
  it("is availability × (working weeks − absent weekdays / 5), inside the plan year only", () => {
    const p = { ...aLead("l", "ikt", 0.5), absences: [{ from: "2026-12-28", to: "2027-01-08" }] }; // 6 weekdays in 2027 (Fri 1 Jan, 4–8 Jan)
    expect(personWeeks(p, 2027, 46)).toBe(22.4);
    const cap = capacityFromPeople([p, aLead("m", "ikt"), aLawyer("j", 0.8)], ["ikt", "materiell"], 2027, 46);
    expect(cap).toEqual({ leadWeeksByCategory: { ikt: 68.4, materiell: 0 }, lawyerWeeks: 36.8 });
  });
});
