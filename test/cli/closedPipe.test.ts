// `validate --input big.json | head -1`: the reader closes the pipe after one line; the compiled CLI
// must end quietly (exit 0, nothing on stderr, no EPIPE stack trace) — on stdout and on stderr.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serialisePlanInput } from "../../src/adapters/node/planInputFile";
import { generateDemoTenant } from "../../src/demo/demoTenant";

const BIN = resolve(__dirname, "..", "..", "bin", "anskaffelsesplan.js");

/** Runs the CLI, closes `closed` after its first line; the exit code and what the other stream got. */
function runAndClose(
  args: readonly string[],
  closed: "stdout" | "stderr",
): Promise<{ code: number | null; other: string; first: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const early = child[closed];
    const other = closed === "stdout" ? child.stderr : child.stdout;
    let first = "";
    let otherText = "";
    other.on("data", (d: Buffer) => (otherText += d.toString()));
    early.on("data", (d: Buffer) => {
      if (first !== "") return;
      first = d.toString().split("\n")[0] ?? "";
      early.destroy();
    });
    child.on("close", (code) => done({ code, other: otherText, first }));
  });
}

describe("a reader that closes the pipe early", () => {
  const dir = mkdtempSync(join(tmpdir(), "anskaffelsesplan-pipe-"));
  const tenant = generateDemoTenant({ seed: 2027, planYear: 2027 });
  const big = join(dir, "big.json");
  const needs = Array.from({ length: 20000 }, (_, i) => ({
    id: `X-${i}`,
    title: "t",
    estimatedValue: "abc",
  }));
  writeFileSync(big, serialisePlanInput({ ...tenant, needs }));

  it("on stdout: validate ends quietly with exit code 0", async () => {
    const r = await runAndClose(["validate", "--input", big], "stdout");
    expect(r.first).toMatch(/^Mottatt 20000 behov/);
    expect(r.other).toBe("");
    expect(r.code).toBe(0);
  });

  it("on stderr: an unusable file's message ends quietly too", async () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{");
    const r = await runAndClose(["validate", "--input", broken], "stderr");
    expect(r.first).toMatch(/^Kan ikke bruke inndata/);
    expect(r.code).toBe(2);
  });
});
