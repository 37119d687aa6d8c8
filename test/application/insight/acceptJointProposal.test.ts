// Accepting a joint proposal on the demo tenant: the merged need passes the real intake with the sum
// of the values and the other units as sharedWithUnits; the originals stay, withdrawn, with feedback,
// and are no longer proposed.
import { acceptJointProposal } from "../../../src/application/insight/acceptJointProposal";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { PLANTED_DUPLICATE_TITLES } from "../../../src/demo/plantedInsight";
import { proposeJointProcurements } from "../../../src/domain/insight/jointProcurement";
import type { RawRecord } from "../../../src/domain/intake/intakeTypes";
import { validateNeeds } from "../../../src/domain/intake/validateNeeds";
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";
import { aNeed } from "../../domain/scheduling/builders";

const input = generateDemoTenant();
const ctx = {
  config: input.config,
  criteriaIds: DEFAULT_CRITERIA.map((c) => c.id),
  contractIds: new Set(input.contracts.map((c) => c.id)),
};

it("merges the planted near-duplicates into one need; the originals are withdrawn with feedback", () => {
  const accepted = validateNeeds(input.needs, ctx).accepted;
  const planted = accepted.filter((n) => (PLANTED_DUPLICATE_TITLES as readonly string[]).includes(n.title));
  const proposal = proposeJointProcurements(accepted).find((p) =>
    p.needIds.includes(planted[0]?.id as string),
  );
  if (!proposal) throw new Error("the planted proposal");
  const merge = acceptJointProposal(proposal, accepted, {
    needId: "BH-9100",
    unit: "pft",
    contact: "kari.nordmann@politiet.no",
  });
  const withdrawn = new Map(merge.originals.map((o) => [o.needId, o]));
  const records: RawRecord[] = [
    ...input.needs.map((r) => (withdrawn.has(String(r["id"])) ? { ...r, status: "withdrawn" } : r)),
    merge.record,
  ];
  const after = validateNeeds(records, ctx);
  expect(after.rejected).toHaveLength(11);
  const merged = after.accepted.find((n) => n.id === "BH-9100");
  const members = accepted.filter((n) => proposal.needIds.includes(n.id));
  expect(merged).toMatchObject({
    unit: "pft",
    estimatedValue: members.reduce((s, n) => s + n.estimatedValue, 0),
    title: `Felles anskaffelse – ${members[0]?.title}`,
    status: "submitted",
  });
  expect([...(merged?.joint.sharedWithUnits ?? [])].sort()).toEqual(
    proposal.units.filter((u) => u !== "pft"),
  );
  for (const o of merge.originals) {
    expect(after.accepted.find((n) => n.id === o.needId)?.status).toBe("withdrawn");
    expect(o.feedback).toContain("BH-9100");
    expect(o.feedback).toContain(proposal.id);
  }
  const again = proposeJointProcurements(after.accepted);
  expect(again.some((p) => p.needIds.some((id) => withdrawn.has(id)))).toBe(false);
});

it("a graded member makes the merged need graded; unknown needs and several contracts are refused", () => {
  const needs = [
    aNeed("A", {
      unit: "oslo",
      securityGraded: true,
      scores: { reach: 2, supplyRisk: 4 },
      existingContractId: "K1",
    }),
    aNeed("B", { unit: "vest", scores: { supplyRisk: 5 }, neededBy: "2027-05-01" }),
  ];
  const proposal = {
    id: "FELLES-001",
    kind: "similar" as const,
    category: "ikt",
    needIds: ["A", "B"],
    units: ["oslo", "vest"],
    reach: 2,
    totalValue: 1_000_000,
    coordinate: false,
  };
  const { record } = acceptJointProposal(proposal, needs, { needId: "M", unit: "oslo", contact: "x" });
  expect(record).toMatchObject({
    securityGraded: true,
    existingContractId: "K1",
    neededBy: "2027-05-01",
    sharedWithUnits: ["vest"],
    score_supplyRisk: 5,
  });
  expect(record["score_reach"]).toBeUndefined();
  expect(() =>
    acceptJointProposal({ ...proposal, needIds: ["A", "Z"] }, needs, {
      needId: "M",
      unit: "oslo",
      contact: "x",
    }),
  ).toThrow("Joint proposal FELLES-001, field needIds: need Z");
  const twoContracts = [needs[0], { ...needs[1], existingContractId: "K2" }] as typeof needs;
  expect(() =>
    acceptJointProposal(proposal, twoContracts, { needId: "M", unit: "oslo", contact: "x" }),
  ).toThrow("field existingContractId");
});
