// The insight through the CLI: `insight` prints the wheel and the analyses for a given date in both
// languages; `plan` writes plan.json with the insight, valid against the schema and redacted.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkAgainstSchema } from "../../src/adapters/node/jsonSchemas";
import type { PlanResult } from "../../src/application/planResult";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "anskaffelsesplan-insight-"));

describe("insight CLI", () => {
  it("insight --demo --as-of prints the wheel's stage and days left and the analyses", async () => {
    const r = await runCli("insight", "--demo", "--as-of", "20.11.2026");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Årshjulet for planåret 2027, per 20.11.2026");
    expect(r.out).toContain("Neste frist: Analyse og prioritering sentralt 01.01.2027 (om 42 dager).");
    expect(r.out).toMatch(/Avtaleutløp \(KAV\): \d+ av 890 avtaler .* 0 uten behov eller forslag\./);
    expect(r.out).toMatch(/Forslag om nye rammeavtaler .*: \d+\./);
    expect(r.out).toMatch(/Felles anskaffelser: \d+ forslag fra flere enheter/);
    expect(r.out).toMatch(/Hurtigleveranser \(SLA 60 dager fra mottak\): 24 behov; 0 levert/);
    // The planted wheel cases: one unit silent, four late submissions.
    expect(r.out).toContain("Enheter som har meldt inn: 20 av 21.");
    expect(r.out).toContain("Ikke meldt inn: Finnmark politidistrikt.");
    expect(r.out).toContain("Sene innmeldinger (mottatt etter 01.11.2026): 4.");
    // At the year's end every fast-track need is delivered; the share within the SLA is reported.
    const year = await runCli("insight", "--demo", "--as-of", "31.12.2027");
    expect(year.out).toMatch(
      /Hurtigleveranser \(SLA 60 dager fra mottak\): 24 behov; 24 levert, \d+ innen SLA \(\d+,\d %\)/,
    );
    const en = await runCli("--lang", "en", "insight", "--demo", "--as-of", "2027-01-20");
    expect(en.out).toContain(
      "The annual wheel of plan year 2027, as of 20/01/2027: approved – information out",
    );
    expect(en.out).toContain("Next deadline: Information out 31/01/2027 (in 11 days).");
  });

  it("refuses a date that is not one, naming the value", async () => {
    const r = await runCli("insight", "--demo", "--as-of", "31.02.2027");
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('"31.02.2027" is not a date');
  });

  it("plan --demo --as-of --documents writes plan.json with the insight, valid and redacted, and the documents", async () => {
    const out = join(dir, "plan");
    const r = await runCli("plan", "--demo", "--out", out, "--as-of", "2026-11-20", "--documents");
    expect(r.code).toBe(0);
    const docs = readdirSync(join(out, "documents")).sort();
    expect(docs).toHaveLength(22);
    expect(docs).toContain("anskaffelsesplan-2027-oslo.docx");
    expect(docs).toContain("anskaffelsesplan-2027-oversikt.docx");
    const plan = JSON.parse(readFileSync(join(out, "plan.json"), "utf8")) as PlanResult;
    expect(checkAgainstSchema("plan", plan)).toEqual([]);
    const insight = plan.insight;
    if (!insight) throw new Error("plan.json has no insight");
    expect(insight.asOf).toBe("2026-11-20");
    expect(insight.wheel.stage).toBe("localSubmission");
    expect(insight.expiry.counts.uncovered).toBe(0);
    expect(insight.fastTrack.items).toHaveLength(24);
    const graded = new Set(plan.needs.filter((n) => n.need?.securityGraded).map((n) => n.id));
    const covering = insight.expiry.contracts.flatMap((c) => c.coveredBy);
    expect(covering.filter((id) => graded.has(id))).toEqual([]);
    expect(covering.filter((id) => id === "[SKJERMET]").length).toBeGreaterThan(0);
    for (const c of insight.expiry.contracts) {
      expect(c.coveredBy.length > 0 !== (c.suggestion !== undefined)).toBe(true);
    }
  });

  it("insight decide records a decision in the plan-year record, and plan --store takes it in", async () => {
    const store = join(dir, "store");
    const user = ["--store", store, "--user", "kat@politiet.no", "--year", "2027"];
    expect((await runCli("year", "init", ...user)).code).toBe(0);
    const refused = await runCli(
      "insight",
      "decide",
      ...user,
      "--suggestion",
      "FORSLAG-KAV-10113",
      "--dismiss",
    );
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("Forslag FORSLAG-KAV-10113, felt reason:");
    const noNeeds = await runCli(
      "--lang",
      "en",
      "insight",
      "decide",
      ...user,
      "--suggestion",
      "FELLES-001",
      "--accept",
    );
    expect(noNeeds.err).toContain("Suggestion FELLES-001, field needIds:");
    const ok = await runCli(
      "insight",
      "decide",
      ...user,
      "--suggestion",
      "FORSLAG-KAV-10113",
      "--dismiss",
      "--reason",
      "Behovet bortfaller",
    );
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("FORSLAG-KAV-10113 avvist.");
    const record = JSON.parse(
      readFileSync(join(store, "Anskaffelsesplan", "2027", "plan-year.json"), "utf8"),
    ) as {
      suggestionDecisions: Record<string, { action: string; reason: string; stamp: { by: string } }>;
    };
    expect(record.suggestionDecisions["FORSLAG-KAV-10113"]).toMatchObject({
      action: "dismissed",
      reason: "Behovet bortfaller",
      stamp: { by: "kat@politiet.no" },
    });
    const out = join(dir, "decided");
    const planned = await runCli("plan", ...user, "--demo", "--out", out, "--as-of", "2026-11-20");
    expect(planned.code).toBe(0);
    const plan = JSON.parse(readFileSync(join(out, "plan.json"), "utf8")) as PlanResult;
    const suggestion = plan.insight?.expiry.contracts.find((c) => c.contractId === "KAV-10113")?.suggestion;
    expect(suggestion).toMatchObject({ status: "dismissed", dismissReason: "Behovet bortfaller" });
  });
});
