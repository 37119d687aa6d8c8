// The working calendar: weekends, public holidays, holiday weeks, counting working days.
import { WorkCalendar, DEFAULT_CALENDAR_CONFIG } from "../../../src/domain/calendar/workCalendar";
import { isoWeekLabel } from "../../../src/domain/calendar/isoWeek";
import { norwegianPublicHolidays } from "../../../src/domain/calendar/norwegianHolidays";
import { addDays, fromDayNumber, isoWeekday, toDayNumber } from "../../../src/domain/time/isoDate";

const d = toDayNumber;

describe("WorkCalendar", () => {
  const cal = new WorkCalendar(DEFAULT_CALENDAR_CONFIG, "2027-01-01");

  it("never counts a public holiday, weekend day or holiday-week day as a working day (2027–2040)", () => {
    for (let year = 2027; year <= 2040; year += 1) {
      for (const h of norwegianPublicHolidays(year)) expect(cal.isWorkingDay(d(h.date))).toBe(false);
    }
    for (let day = d("2027-01-01"); day <= d("2040-12-31"); day += 1) {
      const weekday = isoWeekday(fromDayNumber(day));
      if (weekday >= 6) expect(cal.isWorkingDay(day)).toBe(false);
    }
  });

  it("closes ISO weeks 28–30 by default (July 2027: 12–30 July)", () => {
    expect(cal.isWorkingDay(d("2027-07-09"))).toBe(true);
    for (let day = d("2027-07-12"); day <= d("2027-07-30"); day += 1)
      expect(cal.isWorkingDay(day)).toBe(false);
    expect(cal.isWorkingDay(d("2027-08-02"))).toBe(true);
    expect(isoWeekLabel(d("2027-07-12"))).toBe("2027-W28");
  });

  it("counts working days in Easter week 2027 (Mon–Wed only)", () => {
    expect(cal.workingDaysIn(d("2027-03-22"), d("2027-03-28"))).toBe(3);
    expect(cal.workingDaysIn(d("2027-03-29"), d("2027-04-04"))).toBe(4); // Easter Monday
  });

  it("counts 255 working days in 2027 without holiday weeks", () => {
    const plain = new WorkCalendar({ holidayWeeks: [], closedDays: [] }, "2027-01-01");
    // 261 weekdays − 6 weekday holidays (1 Jan, 25, 26, 29 Mar, 6 May, 17 May = Whit Monday); 1 May and Christmas fall on the weekend.
    let expected = 0;
    const holidays = new Set(norwegianPublicHolidays(2027).map((h) => h.date));
    for (let day = d("2027-01-01"); day <= d("2027-12-31"); day += 1) {
      const date = fromDayNumber(day);
      if (isoWeekday(date) <= 5 && !holidays.has(date)) expected += 1;
    }
    expect(plain.workingDaysIn(d("2027-01-01"), d("2027-12-31"))).toBe(expected);
    expect(expected).toBe(255);
  });

  it("ends an effort of n working days on the n-th working day", () => {
    expect(fromDayNumber(cal.workingDayEnd(d("2027-03-22"), 4))).toBe("2027-03-30"); // skips Easter
    expect(fromDayNumber(cal.workingDayEnd(d("2027-07-09"), 2))).toBe("2027-08-02"); // skips weeks 28–30
    for (let n = 1; n < 400; n += 37) {
      const end = cal.workingDayEnd(d("2027-01-04"), n);
      expect(cal.workingDaysIn(d("2027-01-04"), end)).toBe(n);
      expect(cal.isWorkingDay(end)).toBe(true);
    }
  });

  it("honours extra closed days and lists non-working weekdays with the reason", () => {
    const closed = new WorkCalendar({ holidayWeeks: [], closedDays: ["2027-12-27"] }, "2027-12-01");
    expect(closed.holidaysIn("2027-12-20", "2028-01-03")).toEqual(
      [
        { date: "2027-12-27", kind: "closed" },
        { date: "2028-01-01", kind: "public-holiday", code: "new-year" },
      ].filter((h) => isoWeekday(h.date) <= 5),
    );
    expect(closed.holidaysIn("2027-12-20", "2027-12-31").map((h) => h.date)).toEqual(["2027-12-27"]);
  });

  it("grows far ahead on demand", () => {
    const far = d(addDays("2027-01-01", 365 * 60));
    expect(cal.workingDaysIn(d("2027-01-01"), far)).toBeGreaterThan(60 * 230);
  });
});
