// The annual wheel's status: stage and days left for any date, submitted and missing units, late
// submissions by receipt date, and what is still open.
import fc from "fast-check";
import { wheelStatus } from "../../../src/domain/insight/annualWheel";
import { WHEEL_MILESTONES, wheelStage } from "../../../src/domain/planYear/planYearDefaults";
import { addDays } from "../../../src/domain/time/isoDate";
import { defaultWheel } from "../../../src/domain/planYear/planYearDefaults";
import { aNeed } from "../scheduling/builders";

const wheel = defaultWheel(2027);
const scores = { a: 3, b: 4 };
const needs = [
  aNeed("N1", { unit: "oslo", scores }),
  aNeed("N2", { unit: "oslo", scores: { a: 3 } }),
  aNeed("N3", { unit: "vest", scores }),
  aNeed("N4", { unit: "agder", scores, deliveryTrack: "hurtig" }),
  aNeed("N5", { unit: "troms", scores }),
];
const receivedDates = new Map([
  ["N1", "2026-10-15"],
  ["N2", "2026-11-04"],
  ["N3", "2026-10-31"],
  ["N4", "2026-12-01"],
]);
const base = {
  wheel,
  units: ["oslo", "vest", "agder", "troms", "finnmark"],
  needs,
  receivedDates,
  criteriaIds: ["a", "b"],
};

describe("annual wheel status", () => {
  it("the seed's dates", () => {
    expect(wheel).toMatchObject({
      preparation: "2026-09-01",
      localSubmission: "2026-11-01",
      centralAnalysis: "2027-01-01",
      compilation: "2027-01-05",
      approval: "2027-01-15",
      publication: "2027-01-31",
    });
  });

  it("on 20 November: central analysis under way, 42 days to 1 January, late and missing units", () => {
    const s = wheelStatus({ ...base, asOf: "2026-11-20", openSuggestions: 7, approvalsPending: ["whole"] });
    expect(s.stage).toBe("localSubmission");
    expect(s.next).toMatchObject({ id: "centralAnalysis", date: "2027-01-01", daysLeft: 42 });
    expect(s.submitted).toEqual([
      { unit: "oslo", needs: 2, late: 1 },
      { unit: "vest", needs: 1, late: 0 },
      { unit: "troms", needs: 1, late: 0 },
    ]);
    expect(s.notSubmitted).toEqual(["agder", "finnmark"]);
    expect(s.late).toEqual([{ needId: "N2", unit: "oslo", receivedDate: "2026-11-04", daysLate: 3 }]);
    expect(s.withoutReceiptDate).toBe(1);
    expect(s.open).toEqual({ unscoredNeeds: ["N2"], openSuggestions: 7, approvalsPending: ["whole"] });
    const derivable = wheelStatus({
      ...base,
      asOf: "2026-11-20",
      canDerive: (n, c) => n.id === "N2" && c === "b",
    });
    expect(derivable.open.unscoredNeeds).toEqual([]);
  });

  it("a fast-track need received after the deadline is not late; it counts once received", () => {
    const s = wheelStatus({ ...base, asOf: "2026-12-02" });
    expect(s.submitted.find((u) => u.unit === "agder")).toEqual({ unit: "agder", needs: 1, late: 0 });
    expect(s.late.map((l) => l.needId)).toEqual(["N2"]);
  });

  it("stages across the year, and after publication the next revision is the next deadline", () => {
    expect(wheelStage(wheel, "2026-08-31")).toBe("before");
    expect(wheelStage(wheel, "2026-09-01")).toBe("preparation");
    expect(wheelStage(wheel, "2027-01-05")).toBe("compilation");
    expect(wheelStage(wheel, "2027-01-31")).toBe("publication");
    expect(wheelStage(wheel, "2027-02-01")).toBe("rolling");
    expect(wheelStatus({ ...base, asOf: "2027-02-01" }).next).toMatchObject({
      id: "revision",
      date: "2027-04-01",
      daysLeft: 59,
    });
    expect(wheelStatus({ ...base, asOf: "2027-10-02" }).next).toBeUndefined();
  });

  it("property: for any date the stage is the last milestone reached and days left count to the next", () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 800 }), (offset) => {
        const asOf = addDays("2026-09-01", offset);
        const s = wheelStatus({ ...base, asOf });
        const reached = WHEEL_MILESTONES.filter((m) => wheel[m] <= asOf);
        const expected =
          reached.length === 0
            ? "before"
            : asOf > wheel.publication
              ? "rolling"
              : reached[reached.length - 1];
        expect(s.stage).toBe(expected);
        if (s.next) {
          expect(addDays(asOf, s.next.daysLeft)).toBe(s.next.date);
          expect(s.milestones.filter((m) => !m.passed).every((m) => m.date >= s.next!.date)).toBe(true);
        }
        expect(s.submitted.length + s.notSubmitted.length).toBe(base.units.length);
      }),
    );
  });
});
