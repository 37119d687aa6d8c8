// Benchmark of the capacity-levelled scheduler against TaskJuggler (tj3) in the same run: generated
// instances of 100, 200 and 300 needs (23 leads, 5 lawyers, seed 2027) and the demo tenant's
// selected needs with their scores as priorities. Late needs, total days late and time, ours vs tj3.
// tj3 3.7 cannot place work after 2035, so the generated instances get the same horizon for both
// (plan year 2027 + 8 years). Then ours alone on 500 and 5,000 needs (tj3 needs minutes to hours).
// TJ3_TIMEOUT_S bounds each tj3 run (default 400 s); the whole bench takes about 6 minutes.
// `node bench/scheduling.bench.js --tj3-only` (after `npm run build:cli`) runs the tj3 part alone.
"use strict";
const { generateSchedulingInstance } = require("../dist/node/demo/schedulingInstance");
const { generateDemoTenant } = require("../dist/node/demo/demoTenant");
const { runPlan } = require("../dist/node/application/runPlan");
const { SCHEDULED_STATUSES } = require("../dist/node/application/scheduleStage");
const { createHighsSolver } = require("../dist/node/adapters/solver/highsSolver");
const { scheduleNeeds } = require("../dist/node/domain/scheduling/scheduleNeeds");
const { runTj3 } = require("../dist/node/adapters/taskjuggler/runTj3");
const { timeMedian, printTable } = require("./benchUtil");

/** The demo tenant as the pipeline schedules it: the selected needs, scores as priorities. */
async function demoRequest() {
  const input = generateDemoTenant();
  const solver = await createHighsSolver();
  const result = await runPlan(input, { includeSecurityGraded: true, solver, frontier: false });
  const ranking = result.prioritisation.result.ranking;
  const selected = new Set(ranking.filter((r) => r.selected).map((r) => r.needId));
  const needs = result.needs
    .filter(
      (e) => e.status === "accepted" && selected.has(e.id) && SCHEDULED_STATUSES.includes(e.need.status),
    )
    .map((e) => e.need);
  const priority = Object.fromEntries(ranking.map((r) => [r.needId, r.score]));
  return { needs, contracts: input.contracts, people: input.people, config: input.config, priority };
}

async function main() {
  const instances = [100, 200, 300].map((n) => [
    String(n),
    generateSchedulingInstance({ seed: 2027, needs: n, horizonYears: 8 }),
  ]);
  instances.push(["demo", await demoRequest()]);
  const timeoutMs = Number(process.env.TJ3_TIMEOUT_S || 400) * 1000;
  const rows = [];
  for (const [name, instance] of instances) {
    const ours = await timeMedian(() => scheduleNeeds(instance), 3);
    const m = ours.result.metrics;
    let tj = undefined;
    try {
      tj = runTj3(instance, timeoutMs);
    } catch (error) {
      if (!/did not finish/.test(error.message)) throw error;
    }
    const verdict = tj
      ? m.lateCount + m.unscheduledCount <= tj.lateCount + tj.unscheduled &&
        m.totalDaysLate <= tj.totalDaysLate &&
        tj.ms / ours.ms >= 50
        ? "yes"
        : "no"
      : "-";
    rows.push([
      name,
      instance.needs.length,
      ours.ms.toFixed(0),
      m.lateCount,
      m.unscheduledCount,
      m.totalDaysLate,
      m.weightedTardiness.toFixed(0),
      tj ? tj.ms.toFixed(0) : `>${timeoutMs}`,
      tj ? tj.lateCount : "-",
      tj ? tj.unscheduled : "-",
      tj ? tj.totalDaysLate : "-",
      tj ? (tj.ms / ours.ms).toFixed(0) : `>${(timeoutMs / ours.ms).toFixed(0)}`,
      verdict,
    ]);
  }
  printTable(
    [
      "instance",
      "needs",
      "ours ms",
      "late",
      "unsched",
      "days late",
      "weighted",
      "tj3 ms",
      "tj3 late",
      "tj3 unsched",
      "tj3 days late",
      "tj3/ours time",
      "≤ tj3 on both, ≥ 50× faster",
    ],
    rows,
  );
  if (process.argv.includes("--tj3-only")) return;
  const alone = [];
  for (const n of [500, 5000]) {
    const instance = generateSchedulingInstance({ seed: 2027, needs: n, horizonYears: 8 });
    const { ms, result } = await timeMedian(() => scheduleNeeds(instance), n >= 5000 ? 1 : 3);
    const m = result.metrics;
    alone.push([n, ms.toFixed(0), m.lateCount, m.unscheduledCount, m.totalDaysLate]);
  }
  printTable(["needs (ours only)", "ms", "late", "unsched", "days late"], alone);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
