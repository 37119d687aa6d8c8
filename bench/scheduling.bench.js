// Benchmark of the capacity-levelled scheduler: 500 and 5,000 generated needs with 28 people
// (23 leads, 5 lawyers), against TaskJuggler (tj3) on the same instance in the same run.
// tj3 3.7 cannot place work after 2035, so both get the same horizon (plan year 2027 + 8 years);
// needs that do not fit count as unscheduled for both. tj3 gets a time limit (TJ3_TIMEOUT_S;
// default 900 s for 500 needs, 300 s for 5,000, where it needs far longer); when it runs out the
// row shows the limit and the time ratio as a lower bound.
"use strict";
const { generateSchedulingInstance } = require("../dist/node/demo/schedulingInstance");
const { scheduleNeeds } = require("../dist/node/domain/scheduling/scheduleNeeds");
const { runTj3 } = require("../dist/node/adapters/taskjuggler/runTj3");
const { timeMedian, printTable } = require("./benchUtil");

(async () => {
  const rows = [];
  for (const n of [500, 5000]) {
    const instance = generateSchedulingInstance({ seed: 2027, needs: n, horizonYears: 8 });
    const ours = await timeMedian(() => scheduleNeeds(instance), n >= 5000 ? 1 : 3);
    const m = ours.result.metrics;
    const timeoutMs = Number(process.env.TJ3_TIMEOUT_S || (n >= 5000 ? 300 : 900)) * 1000;
    let tj3Cells = ["-", "-", "-", "-"];
    let ratio = "-";
    try {
      const tj = runTj3(instance, timeoutMs);
      tj3Cells = [tj.ms.toFixed(0), tj.lateCount, tj.unscheduled, tj.totalDaysLate];
      ratio = (tj.ms / ours.ms).toFixed(1);
    } catch (error) {
      if (!/did not finish/.test(error.message)) throw error;
      tj3Cells = [`>${timeoutMs}`, "-", "-", "-"];
      ratio = `>${(timeoutMs / ours.ms).toFixed(0)}`;
    }
    rows.push([n, ours.ms.toFixed(0), m.lateCount, m.unscheduledCount, m.totalDaysLate, ...tj3Cells, ratio]);
  }
  printTable(
    [
      "needs",
      "ours ms",
      "late",
      "unsched",
      "days late",
      "tj3 ms",
      "tj3 late",
      "tj3 unsched",
      "tj3 days late",
      "tj3/ours time",
    ],
    rows,
  );
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
