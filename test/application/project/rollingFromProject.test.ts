/**
 * Re-planning with the progress read from MS Project: a phase that finished two weeks late in
 * Project moves what follows it, the past stays as it happened, the lead is kept — where the
 * as-planned re-plan (no progress read) keeps the original dates.
 */
import { runPlan } from "../../../src/application/runPlan";
import { rollingFromProject } from "../../../src/application/project/rollingFromProject";
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { addDays } from "../../../src/domain/time/isoDate";
import type { ProgressRecord } from "../../../src/domain/projectPlan/taskSync";

describe("rollingFromProject", () => {
  it("moves a need whose phase finished late in Project and keeps its past and its lead", async () => {
    const input = generateDemoTenant();
    const solver = await createHighsSolver();
    const first = await runPlan(input, { includeSecurityGraded: false, solver });
    const need = [...first.schedule.scheduled].sort((a, b) => (a.start < b.start ? -1 : 1))[0];
    if (!need) throw new Error("nothing scheduled");
    const [prep, next] = need.phases;
    if (!prep || !next) throw new Error("the need has fewer than two phases");
    const lateFinish = addDays(prep.finish, 14);
    const asOf = addDays(lateFinish, 1);
    const progress: ProgressRecord[] = [
      {
        key: `${need.needId}|${prep.phase}`,
        needId: need.needId,
        phase: prep.phase,
        percentComplete: 100,
        actualStart: prep.start,
        actualFinish: lateFinish,
      },
      { key: `${need.needId}|${next.phase}`, needId: need.needId, phase: next.phase, percentComplete: 0 },
    ];

    const rolling = rollingFromProject(first, progress, asOf);
    expect(rolling.actual).toEqual([
      expect.objectContaining({
        needId: need.needId,
        leadId: need.leadId,
        finished: [{ phase: prep.phase, start: prep.start, finish: lateFinish }],
      }),
    ]);
    const replanned = await runPlan(input, { includeSecurityGraded: false, solver, rolling });
    const after = replanned.schedule.scheduled.find((s) => s.needId === need.needId);
    expect(after?.leadId).toBe(need.leadId);
    expect(after?.phases[0]).toMatchObject({ phase: prep.phase, start: prep.start, finish: lateFinish });
    expect(after?.phases[1]?.start && after.phases[1].start > lateFinish).toBe(true);
    expect(replanned.schedule.diff?.moved.map((m) => m.needId)).toContain(need.needId);
    // The unit hears that the work is under way, in the phase running on the re-planning date.
    const feedback = replanned.decisions.find((d) => d.needId === need.needId)?.feedback ?? "";
    expect(feedback).toMatch(/Arbeidet er i gang: «[^»]+» pågår per \d{2}\.\d{2}\.\d{4}\./);

    // Without the progress read from Project, the same date keeps the need as planned.
    const asPlanned = await runPlan(input, {
      includeSecurityGraded: false,
      solver,
      rolling: { previous: first.schedule.scheduled, asOf },
    });
    const kept = asPlanned.schedule.scheduled.find((s) => s.needId === need.needId);
    expect(kept?.phases[0]?.finish).toBe(prep.finish);
  }, 120_000);
});
