// Renewal decisions carried by `year init --from` (initPlanYear) on a real local folder: a dismissal
// keeps its reason while KAV gives the contract the same end, and is asked again when the end
// changes; a contract a need renewed within the year is not suggested again for its old instance; an
// accepted renewal whose need is carried stays covered by that need (no decision, no second need);
// joint decisions stay with their year. The next year's expiry analysis is run over the result.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalPlanYearStore } from "../../../src/adapters/node/localPlanYearStore";
import { nodePlanYearValidator } from "../../../src/adapters/node/jsonSchemas";
import {
  decideSuggestion,
  insightOptionsFromRecord,
} from "../../../src/application/insight/decideSuggestion";
import type { PlanResult } from "../../../src/application/planResult";
import { buildVersionFile } from "../../../src/application/planYear/planVersion";
import { planningInputFromRecord } from "../../../src/application/planYear/planningInputFromRecord";
import { initPlanYear } from "../../../src/application/planYear/planYearInit";
import { updatePlanYear, type PlanYearDeps } from "../../../src/application/planYear/planYearRecords";
import { analyseContractExpiry, defaultHorizon } from "../../../src/domain/insight/contractExpiry";
import { finalExpiry, type KavContract } from "../../../src/domain/model/contract";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import { contentHashOf } from "../../../src/domain/planYear/contentHash";
import { emptyEdits } from "../../../src/domain/planYear/planYearDefaults";
import type { PlanYearRecord } from "../../../src/domain/planYear/planYearTypes";
import { defaultSchedulingConfig } from "../../../src/domain/scheduling/schedulingConfig";
import { aContract } from "../../domain/scheduling/builders";

const WHO = "ann@politiet.no";
const NOW = new Date("2027-09-02T07:00:00.000Z");
// K-1 dismissed; K-2 accepted, its need unfinished; K-3 renewed by B-3 within 2027; K-4 open.
const CONTRACTS: readonly KavContract[] = [
  aContract("K-1", "2029-03-31", { options: [{ until: "2029-09-30" }], value: 4e6 }),
  aContract("K-2", "2029-02-28", { value: 6e6 }),
  aContract("K-3", "2028-12-31", { value: 3e6 }),
  aContract("K-4", "2029-01-31", { value: 2e6 }),
];

let root: string;
let deps: PlanYearDeps;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "plan-year-init-decisions-"));
  deps = { store: new LocalPlanYearStore(root), validate: nodePlanYearValidator(), now: () => NOW };
});
afterEach(() => rm(root, { recursive: true, force: true }));

const decision = (needId: string, finish: string) => ({
  needId,
  status: null,
  rank: 1,
  decision: "include" as const,
  plannedStart: "2027-02-01",
  plannedFinish: finish,
  feedback: `Svar ${needId}`,
});

/** 2027 with its decisions and an approved version v001 (the version in force). */
async function year2027(): Promise<void> {
  await initPlanYear(deps, { year: 2027, who: WHO });
  const decide = (suggestionId: string, action: "accepted" | "dismissed", reason?: string) =>
    decideSuggestion(deps, 2027, { suggestionId, action, ...(reason ? { reason } : {}) }, WHO);
  await decide("FORSLAG-K-1", "dismissed", "Behovet bortfaller");
  await decide("FORSLAG-K-2", "accepted");
  await decideSuggestion(
    deps,
    2027,
    { suggestionId: "FELLES-001", action: "dismissed", reason: "Ulike behov", needIds: ["B-5", "B-6"] },
    WHO,
  );
  const needs = [
    {
      id: "FORNYING-K-2",
      title: "Fornyelse K-2",
      unit: "pft",
      existingContractId: "K-2",
      createdCentrally: true,
    },
    { id: "B-3", title: "Ny avtale K-3", unit: "oslo", existingContractId: "K-3" },
  ];
  const created = { by: WHO, at: NOW.toISOString() };
  const file = buildVersionFile(
    2027,
    "v001",
    {
      input: { config: defaultPlanConfig(2027), needs, contracts: CONTRACTS, spend: [], people: [] },
      edits: emptyEdits(),
      result: {
        needs: [],
        decisions: [decision("FORNYING-K-2", "2028-04-30"), decision("B-3", "2027-10-31")],
        schedule: { completed: [] },
      } as unknown as PlanResult,
    },
    created,
  );
  await deps.store.createVersion(2027, "v001", JSON.stringify(file));
  await updatePlanYear(
    deps,
    2027,
    (r, stamp) => ({
      ...r,
      versions: [
        {
          id: "v001",
          status: "approved",
          kind: "annual",
          created,
          contentHash: contentHashOf(file),
          approvals: [{ scope: "whole", stamp }],
        },
      ],
    }),
    WHO,
  );
}

