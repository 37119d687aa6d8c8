// The demo's spend cube: three years before the plan year, one row per unit × subcategory ×
// supplier × year, consistent with the contracts it comes from.
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { finalExpiry } from "../../src/domain/model/contract";
import { allUnits } from "../../src/domain/model/defaults";

const tenant = generateDemoTenant();
const { spend, contracts, config } = tenant;
const key = (...parts: unknown[]) => parts.join("|");

describe("demo spend cube", () => {
  it("covers the three years before the plan year with positive whole-krone amounts from known units", () => {
    const years = [...new Set(spend.map((s) => s.year))].sort();
    expect(years).toEqual([config.planYear - 3, config.planYear - 2, config.planYear - 1]);
    const units = new Set(allUnits(config).map((u) => u.id));
    expect(spend.filter((s) => !units.has(s.unit) || !Number.isInteger(s.amount) || s.amount <= 0)).toEqual(
      [],
    );
    const keys = spend.map((s) => key(s.year, s.unit, s.subcategory, s.supplier));
    expect(new Set(keys).size).toBe(spend.length);
  });

  it("has spend on every contract in force in those years, and never much more than the contract value", () => {
    const first = config.planYear - 3;
    const active = contracts.filter(
      (c) => c.start <= `${config.planYear - 1}-12-31` && finalExpiry(c) >= `${first}-01-01`,
    );
    const spent = new Map<string, number>();
    for (const s of spend)
      spent.set(key(s.subcategory, s.supplier), (spent.get(key(s.subcategory, s.supplier)) ?? 0) + s.amount);
    const bySupplier = new Map<string, number>();
    for (const c of contracts) {
      const k = key(c.subcategory, c.supplier);
      bySupplier.set(k, (bySupplier.get(k) ?? 0) + c.value);
    }
    expect(active.filter((c) => !spent.has(key(c.subcategory, c.supplier)))).toEqual([]);
    const overspent = [...bySupplier].filter(([k, value]) => (spent.get(k) ?? 0) > 1.15 * value);
    expect(overspent).toEqual([]);
  });

  it("has a little off-contract spend with suppliers outside KAV", () => {
    const kavSuppliers = new Set(contracts.map((c) => c.supplier));
    const offContract = spend.filter((s) => !kavSuppliers.has(s.supplier));
    const total = spend.reduce((sum, s) => sum + s.amount, 0);
    const offTotal = offContract.reduce((sum, s) => sum + s.amount, 0);
    expect(offContract.length).toBeGreaterThan(0);
    expect(offTotal / total).toBeLessThan(0.05);
  });
});
