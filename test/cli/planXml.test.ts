// End-to-end test of plan.xml from the CLI: written next to plan.json, valid against the MSPDI
// schema, graded needs redacted, and the same UIDs when the previous plan.xml is passed back.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { readMspdi } from "../../src/adapters/mspdi/mspdiReader";
import type { PlanResult } from "../../src/application/planResult";
import { validateMspdi } from "../support/xmllint";

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "anskaffelsesplan", ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("anskaffelsesplan plan → plan.xml", () => {
  const dir = mkdtempSync(join(tmpdir(), "anskaffelsesplan-xml-"));

  it("writes a valid plan.xml with every scheduled need, graded ones redacted, and keeps UIDs", async () => {
    const first = join(dir, "v1");
    const r = await run("plan", "--demo", "--out", first);
    expect(r.code).toBe(0);
    expect(r.out).toContain(join(first, "plan.xml"));
    const xml = readFileSync(join(first, "plan.xml"), "utf8");
    expect(validateMspdi(xml)).toEqual({ ok: true, output: "" });
    const plan = JSON.parse(readFileSync(join(first, "plan.json"), "utf8")) as PlanResult;
    const read = readMspdi(xml);
    const needTasks = read.tasks.filter((t) => t.fields.key?.startsWith("ap:need:"));
    expect(needTasks.map((t) => t.fields.needId).sort()).toEqual(
      plan.schedule.scheduled.map((s) => s.needId).sort(),
    );
    const entries = new Map(plan.needs.map((n) => [n.id, n]));
    for (const t of needTasks) {
      const entry = entries.get(t.fields.needId ?? "");
      const expected = entry?.redacted ? `[SKJERMET] ${entry.id}` : `${entry?.id} – ${entry?.need?.title}`;
      expect(t.name).toBe(expected.length > 255 ? `${expected.slice(0, 254)}…` : expected);
    }

    const second = join(dir, "v2");
    expect(
      (await run("plan", "--demo", "--out", second, "--previous-xml", join(first, "plan.xml"))).code,
    ).toBe(0);
    const again = readMspdi(readFileSync(join(second, "plan.xml"), "utf8"));
    expect(again.tasks.map((t) => [t.fields.key, t.uid])).toEqual(
      read.tasks.map((t) => [t.fields.key, t.uid]),
    );
  });

  it("names a previous plan.xml it cannot read and writes nothing", async () => {
    const out = join(dir, "bad");
    const r = await run("plan", "--demo", "--out", out, "--previous-xml", join(dir, "missing.xml"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("missing.xml");
    expect(r.err).toContain("filen kan ikke leses: filen finnes ikke");
  });
});
