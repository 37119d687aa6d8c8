// Task pane benchmark: the production build served locally (plain HTTP on 127.0.0.1), opened in
// headless Chromium (playwright-core, Debian's /usr/bin/chromium) at 350 × 800 on the demo tenant
// (the plan computed in the page's worker). Figures, each next to the same figure for an empty page
// served by the same server in the same run:
//   initial JS gzip (the scripts taskpane.html loads; limit 250 KB), JS fetched until the full plan
//   view, time to the needs list, time to the full plan view (no computation under way), the longest
//   main-thread task while the plan computes (PerformanceObserver 'longtask'; target ≤ 200 ms), and
//   the time from a weight edit to the new ranking shown (the provisional plan, with what it moved) and
//   to the finished plan.
// Usage: node scripts/bench.js --only pane, or node bench/pane.bench.js [--dist DIR] [--runs N]
// (default: builds with webpack --mode production into a temporary folder; --dist reuses a build).
"use strict";
/* global window, document, MutationObserver */
const fs = require("node:fs");
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const { spawnSync } = require("node:child_process");
const { chromium } = require("playwright-core");
const { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromiumInstalled } = require("../scripts/lib/chromium");
const { median, printTable } = require("./benchUtil");
const { weightEditInPane, weightEditReference } = require("./paneWeightEdit");

const repo = path.join(__dirname, "..");
const VIEWPORT = { width: 350, height: 800 };
const LIMIT_BYTES = 250 * 1000;

