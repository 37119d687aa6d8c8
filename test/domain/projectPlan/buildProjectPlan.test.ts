// Tests of the Project plan builder: outline, order, redaction, links, deadlines, priorities,
// assignments, stable UIDs across versions and errors that name the item and the field.
import { buildProjectPlan, priorityForPosition } from "../../../src/domain/projectPlan/buildProjectPlan";
import type { PlanTask, ProjectPlanInput } from "../../../src/domain/projectPlan/projectPlanTypes";
import {
  makeProjectCalendar,
  startAfterLag,
  workingDaysInRange,
} from "../../../src/domain/projectPlan/projectCalendar";
import { projectPlanLabels } from "../../../src/i18n/projectMessages";
import {
  aNeed,
  aRankedNeed,
  aScheduledNeed,
  everyKindOfNeedPlan,
  HOLIDAYS_2027,
  OPEN_PHASES,
} from "../../builders/projectPlanFixtures";

const labels = projectPlanLabels("nb", 2027);
const hidden = { redaction: { includeSecurityGraded: false }, labels };
const calendar = makeProjectCalendar(HOLIDAYS_2027);

function task(tasks: readonly PlanTask[], key: string): PlanTask {
  const found = tasks.find((t) => t.key === key);
  if (!found) throw new Error(`no task ${key}`);
  return found;
}

