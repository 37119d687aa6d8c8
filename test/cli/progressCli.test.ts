// End-to-end test of `plan --progress plan.xml --as-of DATE`: a Project XML written by our own
// writer is edited as a planner would in Project (one need 100 % done in every phase, one with its
// first phase done late and the next half done), checked against the MSPDI schema, and re-planned:
// the done need is completed with its actual dates, the started one continues with its past kept,
// and the CLI says what is completed, continuing and moved. Bad progress names the task and field.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./runCli";
import { checkAgainstSchema } from "../../src/adapters/node/jsonSchemas";
import type { PlanResult } from "../../src/application/planResult";
import { addDays } from "../../src/domain/time/isoDate";
import { validateMspdi } from "../support/xmllint";

const dir = mkdtempSync(join(tmpdir(), "anskaffelsesplan-progress-"));
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
const need = (id: string, value: string, neededBy: string) => ({
  ...scores,
  id,
  title: `Behov ${id}`,
  unit: "Oslo politidistrikt",
  area: "Materiell",
  category: "materiell",
  contractType: "Varer",
  deliveryTrack: "Basisleveranse",
  estimatedValue: value,
  neededBy,
});
const input = {
  config: { planYear: 2027 },
  needs: [
    need("N-1", "300 000,00", "01.04.2027"),
    need("N-2", "2 000 000,00", "01.09.2027"),
    need("N-3", "400 000,00", "01.10.2027"),
  ],
  people: [
    { id: "L1", name: "Lead 1", role: "lead", category: "materiell", availability: 1, absences: [] },
    { id: "L2", name: "Lead 2", role: "lead", category: "materiell", availability: 1, absences: [] },
    { id: "J1", name: "Lawyer", role: "lawyer", availability: 1, absences: [] },
  ],
};
const file = join(dir, "input.json");
writeFileSync(file, JSON.stringify(input));

/** Sets % complete and actual dates on the phase task with `key`, in MSPDI element order. */
function progress(xml: string, key: string, percent: number, actual: { start?: string; finish?: string }) {
  const at = xml.indexOf(`<Value>${key}</Value>`);
  if (at < 0) throw new Error(`no task ${key}`);
  const cut = xml.lastIndexOf("<ConstraintType>", at);
  const fields =
    `<PercentComplete>${percent}</PercentComplete>` +
    (actual.start ? `<ActualStart>${actual.start}T08:00:00</ActualStart>` : "") +
    (actual.finish ? `<ActualFinish>${actual.finish}T16:00:00</ActualFinish>` : "");
  return xml.slice(0, cut) + fields + xml.slice(cut);
}

describe("plan --progress FILE.xml --as-of DATE", () => {
  it("completes the need done in Project, continues the started one and reports both", async () => {
    const first = await runCli("plan", "--input", file, "--out", join(dir, "v1"));
    expect(first.code).toBe(0);
    const plan = JSON.parse(readFileSync(join(dir, "v1", "plan.json"), "utf8")) as PlanResult;
    const n1 = plan.schedule.scheduled.find((s) => s.needId === "N-1")!;
    const n2 = plan.schedule.scheduled.find((s) => s.needId === "N-2")!;
    const [prep2, next2] = n2.phases;
    let xml = readFileSync(join(dir, "v1", "plan.xml"), "utf8");
    for (const p of n1.phases) {
      xml = progress(xml, `ap:phase:N-1:${p.phase}`, 100, { start: p.start, finish: p.finish });
    }
    const lateFinish = addDays(prep2!.finish, 10);
    xml = progress(xml, `ap:phase:N-2:${prep2!.phase}`, 100, { start: prep2!.start, finish: lateFinish });
    xml = progress(xml, `ap:phase:N-2:${next2!.phase}`, 50, { start: addDays(lateFinish, 3) });
    expect(validateMspdi(xml)).toEqual({ ok: true, output: "" });
    const edited = join(dir, "edited.xml");
    writeFileSync(edited, xml);
    const asOf = addDays(lateFinish, 10) > n1.finish ? addDays(lateFinish, 10) : addDays(n1.finish, 1);

    const r = await runCli(
      "--lang",
      "en",
      "plan",
      "--input",
      file,
      "--out",
      join(dir, "v2"),
      "--progress",
      edited,
      "--as-of",
      asOf,
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const again = JSON.parse(readFileSync(join(dir, "v2", "plan.json"), "utf8")) as PlanResult;
    expect(checkAgainstSchema("plan", again)).toEqual([]);
    expect(again.schedule.scheduled.some((s) => s.needId === "N-1")).toBe(false);
    expect(again.schedule.completed).toEqual([
      expect.objectContaining({ needId: "N-1", start: n1.start, finish: n1.finish, leadId: n1.leadId }),
    ]);
    expect(again.schedule.metrics.lateCount).toBe(
      again.schedule.scheduled.filter((s) => s.daysLate > 0).length,
    );
    const n2again = again.schedule.scheduled.find((s) => s.needId === "N-2")!;
    expect(n2again.frozen).toBe(true);
    expect(n2again.leadId).toBe(n2.leadId);
    expect(n2again.phases[0]).toMatchObject({ start: prep2!.start, finish: lateFinish });
    expect(n2again.phases[1]).toMatchObject({ phase: next2!.phase, start: addDays(lateFinish, 3) });
    expect(n2again.phases.slice(2).every((p) => p.start > asOf)).toBe(true);
    expect(again.schedule.diff?.completed).toEqual(["N-1"]);
    // The unit hears that its need is done, with the actual dates.
    const decision = again.decisions.find((d) => d.needId === "N-1");
    expect(decision?.feedback).toContain("Anskaffelsen er gjennomført: kontrakt signert");
    expect(decision).toMatchObject({ plannedStart: n1.start, plannedFinish: n1.finish });
    expect(again.schedule.diff?.dropped).toEqual([]);
    expect(r.out).toMatch(/Rolling plan as of .*: 1 completed, 1 continuing, \d+ moved\./);
    expect(r.out).toContain("Completed: N-1");
    expect(r.out).toContain("Continuing: N-2");
    expect(r.out).toContain("1 need is completed (every phase done) and has left the plan.");
  }, 120_000);

  it("refuses --as-of without a source, and names the task and field of bad progress", async () => {
    const alone = await runCli("schedule", "--input", file, "--as-of", "2027-03-01");
    expect(alone.code).toBe(2);
    expect(alone.err).toContain("--progress");
    const xml = readFileSync(join(dir, "v1", "plan.xml"), "utf8");
    const bad = join(dir, "bad.xml");
    writeFileSync(bad, progress(xml, "ap:phase:N-3:preparation", 150, {}));
    const r = await runCli("schedule", "--input", file, "--progress", bad, "--as-of", "2027-03-01");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Task ap:phase:N-3:preparation \(UID \d+\): PercentComplete must be 0–100/);
  }, 120_000);
});
