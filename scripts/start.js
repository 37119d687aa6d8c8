#!/usr/bin/env node
// npm start: launches the dev server in the background (pid in .run/dev-server.pid, log in
// .run/dev-server.log), waits until the task pane answers, then prints the URLs and how to
// sideload the manifest. `npm stop` ends it. See docs/sideloading.md.
const fs = require("node:fs");
const https = require("node:https");
const path = require("node:path");
const { spawn } = require("node:child_process");
const packageJson = require("../package.json");
const { RUN_DIR, PID_FILE, LOG_FILE, runningPid } = require("./lib/runState");

const port = Number(process.env.npm_package_config_dev_server_port || packageJson.config.dev_server_port);
const taskpaneUrl = `https://localhost:${port}/taskpane.html`;
const START_TIMEOUT_MS = 180_000;

/** Resolves true when the task pane answers 200 (the self-signed certificate is accepted here). */
function answers(url) {
  return new Promise((resolve) => {
    const request = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.on("timeout", () => request.destroy());
  });
}

async function waitUntilServing(child) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the dev server exited (code ${child.exitCode}); see ${LOG_FILE}`);
    if (await answers(taskpaneUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the dev server did not answer within ${START_TIMEOUT_MS / 1000} s; see ${LOG_FILE}`);
}

function printHints() {
  const manifest = path.join(__dirname, "..", "manifest.xml");
  console.log(`Task pane:   ${taskpaneUrl}`);
  // The dev server logs where the demo SharePoint (Graph) answers; repeat those lines here.
  const log = fs.existsSync(LOG_FILE) ? fs.readFileSync(LOG_FILE, "utf8").split("\n") : [];
  for (const line of log.filter((l) => /^(Demo SharePoint|Task pane on Graph)/.test(l))) console.log(line);
  console.log(`Manifest:    ${manifest}`);
  console.log("Sideload (docs/sideloading.md):");
  console.log(
    "  Excel on the web: Home > Add-ins > More add-ins > My add-ins > Upload My Add-in > manifest.xml",
  );
  console.log(
    "  Excel/Project on Windows: put manifest.xml in a shared-folder catalog, then Home > Add-ins > More Add-ins > Shared Folder",
  );
  console.log(
    "  Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
  );
  console.log("  Trust the certificate .certs/localhost.crt first, or the task pane stays blank.");
  console.log("Stop with: npm stop");
}

async function main() {
  const existing = runningPid();
  if (existing !== null) {
    console.log(`The dev server is already running (pid ${existing}).`);
    printHints();
    return;
  }
  fs.mkdirSync(RUN_DIR, { recursive: true });
  const log = fs.openSync(LOG_FILE, "w");
  const child = spawn(process.execPath, [path.join(__dirname, "dev-server.js")], {
    detached: true,
    stdio: ["ignore", log, log],
  });
  fs.writeFileSync(PID_FILE, String(child.pid));
  try {
    await waitUntilServing(child);
  } catch (error) {
    if (child.exitCode === null) process.kill(child.pid, "SIGTERM");
    fs.rmSync(PID_FILE, { force: true });
    throw error;
  }
  child.unref();
  console.log(`Dev server running (pid ${child.pid}, log ${path.relative(process.cwd(), LOG_FILE)}).`);
  printHints();
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
