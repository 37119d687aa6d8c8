#!/usr/bin/env node
// Checks a production build before it is deployed (run by `npm run build`, and by the build test):
// the built manifest passes the offline manifest validation (scripts/validate-manifest.js), and no
// served file names `localhost` or the build machine's checkout path. dist/node (the CLI, not
// deployed) is skipped, and so is office-js/ (Microsoft's own code, which names its internal
// http://document.localhost scheme) when a build carries the local office.js copy.
// Usage: node scripts/check-build.js [dist]
const fs = require("node:fs");
const path = require("node:path");
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
  const leaks = findLeaks(dir);
  for (const leak of leaks) console.error(`check-build: ${leak}`);
  if (validation.status !== 0 || leaks.length > 0) process.exit(1);
  console.log(`check-build: ${servedFiles(dir).length} files in ${dir}, none names localhost or ${repo}`);
}

if (require.main === module) main();

module.exports = { findLeaks, servedFiles };
