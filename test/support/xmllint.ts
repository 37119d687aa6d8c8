// Runs xmllint schema validation for tests: finds the shared MSPDI schema (env SHARED_DIR, else
// <repo>/../shared, else <repo>/../../shared for git worktrees) and fails clearly when xmllint is missing.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const REPO = resolve(__dirname, "..", "..");

/** Path of mspdi_pj15.xsd; throws naming the places looked at. */
export function mspdiSchemaPath(): string {
  const candidates = [
    ...(process.env["SHARED_DIR"] ? [process.env["SHARED_DIR"]] : []),
    join(REPO, "..", "shared"),
    join(REPO, "..", "..", "shared"),
  ].map((dir) => join(dir, "reference", "mspdi", "mspdi_pj15.xsd"));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`MSPDI schema not found; looked at ${candidates.join(", ")} (set SHARED_DIR)`);
  return found;
}

/** Validates XML text against the MSPDI schema; returns xmllint's status and messages. */
export function validateMspdi(xml: string): { ok: boolean; output: string } {
  const probe = spawnSync("xmllint", ["--version"]);
  if (probe.error) throw new Error("xmllint is not installed (Debian package libxml2-utils)");
  const dir = mkdtempSync(join(tmpdir(), "mspdi-"));
  const file = join(dir, "plan.xml");
  writeFileSync(file, xml, "utf8");
  try {
    execFileSync("xmllint", ["--noout", "--schema", mspdiSchemaPath(), file], { stdio: "pipe" });
    return { ok: true, output: "" };
  } catch (error) {
    const e = error as { stderr?: Buffer };
    return { ok: false, output: e.stderr?.toString() ?? String(error) };
  }
}
