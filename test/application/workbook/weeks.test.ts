// Week helpers of the Plan and Kapasitet sheets: ISO week numbers, week spans and weekly load.
import { isoWeekNumber, mondayOf, scheduleWeeks, weeklyLoad } from "../../../src/application/workbook/weeks";
import type { ScheduledNeed } from "../../../src/domain/scheduling/scheduleTypes";

describe("weeks", () => {
  it("numbers ISO weeks", () => {
    expect(isoWeekNumber("2027-01-04")).toBe(1);
    expect(isoWeekNumber("2027-01-01")).toBe(53);
    expect(isoWeekNumber("2026-12-31")).toBe(53);
    expect(isoWeekNumber("2027-12-31")).toBe(52);
    expect(mondayOf("2027-01-17")).toBe("2027-01-11");
  });

  it("spreads a phase's load over the weekdays it covers", () => {
    const s: ScheduledNeed = {
      needId: "B-1",
      procedure: "open",
      leadId: "L1",
      lawyerId: "J1",
      phases: [
        // Wednesday to the next Tuesday: 3 weekdays in week 1, 2 in week 2.
        {
          phase: "tender-documents",
          start: "2027-01-06",
          finish: "2027-01-12",
          workingDays: 5,
          leadLoad: 0.5,
          lawyerLoad: 1,
        },
      ],
      start: "2027-01-06",
      contractSigned: "2027-01-12",
      finish: "2027-01-12",
      daysLate: 0,
    };
    const weeks = scheduleWeeks([s]);
    expect(weeks).toEqual(["2027-01-04", "2027-01-11"]);
    const load = weeklyLoad([s], weeks);
    expect(load.get("L1")).toEqual([0.3, 0.2]);
    expect(load.get("J1")).toEqual([0.6, 0.4]);
    expect(scheduleWeeks([])).toEqual([]);
  });
});
