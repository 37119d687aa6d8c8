// The mix of demo needs: security-graded, renewals of expiring contracts, joint and fast-track
// needs, a small DAG of dependencies, and values and dates spread like a real plan year.
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { renewalHorizon } from "../../src/demo/needSpecs";
import { finalExpiry } from "../../src/domain/model/contract";
import type { RawRecord } from "../../src/domain/intake/intakeTypes";
import { isYes, readAmount, readDate, readList, readUnit, validRows } from "./demoRows";

const tenant = generateDemoTenant();
const rows = validRows(tenant).map((r) => r.record);
const share = (pick: (r: RawRecord) => boolean) => rows.filter(pick).length / rows.length;
const isFastTrack = (r: RawRecord) => r.deliveryTrack === "hurtig" || r.deliveryTrack === "Hurtigleveranse";

describe("demo need mix", () => {
  it("has about 8 % security-graded needs", () => {
    const graded = share((r) => isYes(r.securityGraded));
    expect(graded).toBeGreaterThan(0.06);
    expect(graded).toBeLessThan(0.1);
  });

  it("has about 25 % renewals, each of a KAV contract that expires after all options in the horizon", () => {
    const renewals = rows.filter((r) => r.existingContractId !== undefined);
    expect(renewals.length / rows.length).toBeGreaterThan(0.22);
    expect(renewals.length / rows.length).toBeLessThan(0.28);
    const horizon = renewalHorizon(tenant.config.planYear);
    const byId = new Map(tenant.contracts.map((c) => [c.id, c]));
    for (const r of renewals) {
      expect(r.insightSource).toBe("kav-expiry");
      const contract = byId.get(String(r.existingContractId));
      expect(contract).toBeDefined();
      const expiry = finalExpiry(contract!);
      expect(expiry >= horizon.from && expiry <= horizon.to).toBe(true);
      expect(readDate(r.neededBy)).toBe(expiry);
      expect(r.category).toBe(contract!.category);
    }
    expect(new Set(renewals.map((r) => r.existingContractId)).size).toBe(renewals.length);
  });

  it("has about 8 % joint needs: Nordic, Armed Forces and shared between units", () => {
    const nordic = rows.filter((r) => isYes(r.jointNordic));
    const armedForces = rows.filter((r) => isYes(r.jointArmedForces));
    const shared = rows.filter((r) => r.sharedWithUnits !== undefined);
    const joint = share(
      (r) => isYes(r.jointNordic) || isYes(r.jointArmedForces) || r.sharedWithUnits !== undefined,
    );
    expect(joint).toBeGreaterThan(0.06);
    expect(joint).toBeLessThan(0.1);
    expect(nordic.every((r) => r.insightSource === "nordic")).toBe(true);
    expect(armedForces.every((r) => r.insightSource === "armed-forces")).toBe(true);
    for (const group of [nordic, armedForces, shared]) expect(group.length).toBeGreaterThan(5);
    for (const r of shared) {
      const others = readList(r.sharedWithUnits);
      expect(others.length).toBeGreaterThanOrEqual(2);
      for (const id of others) expect(readUnit(tenant, id)).toBe(id);
      expect(others).not.toContain(readUnit(tenant, r.unit));
    }
  });

  it("has about 5 % fast-track needs, small and due early in the plan year", () => {
    const fast = rows.filter(isFastTrack);
    expect(fast.length / rows.length).toBeGreaterThan(0.03);
    expect(fast.length / rows.length).toBeLessThan(0.07);
    for (const r of fast) {
      expect(readAmount(r.estimatedValue)).toBeLessThan(1_300_000);
      expect(readDate(r.neededBy)?.startsWith(String(tenant.config.planYear))).toBe(true);
    }
  });

  it("has about ten dependencies among valid rows, forming a DAG", () => {
    const ids = new Set(rows.map((r) => String(r.id)));
    const edges = rows.flatMap((r) => readList(r.dependsOn).map((to) => [String(r.id), to] as const));
    expect(edges.length).toBeGreaterThanOrEqual(8);
    expect(edges.length).toBeLessThanOrEqual(15);
    for (const [, to] of edges) expect(ids).toContain(to);
    const next = new Map<string, string[]>();
    for (const [from, to] of edges) next.set(from, [...(next.get(from) ?? []), to]);
    const state = new Map<string, "open" | "done">();
    const visit = (id: string): boolean => {
      if (state.get(id) === "done") return true;
      if (state.get(id) === "open") return false;
      state.set(id, "open");
      const ok = (next.get(id) ?? []).every(visit);
      state.set(id, "done");
      return ok;
    };
    expect([...next.keys()].every(visit)).toBe(true);
  });

  it("spreads values from about NOK 50 000 to 200 million, with a few very large works", () => {
    const values = rows.map((r) => ({ value: readAmount(r.estimatedValue)!, type: r.contractType }));
    const works = (t: unknown) => t === "works" || t === "Bygge- og anleggsarbeider";
    expect(Math.min(...values.map((v) => v.value))).toBeGreaterThanOrEqual(50_000);
    expect(values.filter((v) => !works(v.type)).every((v) => v.value <= 200_000_000)).toBe(true);
    const huge = values.filter((v) => v.value > 200_000_000);
    expect(huge.length).toBeGreaterThanOrEqual(3);
    expect(huge.every((v) => works(v.type))).toBe(true);
    expect(values.filter((v) => v.value < 1_300_000).length).toBeGreaterThan(rows.length / 10);
  });

  it("spreads neededBy over the plan year and the next", () => {
    const year = tenant.config.planYear;
    const years = rows
      .map((r) => readDate(r.neededBy))
      .filter((d) => d !== undefined)
      .map((d) => Number(d.slice(0, 4)));
    expect(years.length).toBeGreaterThan(rows.length * 0.9);
    expect(years.every((y) => y === year || y === year + 1)).toBe(true);
    expect(years.filter((y) => y === year).length).toBeGreaterThan(years.length / 4);
    expect(years.filter((y) => y === year + 1).length).toBeGreaterThan(years.length / 4);
  });
});
