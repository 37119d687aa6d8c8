// Plan versions benchmark: fingerprinting a demo year's version file (canonical JSON + SHA-256 over
// @noble/hashes) against Node's own JSON.stringify + crypto SHA-256 of the same content, and the
// diff of two plans of 500 needs. Needs `npm run build:cli` (reads dist/node).
"use strict";
const { createHash } = require("node:crypto");
const { timeMedian, printTable } = require("./benchUtil");
const { generateDemoTenant } = require("../dist/node/demo/demoTenant");
const { runPlan } = require("../dist/node/application/runPlan");
const { createHighsSolver } = require("../dist/node/adapters/solver/highsSolver");
const { buildVersionFile } = require("../dist/node/application/planYear/planVersion");
const { emptyEdits } = require("../dist/node/domain/planYear/planYearDefaults");
const { contentHashOf } = require("../dist/node/domain/planYear/contentHash");
const { diffVersions } = require("../dist/node/application/planYear/versionDiff");

async function main() {
  const input = generateDemoTenant({ seed: 2027, planYear: 2027 });
  const solver = await createHighsSolver();
  const result = await runPlan(input, { includeSecurityGraded: false, solver });
  const fewer = { ...input, needs: input.needs.slice(25) };
  const other = await runPlan(fewer, { includeSecurityGraded: false, solver });
  const stamp = { by: "bench@politiet.no", at: "2027-01-05T08:00:00.000Z" };
  const build = await timeMedian(() =>
    buildVersionFile(2027, "v001", { input, edits: emptyEdits(), result }, stamp),
  );
  const file = build.result;
  const ours = await timeMedian(() => contentHashOf(file));
  const reference = await timeMedian(() => createHash("sha256").update(JSON.stringify(file)).digest("hex"));
  const diff = await timeMedian(() => diffVersions({ id: "v001", result }, { id: "v002", result: other }));
  const mb = (JSON.stringify(file).length / 1e6).toFixed(1);
  printTable(
    ["operation", "median ms", "vs reference"],
    [
      [`contentHashOf (version file, ${mb} MB)`, ours.ms.toFixed(1), (ours.ms / reference.ms).toFixed(2)],
      ["reference: JSON.stringify + node:crypto", reference.ms.toFixed(1), "1.00"],
      ["buildVersionFile (4 section hashes)", build.ms.toFixed(1), (build.ms / reference.ms).toFixed(2)],
      [`diffVersions (500 needs, ${diff.result.counts.dropped} dropped)`, diff.ms.toFixed(1), "–"],
    ],
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
