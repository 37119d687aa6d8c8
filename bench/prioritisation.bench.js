// Benchmark of the prioritisation stage: selection time per mode (rank-order fill; most total score
// and most total value with HiGHS, warm-started, node-limited) for 500 and 5,000 needs, each against
// GLPK's glpsol on the same model in the same run; 50,000 needs with the default rank mode.
// People scale with the needs (23 leads + 5 lawyers per 500 needs) so the limits bind alike.
// 500 needs are eight instances (seeds 500–507: how hard a model is varies more between instances
// than between solver options), larger sizes one; a summary adds up each size and mode. SOLVER_SIZES=500 limits the sizes. Wall and CPU time side by side (CPU is what load does not change).
// HiGHS is timed warm (module loaded and compiled, as for every solve after a process's first) and,
// in the "cold" columns, as one solve in a new Node process (WebAssembly load and compile included),
// which is what glpsol, a new process per model, always pays.
"use strict";
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { spawnSync } = require("node:child_process");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
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
const SEEDS_500 = [500, 501, 502, 503, 504, 505, 506, 507];

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

/** Times the selection of one mode and, for the optimising modes, glpsol on the same model. */
async function benchMode(highs, glpsol, input, n, seed, mode) {
  const models = [];
  let solveMs = 0;
  let solveCpuMs = 0;
  const recording = {
    name: highs.name,
    solve: (model, o) => {
      models.push({ model, options: o });
      const t = performance.now();
      const c = process.cpuUsage();
      const answer = highs.solve(model, o);
      const cpu = process.cpuUsage(c);
      solveMs = performance.now() - t;
      solveCpuMs = (cpu.user + cpu.system) / 1000;
      return answer;
    },
  };
  const config = prioritisationConfig({ ...input.config, selection: mode, compareModes: false });
  const runs = n <= 500 ? 3 : 1;
  const { ms, result } = await timeMedian(
    () => prioritise({ ...input, config }, recording, { frontier: false }),
    runs,
    n <= 5000,
  );
  const sel = result.selection;
  const row = [n, seed, mode, sel.freeCandidates, sel.status, ms.toFixed(0)];
  if (mode === "rank") return [...row, ...Array(11).fill("–"), sel.selectedCount];
  const last = models[models.length - 1];
  const t0 = performance.now();
  const c0 = childCpuMs();
  const ref = glpsol.solve(last.model, { timeLimitSeconds: GLPSOL_TIME_LIMIT });
  const glpMs = performance.now() - t0;
  const glpCpuMs = childCpuMs() - c0;
  const cold = coldSolve(last);
  const refObj = ref.objective ?? NaN;
  const oursObj = objectiveOf(result, mode);
  const agree =
    ref.status === "optimal"
      ? Math.abs(refObj - oursObj) < 0.5
        ? "same optimum"
        : `${refObj} vs ${oursObj}`
      : `glpsol incumbent ${refObj} vs ${oursObj}`;
  const gap = (sel.gap ?? NaN).toExponential(1);
  return [
    ...row,
    solveMs.toFixed(0),
    gap,
    ref.status,
    glpMs.toFixed(0),
    agree,
    (glpMs / solveMs).toFixed(2),
    solveCpuMs.toFixed(0),
    Number.isNaN(glpCpuMs) ? "–" : glpCpuMs.toFixed(0),
    Number.isNaN(glpCpuMs) ? "–" : (glpCpuMs / solveCpuMs).toFixed(2),
    `${cold.ms.toFixed(0)} / ${cold.cpuMs.toFixed(0)}`,
    `${(glpMs / cold.ms).toFixed(2)} / ${(glpCpuMs / cold.cpuMs).toFixed(2)}`,
    sel.selectedCount,
  ];
}

