// Rolling plan: re-scheduling with started work frozen, and the diff between plan versions.
import { WorkCalendar } from "../../../src/domain/calendar/workCalendar";
import { generateSchedulingInstance } from "../../../src/demo/schedulingInstance";
import { diffSchedules, progressFromSchedule } from "../../../src/domain/scheduling/rollingPlan";
import { scheduleNeeds } from "../../../src/domain/scheduling/scheduleNeeds";
import { defaultSchedulingConfig } from "../../../src/domain/scheduling/schedulingConfig";
import { aNeed, aRequest } from "./builders";

describe("rolling plan", () => {
  const instance = generateSchedulingInstance({ seed: 7, needs: 40, absences: false });
  const first = scheduleNeeds(instance);
  const asOf = "2027-06-01";
  const calendar = new WorkCalendar(defaultSchedulingConfig().calendar, "2027-01-01");
  const progress = progressFromSchedule(first.scheduled, asOf, calendar);

  it("derives progress for started needs only (needs done before the date come fully finished)", () => {
    expect(progress.length).toBeGreaterThan(0);
    for (const p of progress) {
      const s = first.scheduled.find((x) => x.needId === p.needId)!;
      expect(s.start < asOf).toBe(true);
      expect(p.leadId).toBe(s.leadId);
      expect(p.finished.every((f) => f.finish < asOf)).toBe(true);
      if (p.current) expect(p.current.percentComplete).toBeGreaterThanOrEqual(0);
    }
  });

  it("keeps started work frozen: same people, same past dates, nothing new before the re-plan date", () => {
    const added = aNeed("NEW", {
      category: instance.needs[0]!.category,
      deliveryTrack: "hurtig",
      estimatedValue: 200_000,
    });
    const again = scheduleNeeds({ ...instance, needs: [...instance.needs, added], asOf, progress });
    const completed = new Set(again.completed.map((c) => c.needId));
    expect(completed.size).toBeGreaterThan(0);
    for (const p of progress) {
      const s = again.scheduled.find((x) => x.needId === p.needId)!;
      if (completed.has(p.needId)) {
        expect(s).toBeUndefined();
        continue;
      }
      expect(s.frozen).toBe(true);
      expect(s.leadId).toBe(p.leadId);
      for (const f of p.finished) expect(s.phases).toContainEqual(expect.objectContaining(f));
      if (p.current) expect(s.phases.find((x) => x.phase === p.current!.phase)!.start).toBe(p.current.start);
    }
    for (const s of again.scheduled.filter((x) => !x.frozen)) expect(s.start >= asOf).toBe(true);
    expect(again.metrics.utilisation.peakUtilisation).toBeLessThanOrEqual(1 + 1e-9);

    const diff = diffSchedules(first.scheduled, again.scheduled, [...completed]);
    expect(diff.added).toEqual(["NEW"]);
    expect(diff.dropped).toEqual([]);
    expect(diff.completed).toEqual([...completed]);
    expect(diff.moved.length + diff.unchanged + diff.added.length).toBe(again.scheduled.length);
  });

  it("lists a need finished before the re-planning date as completed with its actual dates, never late", () => {
    const done = first.scheduled.find((s) => s.finish < asOf && s.deadline !== undefined)!;
    expect(done).toBeDefined();
    const again = scheduleNeeds({
      ...instance,
      asOf: "2028-06-01",
      progress: progressFromSchedule(first.scheduled, "2028-06-01", calendar),
    });
    expect(again.scheduled.find((s) => s.needId === done.needId)).toBeUndefined();
    expect(again.completed).toContainEqual(
      expect.objectContaining({
        needId: done.needId,
        finish: done.finish,
        contractSigned: done.contractSigned,
      }),
    );
    expect(again.metrics.completedCount).toBe(again.completed.length);
  });

  it("completes a need reported 100 % done in every phase instead of failing", () => {
    const s = first.scheduled[0]!;
    const finished = s.phases.map(({ phase, start, finish }) => ({ phase, start, finish }));
    const again = scheduleNeeds({
      ...instance,
      asOf: s.start,
      progress: [{ needId: s.needId, leadId: s.leadId, finished }],
    });
    expect(again.completed.map((c) => c.needId)).toEqual([s.needId]);
    expect(again.completed[0]!.phases.map(({ phase, start, finish }) => ({ phase, start, finish }))).toEqual(
      finished,
    );
    expect(again.scheduled.some((x) => x.needId === s.needId)).toBe(false);
  });

  it("reports moved, dropped and newly late needs", () => {
    const a = first.scheduled[0]!;
    const b = first.scheduled[1]!;
    const later = { ...a, contractSigned: "2040-01-01", daysLate: a.daysLate > 0 ? a.daysLate : 5 };
    const diff = diffSchedules([a, b], [later]);
    expect(diff.dropped).toEqual([b.needId]);
    expect(diff.moved).toEqual([expect.objectContaining({ needId: a.needId, signed: "2040-01-01" })]);
    expect(diff.newlyLate.map((x) => x.needId)).toEqual(a.daysLate > 0 ? [] : [a.needId]);
  });

  it("rejects progress naming an unknown lead", () => {
    const request = aRequest(
      [aNeed("A")],
      undefined,
      {},
      { progress: [{ needId: "A", leadId: "nobody", finished: [] }] },
    );
    expect(() => scheduleNeeds(request)).toThrow(
      "Progress of need A: leadId nobody is not a procurement lead",
    );
  });
});
