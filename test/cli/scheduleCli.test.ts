// End-to-end tests of the schedule stage through the CLI: plan.json's schedule section (schema,
// people, legal minimums from the input's scheduling config), the `schedule` summary and the
// rolling re-plan against a previous plan.json.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./runCli";
import { checkAgainstSchema } from "../../src/adapters/node/jsonSchemas";
import type { PlanResult } from "../../src/application/planResult";
import { runPlan } from "../../src/application/runPlan";
import { readPlanInputFile } from "../../src/adapters/node/planInputFile";
import { readPreviousPlan } from "../../src/adapters/node/previousPlanFile";

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), "anskaffelsesplan-schedule-"));
const scores = Object.fromEntries(
  [
    "operationalCriticality",
    "timeCriticality",
    "strategicAlignment",
    "economicBenefit",
    "supplyRisk",
    "reach",
    "maturity",
  ].map((c) => [`score_${c}`, "3"]),
);
const base = {
  ...scores,
  unit: "Oslo politidistrikt",
  area: "Materiell",
  category: "materiell",
  contractType: "Varer",
  deliveryTrack: "Basisleveranse",
};
const input = {
  config: {
    planYear: 2027,
    scheduling: { renewalBufferDays: 14, overrides: { "N-1": { phaseWeeks: { "tender-period": 1 } } } },
  },
  needs: [
    { ...base, id: "N-1", title: "Patruljebiler", estimatedValue: "5 000 000,00", neededBy: "01.03.2027" },
    { ...base, id: "N-2", title: "Hjelmer", estimatedValue: "200 000,00", dependsOn: "N-1" },
  ],
  people: [
    { id: "L1", name: "Lead", role: "lead", category: "materiell", availability: 1, absences: [] },
    { id: "J1", name: "Lawyer", role: "lawyer", availability: 0.5, absences: [] },
  ],
};
const file = join(dir, "input.json");
writeFileSync(file, JSON.stringify(input));

describe("schedule stage through the CLI", () => {
  it("plan writes a schedule section that validates, with people, phases and legal minimums", async () => {
    const r = await run("plan", "--input", file, "--out", join(dir, "out"));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const plan = JSON.parse(readFileSync(join(dir, "out", "plan.json"), "utf8")) as PlanResult;
    expect(checkAgainstSchema("plan", plan)).toEqual([]);
    const [first, second] = plan.schedule.scheduled;
    expect(first!.needId).toBe("N-1");
    expect(first!.leadId).toBe("L1");
    expect(first!.lawyerId).toBe("J1");
    expect(first!.adjustments).toEqual([
      { phase: "tender-period", requestedDays: 7, appliedDays: 30, reason: "legal-minimum" },
    ]);
    expect(first!.daysLate).toBeGreaterThan(0);
    expect(first!.delayedBy).toBe("plan-start");
    expect(second!.start > first!.finish).toBe(true);
    expect(plan.schedule.metrics.lateCount).toBe(1);
    expect(plan.schedule.prioritySource).toBe("prioritisation");
    expect(plan.schedule.holidays.some((h) => h.code === "good-friday")).toBe(true);
    expect(r.out).toContain("2 behov planlagt, 0 ikke planlagt.");
  });

  it("schedule prints the summary in the chosen language", async () => {
    const r = await run("--lang", "en", "schedule", "--input", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Schedule from 15/01/2027");
    expect(r.out).toContain("1 need is signed after their deadline");
    expect(r.out).toMatch(/N-1: \d+ days late \(01\/03\/2027\); Too little time/);
  });

  it("schedule asks for exactly one of --input and --demo", async () => {
    const r = await run("schedule");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--input");
  });
});

describe("rolling plan through the CLI", () => {
  it("re-plans against a previous plan.json with started work frozen and prints the diff", async () => {
    await run("plan", "--input", file, "--out", join(dir, "previous"));
    const previous = join(dir, "previous", "plan.json");
    const changed = join(dir, "changed.json");
    const extra = {
      ...base,
      id: "N-3",
      title: "Radioer",
      estimatedValue: "300 000,00",
      deliveryTrack: "Hurtigleveranse",
    };
    writeFileSync(changed, JSON.stringify({ ...input, needs: [...input.needs, extra] }));
    const r = await run(
      "--lang",
      "en",
      "schedule",
      "--input",
      changed,
      "--previous",
      previous,
      "--as-of",
      "2027-03-01",
    );
    expect(r.err).toBe("");
    expect(r.out).toContain("Schedule from 01/03/2027");
    expect(r.out).toMatch(/Against the previous plan: \d+ moved, 1 added, 0 dropped/);
    // The same re-plan through the plan result: schema-valid, with the started need frozen.
    const prior = await readPreviousPlan(previous);
    const result = await runPlan(await readPlanInputFile(changed), {
      includeSecurityGraded: false,
      rolling: { previous: prior.schedule.scheduled, asOf: "2027-03-01" },
    });
    expect(checkAgainstSchema("plan", JSON.parse(JSON.stringify(result)))).toEqual([]);
    const started = result.schedule.scheduled.find((s) => s.needId === "N-1")!;
    expect(started.frozen).toBe(true);
    expect(started.start).toBe(prior.schedule.scheduled.find((s) => s.needId === "N-1")!.start);
    expect(result.schedule.diff!.added).toEqual(["N-3"]);
  });

  it("wants --previous and --as-of together", async () => {
    const r = await run("schedule", "--input", file, "--as-of", "2027-03-01");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--previous");
    expect(r.err).toContain("--progress");
  });
});
