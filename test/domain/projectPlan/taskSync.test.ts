// Tests of the pure sync decisions: matching Project's tasks to the plan, the writes per task and
// progress state, and the per-need progress summary.
import { buildProjectPlan } from "../../../src/domain/projectPlan/buildProjectPlan";
import type { PlanTask } from "../../../src/domain/projectPlan/projectPlanTypes";
import { matchTasks, projectNeedProgress, plannedWrites } from "../../../src/domain/projectPlan/taskSync";
import { projectPlanLabels } from "../../../src/i18n/projectMessages";
import { everyKindOfNeedPlan } from "../../builders/projectPlanFixtures";

const plan = buildProjectPlan(everyKindOfNeedPlan(), {
  redaction: { includeSecurityGraded: false },
  labels: projectPlanLabels("nb", 2027),
});
const byKey = (key: string) => plan.tasks.find((t) => t.key === key) as PlanTask;

describe("matchTasks", () => {
  it("matches by plan key and sorts out missing, orphaned, duplicated and foreign tasks", () => {
    const found = [
      { taskId: "g-0", key: "ap:project" },
      { taskId: "g-1", key: " ap:need:N-001 " },
      { taskId: "g-2", key: "ap:phase:N-001:preparation" },
      { taskId: "g-3", key: "ap:need:N-001" },
      { taskId: "g-4", key: "ap:need:N-777" },
      { taskId: "g-5", key: "" },
      { taskId: "g-6", key: "Planleggerens egen merknad" },
    ];
    const match = matchTasks(plan, found);
    expect(match.matched.map((m) => [m.task.key, m.taskId])).toEqual([
      ["ap:project", "g-0"],
      ["ap:need:N-001", "g-1"],
      ["ap:phase:N-001:preparation", "g-2"],
    ]);
    expect(match.duplicates.map((f) => f.taskId)).toEqual(["g-3"]);
    expect(match.orphans.map((f) => f.taskId)).toEqual(["g-4"]);
    expect(match.missing).toHaveLength(plan.tasks.length - 3);
  });
});

describe("plannedWrites", () => {
  const phase = byKey("ap:phase:N-001:tender-period");
  it("moves a phase that has not started: start, finish, priority (no duration: the dates fix it)", () => {
    expect(plannedWrites(phase, { percentComplete: 0 })).toEqual([
      { field: "start", date: phase.start },
      { field: "finish", date: phase.finish },
      { field: "priority", priority: phase.priority },
    ]);
  });
  it("keeps the actual start of a phase in progress and leaves completed phases alone", () => {
    expect(
      plannedWrites(phase, { percentComplete: 40, actualStart: "2027-05-20" }).map((w) => w.field),
    ).toEqual(["finish", "priority"]);
    expect(
      plannedWrites(phase, { percentComplete: 0, actualStart: "2027-05-20" }).map((w) => w.field),
    ).toEqual(["finish", "priority"]);
    expect(plannedWrites(phase, { percentComplete: 100 })).toEqual([]);
  });
  it("writes deadline, priority and notes on needs, nothing on summaries above them", () => {
    const need = byKey("ap:need:N-002");
    expect(plannedWrites(need, { percentComplete: 10 })).toEqual([
      { field: "deadline", date: "2027-06-30" },
      { field: "priority", priority: need.priority },
      { field: "notes", text: need.notes },
    ]);
    expect(plannedWrites(byKey("ap:need:N-001"), undefined).map((w) => w.field)).toEqual([
      "priority",
      "notes",
    ]);
    expect(plannedWrites(byKey("ap:category:ikt"), undefined)).toEqual([]);
    expect(plannedWrites(byKey("ap:project"), undefined)).toEqual([]);
  });
});

describe("projectNeedProgress", () => {
  it("sums up phases by working days, takes the earliest actual start and the signature date", () => {
    const prep = byKey("ap:phase:N-001:preparation");
    const dialog = byKey("ap:phase:N-001:market-dialogue");
    const [n1] = projectNeedProgress(plan, [
      {
        key: prep.key,
        needId: "N-001",
        phase: "preparation",
        percentComplete: 100,
        actualStart: "2027-01-19",
        actualFinish: "2027-02-26",
      },
      {
        key: dialog.key,
        needId: "N-001",
        phase: "market-dialogue",
        percentComplete: 50,
        actualStart: "2027-03-04",
      },
    ]);
    const expected = Math.round(
      (prep.workingDays * 100 + dialog.workingDays * 50) / (prep.workingDays + dialog.workingDays),
    );
    expect(n1).toEqual({
      needId: "N-001",
      status: "in-progress",
      percentComplete: expected,
      actualStart: "2027-01-19",
    });
  });

  it("prefers the need task's own value and reports completion and signature", () => {
    const records = ["signature", "implementation"].map((phase) => ({
      key: `ap:phase:N-003:${phase}`,
      needId: "N-003",
      phase: phase as "signature",
      percentComplete: 100,
      actualStart: "2027-05-03",
      actualFinish: phase === "signature" ? "2027-05-07" : "2027-06-01",
    }));
    const [n3] = projectNeedProgress(plan, [
      { key: "ap:need:N-003", needId: "N-003", percentComplete: 100 },
      ...records,
    ]);
    expect(n3).toEqual({
      needId: "N-003",
      status: "completed",
      percentComplete: 100,
      actualStart: "2027-05-03",
      actualFinish: "2027-06-01",
      contractSigned: "2027-05-07",
    });
    const [n4] = projectNeedProgress(plan, [{ key: "ap:need:N-004", needId: "N-004", percentComplete: 0 }]);
    expect(n4?.status).toBe("not-started");
  });
});
