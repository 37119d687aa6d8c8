// The pane's edits: checked, stored in a plan-year record (the browser's over IndexedDB, or a
// site's), laid over the input with the workbook's own edit model, planned again on the demo tenant
// with HiGHS, and what moved (came in / went out, and why) read from the two plans.
import "fake-indexeddb/auto";
import { IndexedDbPlanYearStore } from "../../../src/adapters/browser/indexedDbPlanYearStore";
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import {
  checkPaneEdits,
  editAndReplan,
  LOCAL_AUTHOR,
  localEditedInput,
  localEditsRecord,
  normaliseWeights,
  PaneEditError,
  planChange,
  siteEditsRecord,
} from "../../../src/application/planYear/paneEdits";
import { createPlanYear, loadPlanYear } from "../../../src/application/planYear/planYearRecords";
import type { PlanYearSite } from "../../../src/application/planYear/planYearWorkspace";
import type { PlanResult } from "../../../src/application/planResult";
import { runPlan } from "../../../src/application/runPlan";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import type { PlanInput } from "../../../src/domain/model/planInput";
import type { MilpSolver } from "../../../src/domain/prioritisation/milpSolver";
import { MemoryPlanYearStore, testDeps } from "../../builders/memoryPlanYearStore";

let highs: MilpSolver;
let before: PlanResult;
const demo = generateDemoTenant();
const plan = (input: PlanInput) =>
  runPlan(input, { includeSecurityGraded: false, solver: highs, frontier: false });

beforeAll(async () => {
  highs = await createHighsSolver();
  before = await plan(demo);
}, 120_000);

describe("normaliseWeights", () => {
  it("scales weights to sum 100 in tenths, keeping their proportions", () => {
    const out = normaliseWeights(
      new Map([
        ["a", 1],
        ["b", 1],
        ["c", 1],
      ]),
    );
    expect([...out.values()].reduce((s, w) => s + w, 0)).toBeCloseTo(100, 9);
    expect([...out.values()].sort()).toEqual([33.3, 33.3, 33.4]);
    expect(
      normaliseWeights(
        new Map([
          ["a", 30],
          ["b", 10],
        ]),
      ),
    ).toEqual(
      new Map([
        ["a", 75],
        ["b", 25],
      ]),
    );
    expect(
      normaliseWeights(
        new Map([
          ["a", 0],
          ["b", -2],
        ]),
      ),
    ).toEqual(
      new Map([
        ["a", 0],
        ["b", 0],
      ]),
    );
  });
});

describe("checkPaneEdits", () => {
  const refused = (f: () => void) => {
    try {
      f();
    } catch (error) {
      return error instanceof PaneEditError ? error.code : "other";
    }
    return "accepted";
  };
  it("refuses weights not summing to 100, scores off the scale and a force without a known reason", () => {
    const w = (criterionId: string, to: number) => ({ kind: "weight" as const, criterionId, to });
    expect(refused(() => checkPaneEdits([w("a", 60), w("b", 30)]))).toBe("weights-sum");
    expect(refused(() => checkPaneEdits([w("a", 60), w("b", 40)]))).toBe("accepted");
    expect(refused(() => checkPaneEdits([w("a", 120), w("b", -20)]))).toBe("weight-invalid");
    expect(refused(() => checkPaneEdits([{ kind: "score", needId: "N", criterionId: "a", to: 6 }]))).toBe(
      "score-invalid",
    );
    const force = { needId: "N", direction: "in" as const, reason: "because" as never };
    expect(refused(() => checkPaneEdits([{ kind: "force", needId: "N", to: force }]))).toBe("force-reason");
  });
});

describe("edits kept in the browser", () => {
  it("forces a need in: it comes in with its why, the record keeps it, and a reload plans with it", async () => {
    const ranking = before.prioritisation?.result?.ranking ?? [];
    const out = ranking.find((r) => !r.selected && r.reason !== "forced-out" && r.rank > 0);
    if (!out) throw new Error("the demo tenant has no need left out");
    const deps = testDeps(new IndexedDbPlanYearStore({ dbName: "pane-edits-local" }));
    const record = localEditsRecord(deps, () => demo);
    const force = { needId: out.needId, direction: "in" as const, reason: "legal-obligation" as const };
    const edited = await editAndReplan(record, [{ kind: "force", needId: out.needId, to: force }], plan);

    const change = planChange(before, edited.result);
    const came = change.cameIn.find((c) => c.needId === out.needId);
    expect(came?.reason).toBe("forced-in");
    expect(came?.why?.nb).toContain("Tvunget inn");
    for (const gone of change.wentOut) expect(gone.why?.nb).toBeTruthy();
    expect(change.cameIn.length - change.wentOut.length).toBe(
      edited.result.prioritisation!.result!.selection.selectedCount -
        before.prioritisation!.result!.selection.selectedCount,
    );

    const { record: stored } = await loadPlanYear(deps, demo.config.planYear);
    expect(stored.edits.forced[out.needId]).toMatchObject({ direction: "in", stamp: { by: LOCAL_AUTHOR } });
    const reloaded = await localEditedInput(
      testDeps(new IndexedDbPlanYearStore({ dbName: "pane-edits-local" })),
      demo,
    );
    expect(reloaded.config.prioritisation?.forced?.find((f) => f.needId === out.needId)).toMatchObject(force);
    expect(await localEditedInput(testDeps(new IndexedDbPlanYearStore({ dbName: "empty" })), demo)).toBe(
      demo,
    );
  }, 120_000);
});

describe("edits in a site's record", () => {
  it("stores the edits as the signed-in account and plans the synced lists with them", async () => {
    const deps = testDeps(new MemoryPlanYearStore());
    await createPlanYear(deps, demo.config.planYear, "koordinator@politiet.no", { config: demo.config });
    const site = { deps, who: async () => "leder@politiet.no", realTenant: false } as unknown as PlanYearSite;
    const needId = before.prioritisation?.result?.ranking[0]?.needId ?? "";
    const stored = await siteEditsRecord(site, demo).store([{ kind: "feedback", needId, to: "Ring oss" }]);
    expect(stored.input.config.comments?.feedback?.[needId]).toBe("Ring oss");
    expect(stored.input.needs).toHaveLength(demo.needs.length);
    const { record } = await loadPlanYear(deps, demo.config.planYear);
    expect(record.edits.feedback[needId]).toMatchObject({
      text: "Ring oss",
      stamp: { by: "leder@politiet.no" },
    });
  });
});
