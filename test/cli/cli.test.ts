// End-to-end tests of the CLI composition root: demo-data, validate and plan, in both languages.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./runCli";
import { checkAgainstSchema } from "../../src/adapters/node/jsonSchemas";
import type { PlanResult } from "../../src/application/planResult";

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), "anskaffelsesplan-cli-"));

describe("anskaffelsesplan CLI", () => {
  it("plan --demo writes a plan.json that validates and whose counts add up", async () => {
    const outDir = join(dir, "demo");
    const r = await run("plan", "--demo", "--out", outDir);
    expect(r.code).toBe(0);
    const plan = JSON.parse(readFileSync(join(outDir, "plan.json"), "utf8")) as PlanResult;
    expect(checkAgainstSchema("plan", plan)).toEqual([]);
    expect(plan.counts.received).toBe(plan.counts.accepted + plan.counts.rejected);
    expect(plan.needs).toHaveLength(plan.counts.received);
    expect(plan.counts.rejected).toBeGreaterThan(0);
    expect(plan.counts.accepted).toBeGreaterThan(400);
    expect(plan.redaction.redactedCount).toBeGreaterThan(0);
    const graded = plan.needs.filter((n) => n.need?.securityGraded);
    expect(graded.every((n) => n.redacted && n.need?.title.startsWith("[SKJERMET]"))).toBe(true);
    expect(r.out).toMatch(/Mottatt \d+ behov: \d+ godkjent, \d+ avvist/);
  });

  it("plan --include-graded shows graded needs in clear text", async () => {
    const outDir = join(dir, "graded");
    expect((await run("plan", "--demo", "--include-graded", "--out", outDir)).code).toBe(0);
    const plan = JSON.parse(readFileSync(join(outDir, "plan.json"), "utf8")) as PlanResult;
    expect(plan.redaction.redactedCount).toBe(0);
    expect(plan.needs.some((n) => n.need?.securityGraded && !n.need.title.startsWith("[SKJERMET]"))).toBe(
      true,
    );
  });

  it("demo-data writes an input file that validate and plan --input read", async () => {
    const outDir = join(dir, "data");
    expect((await run("demo-data", "--out", outDir, "--seed", "7")).code).toBe(0);
    const file = join(outDir, "demo-tenant.json");
    expect(checkAgainstSchema("plan-input", JSON.parse(readFileSync(file, "utf8")))).toEqual([]);
    const v = await run("--lang", "en", "validate", "--input", file);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/Received \d+ needs: \d+ accepted, \d+ rejected\./);
    expect(v.out).toContain("Rejected needs:");
    const p = await run("plan", "--input", file, "--out", join(dir, "from-file"));
    expect(p.code).toBe(0);
  });

  it("the same seed gives byte-identical demo data", async () => {
    await run("demo-data", "--out", join(dir, "a"), "--seed", "11");
    await run("demo-data", "--out", join(dir, "b"), "--seed", "11");
    expect(readFileSync(join(dir, "a", "demo-tenant.json"), "utf8")).toBe(
      readFileSync(join(dir, "b", "demo-tenant.json"), "utf8"),
    );
  });

  it("rejects unusable input with a clear message and exit code 2", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ config: { planYear: 2027 }, needs: [], people: [{ id: "p1" }] }));
    const r = await run("validate", "--input", bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain(bad);
    expect(r.err).toMatch(/\/people\/0/);
    const notJson = join(dir, "broken.json");
    writeFileSync(notJson, "{ not json");
    expect((await run("--lang", "en", "validate", "--input", notJson)).err).toMatch(/not valid JSON/);
    expect((await run("validate", "--input", join(dir, "missing.json"))).err).toMatch(/filen finnes ikke/);
  });

  it("asks for exactly one of --input and --demo", async () => {
    const r = await run("plan", "--out", join(dir, "none"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("--input");
  });

  it("rejects a bad record on its own and keeps the rest", async () => {
    const file = join(dir, "mixed.json");
    const good = {
      id: "N-1",
      title: "Patruljebiler",
      unit: "Oslo politidistrikt",
      area: "Materiell",
      category: "materiell",
      contractType: "Varer",
      estimatedValue: "1 500 000,00",
      deliveryTrack: "Basisleveranse",
    };
    writeFileSync(
      file,
      JSON.stringify({
        config: { planYear: 2027 },
        needs: [good, { ...good, id: "N-2", estimatedValue: "1,5,5" }],
      }),
    );
    const r = await run("validate", "--input", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Mottatt 2 behov: 1 godkjent, 1 avvist.");
    expect(r.out).toContain("N-2 (rad 2)");
  });
});
