// Accepted suggestions applied on every run with the record (planningInputFromRecord): on the demo
// tenant an accepted renewal becomes FORNYING-<contract> (pft, the category's lead as contact, the
// contract covered and no longer suggested), an accepted joint proposal becomes one merged need with
// reach = its units and the originals withdrawn with "merged into" feedback; counts say how many were
// created centrally; the wheel does not count them as a unit's submission; a dismissal creates
// nothing; what cannot be applied is a finding naming the suggestion.
import { checkAgainstSchema } from "../../../src/adapters/node/jsonSchemas";
import { insightOptionsFromRecord } from "../../../src/application/insight/decideSuggestion";
import { jointNeedId } from "../../../src/application/insight/centralNeeds";
import { planningInputFromRecord } from "../../../src/application/planYear/planningInputFromRecord";
import { runPlan } from "../../../src/application/runPlan";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { mapOf } from "../../../src/domain/planYear/dataMaps";
import type { PlanYearRecord, RecordedSuggestionDecision } from "../../../src/domain/planYear/planYearTypes";
import { testRecord } from "../../builders/memoryPlanYearStore";

const asOf = "2026-11-20";
const stamp = (at: string) => ({ by: "kat@politiet.no", at });

function withDecisions(
  record: PlanYearRecord,
  decisions: readonly (readonly [string, Omit<RecordedSuggestionDecision, "stamp">])[],
): PlanYearRecord {
  return {
    ...record,
    suggestionDecisions: mapOf(
      decisions.map(([id, d], i) => [id, { ...d, stamp: stamp(`2026-11-0${i + 1}T10:00:00.000Z`) }]),
    ),
  };
}

