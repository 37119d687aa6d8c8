// Where npm start keeps the dev server's pid and log (.run/, git-ignored), shared with npm stop.
const fs = require("node:fs");
const path = require("node:path");

const RUN_DIR = path.join(__dirname, "..", "..", ".run");
const PID_FILE = path.join(RUN_DIR, "dev-server.pid");
const LOG_FILE = path.join(RUN_DIR, "dev-server.log");

/** The pid in the pid file when that process is still alive, else null. */
function runningPid() {
  if (!fs.existsSync(PID_FILE)) return null;
  const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

module.exports = { RUN_DIR, PID_FILE, LOG_FILE, runningPid };
