// Tests of the Project pane's use cases against an in-memory project that behaves like Project with
// given regional settings: what is updated, what is left alone, per-task failures, missing and
// orphaned tasks, the progress read back, the date format found and confirmed for both day-month
// orders (and refused when it cannot be), and % complete falling back to the actual dates.
import { buildProjectPlan } from "../../../src/domain/projectPlan/buildProjectPlan";
import { readProjectProgress, syncProjectTasks } from "../../../src/application/project/syncProjectTasks";
import { projectPlanLabels } from "../../../src/i18n/projectMessages";
import { everyKindOfNeedPlan } from "../../builders/projectPlanFixtures";
import { FakeProject, type FakeProjectOptions } from "../../builders/fakeProjectTaskPort";

const plan = buildProjectPlan(everyKindOfNeedPlan(), {
  redaction: { includeSecurityGraded: false },
  labels: projectPlanLabels("nb", 2027),
});

/** A fake project holding every task of the plan except `leaveOut`, plus a task of the planner's own. */
function projectFromPlan(leaveOut: readonly string[] = [], options: FakeProjectOptions = {}): FakeProject {
  const project = new FakeProject(options);
  project.add("");
  for (const t of plan.tasks) if (!leaveOut.includes(t.key)) project.addPlanTask(t);
  return project;
}

/** The writes of the run, without the date format check (the first task's unchanged date). */
const planWrites = (project: FakeProject, key: string) => {
  const task = project.byKey(key);
  return task.written.slice(task === firstDateTask(project) ? 1 : 0);
};
const firstDateTask = (project: FakeProject) => {
  const first = project.calls.find((c) => c.startsWith("write "))?.split(" ")[1];
  return project.tasks.find((t) => t.taskId === first);
};

describe("syncProjectTasks", () => {
  it("updates every need and phase, leaves summaries, and reports per task", async () => {
    const project = projectFromPlan();
    const steps: string[] = [];
    const report = await syncProjectTasks(plan, project, (stage, done, total) =>
      steps.push(`${stage} ${done}/${total}`),
    );
    const needs = plan.tasks.filter((t) => t.kind === "need").length;
    const phases = plan.tasks.filter((t) => t.kind === "phase").length;
    expect(report.counts).toEqual({
      updated: needs + phases,
      unchanged: 4,
      failed: 0,
      missing: 0,
      orphan: 0,
    });
    const prep = project.byKey("ap:phase:N-001:preparation");
    expect(planWrites(project, prep.key).map((w) => w.field)).toEqual(["start", "finish", "priority"]);
    expect(planWrites(project, prep.key)[0]).toEqual({ field: "start", date: "2027-01-18" });
    expect(prep.sent.at(-3)).toBe("start=18.01.2027 08:00");
    expect(report.notices).toEqual([
      { key: "dateFormat.detected", severity: "info", params: { pattern: "dd.mm.yyyy hh:mm" } },
    ]);
    expect(project.byKey("ap:category:ikt").written).toEqual([]);
    expect(report.progress).toHaveLength(needs + phases);
    expect(steps[steps.length - 1]).toBe(`tasks ${plan.tasks.length}/${plan.tasks.length}`);
  });

  it("reads progress before writing and respects it", async () => {
    const project = projectFromPlan();
    project.byKey("ap:phase:N-001:preparation").progress = {
      percentComplete: 100,
      actualStart: "2027-01-18",
      actualFinish: "2027-02-26",
    };
    project.byKey("ap:phase:N-001:market-dialogue").progress = {
      percentComplete: 30,
      actualStart: "2027-03-04",
    };
    const report = await syncProjectTasks(plan, project);
    expect(project.byKey("ap:phase:N-001:preparation").written).toEqual([]);
    expect(planWrites(project, "ap:phase:N-001:market-dialogue").map((w) => w.field)).toEqual([
      "finish",
      "priority",
    ]);
    const guid = project.byKey("ap:phase:N-001:market-dialogue").taskId;
    expect(project.calls.indexOf(`progress ${guid}`)).toBeLessThan(
      project.calls.indexOf(`write ${guid} finish`),
    );
    expect(report.results.find((r) => r.key === "ap:phase:N-001:preparation")?.status).toBe("unchanged");
    expect(report.needs.find((n) => n.needId === "N-001")).toMatchObject({
      status: "in-progress",
      actualStart: "2027-01-18",
    });
  });

  it("reports a failed write for its task and goes on with the next task", async () => {
    const project = projectFromPlan();
    const bad = project.byKey("ap:phase:N-002:evaluation");
    project.failures.set(`${bad.taskId}/finish`, "Internal Error");
    const unreadable = project.byKey("ap:phase:N-003:signature");
    project.failures.set(`${unreadable.taskId}/progress`, "Not available");
    const report = await syncProjectTasks(plan, project);
    expect(report.counts.failed).toBe(2);
    expect(report.results.find((r) => r.key === bad.key)).toMatchObject({
      status: "failed",
      written: ["start"],
      failure: { step: "finish", message: "Internal Error" },
    });
    expect(bad.written.map((w) => w.field)).toEqual(["start"]);
    expect(report.results.find((r) => r.key === unreadable.key)?.failure).toEqual({
      step: "progress",
      message: "Not available",
    });
    expect(unreadable.written).toEqual([]);
    expect(project.byKey("ap:phase:N-002:award-standstill").written).toHaveLength(3);
  });

  it("lists plan tasks missing in Project and our tasks no longer in the plan", async () => {
    const project = projectFromPlan(["ap:need:N-004", "ap:phase:N-004:preparation"]);
    project.add("ap:need:N-OLD");
    project.unreadableIndexes.add(0);
    const report = await syncProjectTasks(plan, project);
    expect(report.results.filter((r) => r.status === "missing").map((r) => r.key)).toEqual([
      "ap:need:N-004",
      "ap:phase:N-004:preparation",
    ]);
    expect(report.results.filter((r) => r.status === "orphan").map((r) => r.key)).toEqual(["ap:need:N-OLD"]);
    expect(report.unreadable).toEqual([{ index: 0, message: "Internal Error" }]);
  });
});

describe("readProjectProgress", () => {
  it("reads needs and phases only and writes nothing", async () => {
    const project = projectFromPlan();
    project.byKey("ap:phase:N-005:signature").progress = {
      percentComplete: 100,
      actualStart: "2028-02-01",
      actualFinish: "2028-02-11",
    };
    const report = await readProjectProgress(plan, project);
    expect(project.calls.some((c) => c.startsWith("write"))).toBe(false);
    expect(report.progress.map((p) => p.key)).toEqual(
      plan.tasks.filter((t) => t.kind === "need" || t.kind === "phase").map((t) => t.key),
    );
    expect(report.needs.find((n) => n.needId === "N-005")).toMatchObject({
      contractSigned: "2028-02-11",
      status: "in-progress",
    });
    expect(report.counts.failed).toBe(0);
  });
});
