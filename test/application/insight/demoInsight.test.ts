// The insight on the demo tenant finds every planted case: expiring contracts with and without
// needs, off-contract spend above the threshold, the near-duplicate needs from three units, and the
// Nordic and Armed Forces flags — each with the numbers behind it.
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import { runPlan } from "../../../src/application/runPlan";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { PLANTED_LATE_DAYS, PLANTED_SILENT_UNIT } from "../../../src/demo/plantedReceipts";
import { addDays } from "../../../src/domain/time/isoDate";
import { PLANTED_DUPLICATE_TITLES, PLANTED_OFF_CONTRACT } from "../../../src/demo/plantedInsight";
import type { PlanInsight } from "../../../src/domain/insight/planInsight";
import { finalExpiry } from "../../../src/domain/model/contract";
import type { Need } from "../../../src/domain/model/need";

const input = generateDemoTenant();
let insight: PlanInsight;
let accepted: Need[];
beforeAll(async () => {
  const result = await runPlan(input, { includeSecurityGraded: true, insight: { asOf: "2026-11-20" } });
  if (!result.insight) throw new Error("no insight");
  insight = result.insight;
  accepted = result.needs.flatMap((n) => (n.need ? [n.need] : []));
  expect(result.counts).toEqual({ received: 500, accepted: 489, rejected: 11 });
});

