// AHP weights, λmax, CI and CR checked against published worked examples.
import { ahpWeights, pairwiseIssues, principalEigenvector } from "../../../src/domain/prioritisation/ahp";

describe("AHP against published examples", () => {
  // Saaty, T.L. (1990) "How to make a decision: The Analytic Hierarchy Process",
  // European Journal of Operational Research 48, 9–26, Table 2 (buying a house, 8 criteria):
  // priorities .173 .054 .188 .018 .031 .036 .167 .333, λmax = 9.669, CI = 0.238, CR = 0.169.
  const house = {
    criteria: ["size", "bus", "neighbourhood", "age", "yard", "facilities", "condition", "financing"],
    matrix: [
      [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
      [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
      [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
      [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
      [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
      [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
      [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
      [4, 7, 5, 8, 6, 6, 2, 1],
    ],
  };

  it("reproduces Saaty's house example (1990, Table 2)", () => {
    const r = ahpWeights(house);
    const published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333];
    house.criteria.forEach((c, i) =>
      expect((r.weights[c] as number) / 100).toBeCloseTo(published[i] as number, 3),
    );
    expect(r.lambdaMax).toBeCloseTo(9.669, 3);
    expect(r.consistencyIndex).toBeCloseTo(0.238, 3);
    expect(r.consistencyRatio).toBeCloseTo(0.169, 3);
    expect(r.acceptable).toBe(false);
  });

  it("names the comparison furthest from the weights when CR > 0.10", () => {
    const r = ahpWeights(house);
    // neighbourhood vs general condition was judged 6, while the weights give 0.188/0.167 ≈ 1.13
    expect(r.mostInconsistent).toMatchObject({
      rowCriterion: "neighbourhood",
      columnCriterion: "condition",
      given: 6,
      suggested: 1,
    });
    expect(r.mostInconsistent?.implied).toBeCloseTo(0.188 / 0.167, 1);
  });

  // Saaty, T.L. (1977) "A scaling method for priorities in hierarchical structures",
  // J. Mathematical Psychology 15, 234–281 (also Saaty 1980, ch. 2): light intensity of four chairs,
  // eigenvector 0.61 0.24 0.10 0.05 and λmax = 4.39.
  it("reproduces Saaty's light-intensity example (1977)", () => {
    const r = ahpWeights({
      criteria: ["c1", "c2", "c3", "c4"],
      matrix: [
        [1, 5, 6, 7],
        [1 / 5, 1, 4, 6],
        [1 / 6, 1 / 4, 1, 4],
        [1 / 7, 1 / 6, 1 / 4, 1],
      ],
    });
    [0.61, 0.24, 0.1, 0.05].forEach((w, i) =>
      expect(Math.abs((r.weights[`c${i + 1}`] as number) / 100 - w)).toBeLessThan(0.01),
    );
    expect(r.lambdaMax).toBeCloseTo(4.39, 2);
  });

  it("gives the exact ratios and CR 0 for a consistent matrix", () => {
    const w = [0.5, 0.25, 0.125, 0.125];
    const matrix = w.map((wi) => w.map((wj) => wi / wj));
    const r = ahpWeights({ criteria: ["a", "b", "c", "d"], matrix });
    expect(r.weights.a).toBeCloseTo(50, 9);
    expect(r.weights.d).toBeCloseTo(12.5, 9);
    expect(r.lambdaMax).toBeCloseTo(4, 9);
    expect(r.consistencyRatio).toBeCloseTo(0, 9);
    expect(r.acceptable).toBe(true);
  });

  it("computes the principal eigenvector summing to 1", () => {
    const v = principalEigenvector(house.matrix);
    expect(v.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });
});

describe("pairwise matrix validation", () => {
  it("rejects values off the 1–9 scale, broken reciprocals and a bad diagonal", () => {
    const issues = pairwiseIssues({
      criteria: ["a", "b", "c"],
      matrix: [
        [1, 10, 3],
        [1 / 10, 2, 1],
        [1 / 3, 1 / 2, 1],
      ],
    });
    expect(issues.map((i) => i.code).sort()).toEqual([
      "ahp-diagonal",
      "ahp-reciprocal",
      "ahp-value",
      "ahp-value",
    ]);
    expect(issues.find((i) => i.code === "ahp-value")?.params).toMatchObject({ row: "a", column: "b" });
  });

  it("rejects a non-square matrix and more than 10 criteria", () => {
    expect(pairwiseIssues({ criteria: ["a", "b"], matrix: [[1, 2]] })[0]?.code).toBe("ahp-shape");
    const eleven = Array.from({ length: 11 }, (_, i) => `k${i}`);
    expect(pairwiseIssues({ criteria: eleven, matrix: [] })[0]?.code).toBe("ahp-size");
  });
});
