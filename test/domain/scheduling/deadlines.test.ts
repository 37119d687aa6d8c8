// The fast-track SLA deadline: from the need's receipt date (configurable SLA days), else from the
// plan year's start — never from the re-planning date, so it does not slide with each re-plan.
import { validateNeeds } from "../../../src/domain/intake/validateNeeds";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import { scheduleNeeds } from "../../../src/domain/scheduling/scheduleNeeds";
import { aLawyer, aLead, aNeed, aRequest } from "./builders";

describe("fast-track SLA deadline", () => {
  it("counts the configured SLA days from the receipt date", () => {
    const needs = [
      aNeed("F1", { deliveryTrack: "hurtig", estimatedValue: 100_000, receivedDate: "2026-12-01" }),
      aNeed("F2", { deliveryTrack: "hurtig", estimatedValue: 100_000, receivedDate: "2027-02-10" }),
    ];
    const result = scheduleNeeds(aRequest(needs, [aLead("L1"), aLawyer("J1")], { fastTrackSlaDays: 30 }));
    const deadlines = Object.fromEntries(result.scheduled.map((s) => [s.needId, s.deadline]));
    expect(deadlines).toEqual({ F1: "2026-12-31", F2: "2027-03-12" });
    expect(result.scheduled.every((s) => s.deadlineSource === "fast-track-sla")).toBe(true);
  });

  it("without a receipt date counts from the plan start, also in a re-plan", () => {
    const need = aNeed("F", { deliveryTrack: "hurtig", estimatedValue: 100_000 });
    const request = aRequest([need], [aLead("L1"), aLawyer("J1")], { fastTrackSlaDays: 60 });
    const first = scheduleNeeds(request);
    const again = scheduleNeeds({ ...request, asOf: "2027-03-01" });
    expect(first.scheduled[0]?.deadline).toBe("2027-03-16");
    expect(again.scheduled[0]?.deadline).toBe("2027-03-16");
  });

  it("reads receivedDate from the input like other dates, naming the field when bad", () => {
    const config = defaultPlanConfig(2027);
    const base = {
      title: "T",
      unit: "oslo",
      area: "IKT",
      category: "ikt",
      deliveryTrack: "Hurtigleveranse",
      contractType: "Varer",
      estimatedValue: "100 000,00",
    };
    const intake = validateNeeds(
      [
        { ...base, id: "A", receivedDate: "03.10.2026" },
        { ...base, id: "B", receivedDate: "31.02.2026" },
      ],
      { config, criteriaIds: [], contractIds: new Set() },
    );
    expect(intake.accepted.map((n) => n.receivedDate)).toEqual(["2026-10-03"]);
    expect(intake.rejected[0]?.errors).toEqual([expect.objectContaining({ field: "receivedDate" })]);
  });
});
