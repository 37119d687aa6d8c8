#!/usr/bin/env node
// Checks a production build before it is deployed (run by `npm run build`, and by the build test):
// the built manifest passes the offline manifest validation (scripts/validate-manifest.js), no
// served file names `localhost` or the build machine's checkout path, and the JavaScript the task
// pane loads first (the scripts taskpane.html names) is at most 250 KB gzip (zlib's default level). dist/node (the CLI, not
// deployed) is skipped, and so is office-js/ (Microsoft's own code, which names its internal
// http://document.localhost scheme) when a build carries the local office.js copy.
// Usage: node scripts/check-build.js [dist]
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { spawnSync } = require("node:child_process");

const repo = path.resolve(__dirname, "..");
/** Folders of dist/ that are not the deployed add-in (or are Microsoft's unmodified code). */
const SKIPPED = new Set(["node", "office-js"]);

/** Every file under dir, relative to it, except the skipped top-level folders. */
function servedFiles(dir, prefix = "") {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory())
      return prefix === "" && SKIPPED.has(entry.name) ? [] : servedFiles(dir, relative);
    return [relative];
  });
}

/** Most bytes (gzip) of the JavaScript the task pane loads before anything else. */
const INITIAL_JS_LIMIT = 250 * 1000;

/** The local scripts an HTML page of the build loads, with their gzip sizes. */
function initialScripts(dir, page = "taskpane.html") {
  const html = fs.readFileSync(path.join(dir, page), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src))
    .map((file) => ({ file, gzip: zlib.gzipSync(fs.readFileSync(path.join(dir, file))).length }));
}

/** Problems: the task pane's first scripts weigh more than the limit (gzip). */
function checkInitialSize(dir, limit = INITIAL_JS_LIMIT) {
  const scripts = initialScripts(dir);
  const total = scripts.reduce((n, s) => n + s.gzip, 0);
  return total > limit
    ? [
        `taskpane.html loads ${total} bytes of JavaScript (gzip) at start, over the ${limit} limit: ${scripts.map((s) => s.file).join(", ")}`,
      ]
    : [];
}

/** Problems: files that name localhost or the checkout path. */
function findLeaks(dir, checkoutPath = repo) {
  const problems = [];
  for (const file of servedFiles(dir)) {
    const text = fs.readFileSync(path.join(dir, file), "latin1");
    if (/localhost/i.test(text)) problems.push(`${file}: names localhost`);
    if (text.includes(checkoutPath)) problems.push(`${file}: names the build machine's path ${checkoutPath}`);
  }
  return problems;
}

function main() {
  const dir = path.resolve(process.argv[2] ?? path.join(repo, "dist"));
  const manifest = path.join(dir, "manifest.xml");
  const validation = spawnSync(process.execPath, [path.join(__dirname, "validate-manifest.js"), manifest], {
    encoding: "utf8",
  });
  process.stdout.write(validation.stdout);
  process.stderr.write(validation.stderr);
  const leaks = [...findLeaks(dir), ...checkInitialSize(dir)];
  for (const leak of leaks) console.error(`check-build: ${leak}`);
  if (validation.status !== 0 || leaks.length > 0) process.exit(1);
  const initial = initialScripts(dir).reduce((n, s) => n + s.gzip, 0);
  console.log(
    `check-build: ${servedFiles(dir).length} files in ${dir}, none names localhost or ${repo}; ` +
      `the pane's first scripts: ${initial} bytes gzip (limit ${INITIAL_JS_LIMIT})`,
  );
}

if (require.main === module) main();

module.exports = { findLeaks, servedFiles, initialScripts, checkInitialSize, INITIAL_JS_LIMIT };
