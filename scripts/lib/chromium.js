// Where Debian's Chromium lives and the flags that let it run headless here and in CI
// (no sandbox, no GPU, no background network traffic). Shared by make-icons and the browser test.
const fs = require("node:fs");

/** Path of Debian's Chromium binary (package `chromium`). */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Launch flags for headless Chromium without sandbox, GPU or background networking. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Throws a clear error when Chromium is not installed. */
function assertChromiumInstalled() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
}

module.exports = { CHROMIUM_PATH, CHROMIUM_ARGS, assertChromiumInstalled };
