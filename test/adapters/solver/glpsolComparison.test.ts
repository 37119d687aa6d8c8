// The optimising selection modes (most total score, most total value) solved by HiGHS equal GLPK's
// glpsol (an independent exact MILP solver, Debian glpk-utils) on random instances of several
// hundred needs: same model, same optimum.
import { createGlpsolSolver } from "../../../src/adapters/solver/glpsolSolver";
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import type { BinaryModel, MilpSolver } from "../../../src/domain/prioritisation/milpSolver";
import { prioritisationConfig } from "../../../src/domain/prioritisation/prioritisationConfig";
import { prioritise } from "../../../src/domain/prioritisation/prioritise";
import { sizeUnits } from "../../../src/domain/prioritisation/selection";
import { aLawyer, aLead } from "../../domain/prioritisation/builders";
import { randomNeeds } from "../../domain/prioritisation/randomNeeds";

const people = [
  ...["materiell", "ikt", "tjenester-eiendom"].flatMap((c) => [
    aLead(`${c}-1`, c),
    aLead(`${c}-2`, c, 0.8),
    aLead(`${c}-3`, c, 0.5),
  ]),
  aLawyer("jur-1"),
  aLawyer("jur-2", 0.5),
];

/** A solver that records every model it is given. */
function recording(inner: MilpSolver, models: BinaryModel[]): MilpSolver {
  return { name: inner.name, solve: (model, o) => (models.push(model), inner.solve(model, o)) };
}

describe("HiGHS equals glpsol", () => {
  let highs: MilpSolver;
  let glpsol: MilpSolver;
  beforeAll(async () => {
    highs = await createHighsSolver();
    glpsol = createGlpsolSolver(); // throws "install glpk-utils" when glpsol is missing
  });

  it.each([
    [300, 11, 0.25, true, "score"],
    [400, 12, 0.4, true, "score"],
    [500, 13, 0.15, true, "score"],
    [350, 14, 0.1, false, "score"],
    [300, 15, 0.25, true, "value"],
    [350, 16, 0.1, false, "value"],
  ] as const)(
    "on %i random needs (seed %i, budget %f of the total, capacity limits %s, mode %s)",
    (n, seed, budgetShare, withPeople, selection) => {
      const needs = randomNeeds(n, seed);
      const budgetNok = Math.round(needs.reduce((s, x) => s + x.estimatedValue, 0) * budgetShare);
      const models: BinaryModel[] = [];
      const result = prioritise(
        {
          needs,
          contracts: [],
          people: withPeople ? people : null,
          planConfig: defaultPlanConfig(2027),
          config: prioritisationConfig({
            budgetNok,
            selection,
            compareModes: false,
            forced: [{ needId: "N00003", direction: "in", reason: "legal-obligation" }],
          }),
        },
        recording(highs, models),
        { frontier: false },
      );
      expect(result.selection.status).toBe("optimal");
      expect(models).toHaveLength(1);
      const reference = glpsol.solve(models[0] as BinaryModel, { timeLimitSeconds: 60 });
      expect(reference.status).toBe("optimal");
      const weight = (r: { score: number; cost: number }) =>
        Math.round(r.score * 100) * (selection === "value" ? sizeUnits(r.cost) : 1);
      const free = result.ranking.filter((r) => r.reason === "selected").reduce((s, r) => s + weight(r), 0);
      expect(Math.abs((reference.objective as number) - free)).toBeLessThan(1e-6);
      // at least one limit binds, so the comparison is not trivial
      expect(result.ranking.some((r) => !r.selected)).toBe(true);
      if (!withPeople) expect(result.ranking.some((r) => r.reason === "budget")).toBe(true);
    },
  );
});
