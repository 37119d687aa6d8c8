// Jest global tear-down: removes the run's shared task pane build (see test/globalSetup.js).
const fs = require("node:fs");

/** Removes the folder test/globalSetup.js made. */
module.exports = function globalTeardown() {
  const dir = process.env.ANSKAFFELSESPLAN_PANE_BUILD;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
};
