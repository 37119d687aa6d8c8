// Table tests of the date parser: Norwegian and ISO forms, Graph's UTC date-times, impossible dates.
import { parseNorwegianDate } from "../../../src/domain/intake/parseNorwegianDate";

describe("parseNorwegianDate", () => {
  it.each([
    ["15.01.2027", "2027-01-15"],
    ["15.1.2027", "2027-01-15"],
    ["5.1.2027", "2027-01-05"],
    ["15/01/2027", "2027-01-15"],
    ["15-01-2027", "2027-01-15"],
    ["15.01.2027 00:00", "2027-01-15"],
    [" 2027-01-15 ", "2027-01-15"],
    ["29.02.2028", "2028-02-29"],
    // Graph: a date-only column saved at midnight in Oslo comes back in UTC (winter +01:00, summer +02:00).
    ["2027-01-14T23:00:00Z", "2027-01-15"],
    ["2027-06-14T22:00:00Z", "2027-06-15"],
    ["2027-06-14T22:00:00.000Z", "2027-06-15"],
    ["2027-01-15T00:00:00+01:00", "2027-01-15"],
    ["2027-01-15T12:00:00Z", "2027-01-15"],
    ["2027-12-31T23:30:00Z", "2028-01-01"],
    ["2027-01-15T00:30:00-05:00", "2027-01-15"],
    ["2027-01-15T00:00:00", "2027-01-15"],
    ["2027-01-15 08:00", "2027-01-15"],
  ])("reads %p as %p", (text, expected) => {
    expect(parseNorwegianDate(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", "empty"],
    ["  ", "empty"],
    ["neste år", "invalid"],
    ["15.01.27", "invalid"],
    ["15.01/2027", "invalid"],
    ["2027-1-15", "invalid"],
    ["2027/01/15", "invalid"],
    ["20270115", "invalid"],
    ["30.02.2027", "impossible"],
    ["29.02.2027", "impossible"],
    ["31.04.2027", "impossible"],
    ["15.13.2027", "impossible"],
    ["00.01.2027", "impossible"],
    ["2027-02-30", "impossible"],
    ["2027-02-30T23:00:00Z", "impossible"],
    ["2027-01-15T25:00:00Z", "impossible"],
    ["15.01.1850", "impossible"],
  ])("rejects %p as %p", (text, error) => {
    expect(parseNorwegianDate(text)).toEqual({ ok: false, error });
  });
});
