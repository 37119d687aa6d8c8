// Utilisation per role by default, per person on request; the per-person figures recomputed from
// the phases (what Excel's Kapasitet sheet shows when plan.json keeps roles only) equal the ledger's.
import { generateSchedulingInstance } from "../../../src/demo/schedulingInstance";
import { personUtilisation } from "../../../src/domain/scheduling/personUtilisation";
import { scheduleNeeds } from "../../../src/domain/scheduling/scheduleNeeds";
import { defaultSchedulingConfig } from "../../../src/domain/scheduling/schedulingConfig";

describe("utilisation detail", () => {
  const instance = generateSchedulingInstance({ seed: 21, needs: 50, horizonYears: 6 });
  const byRole = scheduleNeeds(instance);
  const byPerson = scheduleNeeds({ ...instance, utilisation: "person" });

  it("keeps plan.json small by default: roles only, with each role's busiest person-week", () => {
    const u = byRole.metrics.utilisation;
    expect(u.detail).toBe("role");
    expect(u.people).toEqual([]);
    expect(u.roles.map((r) => r.role)).toEqual(["lead", "lawyer"]);
    expect(u.roles).toEqual(byPerson.metrics.utilisation.roles);
    expect(u.peakUtilisation).toBe(byPerson.metrics.utilisation.peakUtilisation);
    for (const r of u.roles) {
      const mine = byPerson.metrics.utilisation.people.filter((p) => p.role === r.role);
      const peak = Math.max(
        ...mine.flatMap((p) => p.load.map((l, k) => (p.capacity[k]! > 0 ? l / p.capacity[k]! : 0))),
      );
      expect(r.peakUtilisation).toBeCloseTo(peak, 3);
    }
  });

  it("recomputes the per-person figures from the phases exactly as the ledger booked them", () => {
    const u = byPerson.metrics.utilisation;
    expect(u.detail).toBe("person");
    expect(u.people).toHaveLength(instance.people.length);
    const again = personUtilisation(
      byRole.scheduled,
      instance.people,
      (instance.config.scheduling ?? defaultSchedulingConfig()).calendar,
      u.weekStarts,
    );
    expect(again).toEqual(u.people);
  });
});
