/** Date-only SharePoint values: instants ↔ calendar days of the site's time zone, across DST. */
import {
  calendarDateOfInstant,
  instantOfLocalMidnight,
  todayInOslo,
} from "../../../src/application/sharepoint/zonedDates";
import { defaultPlanYear } from "../../../src/domain/planYear/planYearDefaults";
import { addDays } from "../../../src/domain/time/isoDate";

describe("zoned dates", () => {
  it("reads a winter and a summer date-only value as the Oslo calendar day", () => {
    expect(calendarDateOfInstant("2027-01-14T23:00:00Z")).toBe("2027-01-15");
    expect(calendarDateOfInstant("2027-06-14T22:00:00Z")).toBe("2027-06-15");
    expect(calendarDateOfInstant("2027-06-15")).toBe("2027-06-15");
  });

  it("writes local midnight, and the round trip keeps every day of two years (DST changes included)", () => {
    expect(instantOfLocalMidnight("2027-03-28")).toBe("2027-03-27T23:00:00Z"); // DST starts that night
    expect(instantOfLocalMidnight("2027-03-29")).toBe("2027-03-28T22:00:00Z");
    for (let d = "2026-01-01"; d < "2028-01-01"; d = addDays(d, 1)) {
      expect(calendarDateOfInstant(instantOfLocalMidnight(d))).toBe(d);
    }
  });

  it("works for another time zone and rejects non-dates", () => {
    expect(instantOfLocalMidnight("2027-01-15", "America/New_York")).toBe("2027-01-15T05:00:00Z");
    expect(() => calendarDateOfInstant("15.01.2027")).toThrow(RangeError);
    expect(() => instantOfLocalMidnight("2027-02-30")).toThrow(RangeError);
  });

  it("takes today in Oslo, and the default plan year is the year after it (new year's eve in UTC counts)", () => {
    expect(todayInOslo(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(todayInOslo(new Date("2026-12-31T12:00:00Z"))).toBe("2026-12-31");
    expect(defaultPlanYear(todayInOslo(new Date("2026-12-31T23:30:00Z")))).toBe(2028);
    expect(defaultPlanYear("2026-09-01")).toBe(2027);
  });
});
