/**
 * The task pane's development build, made once per Jest run and shared by every browser test file
 * (and every Jest worker): the first caller builds it with webpack into the folder test/globalSetup.js
 * names in PANE_BUILD_ENV, the others wait for it. Outside such a run (no folder named) each caller
 * builds its own copy. The build is the dev server's (development mode, office.js from the local
 * copy), written to disk instead of memory, without source maps.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Environment variable naming the run's shared build folder (set by test/globalSetup.js). */
export const PANE_BUILD_ENV = "ANSKAFFELSESPLAN_PANE_BUILD";

const repo = path.join(__dirname, "..", "..");
/** How often a waiting worker looks whether the build is done. */
const POLL_MS = 250;

/** A built pane: its folder, and a `release()` that removes the folder when the caller owns it. */
export interface PaneBuild {
  readonly dist: string;
  release(): void;
}

/** Runs webpack (development, no source maps) into `dist`; rejects with webpack's output on failure. */
function runWebpack(dist: string): Promise<void> {
  const args = [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development", "--no-devtool"];
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The dev server's target: localhost, office.js from the local copy, the package's version.
  for (const name of ["ADDIN_BASE_URL", "ADDIN_VERSION", "OFFICE_JS", "NODE_ENV"]) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args, "--output-path", dist], { cwd: repo, env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`webpack failed (exit ${code}):\n${output}`)),
    );
  });
}

/** Waits until another worker has finished the build in `root`; throws its failure. */
async function awaitBuild(root: string): Promise<void> {
  for (;;) {
    if (fs.existsSync(path.join(root, "done"))) return;
    const failed = path.join(root, "failed");
    if (fs.existsSync(failed)) throw new Error(fs.readFileSync(failed, "utf8"));
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Builds into `root`/dist unless another worker does (the `lock` folder is taken atomically). */
async function buildOnce(root: string): Promise<string> {
  const dist = path.join(root, "dist");
  try {
    fs.mkdirSync(path.join(root, "lock"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    await awaitBuild(root);
    return dist;
  }
  try {
    await runWebpack(dist);
    fs.writeFileSync(path.join(root, "done"), "");
  } catch (error) {
    fs.writeFileSync(path.join(root, "failed"), (error as Error).message);
    throw error;
  }
  return dist;
}

/** The run's shared pane build (built by the first caller), or a private one outside a Jest run. */
export async function paneBuild(): Promise<PaneBuild> {
  const shared = process.env[PANE_BUILD_ENV];
  if (shared) return { dist: await buildOnce(shared), release: () => undefined };
  const own = fs.mkdtempSync(path.join(os.tmpdir(), "pane-build-"));
  const release = () => fs.rmSync(own, { recursive: true, force: true });
  try {
    return { dist: await buildOnce(own), release };
  } catch (error) {
    release();
    throw error;
  }
}
