// The prioritisation stage of runPlan: statuses left out but listed, config errors worded in both
// languages, and force comments of security-graded needs redacted unless the run opted in.
import { createHighsSolver } from "../../src/adapters/solver/highsSolver";
import { runPrioritisationStage } from "../../src/application/prioritisationStage";
import type { PlanInput } from "../../src/domain/model/planInput";
import type { MilpSolver } from "../../src/domain/prioritisation/milpSolver";
import type { PrioritisationConfig } from "../../src/domain/prioritisation/prioritisationConfig";
import { REDACTED_TEXT } from "../../src/domain/rules/redaction";
import { aLead, aNeed, PLAN_2027 } from "../domain/prioritisation/builders";

let highs: MilpSolver;
beforeAll(async () => {
  highs = await createHighsSolver();
});

const planInput = (prioritisation: Partial<PrioritisationConfig>): PlanInput => ({
  config: { ...PLAN_2027, prioritisation },
  needs: [],
  contracts: [],
  spend: [],
  people: [aLead("l", "ikt")],
});

const needs = [
  aNeed({ id: "A" }),
  aNeed({ id: "G", securityGraded: true }),
  aNeed({ id: "W", status: "withdrawn" }),
];
const forced = [
  {
    needId: "G",
    direction: "in" as const,
    reason: "management-decision" as const,
    comment: "Gradert prosjekt X",
  },
];

describe("prioritisation stage", () => {
  it("lists withdrawn needs as not considered and ranks the rest", () => {
    const p = runPrioritisationStage(planInput({}), needs, highs, { includeSecurityGraded: false });
    expect(p.notConsidered).toEqual([{ needId: "W", status: "withdrawn" }]);
    expect(p.result?.ranking.map((r) => r.needId).sort()).toEqual(["A", "G"]);
    expect(p.result?.ranking[0]?.explanation[0]?.message.en).toMatch(/^Ranked 1 of 2/);
  });

  it("hides the force comment of a graded need unless the run opted in", () => {
    const hidden = runPrioritisationStage(planInput({ forced }), needs, highs, {
      includeSecurityGraded: false,
    });
    const g = hidden.result?.ranking.find((r) => r.needId === "G");
    expect(g?.force?.comment).toBe(REDACTED_TEXT);
    expect(JSON.stringify(hidden)).not.toContain("Gradert prosjekt X");
    const shown = runPrioritisationStage(planInput({ forced }), needs, highs, {
      includeSecurityGraded: true,
    });
    expect(shown.result?.ranking.find((r) => r.needId === "G")?.force?.comment).toBe("Gradert prosjekt X");
  });

  it("words configuration errors in both languages instead of a result", () => {
    const p = runPrioritisationStage(planInput({ budgetNok: -1 }), needs, highs, {
      includeSecurityGraded: false,
    });
    expect(p.result).toBeUndefined();
    expect(p.configErrors).toEqual([
      {
        code: "budget-invalid",
        params: { value: "-1" },
        message: {
          nb: "Budsjettet må være et tall ≥ 0 (fikk -1).",
          en: "The budget must be a number ≥ 0 (got -1).",
        },
      },
    ]);
  });
});