describe("demo tenant insight", () => {
  it("expiring contracts: renewal needs are linked to their contracts, the rest are suggested, none left out", () => {
    const contracts = new Map(input.contracts.map((c) => [c.id, c]));
    const byContract = new Map(insight.expiry.contracts.map((c) => [c.contractId, c]));
    const renewals = accepted.filter((n) => n.existingContractId !== undefined);
    expect(renewals.length).toBeGreaterThan(100);
    for (const need of renewals) {
      const expiry = byContract.get(need.existingContractId as string);
      if (expiry) expect(expiry.coveredBy).toContain(need.id);
      else {
        const contract = contracts.get(need.existingContractId as string);
        // Out of scope only when its renewal can start after the horizon.
        expect(finalExpiry(contract as never) > insight.expiry.horizon.end).toBe(true);
      }
    }
    const suggested = insight.expiry.contracts.filter((c) => c.suggestion);
    expect(suggested.length).toBeGreaterThan(300);
    for (const c of suggested) {
      expect(c.coveredBy).toEqual([]);
      expect(c.suggestion?.estimatedValue).toBe(contracts.get(c.contractId)?.value);
      expect(c.suggestion?.neededBy).toBe(c.signBy);
      expect(c.latestStart <= insight.expiry.horizon.end).toBe(true);
      expect(c.leadDays).toBeGreaterThan(0);
    }
    expect(insight.expiry.counts.uncovered).toBe(0);
    expect(insight.expiry.counts.covered + insight.expiry.counts.suggested).toBe(
      insight.expiry.counts.inScope,
    );
  });

  it("off-contract spend: the planted supplier shows as a framework candidate with its amounts", () => {
    const planted = PLANTED_OFF_CONTRACT;
    const s = insight.spend.suggestions.find(
      (x) => x.id === `KONS-${planted.category}-${planted.subcategory}`,
    );
    if (!s) throw new Error("the planted consolidation case is not found");
    const yearly = planted.amounts.reduce((sum, [, amount]) => sum + amount, 0);
    expect(s.suppliers.find((x) => x.key === planted.supplier)?.amount).toBe(3 * yearly);
    for (const [unit] of planted.amounts) expect(s.units.map((u) => u.key)).toContain(unit);
    expect(s.estimatedFrameworkValue).toBeGreaterThanOrEqual(s.threshold);
    expect(insight.spend.offContractTotal).toBeGreaterThanOrEqual(3 * yearly);
  });

  it("near-duplicate needs: the three planted titles from three units are one joint proposal", () => {
    const planted = accepted.filter((n) => (PLANTED_DUPLICATE_TITLES as readonly string[]).includes(n.title));
    expect(planted).toHaveLength(3);
    expect(new Set(planted.map((n) => n.unit)).size).toBe(3);
    const proposal = insight.joint.find(
      (p) => p.kind === "similar" && p.needIds.includes(planted[0]?.id as string),
    );
    expect(proposal?.needIds).toEqual(expect.arrayContaining(planted.map((n) => n.id)));
    expect(proposal?.reach).toBeGreaterThanOrEqual(3);
  });

  it("Nordic and Armed Forces flags: every flagged need is in exactly one coordination group of its kind", () => {
    for (const [kind, flagged] of [
      ["nordic", accepted.filter((n) => n.joint.nordic)],
      ["armed-forces", accepted.filter((n) => n.joint.armedForces)],
    ] as const) {
      expect(flagged.length).toBeGreaterThanOrEqual(12);
      const groups = insight.joint.filter((p) => p.kind === kind);
      expect(groups.every((g) => g.coordinate)).toBe(true);
      const listed = groups.flatMap((g) => g.needIds);
      expect([...listed].sort()).toEqual(flagged.map((n) => n.id).sort());
    }
  });

  it("the wheel: the planted silent unit and the planted late submissions, nothing else", () => {
    expect(insight.wheel.notSubmitted).toEqual([PLANTED_SILENT_UNIT]);
    expect(insight.wheel.submitted).toHaveLength(20);
    expect(insight.wheel.withoutReceiptDate).toBe(0);
    expect(insight.wheel.late.map((l) => l.daysLate)).toEqual([...PLANTED_LATE_DAYS]);
    expect(new Set(insight.wheel.late.map((l) => l.unit)).size).toBe(PLANTED_LATE_DAYS.length);
    for (const l of insight.wheel.late) {
      const need = accepted.find((n) => n.id === l.needId);
      expect(need?.deliveryTrack).toBe("basis");
      expect(need?.receivedDate).toBe(l.receivedDate);
    }
    // Every other annual-cycle need arrived in September or October, before the deadline.
    const lateIds = new Set(insight.wheel.late.map((l) => l.needId));
    for (const n of accepted.filter((x) => x.deliveryTrack !== "hurtig" && !lateIds.has(x.id))) {
      expect(n.receivedDate! >= "2026-09-01" && n.receivedDate! <= "2026-10-31").toBe(true);
    }
  });

  it("fast-track follow-up: receipt dates before the plan start make the SLA share a real figure", async () => {
    const later = await runPlan(input, { includeSecurityGraded: true, insight: { asOf: "2027-12-31" } });
    const fast = later.insight?.fastTrack;
    if (!fast) throw new Error("no fast-track follow-up");
    expect(fast.items.length).toBeGreaterThan(20);
    expect(fast.items.every((i) => i.receivedDate !== undefined)).toBe(true);
    expect(fast.delivered).toBe(fast.items.length);
    // Each status follows from the receipt date: SLA = receipt + 60 days, against the signing.
    for (const i of fast.items) {
      expect(i.slaDeadline).toBe(addDays(i.receivedDate as string, 60));
      expect(i.status).toBe((i.signed as string) <= i.slaDeadline ? "delivered-in-time" : "delivered-late");
    }
    const inTime = fast.items.filter((i) => i.status === "delivered-in-time").length;
    expect(inTime).toBeGreaterThan(0);
    expect(inTime).toBeLessThan(fast.items.length);
    expect(fast.shareInTime).toBeCloseTo(inTime / fast.items.length, 10);
  });
});

it("the wheel's unscored needs are exactly those the prioritisation cannot score", async () => {
  const solver = await createHighsSolver();
  const result = await runPlan(input, {
    includeSecurityGraded: false,
    solver,
    frontier: false,
    insight: { asOf: "2026-11-20" },
  });
  const errors = [...new Set(result.prioritisation?.result?.errors.map((e) => e.needId))].sort();
  expect(errors.length).toBeGreaterThan(0);
  expect([...(result.insight?.wheel.open.unscoredNeeds ?? [])].sort()).toEqual(errors);
});
