// Benchmark of the prioritisation stage: rank + select for 500, 5,000 and 50,000 needs (HiGHS),
// with the optimality gap measured against GLPK's glpsol on the same model in the same run.
// People scale with the needs (23 leads + 5 lawyers per 500 needs) so the limits bind alike.
"use strict";
const { timeMedian, printTable } = require("./benchUtil");
const { prioritise } = require("../dist/node/domain/prioritisation/prioritise");
const { prioritisationConfig } = require("../dist/node/domain/prioritisation/prioritisationConfig");
const { defaultPlanConfig } = require("../dist/node/domain/model/defaults");
const { createHighsSolver } = require("../dist/node/adapters/solver/highsSolver");
const { createGlpsolSolver } = require("../dist/node/adapters/solver/glpsolSolver");

const CATEGORIES = ["materiell", "ikt", "tjenester-eiendom"];
const CRITERIA = [
  "operationalCriticality",
  "timeCriticality",
  "strategicAlignment",
  "economicBenefit",
  "supplyRisk",
  "reach",
  "maturity",
];
const GLPSOL_TIME_LIMIT = 120;

function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function needs(n, seed) {
  const r = seeded(seed);
  const pick = (k) => Math.floor(r() * k);
  const id = (i) => `N${String(i).padStart(6, "0")}`;
  return Array.from({ length: n }, (_, i) => ({
    id: id(i),
    title: id(i),
    description: "",
    rationale: "",
    unit: "oslo",
    contact: "x",
    area: "IKT",
    category: CATEGORIES[pick(3)],
    insightSource: "submission",
    deliveryTrack: "basis",
    contractType: r() < 0.1 ? "works" : r() < 0.5 ? "services" : "goods",
    estimatedValue: Math.round(Math.exp(11 + r() * 6)),
    securityGraded: r() < 0.05,
    fundingStatus: "funded",
    dependsOn: i > 5 && r() < 0.05 ? [id(pick(i))] : [],
    joint: { nordic: false, armedForces: false, sharedWithUnits: [] },
    complexity: "medium",
    scores: Object.fromEntries(CRITERIA.map((c) => [c, 1 + pick(5)])),
    status: "submitted",
  }));
}

function people(n) {
  const k = Math.max(1, Math.round(n / 500));
  const list = [];
  for (let i = 0; i < 23 * k; i += 1)
    list.push({
      id: `L${i}`,
      name: `L${i}`,
      role: "lead",
      category: CATEGORIES[i % 3],
      availability: 0.8,
      absences: [],
    });
  for (let i = 0; i < 5 * k; i += 1)
    list.push({ id: `J${i}`, name: `J${i}`, role: "lawyer", availability: 0.8, absences: [] });
  return list;
}

async function main() {
  const highs = await createHighsSolver();
  const glpsol = createGlpsolSolver();
  const rows = [];
  for (const n of [500, 5000, 50000]) {
    const list = needs(n, n);
    const budgetNok = Math.round(list.reduce((s, x) => s + x.estimatedValue, 0) * 0.3);
    const models = [];
    const recording = { name: highs.name, solve: (lp, o) => (models.push(lp), highs.solve(lp, o)) };
    const input = {
      needs: list,
      contracts: [],
      people: people(n),
      planConfig: defaultPlanConfig(2027),
      config: prioritisationConfig({ budgetNok }),
    };
    const runs = n <= 500 ? 3 : 1;
    const { ms, result } = await timeMedian(
      () => prioritise(input, recording, { frontier: false }),
      runs,
      n <= 5000,
    );
    const lp = models[models.length - 1];
    const t0 = performance.now();
    const ref = glpsol.solve(lp, { timeLimitSeconds: GLPSOL_TIME_LIMIT });
    const glpMs = performance.now() - t0;
    const ours = Math.round(result.selection.totalScore * 100); // no forced needs: the solver's objective
    const refObj = ref.objective ?? NaN;
    const gapVsGlpsol = ref.status === "optimal" ? (refObj - ours) / refObj : NaN;
    rows.push([
      n,
      result.selection.freeCandidates,
      result.selection.status,
      ms.toFixed(0),
      (result.selection.gap ?? NaN).toExponential(1),
      ref.status,
      glpMs.toFixed(0),
      ref.status === "optimal" ? gapVsGlpsol.toExponential(1) : `glpsol incumbent ${refObj} vs ours ${ours}`,
      (glpMs / ms).toFixed(2),
    ]);
  }
  printTable(
    [
      "needs",
      "candidates",
      "status",
      "rank+select ms",
      "HiGHS gap",
      "glpsol",
      "glpsol ms",
      "gap vs glpsol",
      "glpsol/ours",
    ],
    rows,
  );

  const list = needs(500, 500);
  const budgetNok = Math.round(list.reduce((s, x) => s + x.estimatedValue, 0) * 0.3);
  const input = {
    needs: list,
    contracts: [],
    people: people(500),
    planConfig: defaultPlanConfig(2027),
    config: prioritisationConfig({ budgetNok }),
  };
  const { ms, result } = await timeMedian(() => prioritise(input, highs), 1, false);
  process.stdout.write(
    `\nfull stage with frontier (${result.frontier.length} points), 500 needs: ${ms.toFixed(0)} ms\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 1;
});
