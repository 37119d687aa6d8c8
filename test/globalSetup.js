// Jest global set-up: a fresh folder for the run's one shared build of the task pane, named to the
// workers in ANSKAFFELSESPLAN_PANE_BUILD (test/support/paneBuild.ts builds into it on first use, so a
// run without browser tests builds nothing). test/globalTeardown.js removes it.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

/** Creates the run's build folder and names it in the environment the workers inherit. */
module.exports = function globalSetup() {
  process.env.ANSKAFFELSESPLAN_PANE_BUILD = fs.mkdtempSync(path.join(os.tmpdir(), "pane-build-"));
};
