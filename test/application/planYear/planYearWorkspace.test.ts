// The plan-year tab's use cases over the in-memory store and the real schema validator: set-up
// makes the signed-in account the approver of every part that has none; a synced input is planned
// with the record's configuration and edits (or blocked on a real tenant, with typed findings);
// workbook edits land in the record stamped with the signed-in account; the approvals a submitted
// version still needs come from its parts; the overview is "missing" before set-up.
import { runPlan } from "../../../src/application/runPlan";
import {
  draftFromShown,
  inputFromRecord,
  planYearOverview,
  setUpPlanYear,
  storeEdits,
  submitAsSignedIn,
  type PlanYearSite,
} from "../../../src/application/planYear/planYearWorkspace";
import { loadPlanYear } from "../../../src/application/planYear/planYearRecords";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import type { PlanInput } from "../../../src/domain/model/planInput";
import { MemoryPlanYearStore, testDeps } from "../../builders/memoryPlanYearStore";

const WHO = "koordinator@politiet.no";

function siteOver(store: MemoryPlanYearStore, realTenant: boolean): PlanYearSite {
  return {
    deps: testDeps(store, "2026-12-04T10:00:00.000Z"),
    who: async () => WHO,
    publishPorts: async () => {
      throw new Error("not used");
    },
    healthCheck: async () => ({ findings: [], healthy: true }),
    realTenant,
  };
}

let input: PlanInput;
beforeAll(() => {
  input = generateDemoTenant({ seed: 3, planYear: 2027 });
});

describe("plan-year tab use cases", () => {
  it("says the record is missing, then sets it up with the signed-in account as every part's approver", async () => {
    const site = siteOver(new MemoryPlanYearStore(), false);
    const before = await planYearOverview(site, 2027, undefined, "2026-12-04");
    expect(before).toEqual({
      kind: "missing",
      planYear: 2027,
      location: "memory:/Anskaffelsesplan/2027/plan-year.json",
    });
    await setUpPlanYear(site, 2027);
    const { record } = await loadPlanYear(site.deps, 2027);
    expect(record.approvers).toEqual({ whole: [WHO], procurement: [WHO], realEstate: [WHO] });
    await expect(setUpPlanYear(site, 2027)).rejects.toThrow(/already exists/);
  });

  it("plans a synced input with the record's configuration and edits; blocks a real tenant's incomplete record", async () => {
    const store = new MemoryPlanYearStore();
    const demo = siteOver(store, false);
    await expect(inputFromRecord(demo, input)).resolves.toEqual({ kind: "no-record" });
    await setUpPlanYear(demo, 2027);
    const weighted = input.config.prioritisation?.criteria?.[0]?.id ?? "strategic";
    await storeEdits(demo, 2027, [{ kind: "weight", criterionId: weighted, to: 37 }]);
    const { record } = await loadPlanYear(demo.deps, 2027);
    expect(record.edits.weights[weighted]).toMatchObject({ value: 37, stamp: { by: WHO } });
    const ready = await inputFromRecord(demo, input);
    if (ready.kind !== "ready") throw new Error(`expected ready, got ${ready.kind}`);
    expect(ready.input.needs.length).toBe(input.needs.length);
    expect(ready.input.config.planYear).toBe(2027);
    const real = await inputFromRecord(siteOver(store, true), input);
    if (real.kind !== "blocked") throw new Error(`expected blocked, got ${real.kind}`);
    expect(real.findings.filter((f) => f.blocking).map((f) => f.code)).toEqual([
      "budget.missing",
      "criteria.missing",
    ]);
  });

  it("lists the approvals a submitted version still needs, from its parts", async () => {
    const site = siteOver(new MemoryPlanYearStore(), false);
    await setUpPlanYear(site, 2027);
    const result = await runPlan(input, { includeSecurityGraded: false });
    const file = await draftFromShown(site, { input, result });
    await submitAsSignedIn(site, 2027, file.id);
    const overview = await planYearOverview(site, 2027, { input, result }, "2026-12-04");
    if (overview.kind !== "record") throw new Error("no record");
    const expected = ["whole", ...(file.parts.procurement > 0 ? ["procurement"] : [])];
    if (file.parts.realEstate > 0) expected.push("realEstate");
    expect(overview.pending.get(file.id)).toEqual(expected);
    expect(overview.wheel?.open.approvalsPending).toEqual(expected);
    expect(overview.wheel?.stage).toBe("localSubmission");
  });
});
