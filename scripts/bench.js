// Runs every benchmark in bench/ (files named *.bench.js) one after another and prints their figures.
// Benchmarks use the compiled code in dist/node (npm run bench builds it first).
// `--only NAME` (repeatable; bare names work too) runs the benchmarks whose file name contains NAME,
// e.g. `node scripts/bench.js --only pane` (the task pane in headless Chromium, bench/pane.bench.js).
"use strict";
const { readdirSync } = require("node:fs");
const { join } = require("node:path");
const { spawnSync } = require("node:child_process");

const only = process.argv.slice(2).filter((a) => a !== "--only");
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
