// Our scheduler against TaskJuggler (tj3, Debian package) on small generated instances: the
// number of late needs must not be worse. Also checks the generated project text.
import { execFileSync } from "node:child_process";
import { generateSchedulingInstance } from "../../../src/demo/schedulingInstance";
import { runTj3 } from "../../../src/adapters/taskjuggler/runTj3";
import { workingDaysInPeriod, writeTjp } from "../../../src/adapters/taskjuggler/tjpWriter";
import { scheduleNeeds } from "../../../src/domain/scheduling/scheduleNeeds";

function requireTj3(): void {
  try {
    execFileSync("tj3", ["--version"], { stdio: "pipe" });
  } catch {
    throw new Error("These tests need TaskJuggler: apt-get install tj3");
  }
}

describe("tjpWriter", () => {
  const instance = generateSchedulingInstance({ seed: 3, needs: 6, dependencyShare: 0.5, horizonYears: 2 });
  const project = writeTjp(instance);

  it("declares people with daily limits, absences and the Norwegian holidays", () => {
    const lead = instance.people[0]!;
    expect(project.text).toContain(`limits { dailymax ${Math.round(lead.availability * 10)}h }`);
    expect(project.text).toContain('leaves holiday "good-friday" 2027-03-26 +1d');
    expect(project.text).toContain('leaves holiday "holiday-week" 2027-07-12 +1d');
    for (const p of instance.people)
      for (const a of p.absences) expect(project.text).toContain(`leaves annual ${a.from}`);
  });

  it("writes one task group per need with legal periods as calendar durations and dependencies", () => {
    expect(project.signatureTask.size).toBe(instance.needs.length);
    // The legal clock in calendar days, and beside it the lead's work during the period (load × 10 h a day).
    expect(project.text).toMatch(
      /task p\d+ "tender-period" \{\n {4}depends !p\d+\n {4}task clock "period" \{\n {6}duration \d+d\n {4}\}\n {4}task lead "lead" \{\n {6}effort \d+h/,
    );
    const dependent = instance.needs.findIndex((n) => n.dependsOn.length > 0);
    expect(dependent).toBeGreaterThanOrEqual(0);
    expect(project.text).toMatch(
      new RegExp(`task n${dependent} "[^"]+" \\{\\n  priority \\d+\\n  depends n\\d+`),
    );
  });
});

describe("workingDaysInPeriod", () => {
  it("averages the working days of a period over the five weekdays it may start on", () => {
    expect(workingDaysInPeriod(7)).toBe(5);
    expect(workingDaysInPeriod(14)).toBe(10);
    // 30 days = 4 weeks + 2 days: Mon, Tue, Wed, Thu start → +2; Fri start → Fri + Sat → +1.
    expect(workingDaysInPeriod(30)).toBeCloseTo(20 + 9 / 5, 10);
  });
});

describe("comparison with tj3", () => {
  beforeAll(requireTj3);

  it.each([11, 12, 13, 14])("late needs are not worse than tj3's (seed %i, 15 needs)", (seed) => {
    const instance = generateSchedulingInstance({ seed, needs: 15, horizonYears: 2 });
    const ours = scheduleNeeds(instance);
    const tj3 = runTj3(instance);
    expect(tj3.signed.size + tj3.unscheduled).toBe(15);
    expect(ours.metrics.lateCount + ours.metrics.unscheduledCount).toBeLessThanOrEqual(
      tj3.lateCount + tj3.unscheduled,
    );
  });
});

describe("tjpWriter with needs nobody can carry", () => {
  it("leaves them out and drops dependencies on them", () => {
    const instance = generateSchedulingInstance({ seed: 5, needs: 4, leadsPerCategory: [1, 0, 0] });
    const carried = instance.needs.filter((n) => n.category === "materiell").map((n) => n.id);
    const project = writeTjp(instance);
    expect([...project.signatureTask.values()].sort()).toEqual(carried.sort());
    expect(project.omitted.length).toBe(instance.needs.length - carried.length);
    expect(project.omitted.length).toBeGreaterThan(0);
    for (const id of project.omitted) expect(project.text).not.toContain(`"${id}"`);
  });
});
