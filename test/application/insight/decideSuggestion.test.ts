// Decisions on insight suggestions in the plan-year record: recorded with who and when through the
// If-Match update (a concurrent edit of someone else is kept), refused without a reason or without
// a joint proposal's needs, a record of schema version 1 (without the field) still read, and the
// next run's insight on the demo tenant takes the decisions in.
import {
  decideSuggestion,
  insightOptionsFromRecord,
  SuggestionDecisionError,
} from "../../../src/application/insight/decideSuggestion";
import { checkAgainstSchema } from "../../../src/adapters/node/jsonSchemas";
import { loadPlanYear, updatePlanYear } from "../../../src/application/planYear/planYearRecords";
import { runPlan } from "../../../src/application/runPlan";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { MemoryPlanYearStore, testDeps, testRecord } from "../../builders/memoryPlanYearStore";

const YEAR = 2027;

function fresh(): MemoryPlanYearStore {
  const store = new MemoryPlanYearStore();
  store.seed(testRecord(YEAR));
  return store;
}

describe("decideSuggestion", () => {
  it("records a dismissal with its reason, who and when; a later decision on the same id replaces it", async () => {
    const store = fresh();
    const deps = testDeps(store);
    await decideSuggestion(
      deps,
      YEAR,
      { suggestionId: " FORSLAG-KAV-1 ", action: "dismissed", reason: " Behovet bortfaller " },
      "Kat@politiet.no",
    );
    const { record } = await loadPlanYear(deps, YEAR);
    expect(record.suggestionDecisions?.["FORSLAG-KAV-1"]).toEqual({
      kind: "renewal",
      action: "dismissed",
      reason: "Behovet bortfaller",
      stamp: { by: "kat@politiet.no", at: "2027-01-15T09:30:00.000Z" },
    });
    expect(Object.getPrototypeOf(record.suggestionDecisions)).toBeNull();
    await decideSuggestion(
      deps,
      YEAR,
      { suggestionId: "FORSLAG-KAV-1", action: "accepted" },
      "ole@politiet.no",
    );
    const again = await loadPlanYear(deps, YEAR);
    expect(again.record.suggestionDecisions?.["FORSLAG-KAV-1"]).toMatchObject({
      action: "accepted",
      stamp: { by: "ole@politiet.no" },
    });
  });

  it("refuses a dismissal without a reason, a joint proposal without its needs, and an unknown id, writing nothing", async () => {
    const store = fresh();
    const deps = testDeps(store);
    const refused = async (request: Parameters<typeof decideSuggestion>[2]) =>
      (await decideSuggestion(deps, YEAR, request, "kat@politiet.no").catch(
        (e: unknown) => e,
      )) as SuggestionDecisionError;
    expect((await refused({ suggestionId: "FORSLAG-KAV-1", action: "dismissed", reason: "  " })).field).toBe(
      "reason",
    );
    expect(
      (await refused({ suggestionId: "FELLES-001", action: "accepted", needIds: ["BH-0001"] })).field,
    ).toBe("needIds");
    expect((await refused({ suggestionId: "KONS-x", action: "accepted" })).field).toBe("suggestionId");
    expect(store.recordWrites).toBe(0);
  });

  it("keeps a concurrent edit of someone else (If-Match, three-way merge)", async () => {
    const store = fresh();
    const deps = testDeps(store);
    store.beforeRecordWrite = () => {
      void updatePlanYear(
        deps,
        YEAR,
        (r) => ({ ...r, approvers: { ...r.approvers, whole: ["leder@politiet.no"] } }),
        "leder@politiet.no",
      );
    };
    await decideSuggestion(
      deps,
      YEAR,
      {
        suggestionId: "FELLES-002",
        action: "dismissed",
        reason: "Ulike behov",
        needIds: ["BH-0009", "BH-0003"],
      },
      "kat@politiet.no",
    );
    const { record } = await loadPlanYear(deps, YEAR);
    expect(record.approvers.whole).toEqual(["leder@politiet.no"]);
    expect(record.suggestionDecisions?.["FELLES-002"]?.needIds).toEqual(["BH-0003", "BH-0009"]);
  });

  it("reads a record of schema version 1, which has no decisions, as one with none", async () => {
    const store = new MemoryPlanYearStore();
    const { suggestionDecisions: _none, ...v1 } = testRecord(YEAR);
    store.records.set(YEAR, { content: JSON.stringify({ ...v1, schemaVersion: 1 }), etag: "e1" });
    const { record } = await loadPlanYear(testDeps(store), YEAR);
    expect(record.schemaVersion).toBe(2);
    expect(Object.keys(record.suggestionDecisions ?? { x: 1 })).toEqual([]);
    expect(insightOptionsFromRecord(record)).toMatchObject({ decisions: [], jointDecisions: [] });
  });
});

it("the next run's insight takes the record's decisions in", async () => {
  const input = generateDemoTenant();
  const asOf = "2026-11-20";
  const before = await runPlan(input, { includeSecurityGraded: false, insight: { asOf } });
  const renewal = before.insight?.expiry.contracts.find((c) => c.suggestion)?.suggestion;
  const joint = before.insight?.joint.find((p) => p.kind === "similar");
  if (!renewal || !joint) throw new Error("the demo has no suggestion to decide");
  const store = fresh();
  const deps = testDeps(store);
  await decideSuggestion(
    deps,
    YEAR,
    { suggestionId: renewal.id, action: "dismissed", reason: "Behovet bortfaller" },
    "kat@politiet.no",
  );
  await decideSuggestion(
    deps,
    YEAR,
    { suggestionId: joint.id, action: "dismissed", reason: "Ulike behov", needIds: [...joint.needIds] },
    "kat@politiet.no",
  );
  const { record } = await loadPlanYear(deps, YEAR);
  const after = await runPlan(input, {
    includeSecurityGraded: false,
    insight: { ...insightOptionsFromRecord(record), asOf },
  });
  const decided = after.insight?.expiry.contracts.find((c) => c.suggestion?.id === renewal.id)?.suggestion;
  expect(decided?.status).toBe("dismissed");
  expect(decided?.dismissReason).toBe("Behovet bortfaller");
  const decidedJoint = after.insight?.joint.find((p) => p.id === joint.id);
  expect(decidedJoint?.decision).toEqual({ action: "dismissed", reason: "Ulike behov" });
  expect(after.insight?.joint.filter((p) => p.decision !== undefined)).toHaveLength(1);
  // plan.json with the decisions is valid against its schema.
  expect(checkAgainstSchema("plan", JSON.parse(JSON.stringify(after)))).toEqual([]);
  // Two fewer open suggestions: the renewal and the joint proposal.
  expect(after.insight?.wheel.open.openSuggestions).toBe(
    (before.insight?.wheel.open.openSuggestions ?? 0) - 2,
  );
});
