// Tests of the shared planning pipeline: every record accounted for, input order, redaction.
import { runPlan } from "../../src/application/runPlan";
import { defaultPlanConfig } from "../../src/domain/model/defaults";
import type { PlanInput } from "../../src/domain/model/planInput";
import type { RawRecord } from "../../src/domain/intake/intakeTypes";

const base = {
  title: "Skuddsikre vester",
  unit: "kripos",
  area: "Materiell",
  category: "materiell",
  contractType: "goods",
  estimatedValue: 2_000_000,
  deliveryTrack: "basis",
};

function input(needs: PlanInput["needs"]): PlanInput {
  return { config: defaultPlanConfig(2027), needs, contracts: [], spend: [], people: [] };
}

describe("runPlan", () => {
  it("accounts for every record in input order with messages in both languages", async () => {
    const result = await runPlan(
      input([
        { ...base, id: "A" },
        { ...base, id: "B", unit: "Atlantis" },
        "not a record" as unknown as RawRecord,
        { ...base, id: "C", securityGraded: "Ja" },
      ]),
      { includeSecurityGraded: false },
    );
    expect(result.counts).toEqual({ received: 4, accepted: 2, rejected: 2 });
    expect(result.needs.map((n) => n.row)).toEqual([1, 2, 3, 4]);
    expect(result.needs.map((n) => n.status)).toEqual(["accepted", "rejected", "rejected", "accepted"]);
    const unitError = result.needs[1]?.errors.find((e) => e.field === "unit");
    expect(unitError?.message.nb).toContain("Atlantis");
    expect(unitError?.message.en).toContain("Atlantis");
    expect(unitError?.message.nb).not.toBe(unitError?.message.en);
    expect(result.needs[3]?.redacted).toBe(true);
    expect(result.needs[3]?.need?.title).toBe("[SKJERMET] C");
    expect(result.redaction.redactedCount).toBe(1);
  });

  it("keeps graded content only on explicit opt-in", async () => {
    const result = await runPlan(input([{ ...base, id: "C", securityGraded: true }]), {
      includeSecurityGraded: true,
    });
    expect(result.needs[0]?.need?.title).toBe("Skuddsikre vester");
    expect(result.needs[0]?.redacted).toBe(false);
  });
});