describe("central needs from accepted suggestions", () => {
  const demo = generateDemoTenant();
  const { config: _config, ...sources } = demo;
  const base = { ...testRecord(2027), config: demo.config };

  it("creates the renewal and the merged need, withdraws the originals, and counts them apart", async () => {
    const before = await runPlan(demo, { includeSecurityGraded: false, insight: { asOf } });
    const expiry = before.insight!.expiry.contracts.find((c) => c.suggestion && !c.overdue)!;
    const joint = before.insight!.joint.find((p) => p.kind === "similar" && p.needIds.length >= 2)!;
    const dismissed = before.insight!.expiry.contracts.filter((c) => c.suggestion)[5]!;
    const record = withDecisions(base, [
      [expiry.suggestion!.id, { kind: "renewal", action: "accepted" }],
      [joint.id, { kind: "joint", action: "accepted", needIds: [...joint.needIds].sort() }],
      [dismissed.suggestion!.id, { kind: "renewal", action: "dismissed", reason: "Bortfaller" }],
    ]);
    const { input, findings } = planningInputFromRecord(record, sources, { realTenant: false });
    expect(findings.filter((f) => f.code.startsWith("central."))).toEqual([]);
    const renewalId = `FORNYING-${expiry.contractId}`;
    const mergedId = jointNeedId(joint.id, joint.needIds);
    expect(input.needs.slice(-2).map((r) => r["id"])).toEqual([mergedId, renewalId]);

    const after = await runPlan(input, {
      includeSecurityGraded: true,
      insight: { ...insightOptionsFromRecord(record), asOf },
    });
    expect(after.counts).toEqual({
      received: demo.needs.length + 2,
      accepted: before.counts.accepted + 2,
      rejected: before.counts.rejected,
      centrallyCreated: 2,
    });
    const need = (id: string) => after.needs.find((n) => n.id === id)?.need;
    const lead = demo.people.find((p) => p.role === "lead" && p.category === need(renewalId)?.category);
    expect(need(renewalId)).toMatchObject({
      unit: "pft",
      existingContractId: expiry.contractId,
      insightSource: "kav-expiry",
      contact: lead?.name,
    });
    const covered = after.insight!.expiry.contracts.find((c) => c.contractId === expiry.contractId)!;
    expect([covered.coveredBy, covered.suggestion]).toEqual([[renewalId], undefined]);
    const stillDismissed = after.insight!.expiry.contracts.find((c) => c.contractId === dismissed.contractId);
    expect(stillDismissed?.suggestion).toMatchObject({ status: "dismissed", dismissReason: "Bortfaller" });

    const merged = need(mergedId)!;
    expect(new Set([merged.unit, ...merged.joint.sharedWithUnits]).size).toBe(joint.reach);
    expect(merged.estimatedValue).toBe(joint.totalValue);
    for (const id of joint.needIds) {
      expect(need(id)?.status).toBe("withdrawn");
      const decision = after.decisions.find((d) => d.needId === id);
      expect(decision).toMatchObject({ status: "withdrawn", decision: null, rank: null });
      expect(decision?.feedback).toContain(`felles anskaffelsen ${mergedId}`);
    }
    expect(after.insight!.joint.some((p) => p.needIds.some((id) => joint.needIds.includes(id)))).toBe(false);
    // The wheel: pft did not submit anything by creating renewals centrally.
    expect(after.insight!.wheel.submitted.map((s) => s.unit)).toEqual(
      before.insight!.wheel.submitted.map((s) => s.unit),
    );
    expect(after.decisions.some((d) => d.needId === mergedId || d.needId === renewalId)).toBe(true);
    expect(checkAgainstSchema("plan", JSON.parse(JSON.stringify(after)))).toEqual([]);

    // Derived, not stored: the same record planned again gives the same needs, no duplicates.
    const again = planningInputFromRecord(record, sources, { realTenant: false }).input;
    expect(JSON.stringify(again.needs)).toBe(JSON.stringify(input.needs));
  });

  it("says what cannot be applied, naming the suggestion, and creates nothing for it", () => {
    const needs = demo.needs.slice(0, 2).map((r) => String(r["id"]));
    const record = withDecisions(base, [
      ["FORSLAG-KAV-FINNES-IKKE", { kind: "renewal", action: "accepted" }],
      ["FELLES-900", { kind: "joint", action: "accepted", needIds: [needs[0]!, "BH-FINNES-IKKE"] }],
    ]);
    const { input, findings } = planningInputFromRecord(record, sources, { realTenant: false });
    expect(input.needs).toHaveLength(demo.needs.length);
    expect(findings.filter((f) => f.code.startsWith("central."))).toEqual([
      {
        code: "central.memberMissing",
        blocking: false,
        params: { suggestionId: "FELLES-900", needIds: "BH-FINNES-IKKE" },
      },
      {
        code: "central.unknownContract",
        blocking: false,
        params: { suggestionId: "FORSLAG-KAV-FINNES-IKKE", contractId: "KAV-FINNES-IKKE" },
      },
    ]);
  });

  it("leaves a renewal to the unit's need that covers the contract, and refuses an id a unit took", async () => {
    const covering = demo.needs.find((r) => typeof r["existingContractId"] === "string")!;
    const coveredId = String(covering["existingContractId"]);
    const plain = await runPlan(demo, { includeSecurityGraded: false, insight: { asOf } });
    const open = plain.insight!.expiry.contracts.find((c) => c.suggestion && !c.overdue)!;
    const taken = { ...demo.needs[0]!, id: `FORNYING-${open.contractId}` };
    const record = withDecisions(base, [
      [`FORSLAG-${coveredId}`, { kind: "renewal", action: "accepted" }],
      [open.suggestion!.id, { kind: "renewal", action: "accepted" }],
    ]);
    const { input, findings } = planningInputFromRecord(
      record,
      { ...sources, needs: [...demo.needs, taken] },
      { realTenant: false },
    );
    expect(input.needs).toHaveLength(demo.needs.length + 1);
    expect(input.needs.some((r) => r["createdCentrally"] === true)).toBe(false);
    expect(findings.filter((f) => f.code.startsWith("central."))).toEqual([
      {
        code: "central.idTaken",
        blocking: false,
        params: { suggestionId: open.suggestion!.id, needId: `FORNYING-${open.contractId}` },
      },
    ]);
  });
});
