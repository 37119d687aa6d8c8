// Benchmark of `anskaffelsesplan plan` at scale: 500, 5,000 and 50,000 needs (the demo tenant's
// needs and people repeated, ids made unique, dependencies kept inside each copy), each run as its
// own process so that its peak memory (maxRSS) is its own. Prints wall time, peak RSS and the size
// of plan.json, with utilisation per role (the default) and, up to 5,000 needs, per person; a run
// longer than PLAN_SCALE_TIMEOUT_S (default 1,800 s) is stopped and shown as such. Then the
// scheduler alone (23 leads, 5 lawyers; needs past the 2035 horizon are reported, not placed):
// time, peak RSS and the size of the schedule section. SCALE_SIZES=500,5000 limits the sizes.
"use strict";
const { mkdtempSync, writeFileSync, statSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { spawnSync } = require("node:child_process");
const { generateDemoTenant } = require("../dist/node/demo/demoTenant");
const { printTable } = require("./benchUtil");

const ROOT = join(__dirname, "..");

function renameList(value, suffix) {
  if (Array.isArray(value)) return value.map((v) => `${String(v).trim()}${suffix}`);
  if (typeof value !== "string" || value.trim() === "") return value;
  return value
    .split(/[;,\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== "")
    .map((v) => `${v}${suffix}`)
    .join("; ");
}

/** The demo tenant with its needs repeated to `n` and its people repeated alike. */
function scaledInput(n) {
  const demo = generateDemoTenant();
  const copies = Math.ceil(n / demo.needs.length);
  const needs = [];
  for (let c = 0; c < copies && needs.length < n; c += 1) {
    const suffix = c === 0 ? "" : `-${c}`;
    for (const record of demo.needs) {
      if (needs.length >= n) break;
      needs.push({
        ...record,
        id: `${String(record.id).trim()}${suffix}`,
        ...(record.dependsOn !== undefined ? { dependsOn: renameList(record.dependsOn, suffix) } : {}),
      });
    }
  }
  const people = [];
  for (let c = 0; c < copies; c += 1) {
    for (const p of demo.people) people.push({ ...p, id: c === 0 ? p.id : `${p.id}-${c}` });
  }
  return { config: demo.config, needs, contracts: demo.contracts, spend: demo.spend, people };
}

/**
 * Runs the CLI's plan command in a child process; wall ms, CPU s, peak RSS (MiB), plan.json bytes
 * and the scheduled count (from the command's summary line, so plan.json is not read back).
 */
function runPlan(file, out, extra) {
  const script = `
    const { main } = require(${JSON.stringify(join(ROOT, "dist/node/cli/main"))});
    let scheduled = null;
    const said = (t) => { const m = /^([\\d\\s]+) behov planlagt/u.exec(t); if (m) scheduled = Number(m[1].replace(/\\D/g, "")); };
    main(["node", "anskaffelsesplan", "plan", "--input", ${JSON.stringify(file)}, "--out", ${JSON.stringify(out)}, ...${JSON.stringify(extra)}], { out: said, err: (t) => process.stderr.write(t + "\\n") })
      .then((code) => { const u = process.resourceUsage(); process.stdout.write(JSON.stringify({ code, scheduled, maxRss: u.maxRSS, cpuS: (u.userCPUTime + u.systemCPUTime) / 1e6 })); });`;
  const timeout = Number(process.env.PLAN_SCALE_TIMEOUT_S || 1800) * 1000;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 24, timeout });
  const ms = performance.now() - t0;
  if (r.error || r.signal) return { timedOut: timeout };
  if (r.status !== 0) throw new Error(`plan failed: ${r.stderr.slice(0, 2000)}`);
  const { code, maxRss, cpuS, scheduled } = JSON.parse(r.stdout);
  if (code !== 0) throw new Error(`plan exited with ${code}: ${r.stderr.slice(0, 2000)}`);
  const bytes = statSync(join(out, "plan.json")).size;
  return { ms, cpuS, rssMiB: maxRss / 1024, bytes, scheduled };
}

function main() {
  const sizes = (process.env.SCALE_SIZES || "500,5000,50000").split(",").map(Number);
  const dir = mkdtempSync(join(tmpdir(), "plan-scale-"));
  const rows = [];
  try {
    for (const n of sizes) {
      const file = join(dir, `input-${n}.json`);
      writeFileSync(file, JSON.stringify(scaledInput(n)));
      const details = n <= 5000 ? ["role", "person"] : ["role"];
      for (const detail of details) {
        const out = join(dir, `out-${n}-${detail}`);
        const r = runPlan(file, out, detail === "person" ? ["--utilisation", "person"] : []);
        if (r.timedOut) {
          rows.push([n, detail, "-", `>${r.timedOut / 1000}`, "-", "-", "-"]);
          continue;
        }
        rows.push([
          n,
          detail,
          r.scheduled,
          (r.ms / 1000).toFixed(1),
          r.cpuS.toFixed(1),
          r.rssMiB.toFixed(0),
          (r.bytes / (1 << 20)).toFixed(1),
        ]);
        rmSync(out, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(["needs", "utilisation", "scheduled", "plan s", "CPU s", "peak RSS MiB", "plan.json MiB"], rows);
  printTable(
    ["needs (scheduler alone)", "scheduled", "unscheduled", "schedule s", "peak RSS MiB", "schedule MiB"],
    sizes.map(scheduleAlone),
  );
}

/** The scheduler alone on a generated instance of `n` needs, in its own process. */
function scheduleAlone(n) {
  const script = `
    const { generateSchedulingInstance } = require(${JSON.stringify(join(ROOT, "dist/node/demo/schedulingInstance"))});
    const { scheduleNeeds } = require(${JSON.stringify(join(ROOT, "dist/node/domain/scheduling/scheduleNeeds"))});
    const instance = generateSchedulingInstance({ seed: 2027, needs: ${n}, horizonYears: 8 });
    const t0 = performance.now();
    const r = scheduleNeeds(instance);
    const ms = performance.now() - t0;
    process.stdout.write(JSON.stringify({ ms, scheduled: r.scheduled.length, unscheduled: r.unscheduled.length,
      bytes: Buffer.byteLength(JSON.stringify(r)), maxRss: process.resourceUsage().maxRSS }));`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`schedule failed: ${r.stderr.slice(0, 2000)}`);
  const o = JSON.parse(r.stdout);
  return [
    n,
    o.scheduled,
    o.unscheduled,
    (o.ms / 1000).toFixed(1),
    (o.maxRss / 1024).toFixed(0),
    (o.bytes / (1 << 20)).toFixed(1),
  ];
}

main();
