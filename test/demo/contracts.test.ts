// The demo's KAV register: 890 well-formed contracts in force at the plan start, frameworks within
// 4 years including options, and a fair share expiring within the plan year and the next.
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { renewalHorizon } from "../../src/demo/needSpecs";
import { finalExpiry } from "../../src/domain/model/contract";
import { addDays, isIsoDate, isoFromYmd } from "../../src/domain/time/isoDate";

const tenant = generateDemoTenant();
const { contracts, config } = tenant;

/** The date `years` years after `date`, less one day (the last day of a period of that length). */
function lastDayAfterYears(date: string, years: number): string {
  return addDays(`${Number(date.slice(0, 4)) + years}${date.slice(4)}`, -1);
}

describe("demo KAV contracts", () => {
  it("are 890 with unique ids, suppliers ending in AS and known categories", () => {
    expect(contracts).toHaveLength(890);
    expect(new Set(contracts.map((c) => c.id)).size).toBe(890);
    const subcategories = new Map(config.mainCategories.map((c) => [c.id, c.subcategories.map((s) => s.id)]));
    const problems = contracts.filter(
      (c) =>
        !/^\S.* AS$/.test(c.supplier) ||
        c.name.trim() === "" ||
        !(subcategories.get(c.category) ?? []).includes(c.subcategory ?? ""),
    );
    expect(problems).toEqual([]);
  });

  it("have ordered periods with 0–2 options and are in force on 1 January of the plan year", () => {
    const planStart = isoFromYmd(config.planYear, 1, 1);
    const problems = contracts.filter((c) => {
      const dates = [c.start, c.end, ...c.options.map((o) => o.until)];
      const ordered = dates.every((d, i) => isIsoDate(d) && (i === 0 || d > (dates[i - 1] ?? "")));
      return !ordered || c.options.length > 2 || c.start > planStart || finalExpiry(c) < planStart;
    });
    expect(problems).toEqual([]);
    for (const count of [0, 1, 2]) expect(contracts.some((c) => c.options.length === count)).toBe(true);
  });

  it("keep framework agreements within 4 years including options", () => {
    const frameworks = contracts.filter((c) => c.framework);
    expect(frameworks.length).toBeGreaterThan(contracts.length / 3);
    expect(frameworks.filter((c) => finalExpiry(c) > lastDayAfterYears(c.start, 4))).toEqual([]);
    expect(contracts.some((c) => !c.framework && finalExpiry(c) > lastDayAfterYears(c.start, 4))).toBe(true);
  });

  it("have a fair share expiring within the plan year and the next, and the rest later", () => {
    const horizon = renewalHorizon(config.planYear);
    const expiring = contracts.filter((c) => finalExpiry(c) <= horizon.to).length / contracts.length;
    expect(expiring).toBeGreaterThan(0.3);
    expect(expiring).toBeLessThan(0.75);
  });

  it("have values from about NOK 50 000 upwards, spread over several orders of magnitude", () => {
    const values = contracts.map((c) => c.value);
    expect(values.every((v) => Number.isInteger(v) && v >= 50_000)).toBe(true);
    expect(values.filter((v) => v < 1_000_000).length).toBeGreaterThan(10);
    expect(values.filter((v) => v >= 100_000_000).length).toBeGreaterThan(5);
  });
});
