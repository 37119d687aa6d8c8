// Easter and the Norwegian public holidays against known years.
import { easterSunday } from "../../../src/domain/calendar/easter";
import { norwegianPublicHolidays } from "../../../src/domain/calendar/norwegianHolidays";

describe("easterSunday", () => {
  it.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
    [1818, "1818-03-22"],
    [1943, "1943-04-25"],
    [2000, "2000-04-23"],
  ])("Easter %i is %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
  it("rejects years before the Gregorian calendar", () => {
    expect(() => easterSunday(1500)).toThrow(/Gregorian/);
  });
});

describe("norwegianPublicHolidays", () => {
  it("lists the twelve holidays of 2027 with the Easter-based ones", () => {
    const byCode = Object.fromEntries(norwegianPublicHolidays(2027).map((h) => [h.code, h.date]));
    expect(byCode).toEqual({
      "new-year": "2027-01-01",
      "maundy-thursday": "2027-03-25",
      "good-friday": "2027-03-26",
      "easter-sunday": "2027-03-28",
      "easter-monday": "2027-03-29",
      "labour-day": "2027-05-01",
      "constitution-day": "2027-05-17",
      ascension: "2027-05-06",
      "whit-sunday": "2027-05-16",
      "whit-monday": "2027-05-17",
      "christmas-day": "2027-12-25",
      "boxing-day": "2027-12-26",
    });
  });
  it("keeps date order", () => {
    const dates = norwegianPublicHolidays(2026).map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
  });
});
