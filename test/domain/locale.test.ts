// Tests of the UI formatting rules: Norwegian numbers, money and dates; catalogue fallback.
import { formatDate, formatMoney, formatNumber, localeFromTag, translate } from "../../src/i18n/locale";

const nbsp = /[\u00a0\u202f]/g;

describe("locale formatting", () => {
  it("formats money the Norwegian way", () => {
    expect(formatMoney(1_500_000, "nb").replace(nbsp, " ")).toBe("1 500 000,00 kr");
    expect(formatNumber(1234567.5, "nb", 1).replace(nbsp, " ")).toBe("1 234 567,5");
  });
  it("formats dates as dd.mm.yyyy in bokmål", () => {
    expect(formatDate("2027-01-15", "nb")).toBe("15.01.2027");
    expect(formatDate("2027-01-15", "en")).toBe("15/01/2027");
  });
  it("picks locales from tags and falls back to bokmål", () => {
    expect(localeFromTag("en-US")).toBe("en");
    expect(localeFromTag("nb-NO")).toBe("nb");
    expect(localeFromTag("nn-NO")).toBe("nb");
    expect(localeFromTag(undefined)).toBe("nb");
    const cat = { nb: { a: "Hei {navn}", b: "Bare norsk" }, en: { a: "Hello {navn}" } };
    expect(translate(cat, "en", "a", { navn: "Kari" })).toBe("Hello Kari");
    expect(translate(cat, "en", "b")).toBe("Bare norsk");
    expect(translate(cat, "nb", "missing")).toBe("missing");
  });
});