/** The 2028 expiry analysis of `contracts` with the record's decisions and no needs. */
function suggestions(record: PlanYearRecord, contracts: readonly KavContract[]) {
  const analysis = analyseContractExpiry({
    contracts,
    needs: [],
    scheduling: defaultSchedulingConfig(),
    thresholds: record.config.thresholds,
    horizon: defaultHorizon(2028, record.config.planStart),
    decisions: insightOptionsFromRecord(record).decisions,
  });
  return new Map(analysis.contracts.map((c) => [c.contractId, c.suggestion] as const));
}

it("carries renewal dismissals bound to the contract's end, marks renewed contracts, and leaves carried needs to cover theirs", async () => {
  await year2027();
  const { record } = await initPlanYear(deps, { year: 2028, who: "bo@politiet.no", from: 2027 });
  const decisions = record.suggestionDecisions ?? {};
  expect(Object.keys(decisions).sort()).toEqual(["FORSLAG-K-1", "FORSLAG-K-3"]);
  expect(decisions["FORSLAG-K-1"]).toMatchObject({
    kind: "renewal",
    action: "dismissed",
    reason: "Behovet bortfaller",
    fromYear: 2027,
    contractEnd: finalExpiry(CONTRACTS[0] as KavContract),
    stamp: { by: WHO },
  });
  expect(decisions["FORSLAG-K-1"]?.contractEnd).toBe("2029-09-30");
  expect(decisions["FORSLAG-K-3"]).toMatchObject({
    action: "dismissed",
    fromYear: 2027,
    contractEnd: "2028-12-31",
    stamp: { by: "bo@politiet.no", at: NOW.toISOString() },
  });
  expect(decisions["FORSLAG-K-3"]?.reason).toContain("B-3");
  // K-2's renewal is carried as an unfinished need and covers its contract: no decision needed.
  expect(record.carriedOver.map((c) => [c.needId, c.reason])).toEqual([["FORNYING-K-2", "unfinished"]]);
  const planned = planningInputFromRecord(
    record,
    { needs: [], contracts: CONTRACTS, spend: [], people: [] },
    { realTenant: false },
  );
  const covering = planned.input.needs.filter((n) => n["existingContractId"] === "K-2").map((n) => n["id"]);
  expect(covering).toEqual(["FORNYING-K-2"]);

  // The next year's analysis: K-1 stays dismissed with its reason, K-3's old instance is not asked
  // again, K-4 (never decided) is open.
  const same = suggestions(record, CONTRACTS);
  expect([same.get("K-1")?.status, same.get("K-1")?.dismissReason]).toEqual([
    "dismissed",
    "Behovet bortfaller",
  ]);
  expect(same.get("K-3")?.status).toBe("dismissed");
  expect(same.get("K-4")?.status).toBe("open");
  // KAV changes K-1's end (a new option) and lists K-3's new instance under the same id: asked again.
  const changed = CONTRACTS.map((c) =>
    c.id === "K-1"
      ? { ...c, options: [{ until: "2030-03-31" }] }
      : c.id === "K-3"
        ? { ...c, start: "2029-01-01", end: "2029-06-30" }
        : c,
  );
  const again = suggestions(record, changed);
  expect(again.get("K-1")?.status).toBe("open");
  expect(again.get("K-3")?.status).toBe("open");
});

it("carries nothing from a year without a version in force (the contracts' ends are unknown)", async () => {
  await year2027();
  await initPlanYear(deps, { year: 2028, who: WHO, from: 2027 });
  // 2028 has no version in force: 2029 starts without decisions.
  const { record: bare } = await initPlanYear(deps, { year: 2029, who: WHO, from: 2028 });
  expect(bare.suggestionDecisions).toEqual({});
});
