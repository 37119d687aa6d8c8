// The scheduler: invariants on random instances, legal minimums, deadlines, ordering and delay reasons.
import fc from "fast-check";
import { generateSchedulingInstance } from "../../../src/demo/schedulingInstance";
import { fewerLate, searchBudget } from "../../../src/domain/scheduling/dispatchSearch";
import { scheduleNeeds } from "../../../src/domain/scheduling/scheduleNeeds";
import { addDays, daysBetween } from "../../../src/domain/time/isoDate";
import { aContract, aLawyer, aLead, aNeed, aRequest } from "./builders";
import { violations } from "./invariants";

describe("scheduleNeeds invariants", () => {
  it("keeps capacity, phase order, durations, legal minimums and lateness right on random instances", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 5, max: 60 }),
        fc.constantFrom([1, 1, 1], [2, 1, 1], [3, 2, 2]),
        fc.integer({ min: 1, max: 3 }),
        (seed, needs, leadsPerCategory, lawyers) => {
          const instance = generateSchedulingInstance({
            seed,
            needs,
            leadsPerCategory,
            lawyers,
            dependencyShare: 0.2,
          });
          const result = scheduleNeeds(instance);
          expect(violations(instance, result)).toEqual([]);
          expect(result.metrics.utilisation.peakUtilisation).toBeLessThanOrEqual(1 + 1e-9);
          expect(result.scheduled.length + result.unscheduled.length).toBe(needs);
        },
      ),
      { numRuns: 25, seed: 4242 },
    );
  });
});

