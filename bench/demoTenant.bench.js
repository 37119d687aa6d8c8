// Benchmark of the demo tenant generator: time to generate (median of 5) and size of the JSON,
// against loading the same tenant from its JSON text (the reference: shipping a file instead).
"use strict";
const { timeMedian, printTable } = require("./benchUtil");
const { generateDemoTenant } = require("../dist/node/demo/demoTenant");

async function main() {
  const seeds = [2027, 1];
  const rows = [];
  for (const seed of seeds) {
    const generate = await timeMedian(() => generateDemoTenant({ seed }), 5);
    const json = JSON.stringify(generate.result);
    const load = await timeMedian(() => JSON.parse(json), 5);
    const t = generate.result;
    rows.push([
      seed,
      t.needs.length,
      t.contracts.length,
      t.spend.length,
      t.people.length,
      (Buffer.byteLength(json, "utf8") / 1024).toFixed(0),
      generate.ms.toFixed(1),
      load.ms.toFixed(1),
      (generate.ms / load.ms).toFixed(1),
    ]);
  }
  printTable(
    ["seed", "needs", "contracts", "spend", "people", "JSON KiB", "generate ms", "JSON.parse ms", "ratio"],
    rows,
  );
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
