// The demo tenant as a whole: determinism, the counts the issue asks for, and full coverage of
// units and areas.
import { PLANTED_SILENT_UNIT } from "../../src/demo/plantedReceipts";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { DEMO_NEED_COUNT } from "../../src/demo/needIds";
import { allUnits, defaultPlanConfig } from "../../src/domain/model/defaults";
import { AREAS } from "../../src/domain/model/organisation";
import { readUnit, validRows } from "./demoRows";

const tenant = generateDemoTenant();

describe("generateDemoTenant", () => {
  it("gives the same JSON, byte for byte, for the same seed and plan year", () => {
    const again = generateDemoTenant({ seed: 2027, planYear: 2027 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(tenant));
  });

  it("gives different data for a different seed and moves with the plan year", () => {
    const other = generateDemoTenant({ seed: 2028 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(tenant));
    expect(other.needs.map((n) => n.title)).not.toEqual(tenant.needs.map((n) => n.title));
    const later = generateDemoTenant({ planYear: 2030 });
    expect(later.config).toEqual(defaultPlanConfig(2030));
    const absences = later.people.flatMap((p) => p.absences);
    expect(absences.length).toBeGreaterThan(0);
    expect(absences.every((a) => a.from.startsWith("2030"))).toBe(true);
    expect(later.contracts.every((c) => c.start < "2030-01-01")).toBe(true);
  });

  it("uses the default configuration of the plan year", () => {
    expect(tenant.config).toEqual(defaultPlanConfig(2027));
  });

  it("has about 500 needs, 890 contracts, 23 leads (8/8/7 over 3 categories) and 5 lawyers", () => {
    expect(tenant.needs).toHaveLength(DEMO_NEED_COUNT);
    expect(DEMO_NEED_COUNT).toBeGreaterThanOrEqual(450);
    expect(DEMO_NEED_COUNT).toBeLessThanOrEqual(550);
    expect(tenant.contracts).toHaveLength(890);
    const leads = tenant.people.filter((p) => p.role === "lead");
    expect(leads).toHaveLength(23);
    const perCategory = tenant.config.mainCategories.map(
      (c) => leads.filter((l) => l.category === c.id).length,
    );
    expect(perCategory).toEqual([8, 8, 7]);
    expect(tenant.people.filter((p) => p.role === "lawyer")).toHaveLength(5);
    expect(tenant.spend.length).toBeGreaterThan(1000);
  });

  it("has needs from every one of the 21 units but the planted silent one, and all 4 areas", () => {
    const rows = validRows(tenant);
    const all = tenant.needs.map((record) => readUnit(tenant, record.unit));
    const units = new Set(rows.map(({ record }) => readUnit(tenant, record.unit)));
    expect(allUnits(tenant.config)).toHaveLength(21);
    for (const unit of allUnits(tenant.config))
      if (unit.id === PLANTED_SILENT_UNIT) expect(all).not.toContain(unit.id);
      else expect(units).toContain(unit.id);
    const areas = new Set(rows.map(({ record }) => record.area));
    expect([...areas].sort()).toEqual([...AREAS].sort());
  });

  it("rejects a seed that is not an integer and an implausible plan year, naming the option", () => {
    expect(() => generateDemoTenant({ seed: 1.5 })).toThrow(/seed/);
    expect(() => generateDemoTenant({ planYear: 27 })).toThrow(/planYear/);
  });
});
