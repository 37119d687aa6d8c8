// Runs every benchmark in bench/ (files named *.bench.js) one after another and prints their figures.
// Benchmarks use the compiled code in dist/node (npm run bench builds it first).
"use strict";
const { readdirSync } = require("node:fs");
const { join } = require("node:path");
const { spawnSync } = require("node:child_process");

// `--only NAME` (or just NAME) runs the benchmarks whose file name contains NAME; `scale` and `solver`
// name the plan-at-scale and the selection-against-glpsol parts.
const ALIASES = { scale: "planScale", solver: "prioritisation" };
const only = process.argv
  .slice(2)
  .filter((a) => a !== "--only")
  .map((a) => ALIASES[a] ?? a);
const dir = join(__dirname, "..", "bench");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.js"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`);
  const r = spawnSync(process.execPath, [join(dir, file)], { stdio: "inherit" });
  if (r.status !== 0) failed += 1;
}
process.stdout.write(`\n${files.length - failed} benchmark(s) ran, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