describe("buildProjectPlan", () => {
  const plan = buildProjectPlan(everyKindOfNeedPlan(), hidden);

  it("builds project → category → need → phases in outline order with row ids", () => {
    const [project, ...rest] = plan.tasks;
    expect(project).toMatchObject({
      uid: 0,
      id: 0,
      outlineLevel: 0,
      summary: true,
      name: "Anskaffelsesplan 2027",
    });
    expect(rest.map((t) => t.id)).toEqual(rest.map((_, i) => i + 1));
    const categories = plan.tasks.filter((t) => t.kind === "category").map((t) => t.categoryId);
    expect(categories).toEqual(["materiell", "ikt", "tjenester-eiendom"]);
    const materiell = plan.tasks
      .filter((t) => t.kind === "need" && t.categoryId === "materiell")
      .map((t) => t.needId);
    expect(materiell).toEqual(["N-001", "N-004", "N-003"]);
    const n1 = task(plan.tasks, "ap:need:N-001");
    expect(n1.outlineNumber).toBe("1.1");
    expect(task(plan.tasks, "ap:phase:N-001:market-dialogue").outlineNumber).toBe("1.1.2");
    for (const [i, t] of plan.tasks.entries()) {
      const next = plan.tasks[i + 1];
      if (next) expect(next.outlineLevel).toBeLessThanOrEqual(t.outlineLevel + 1);
    }
  });

  it("rolls summary dates up from the phases", () => {
    const n1 = task(plan.tasks, "ap:need:N-001");
    const phases = plan.tasks.filter((t) => t.kind === "phase" && t.needId === "N-001");
    expect(n1.start).toBe(phases[0]?.start);
    expect(n1.finish).toBe(phases[phases.length - 1]?.finish);
    expect(plan.tasks[0]?.start).toBe("2027-01-18");
    expect(plan.startDate).toBe("2027-01-18");
  });

  it("hides graded needs unless the user opts in", () => {
    const graded = task(plan.tasks, "ap:need:N-002");
    expect(graded.name).toBe("[SKJERMET] N-002");
    expect(graded.notes).not.toMatch(/Hemmelig|Beskrivelse/);
    expect(graded.securityGraded).toBe(true);
    expect(JSON.stringify(plan)).not.toContain("Hemmelig");
    const open = buildProjectPlan(everyKindOfNeedPlan(), {
      ...hidden,
      redaction: { includeSecurityGraded: true },
    });
    expect(task(open.tasks, "ap:need:N-002").name).toBe("N-002 – Hemmelig sambandsutstyr");
  });

  it("links phases finish-to-start with the lag that reproduces each levelled start", () => {
    const phases = plan.tasks.filter((t) => t.kind === "phase");
    const byUid = new Map(plan.tasks.map((t) => [t.uid, t]));
    for (const p of phases) {
      if (p.startNoEarlierThan !== undefined) {
        expect(p.startNoEarlierThan).toBe(p.start);
        continue;
      }
      expect(p.predecessors).toHaveLength(1);
      const link = p.predecessors[0] as { predecessorUid: number; lagDays: number };
      const pred = byUid.get(link.predecessorUid) as PlanTask;
      expect(pred.needId).toBe(p.needId);
      expect(startAfterLag(calendar, pred.finish, link.lagDays)).toBe(p.start);
    }
    expect(task(plan.tasks, "ap:phase:N-001:market-dialogue").predecessors[0]?.lagDays).toBe(3);
  });

  it("links a dependent need to its predecessor's contract signature and notes a missing one", () => {
    const first = task(plan.tasks, "ap:phase:N-005:preparation");
    const signature = task(plan.tasks, "ap:phase:N-001:signature");
    expect(first.predecessors).toEqual([
      { predecessorUid: signature.uid, lagDays: expect.any(Number) as number },
    ]);
    expect(startAfterLag(calendar, signature.finish, first.predecessors[0]?.lagDays ?? 0)).toBe(first.start);
    const notes = task(plan.tasks, "ap:need:N-005").notes;
    expect(notes).toContain("Avhenger av: N-001");
    expect(notes).toContain("ikke er i planen: N-999");
  });

  it("sets a deadline per need from the contract expiry or the needed-by date", () => {
    expect(task(plan.tasks, "ap:need:N-002").deadline).toBe("2027-06-30");
    expect(task(plan.tasks, "ap:need:N-005").deadline).toBe("2028-03-31");
    const input = everyKindOfNeedPlan();
    const needs = input.needs.map((n) => (n.id === "N-003" ? { ...n, neededBy: "2027-09-01" } : n));
    expect(task(buildProjectPlan({ ...input, needs }, hidden).tasks, "ap:need:N-003").deadline).toBe(
      "2027-09-01",
    );
    expect(task(plan.tasks, "ap:need:N-003").deadline).toBeUndefined();
  });

  it("maps the ranking to Project priorities 999…1", () => {
    expect(priorityForPosition(0, 5)).toBe(999);
    expect(priorityForPosition(4, 5)).toBe(1);
    expect(priorityForPosition(0, 1)).toBe(999);
    const byRank = ["N-001", "N-002", "N-004", "N-005", "N-003"].map((id) =>
      task(plan.tasks, `ap:need:${id}`),
    );
    expect(byRank.map((t) => t.priority)).toEqual([999, 749, 500, 250, 1]);
    expect(byRank.map((t) => t.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(task(plan.tasks, "ap:need:N-004").score).toBe(3.75);
  });

  it("assigns leads to every phase and lawyers where they are loaded, with work from days × load", () => {
    const lead = plan.resources.find((r) => r.personId === "lead-1");
    const lawyer = plan.resources.find((r) => r.personId === "law-1");
    expect(lawyer).toMatchObject({ role: "lawyer", group: "Jurist", maxUnits: 0.5 });
    const prep = task(plan.tasks, "ap:phase:N-001:preparation");
    const prepAssignments = plan.assignments.filter((a) => a.taskUid === prep.uid);
    expect(prepAssignments).toEqual([
      expect.objectContaining({
        resourceUid: lead?.uid,
        units: 0.2,
        workMinutes: Math.round(30 * 450 * 0.2),
      }),
    ]);
    const docs = task(plan.tasks, "ap:phase:N-001:tender-documents");
    expect(plan.assignments.filter((a) => a.taskUid === docs.uid).map((a) => a.role)).toEqual([
      "lead",
      "lawyer",
    ]);
    expect(new Set(plan.assignments.map((a) => a.uid)).size).toBe(plan.assignments.length);
    expect(docs.workingDays).toBe(workingDaysInRange(calendar, docs.start, docs.finish));
  });

  it("keeps UIDs of existing tasks when the next version adds a need", () => {
    const input = everyKindOfNeedPlan();
    const previousUids = {
      needs: new Map(plan.tasks.filter((t) => t.kind === "need").map((t) => [t.needId as string, t.uid])),
      categories: new Map(
        plan.tasks.filter((t) => t.kind === "category").map((t) => [t.categoryId as string, t.uid]),
      ),
    };
    const next: ProjectPlanInput = {
      ...input,
      needs: [...input.needs, aNeed({ id: "N-006" })],
      schedule: [
        ...input.schedule,
        aScheduledNeed(calendar, { needId: "N-006", start: "2027-02-01", phases: OPEN_PHASES }),
      ],
      ranking: [aRankedNeed("N-006", 0, 5), ...input.ranking],
    };
    const v2 = buildProjectPlan(next, { ...hidden, previousUids });
    for (const t of plan.tasks) expect(task(v2.tasks, t.key).uid).toBe(t.uid);
    expect(new Set(v2.tasks.map((t) => t.uid)).size).toBe(v2.tasks.length);
  });

  it("rejects bad input naming the schedule entry and the field", () => {
    const input = everyKindOfNeedPlan();
    const [s0, ...rest] = input.schedule;
    if (!s0) throw new Error("fixture");
    expect(() =>
      buildProjectPlan({ ...input, schedule: [{ ...s0, needId: "N-404" }, ...rest] }, hidden),
    ).toThrow(/schedule\[0\] \(need N-404\), needId/);
    expect(() =>
      buildProjectPlan({ ...input, schedule: [{ ...s0, leadId: "ghost" }, ...rest] }, hidden),
    ).toThrow(/schedule\[0\] \(need N-001\), leadId: no person "ghost"/);
    const badPhase = {
      ...s0,
      phases: [{ ...(s0.phases[0] as (typeof s0.phases)[number]), finish: "2027-01-01" }],
    };
    expect(() => buildProjectPlan({ ...input, schedule: [badPhase] }, hidden)).toThrow(
      /phases\[0\]: finish 2027-01-01/,
    );
    expect(() => buildProjectPlan({ ...input, schedule: [s0, s0] }, hidden)).toThrow(
      /schedule\[1\].*more than once/,
    );
  });

  it("carries absences to the resources and rejects a reversed one", () => {
    expect(plan.resources.find((r) => r.personId === "lead-1")?.absences).toEqual([
      { from: "2027-02-15", to: "2027-02-19" },
    ]);
    const input = everyKindOfNeedPlan();
    const people = input.people.map((p) =>
      p.id === "law-1" ? { ...p, absences: [{ from: "2027-03-05", to: "2027-03-01" }] } : p,
    );
    expect(() => buildProjectPlan({ ...input, people }, hidden)).toThrow(
      /people \(person law-1\), absences\[0\]: to 2027-03-01 is before from 2027-03-05/,
    );
  });

  it("builds an empty plan with only the project summary", () => {
    const empty = buildProjectPlan({ ...everyKindOfNeedPlan(), schedule: [] }, hidden);
    expect(empty.tasks).toHaveLength(1);
    expect(empty.assignments).toHaveLength(0);
  });
});
