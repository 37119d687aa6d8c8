// Tests of the time-zone-free calendar date arithmetic.
import {
  addDays,
  daysBetween,
  isIsoDate,
  isoWeekday,
  fromDayNumber,
  toDayNumber,
} from "../../src/domain/time/isoDate";

describe("isoDate", () => {
  it("accepts real dates and rejects impossible ones", () => {
    expect(isIsoDate("2027-01-15")).toBe(true);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2027-13-01")).toBe(false);
    expect(isIsoDate("15.01.2027")).toBe(false);
  });
  it("adds days across months, years and leap days", () => {
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(daysBetween("2027-01-01", "2028-01-01")).toBe(365);
  });
  it("knows weekdays (1 = Monday)", () => {
    expect(isoWeekday("2026-11-29")).toBe(7);
    expect(isoWeekday("2027-01-15")).toBe(5);
    expect(isoWeekday("1970-01-01")).toBe(4);
  });
  it("round-trips day numbers", () => {
    for (const d of ["1999-12-31", "2027-06-30", "2100-03-01"]) expect(fromDayNumber(toDayNumber(d))).toBe(d);
  });
});
