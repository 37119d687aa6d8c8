// Accepting a renewal suggestion: the record passes the real intake, links the contract, and the
// next analysis shows the contract covered by the new need instead of suggested.
import { suggestionToNeedRecord } from "../../../src/application/insight/acceptSuggestion";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { analyseContractExpiry, defaultHorizon } from "../../../src/domain/insight/contractExpiry";
import { validateNeeds } from "../../../src/domain/intake/validateNeeds";
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";
import { defaultSchedulingConfig } from "../../../src/domain/scheduling/schedulingConfig";

it("an accepted suggestion becomes a valid need with the contract linked and covers it next time", () => {
  const input = generateDemoTenant();
  const ctx = {
    config: input.config,
    criteriaIds: DEFAULT_CRITERIA.map((c) => c.id),
    contractIds: new Set(input.contracts.map((c) => c.id)),
  };
  const analyse = (needs: ReturnType<typeof validateNeeds>["accepted"]) =>
    analyseContractExpiry({
      contracts: input.contracts,
      needs,
      scheduling: defaultSchedulingConfig(),
      thresholds: input.config.thresholds,
      horizon: defaultHorizon(2027, input.config.planStart),
    });
  const before = analyse(validateNeeds(input.needs, ctx).accepted);
  const target = before.contracts.find((c) => c.suggestion);
  if (!target) throw new Error("the demo has suggestions");
  const contract = input.contracts.find((c) => c.id === target.contractId);
  if (!contract) throw new Error("contract");
  const record = suggestionToNeedRecord(target, contract, {
    needId: "BH-9001",
    unit: "pft",
    contact: "kari.nordmann@politiet.no",
  });
  const intake = validateNeeds([...input.needs, record], ctx);
  expect(intake.rejected.map((r) => r.itemId)).not.toContain("BH-9001");
  const accepted = intake.accepted.find((n) => n.id === "BH-9001");
  expect(accepted).toMatchObject({
    existingContractId: contract.id,
    insightSource: "kav-expiry",
    estimatedValue: contract.value,
  });
  expect(accepted?.title).toBe(`Reanskaffelse – ${contract.name}`);
  const after = analyse(intake.accepted);
  const now = after.contracts.find((c) => c.contractId === contract.id);
  expect(now?.coveredBy).toEqual(["BH-9001"]);
  expect(now?.suggestion).toBeUndefined();
  expect(after.counts.suggested).toBe(before.counts.suggested - 1);
  expect(after.counts.uncovered).toBe(0);
});
