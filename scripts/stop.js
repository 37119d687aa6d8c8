#!/usr/bin/env node
// npm stop: ends the dev server that npm start launched (pid from .run/dev-server.pid).
const fs = require("node:fs");
const { PID_FILE, runningPid } = require("./lib/runState");

const pid = runningPid();
if (pid === null) {
  console.log("No dev server started by npm start is running.");
} else {
  process.kill(pid, "SIGTERM");
  console.log(`Stopped the dev server (pid ${pid}).`);
}
fs.rmSync(PID_FILE, { force: true });
