// The HiGHS options a model gets: small models (up to 1 000 columns) without presolve, restarts or
// RENS; small models whose objective weights lie within a factor 10 (the `score` mode's points)
// also without the root reduced-cost sub-MIP and feasibility jump; large models keep HiGHS's
// defaults. And the narrow options change the time, not the answer: HiGHS with them proves the
// same optimum as exhaustive search on a small model.
import { createHighsSolver, objectiveSpread, solveOptions } from "../../../src/adapters/solver/highsSolver";
import type { BinaryModel } from "../../../src/domain/prioritisation/milpSolver";

/** A knapsack with `n` columns, weights from `weight(i)`, one row Σ (1 + i mod 7)·x ≤ 3n/2. */
function knapsack(n: number, weight: (i: number) => number): BinaryModel {
  const objective = Array.from({ length: n }, (_, i) => [`x${i}`, weight(i)] as const);
  return {
    objective,
    rows: [
      { name: "cap", terms: objective.map(([col], i) => [col, 1 + (i % 7)] as const), rhs: (3 * n) / 2 },
    ],
  };
}

const LIMITS = { timeLimitSeconds: 60 };

describe("HiGHS options by model", () => {
  test("the spread is the largest over the smallest non-zero weight", () => {
    expect(objectiveSpread(knapsack(5, (i) => [0, 100, -250, 500, 0][i] as number))).toBe(5);
    expect(objectiveSpread({ objective: [], rows: [] })).toBe(1);
    expect(objectiveSpread(knapsack(3, () => 0))).toBe(1);
  });

  test("a small model with score-like weights (100–500) runs without the two root heuristics", () => {
    const options = solveOptions(
      knapsack(500, (i) => 100 + (i % 401)),
      LIMITS,
      true,
    );
    expect(options).toMatchObject({
      presolve: "off",
      mip_allow_restart: false,
      mip_heuristic_run_rens: false,
      mip_heuristic_run_root_reduced_cost: false,
      mip_heuristic_run_feasibility_jump: false,
    });
  });

  test("a small model with value-like weights (points × sizes) keeps them", () => {
    const options = solveOptions(
      knapsack(500, (i) => (100 + (i % 401)) * (1 + ((i * 37) % 900))),
      LIMITS,
      true,
    );
    expect(options).toMatchObject({ presolve: "off", mip_allow_restart: false });
    expect(options).not.toHaveProperty("mip_heuristic_run_root_reduced_cost");
    expect(options).not.toHaveProperty("mip_heuristic_run_feasibility_jump");
  });

  test("a large model keeps HiGHS's defaults, narrow or not", () => {
    const options = solveOptions(
      knapsack(1001, (i) => 100 + (i % 401)),
      LIMITS,
      true,
    );
    expect(options).toMatchObject({ presolve: "choose" });
    expect(options).not.toHaveProperty("mip_heuristic_run_root_reduced_cost");
    expect(options).not.toHaveProperty("mip_allow_restart");
  });

  test("with the narrow options HiGHS proves the optimum exhaustive search finds", async () => {
    const highs = await createHighsSolver();
    const model = knapsack(16, (i) => 100 + ((i * 53) % 401));
    const answer = highs.solve(model, LIMITS);
    let best = 0;
    for (let set = 0; set < 1 << 16; set += 1) {
      let used = 0;
      let value = 0;
      model.objective.forEach(([, w], i) => {
        if ((set >> i) & 1) {
          used += 1 + (i % 7);
          value += w;
        }
      });
      if (used <= 24) best = Math.max(best, value);
    }
    expect(answer.status).toBe("optimal");
    expect(answer.objective).toBeCloseTo(best, 6);
  });
});
