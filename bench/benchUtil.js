// Helpers shared by the benchmarks: repeated timing with medians, ratios and aligned tables.
"use strict";

/** Median of a list of numbers. */
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs fn `runs` times (after one warm-up unless warmup=false) and returns the median in ms and the last result. */
async function timeMedian(fn, runs = 5, warmup = true) {
  if (warmup) await fn();
  const times = [];
  let result;
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

/** Prints rows (arrays of cells) as an aligned table with a header row. */
function printTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  for (const r of all) process.stdout.write(r.map((c, i) => c.padStart(widths[i])).join("  ") + "\n");
}

module.exports = { median, timeMedian, printTable };