describe("scheduleNeeds rules", () => {
  it("lengthens a shortened tender period to the legal minimum and reports it", () => {
    const need = aNeed("A", { estimatedValue: 5_000_000 }); // open procedure above the EEA threshold
    const request = aRequest([need], undefined, { overrides: { A: { phaseWeeks: { "tender-period": 1 } } } });
    const [s] = scheduleNeeds(request).scheduled;
    const tender = s!.phases.find((p) => p.phase === "tender-period")!;
    expect(s!.procedure).toBe("open");
    expect(daysBetween(tender.start, tender.finish) + 1).toBe(30);
    expect(s!.adjustments).toEqual([
      { phase: "tender-period", requestedDays: 7, appliedDays: 30, reason: "legal-minimum" },
    ]);
  });

  it("uses 30 + 25 days for negotiated procedures and a 10-day standstill", () => {
    const need = aNeed("W", { estimatedValue: 60_000_000, contractType: "works" });
    const request = aRequest([need], undefined, {
      overrides: { W: { phaseWeeks: { "tender-period": 2, "award-standstill": 0.5 } } },
    });
    const [s] = scheduleNeeds(request).scheduled;
    const len = (phase: string) => {
      const p = s!.phases.find((x) => x.phase === phase)!;
      return daysBetween(p.start, p.finish) + 1;
    };
    expect(s!.procedure).toBe("negotiated");
    expect(len("tender-period")).toBe(55);
    expect(len("award-standstill")).toBe(10);
  });

  it("sets a renewal's deadline to the final expiry minus the buffer and counts days late", () => {
    const contract = aContract("K1", "2027-03-01", { options: [{ until: "2027-06-01" }] });
    const need = aNeed("R", { existingContractId: "K1", estimatedValue: 1_400_000 });
    const result = scheduleNeeds({
      ...aRequest([need], undefined, { renewalBufferDays: 30 }),
      contracts: [contract],
    });
    const s = result.scheduled[0]!;
    expect(s.deadline).toBe(addDays("2027-06-01", -30));
    expect(s.deadlineSource).toBe("contract-expiry");
    expect(s.daysLate).toBe(Math.max(0, daysBetween(s.deadline!, s.contractSigned)));
    expect(s.daysLate).toBeGreaterThan(0);
    expect(s.delayedBy).toBe("plan-start"); // part II needs ~19 weeks, only ~14 are left
    expect(result.metrics.lateCount).toBe(1);
    expect(result.metrics.totalDaysLate).toBe(s.daysLate);
    expect(result.metrics.weightedTardiness).toBeCloseTo(s.daysLate * s.priority!, 6);
  });

  it("schedules fast-track needs first and gives them the SLA date", () => {
    const lead = aLead("L1", { availability: 0.4 }); // room for one need at a time
    const slow = aNeed("A", { estimatedValue: 200_000, neededBy: "2027-06-01" });
    const fast = aNeed("B", { estimatedValue: 200_000, deliveryTrack: "hurtig" });
    const result = scheduleNeeds(aRequest([slow, fast], [lead, aLawyer("J1")], { fastTrackSlaDays: 60 }));
    const b = result.scheduled.find((s) => s.needId === "B")!;
    const a = result.scheduled.find((s) => s.needId === "A")!;
    expect(b.start).toBe("2027-01-15");
    expect(b.deadline).toBe(addDays("2027-01-15", 60));
    expect(b.deadlineSource).toBe("fast-track-sla");
    expect(a.start > b.start).toBe(true);
  });

  it("orders by deadline slack before priority", () => {
    const lead = aLead("L1", { availability: 0.4 });
    const urgent = aNeed("U", { estimatedValue: 200_000, neededBy: "2027-04-01" });
    const important = aNeed("I", { estimatedValue: 200_000, neededBy: "2028-01-01" });
    const result = scheduleNeeds(
      aRequest([important, urgent], [lead, aLawyer("J1")], {}, { priority: { I: 5, U: 1 } }),
    );
    expect(result.scheduled.find((s) => s.needId === "U")!.start).toBe("2027-01-15");
    expect(result.metrics.lateCount).toBe(0);
  });

  it("starts a need after the finish of what it depends on, and blames the dependency", () => {
    const first = aNeed("A", { estimatedValue: 200_000 });
    const second = aNeed("B", { estimatedValue: 200_000, dependsOn: ["A"], neededBy: "2027-04-15" });
    const result = scheduleNeeds(aRequest([second, first], [aLead("L1"), aLead("L2"), aLawyer("J1")]));
    const a = result.scheduled.find((s) => s.needId === "A")!;
    const b = result.scheduled.find((s) => s.needId === "B")!;
    expect(b.start > a.finish).toBe(true);
    expect(b.daysLate).toBeGreaterThan(0);
    expect(b.delayedBy).toBe("dependency");
  });

  it("blames lead capacity when the lead is busy and lawyer capacity when the lawyer is", () => {
    // Direct procedure from 15 Jan signs on 4 Mar when nobody waits.
    const needs = ["A", "B"].map((id) => aNeed(id, { estimatedValue: 200_000, neededBy: "2027-03-04" }));
    const leadBound = scheduleNeeds(aRequest(needs, [aLead("L1", { availability: 0.4 }), aLawyer("J1")]));
    expect(leadBound.scheduled.map((s) => s.delayedBy)).toContain("lead-capacity");
    const lawyerBound = scheduleNeeds(
      aRequest(needs, [aLead("L1"), aLead("L2"), aLawyer("J1", { availability: 0.2 })]),
    );
    expect(lawyerBound.scheduled.map((s) => s.delayedBy)).toContain("lawyer-capacity");
    expect(
      violations(
        aRequest(needs, [aLead("L1"), aLead("L2"), aLawyer("J1", { availability: 0.2 })]),
        lawyerBound,
      ),
    ).toEqual([]);
  });

  it("keeps a lead away during an absence and spreads work over leads", () => {
    const absent = aLead("L1", { absences: [{ from: "2027-01-01", to: "2027-03-31" }] });
    const result = scheduleNeeds(
      aRequest([aNeed("A", { estimatedValue: 200_000 })], [absent, aLead("L2"), aLawyer("J1")]),
    );
    expect(result.scheduled[0]!.leadId).toBe("L2");
  });

  it("reports needs it cannot place, with the reason, and never drops them", () => {
    const result = scheduleNeeds(
      aRequest(
        [aNeed("A", { category: "materiell" }), aNeed("B", { dependsOn: ["A", "X"] })],
        [aLead("L1"), aLawyer("J1")],
      ),
    );
    expect(result.unscheduled).toEqual([
      { needId: "A", reason: "no-lead", params: { category: "materiell" } },
      { needId: "B", reason: "dependency-unscheduled", params: { dependsOn: "A" } },
    ]);
    expect(result.warnings).toContainEqual({
      needId: "B",
      code: "unknown-dependency",
      params: { dependsOn: "X" },
    });
  });

  it("rejects dependency cycles naming the needs", () => {
    const request = aRequest([aNeed("A", { dependsOn: ["B"] }), aNeed("B", { dependsOn: ["A"] })]);
    expect(() => scheduleNeeds(request)).toThrow("Needs A, B: dependsOn forms a cycle");
  });

  it("lists the holidays between the plan start and the last finish", () => {
    const result = scheduleNeeds(aRequest([aNeed("A", { estimatedValue: 5_000_000 })]));
    const dates = result.holidays.map((h) => h.date);
    expect(dates).toContain("2027-03-25");
    expect(dates).toContain("2027-07-12");
    expect(result.holidays.every((h) => h.date >= "2027-01-15" && h.date <= result.metrics.makespanEnd)).toBe(
      true,
    );
  });
});