/** The solve of one model in a new Node process: wall and CPU ms of that process (load, compile, solve). */
function coldSolve({ model, options }) {
  const dir = mkdtempSync(join(tmpdir(), "highs-cold-"));
  try {
    const file = join(dir, "model.json");
    writeFileSync(
      file,
      JSON.stringify({ model, options: { ...options, start: [...(options.start ?? [])] } }),
    );
    const script = `
      const { createHighsSolver } = require(${JSON.stringify(require.resolve("../dist/node/adapters/solver/highsSolver"))});
      const { model, options } = JSON.parse(require("node:fs").readFileSync(${JSON.stringify(file)}, "utf8"));
      createHighsSolver().then((h) => process.stdout.write(h.solve(model, { ...options, start: new Map(options.start) }).status));`;
    const t0 = performance.now();
    const c0 = childCpuMs();
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    const ms = performance.now() - t0;
    if (run.status !== 0) throw new Error(run.stderr);
    return { ms, cpuMs: childCpuMs() - c0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * CPU time (ms) of the finished child processes (glpsol), from /proc/self/stat (Linux; NaN
 * elsewhere). Beside wall time because on a shared machine the wall time mostly measures the load.
 */
function childCpuMs() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, 100 ticks per second
  } catch {
    return Number.NaN;
  }
}

/** The mode's objective of our selection: Σ points (score × 100), times size units (100 000 NOK) for value. */
function objectiveOf(result, mode) {
  return result.ranking
    .filter((r) => r.selected)
    .reduce((t, r) => {
      const points = Math.round(r.score * 100);
      return t + (mode === "value" ? points * Math.max(1, Math.round(r.cost / 100000)) : points);
    }, 0);
}

/**
 * Per size and optimising mode: the HiGHS and glpsol solve times added up (wall and CPU), their
 * ratio, on how many models HiGHS was faster (wall), and how many gave the same optimum.
 */
function printSummary(rows) {
  const groups = new Map();
  for (const r of rows) {
    if (r[2] === "rank") continue;
    const key = `${r[0]} ${r[2]}`;
    const g = groups.get(key) ?? {
      n: r[0],
      mode: r[2],
      models: 0,
      ms: 0,
      glpMs: 0,
      cpu: 0,
      glpCpu: 0,
      faster: 0,
      same: 0,
    };
    g.models += 1;
    g.ms += Number(r[6]);
    g.glpMs += Number(r[9]);
    g.cpu += Number(r[12]);
    g.glpCpu += Number(r[13]);
    if (Number(r[6]) < Number(r[9])) g.faster += 1;
    if (r[10] === "same optimum") g.same += 1;
    groups.set(key, g);
  }
  process.stdout.write(
    "\nSummary: solve times added up per size and mode (ratio glpsol/HiGHS: above 1, HiGHS is ahead)\n",
  );
  printTable(
    [
      "needs",
      "mode",
      "models",
      "HiGHS ms",
      "glpsol ms",
      "glpsol/HiGHS",
      "HiGHS CPU ms",
      "glpsol CPU ms",
      "CPU glpsol/HiGHS",
      "HiGHS faster on",
      "same optimum",
    ],
    [...groups.values()].map((g) => [
      g.n,
      g.mode,
      g.models,
      g.ms.toFixed(0),
      g.glpMs.toFixed(0),
      (g.glpMs / g.ms).toFixed(2),
      g.cpu.toFixed(0),
      Number.isNaN(g.glpCpu) ? "–" : g.glpCpu.toFixed(0),
      Number.isNaN(g.glpCpu) ? "–" : (g.glpCpu / g.cpu).toFixed(2),
      `${g.faster} of ${g.models}`,
      `${g.same} of ${g.models}`,
    ]),
  );
}

async function main() {
  const highs = await createHighsSolver();
  const glpsol = createGlpsolSolver();
  const rows = [];
  const sizes = (process.env.SOLVER_SIZES || "500,5000,50000").split(",").map(Number);
  for (const [n, seed] of sizes.flatMap((n) => (n === 500 ? SEEDS_500 : [n]).map((s) => [n, s]))) {
    const list = needs(n, seed);
    const budgetNok = Math.round(list.reduce((s, x) => s + x.estimatedValue, 0) * 0.3);
    const input = {
      needs: list,
      contracts: [],
      people: people(n),
      planConfig: defaultPlanConfig(2027),
      config: { budgetNok },
    };
    for (const mode of n <= 5000 ? ["rank", "score", "value"] : ["rank"]) {
      rows.push(await benchMode(highs, glpsol, input, n, seed, mode));
      process.stderr.write(`${rows[rows.length - 1].join(" ")}\n`);
    }
  }
  printTable(
    [
      "needs",
      "seed",
      "mode",
      "candidates",
      "status",
      "stage ms",
      "HiGHS ms",
      "HiGHS gap",
      "glpsol",
      "glpsol ms",
      "vs glpsol",
      "glpsol/HiGHS",
      "HiGHS CPU ms",
      "glpsol CPU ms",
      "CPU glpsol/HiGHS",
      "HiGHS cold ms / CPU",
      "cold: glpsol/HiGHS wall / CPU",
      "selected",
    ],
    rows,
  );
  printSummary(rows);

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
    `\nfull stage, 500 needs (rank, the two other modes side by side, frontier of ${result.frontier.length} points): ${ms.toFixed(0)} ms\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 1;
});
