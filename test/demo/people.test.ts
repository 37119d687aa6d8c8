// The demo's procurement leads and lawyers: counts, categories, availability and leave.
import { generateDemoTenant } from "../../src/demo/demoTenant";

const tenant = generateDemoTenant();
const { people, config } = tenant;

describe("demo people", () => {
  it("has 23 leads in the three main categories and 5 lawyers without one, all with distinct names and ids", () => {
    const categories = new Set(config.mainCategories.map((c) => c.id));
    const leads = people.filter((p) => p.role === "lead");
    const lawyers = people.filter((p) => p.role === "lawyer");
    expect(leads).toHaveLength(23);
    expect(leads.every((l) => categories.has(l.category ?? ""))).toBe(true);
    expect(lawyers).toHaveLength(5);
    expect(lawyers.every((l) => l.category === undefined)).toBe(true);
    expect(new Set(people.map((p) => p.name)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
  });

  it("gives availability from 0.6 to 1.0 in steps of 0.05", () => {
    for (const p of people) {
      expect(p.availability).toBeGreaterThanOrEqual(0.6);
      expect(p.availability).toBeLessThanOrEqual(1);
      expect(Math.abs(p.availability * 20 - Math.round(p.availability * 20))).toBeLessThan(1e-9);
    }
    expect(new Set(people.map((p) => p.availability)).size).toBeGreaterThan(2);
  });

  it("has a few leave periods, each inside the plan year", () => {
    const absences = people.flatMap((p) => p.absences);
    expect(absences.length).toBeGreaterThanOrEqual(2);
    expect(absences.length).toBeLessThan(people.length);
    const year = String(config.planYear);
    expect(
      absences.filter((a) => a.from > a.to || !a.from.startsWith(year) || !a.to.startsWith(year)),
    ).toEqual([]);
  });
});
