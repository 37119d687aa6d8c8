// Tests of the plan's working calendar: working days, lags as Project counts them, holiday runs.
import fc from "fast-check";
import {
  holidayRanges,
  isWorkingDay,
  makeProjectCalendar,
  startAfterLag,
  workingDayLag,
  workingDaysInRange,
} from "../../../src/domain/projectPlan/projectCalendar";
import { addDays } from "../../../src/domain/time/isoDate";
import { HOLIDAYS_2027 } from "../../builders/projectPlanFixtures";

const calendar = makeProjectCalendar(HOLIDAYS_2027);

describe("projectCalendar", () => {
  it("treats weekends and holidays as non-working", () => {
    expect(isWorkingDay(calendar, "2027-03-24")).toBe(true);
    expect(isWorkingDay(calendar, "2027-03-25")).toBe(false);
    expect(isWorkingDay(calendar, "2027-03-27")).toBe(false);
    expect(isWorkingDay(calendar, "2027-07-20")).toBe(false);
  });

  it("counts working days in a range, Easter excluded", () => {
    expect(workingDaysInRange(calendar, "2027-03-22", "2027-04-02")).toBe(7);
    expect(workingDaysInRange(calendar, "2027-01-04", "2027-01-08")).toBe(5);
    expect(workingDaysInRange(calendar, "2027-01-08", "2027-01-04")).toBe(0);
    expect(workingDaysInRange(makeProjectCalendar([]), "2027-01-01", "2027-12-31")).toBe(261);
  });

  it("computes finish-to-start lags as Project counts them", () => {
    expect(workingDayLag(calendar, "2027-03-19", "2027-03-22")).toBe(0);
    expect(workingDayLag(calendar, "2027-03-24", "2027-03-30")).toBe(0);
    expect(workingDayLag(calendar, "2027-03-24", "2027-03-31")).toBe(1);
    expect(workingDayLag(calendar, "2027-03-24", "2027-03-24")).toBe(-1);
    expect(workingDayLag(calendar, "2027-03-24", "2027-03-22")).toBe(-3);
  });

  it("places a successor back on its start from the predecessor's finish and the lag", () => {
    const workingDay = fc
      .integer({ min: 0, max: 360 })
      .map((n) => addDays("2027-01-04", n))
      .filter((d) => isWorkingDay(calendar, d));
    fc.assert(
      fc.property(workingDay, workingDay, (finish, start) => {
        expect(startAfterLag(calendar, finish, workingDayLag(calendar, finish, start))).toBe(start);
      }),
      { numRuns: 300 },
    );
  });

  it("merges holidays that follow each other or have only a weekend between into ranges", () => {
    const ranges = holidayRanges(calendar);
    expect(ranges).toContainEqual({ from: "2027-03-25", to: "2027-03-29" });
    expect(ranges).toContainEqual({ from: "2027-07-12", to: "2027-07-30" });
    expect(ranges).toContainEqual({ from: "2027-05-16", to: "2027-05-17" });
    expect(ranges).toContainEqual({ from: "2027-05-06", to: "2027-05-06" });
    const weekdaysOnly = makeProjectCalendar(["2027-07-09", "2027-07-12", "2027-07-13", "2027-07-15"]);
    expect(holidayRanges(weekdaysOnly)).toEqual([
      { from: "2027-07-09", to: "2027-07-13" },
      { from: "2027-07-15", to: "2027-07-15" },
    ]);
    expect(ranges.map((r) => r.from)).toEqual([...ranges.map((r) => r.from)].sort());
  });

  it("names a range after its days", () => {
    const names = { "2027-03-25": "Skjærtorsdag", "2027-03-26": "Langfredag", "2027-03-29": "2. påskedag" };
    expect(
      holidayRanges(makeProjectCalendar(["2027-03-25", "2027-03-26", "2027-03-29", "2027-05-17"]), names),
    ).toEqual([
      { from: "2027-03-25", to: "2027-03-29", name: "Skjærtorsdag, Langfredag, 2. påskedag" },
      { from: "2027-05-17", to: "2027-05-17" },
    ]);
  });

  it("rejects a holiday that is not an ISO date, naming it", () => {
    expect(() => makeProjectCalendar(["2027-01-01", "17.05.2027"])).toThrow(/holidays\[1\].*17\.05\.2027/);
  });
});