describe("ordering policy", () => {
  // One lead with room for one need at a time; H cannot make its deadline even alone.
  const lead = aLead("L1", { availability: 0.4 });
  const hopeless = aNeed("H", { estimatedValue: 200_000, neededBy: "2027-02-01" });
  const feasible = aNeed("F", { estimatedValue: 200_000, neededBy: "2027-03-10" });

  it("late-count puts needs that cannot be on time after those that can", () => {
    const result = scheduleNeeds(
      aRequest([hopeless, feasible], [lead, aLawyer("J1")], { ordering: "late-count" }),
    );
    expect(result.metrics.lateCount).toBe(1);
    expect(result.scheduled.find((s) => s.needId === "F")!.start).toBe("2027-01-15");
  });

  it("lateness-first (the default) starts a need that can no longer be on time at once when it weighs more", () => {
    const heavy = aNeed("H", {
      estimatedValue: 200_000,
      neededBy: "2027-02-01",
      scores: { timeCriticality: 5 },
    });
    const result = scheduleNeeds(
      aRequest([heavy, feasible], [lead, aLawyer("J1")], {}, { priority: { H: 5, F: 1 } }),
    );
    expect(result.scheduled.find((s) => s.needId === "H")!.start).toBe("2027-01-15");
    expect(result.metrics.weightedTardiness).toBeLessThanOrEqual(
      scheduleNeeds(
        aRequest(
          [heavy, feasible],
          [lead, aLawyer("J1")],
          { ordering: "late-count" },
          { priority: { H: 5, F: 1 } },
        ),
      ).metrics.weightedTardiness,
    );
  });

  it("tardiness takes them strictly by slack", () => {
    const result = scheduleNeeds(
      aRequest([hopeless, feasible], [lead, aLawyer("J1")], { ordering: "tardiness" }),
    );
    expect(result.metrics.lateCount).toBe(2);
    expect(result.scheduled.find((s) => s.needId === "H")!.start).toBe("2027-01-15");
  });
});

describe("lateness-first search", () => {
  const seeds = [3, 5, 8];
  it.each(seeds)(
    "is never worse in its objective than one dispatch by slack, and is deterministic (seed %i)",
    (seed) => {
      // 100 needs: enough budget (700 placements) for the local search after the dispatch rules.
      const instance = generateSchedulingInstance({ seed, needs: 100, horizonYears: 6 });
      const { lateNeedDays } = instance.config.scheduling!;
      const request = (ordering: "lateness-first" | "tardiness", needs = instance.needs) => ({
        ...instance,
        needs,
        config: { ...instance.config, scheduling: { ...instance.config.scheduling!, ordering } },
      });
      const best = scheduleNeeds(request("lateness-first"));
      const slack = scheduleNeeds(request("tardiness"));
      // Σ priority × (days late + lateNeedDays for each late need), recomputed from the output.
      const objective = (r: typeof best) =>
        r.scheduled.reduce(
          (sum, x) => sum + (x.daysLate > 0 ? (x.priority ?? 1) * (x.daysLate + lateNeedDays) : 0),
          0,
        );
      expect(best.metrics.unscheduledCount).toBeLessThanOrEqual(slack.metrics.unscheduledCount);
      expect(objective(best)).toBeLessThanOrEqual(objective(slack) + 1e-6);
      expect(violations(request("lateness-first"), best)).toEqual([]);
      const again = scheduleNeeds(request("lateness-first", [...instance.needs].reverse()));
      const key = (r: typeof best) => r.scheduled.map((s) => `${s.needId}:${s.start}:${s.leadId}`).sort();
      expect(key(again)).toEqual(key(best));
    },
  );

  it("spends needs³ ÷ 3 000 placements (at least 700) up to searchPlacements at 300 needs, then less, at least one dispatch", () => {
    expect(searchBudget({ searchPlacements: 9_000 }, 44)).toBe(700);
    expect(searchBudget({ searchPlacements: 9_000 }, 100)).toBe(700);
    expect(searchBudget({ searchPlacements: 9_000 }, 200)).toBe(2_666);
    expect(searchBudget({ searchPlacements: 9_000 }, 300)).toBe(9_000);
    expect(searchBudget({ searchPlacements: 9_000 }, 1_000)).toBe(2_700);
    expect(searchBudget({ searchPlacements: 9_000 }, 5_000)).toBe(5_000);
    expect(searchBudget({ searchPlacements: 9_000 }, 50_000)).toBe(50_000);
    expect(searchBudget({ searchPlacements: 0 }, 0)).toBe(1);
  });

  it("the late-count pass prefers fewer unscheduled, then fewer late needs, then fewer days late", () => {
    const cost = (unscheduled: number, late: number, days: number) => ({
      unscheduled,
      late,
      days,
      weighted: 0,
      weightedLate: 0,
    });
    expect(fewerLate(cost(0, 31, 4_168), cost(0, 32, 4_040))).toBe(true);
    expect(fewerLate(cost(0, 32, 4_040), cost(0, 31, 4_168))).toBe(false);
    expect(fewerLate(cost(0, 32, 4_039), cost(0, 32, 4_040))).toBe(true);
    expect(fewerLate(cost(0, 32, 4_040), cost(0, 32, 4_040))).toBe(false);
    expect(fewerLate(cost(1, 0, 0), cost(0, 40, 9_000))).toBe(false);
  });
});