/** The empty reference page: no script of its own but what the bench injects; a button that edits a text. */
const EMPTY_PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Tom side</title></head>
<body><main><h1>Tom side</h1><label>Vekt <input id="weight" type="number" value="20"></label>
<button id="apply" type="button" onclick="document.getElementById('out').textContent='Vekt ' + document.getElementById('weight').value">Bruk</button>
<p id="out" aria-live="polite"></p><div aria-label="Behov">–</div></main></body></html>`;

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** Parses --dist DIR and --runs N. */
function options(argv) {
  const at = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { dist: at("--dist"), runs: Number(at("--runs") ?? 3) };
}

/** A production build in a temporary folder (webpack --mode production). */
function build() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "pane-bench-"));
  process.stdout.write(`building the production pane into ${out} …\n`);
  const webpack = path.join(repo, "node_modules", "webpack-cli", "bin", "cli.js");
  const r = spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", out], {
    cwd: repo,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) throw new Error("webpack failed");
  return out;
}

/** Serves `dir` and the empty page; records the paths asked for. */
function serve(dir) {
  const requested = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requested.push(url.pathname);
    if (url.pathname === "/bench-empty.html") {
      res.writeHead(200, { "content-type": MIME[".html"] });
      res.end(EMPTY_PAGE);
      return;
    }
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": MIME[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        requested,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

/** Gzip size (zlib's default level, as web servers send) of a served file. */
function gzipSize(dir, name) {
  return zlib.gzipSync(fs.readFileSync(path.join(dir, name))).length;
}

/** The local scripts taskpane.html loads. */
function initialScripts(dir) {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

/**
 * Installed before any page script: records long tasks and, with a MutationObserver, when the needs
 * list is first in the DOM and when it is there with no computation under way (the full plan view).
 */
function pageProbe() {
  const b = (window.__bench = { longtasks: [], needs: null, full: null, sawProgress: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    b.longtasks = null;
  }
  const check = () => {
    const needs = document.querySelector('[aria-label="Behov"], [aria-label="Needs"]');
    const busy = document.querySelector(
      '[aria-label="Beregning av planen"], [aria-label="Computing the plan"], [role="progressbar"]',
    );
    if (busy) b.sawProgress = true;
    const now = performance.now();
    if (needs && b.needs === null) b.needs = now;
    if (needs && !busy && b.full === null) b.full = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Opens `url` in a fresh 350 × 800 context (only the bench server reachable) and waits for the full view. */
async function openAndMeasure(browser, server, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "nb-NO" });
  await context.route(
    (u) => u.origin !== server.origin,
    (route) => route.abort("blockedbyclient"),
  );
  await context.addInitScript(pageProbe);
  const page = await context.newPage();
  server.requested.length = 0;
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.full !== null, null, { timeout: 180_000, polling: 100 });
  const b = await page.evaluate(() => window.__bench);
  const within = (b.longtasks ?? []).filter(([start]) => start <= b.full);
  const longest = b.longtasks === null ? NaN : Math.max(0, ...within.map(([, d]) => d));
  return { page, context, needs: b.needs, full: b.full, longest, requested: [...server.requested] };
}

/** Median of a figure over runs, rounded. */
const med = (runs, key) => Math.round(median(runs.map((r) => r[key])));

/** Sum of gzip sizes of the .js files in `paths` (served from dir). */
function jsGzip(dir, paths) {
  const js = [...new Set(paths.filter((p) => p.endsWith(".js")).map((p) => p.replace(/^\//, "")))];
  return js.filter((f) => fs.existsSync(path.join(dir, f))).reduce((n, f) => n + gzipSize(dir, f), 0);
}

/** One pane run and one empty-page run (the same server, the same browser). */
async function measureRun(browser, server, dir, firstRun) {
  const pane = await openAndMeasure(browser, server, `${server.origin}/taskpane.html`);
  const edit = await weightEditInPane(pane.page, { first: firstRun });
  const paneRun = {
    ...pane,
    js: jsGzip(dir, pane.requested),
    edit: edit.ms,
    editEarly: edit.early,
    editHow: edit.how,
  };
  await pane.context.close();
  const empty = await openAndMeasure(browser, server, `${server.origin}/bench-empty.html`);
  // The same window as the pane's computation: long tasks of an idle page over as long.
  await empty.page.waitForTimeout(Math.min(pane.full, 30_000));
  const idle = await empty.page.evaluate(() => window.__bench.longtasks);
  const emptyRun = {
    ...empty,
    longest: idle === null ? NaN : Math.max(0, ...idle.map(([, d]) => d)),
    js: jsGzip(dir, empty.requested),
    edit: await weightEditReference(empty.page),
  };
  emptyRun.editEarly = emptyRun.edit;
  await empty.context.close();
  return { paneRun, emptyRun };
}

async function main() {
  const opts = options(process.argv.slice(2));
  assertChromiumInstalled();
  const dir = path.resolve(opts.dist ?? build());
  const initial = initialScripts(dir);
  const initialGzip = initial.reduce((n, f) => n + gzipSize(dir, f), 0);
  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const panes = [];
  const empties = [];
  let how = "";
  try {
    for (let i = 0; i < opts.runs; i += 1) {
      const { paneRun, emptyRun } = await measureRun(browser, server, dir, i === 0);
      panes.push(paneRun);
      empties.push(emptyRun);
      how = paneRun.editHow;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  const ms = (n) => (Number.isNaN(n) ? "n/a" : `${n} ms`);
  process.stdout.write(
    `pane at ${VIEWPORT.width}×${VIEWPORT.height}, median of ${opts.runs} runs (build: ${dir})\n`,
  );
  printTable(
    ["figure", "pane", "empty page", "target"],
    [
      ["initial JS (gzip)", kb(initialGzip), kb(0), `≤ ${kb(LIMIT_BYTES)}`],
      ["JS fetched to the full view (gzip)", kb(med(panes, "js")), kb(med(empties, "js")), ""],
      ["time to the needs list", ms(med(panes, "needs")), ms(med(empties, "needs")), ""],
      ["time to the full plan view", ms(med(panes, "full")), ms(med(empties, "full")), ""],
      [
        "longest main-thread task while computing",
        ms(med(panes, "longest")),
        ms(med(empties, "longest")),
        "≤ 200 ms",
      ],
      [
        "weight edit → new ranking shown",
        ms(med(panes, "editEarly")),
        ms(med(empties, "editEarly")),
        "~1 000 ms",
      ],
      ["weight edit → finished plan", ms(med(panes, "edit")), ms(med(empties, "edit")), ""],
    ],
  );
  process.stdout.write(`initial scripts: ${initial.join(", ")}\nweight edit measured ${how}\n`);
  if (initialGzip > LIMIT_BYTES) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
