// The plan-year use cases on a real local folder: create-only set-up, reuse from the previous year,
// validated configuration changes, a hand-edited broken record left untouched, and the planning
// input of a run built from the record (its config and edits; plain findings for what is missing).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalPlanYearStore } from "../../../src/adapters/node/localPlanYearStore";
import { nodePlanYearValidator } from "../../../src/adapters/node/jsonSchemas";
import { AlreadyExistsError } from "../../../src/application/planYear/planYearStore";
import { PlanYearFileError } from "../../../src/application/planYear/planYearFile";
import { initPlanYear } from "../../../src/application/planYear/planYearInit";
import {
  PlanYearMissingError,
  loadPlanYear,
  recordEdits,
  stampNow,
  updatePlanYear,
  type PlanYearDeps,
} from "../../../src/application/planYear/planYearRecords";
import {
  ConfigChangeError,
  parseSetting,
  updateConfig,
} from "../../../src/application/planYear/configChange";
import { planningInputFromRecord } from "../../../src/application/planYear/planningInputFromRecord";
import { findingLine } from "../../../src/application/planYear/planYearReport";
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";
import { buildVersionFile } from "../../../src/application/planYear/planVersion";
import type { PlanResult } from "../../../src/application/planResult";
import { contentHashOf } from "../../../src/domain/planYear/contentHash";
import { emptyEdits } from "../../../src/domain/planYear/planYearDefaults";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";

const fixtureInput = () => ({
  config: defaultPlanConfig(2027),
  needs: [],
  contracts: [],
  spend: [],
  people: [],
});

let root: string;
let deps: PlanYearDeps;
const NOW = new Date("2026-09-02T07:00:00.000Z");

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "plan-year-uc-"));
  deps = { store: new LocalPlanYearStore(root), validate: nodePlanYearValidator(), now: () => NOW };
});
afterEach(() => rm(root, { recursive: true, force: true }));

const recordFile = (year: number) => join(root, "Anskaffelsesplan", String(year), "plan-year.json");

describe("stampNow", () => {
  it("keeps the account as compared (trimmed, lower case) and refuses an empty or blank one", async () => {
    expect(stampNow(deps, " Ann@Politiet.no ")).toEqual({ by: "ann@politiet.no", at: NOW.toISOString() });
    for (const who of ["", "  ", "\t\n"]) {
      expect(() => stampNow(deps, who)).toThrow(expect.objectContaining({ code: "no-user" }));
      await expect(initPlanYear(deps, { year: 2027, who })).rejects.toMatchObject({ code: "no-user" });
    }
    await expect(loadPlanYear(deps, 2027)).rejects.toBeInstanceOf(PlanYearMissingError);
  });
});

describe("initPlanYear", () => {
  it("creates the seed's record once and refuses to overwrite it", async () => {
    const { record } = await initPlanYear(deps, { year: 2027, who: " Ann@Politiet.no " });
    expect(record.created).toEqual({ by: "ann@politiet.no", at: NOW.toISOString() });
    expect(record.wheel).toMatchObject({
      preparation: "2026-09-01",
      approval: "2027-01-15",
      publication: "2027-01-31",
    });
    expect(record.wheel.revisions).toEqual(["2027-04-01", "2027-07-01", "2027-10-01"]);
    expect(record.approvers).toEqual({ whole: [], procurement: [], realEstate: [] });
    const before = await readFile(recordFile(2027), "utf8");
    await expect(initPlanYear(deps, { year: 2027, who: "bob@politiet.no" })).rejects.toBeInstanceOf(
      AlreadyExistsError,
    );
    expect(await readFile(recordFile(2027), "utf8")).toBe(before);
    await expect(loadPlanYear(deps, 2031)).rejects.toBeInstanceOf(PlanYearMissingError);
  });

  it("reuses the previous year: configuration and approvers copied, wheel moved, deferred and unfinished needs carried with history", async () => {
    await initPlanYear(deps, { year: 2027, who: "ann@politiet.no" });
    await updateConfig(
      deps,
      2027,
      {
        settings: ["prioritisation.budgetNok=40000000", "approvers.whole=leder@politiet.no"].map(
          parseSetting,
        ),
      },
      "ann@politiet.no",
    );
    const need = (id: string) => ({ id, title: `Behov ${id}`, unit: "oslo" });
    const decision = (needId: string, d: "include" | "defer", finish: string | null) => ({
      needId,
      status: null,
      rank: 1,
      decision: d,
      plannedStart: "2027-02-01",
      plannedFinish: finish,
      feedback: `Svar ${needId}`,
    });
    // A real version file (hashes included), read back through the versions' checked reader; B-4 was
    // completed by the rolling plan (done in every phase) and is finished, not carried.
    const created = { by: "ann@politiet.no", at: NOW.toISOString() };
    const file = buildVersionFile(
      2027,
      "v001",
      {
        input: { ...fixtureInput(), needs: ["B-1", "B-2", "B-3", "B-4"].map(need) },
        edits: emptyEdits(),
        result: {
          needs: [],
          decisions: [
            decision("B-1", "defer", null),
            decision("B-2", "include", "2028-03-01"),
            decision("B-3", "include", "2027-06-01"),
            decision("B-4", "include", "2028-02-01"),
          ],
          schedule: { completed: [{ needId: "B-4" }] },
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
      "ann@politiet.no",
    );

    const { record } = await initPlanYear(deps, { year: 2028, who: "ann@politiet.no", from: 2027 });
    expect(record.config.planYear).toBe(2028);
    expect(record.config.planStart).toBe("2028-01-15");
    expect(record.config.prioritisation?.budgetNok).toBe(40_000_000);
    expect(record.approvers.whole).toEqual(["leder@politiet.no"]);
    expect(record.wheel.approval).toBe("2028-01-15");
    expect(record.wheel.preparation).toBe("2027-09-01");
    expect(record.carriedOver.map((c) => [c.needId, c.reason, c.lastDecision])).toEqual([
      ["B-1", "deferred", "Svar B-1"],
      ["B-2", "unfinished", "Svar B-2"],
    ]);
    expect(record.carriedOver[0]?.history).toEqual([
      {
        planYear: 2027,
        versionId: "v001",
        decision: "defer",
        rank: 1,
        plannedStart: "2027-02-01",
        plannedFinish: null,
      },
    ]);
    expect(record.carriedOver[0]?.record).toEqual(need("B-1"));

    // The version file changed after approval: the next year's set-up is refused, naming file and field.
    const path = join(root, "Anskaffelsesplan/2027/versions/v001.json");
    const changed = JSON.parse(await readFile(path, "utf8")) as { created: { by: string } };
    changed.created.by = "eve@politiet.no";
    await writeFile(path, JSON.stringify(changed));
    await expect(
      initPlanYear(deps, { year: 2029, who: "ann@politiet.no", from: 2027 }),
    ).rejects.toMatchObject({
      code: "tampered",
      params: { file: path, field: "created" },
    });
  });
});

describe("changing the record", () => {
  it("validates configuration changes and writes nothing when one is wrong", async () => {
    await initPlanYear(deps, { year: 2027, who: "ann@politiet.no" });
    const out = await updateConfig(
      deps,
      2027,
      {
        settings: [
          "prioritisation.budgetNok=50000000",
          "approvers.procurement=Dir.Anskaffelser@politiet.no, jur@politiet.no",
          "wheel.approval=2027-01-14",
        ].map(parseSetting),
        document: { config: { prioritisation: { mode: "ahp" } } },
      },
      "ann@politiet.no",
    );
    expect(out.record.config.prioritisation).toMatchObject({ budgetNok: 50_000_000, mode: "ahp" });
    expect(out.record.approvers.procurement).toEqual(["dir.anskaffelser@politiet.no", "jur@politiet.no"]);
    expect(out.record.wheel.approval).toBe("2027-01-14");
    const before = await readFile(recordFile(2027), "utf8");
    await expect(
      updateConfig(deps, 2027, { settings: [parseSetting("wheel.approval=15.01.2027")] }, "ann@politiet.no"),
    ).rejects.toMatchObject({
      location: recordFile(2027),
      problems: [expect.objectContaining({ path: "/wheel/approval" })],
    });
    await expect(
      updateConfig(deps, 2027, { settings: [parseSetting("prioritisation.budget=1")] }, "ann@politiet.no"),
    ).rejects.toMatchObject({
      problems: [
        expect.objectContaining({ path: "/config/prioritisation/budget", code: "schema.unknownField" }),
      ],
    });
    expect(() => parseSetting("budget")).toThrow(ConfigChangeError);
    await expect(
      updateConfig(deps, 2027, { settings: [parseSetting("budget=1")] }, "ann@politiet.no"),
    ).rejects.toBeInstanceOf(ConfigChangeError);
    expect(await readFile(recordFile(2027), "utf8")).toBe(before);
  });

  it("leaves a hand-edited record with errors untouched and names the file and field", async () => {
    await initPlanYear(deps, { year: 2027, who: "ann@politiet.no" });
    const broken = (await readFile(recordFile(2027), "utf8")).replace(
      '"approval": "2027-01-15"',
      '"approval": "15. januar"',
    );
    await writeFile(recordFile(2027), broken);
    const edit = recordEdits(
      deps,
      2027,
      [{ kind: "weight", criterionId: "reach", to: 12 }],
      "ann@politiet.no",
    );
    await expect(edit).rejects.toBeInstanceOf(PlanYearFileError);
    await expect(edit).rejects.toMatchObject({
      location: recordFile(2027),
      problems: [expect.objectContaining({ path: "/wheel/approval" })],
    });
    expect(await readFile(recordFile(2027), "utf8")).toBe(broken);
  });
});

describe("planningInputFromRecord", () => {
  const sources = {
    needs: [
      { id: "B-1", title: "En" },
      { id: "B-9", title: "Ni" },
    ],
    contracts: [],
    spend: [],
    people: [],
  };

  it("says plainly what a real tenant's record lacks, with what to do", async () => {
    const { record } = await initPlanYear(deps, { year: 2027, who: "ann@politiet.no" });
    const { findings } = planningInputFromRecord(record, sources, { realTenant: true });
    expect(findings.filter((f) => f.blocking).map((f) => f.code)).toEqual([
      "budget.missing",
      "criteria.missing",
    ]);
    expect(findings.filter((f) => !f.blocking).map((f) => f.params["scope"])).toEqual([
      "whole",
      "procurement",
      "realEstate",
    ]);
    expect(findingLine(findings[0]!, "nb")).toContain("year config --set prioritisation.budgetNok=");
    expect(findingLine(findings[2]!, "en")).toContain("PFT's leadership group");
    expect(
      planningInputFromRecord(record, sources, { realTenant: false }).findings.every((f) => !f.blocking),
    ).toBe(true);
  });

  it("plans with the record's configuration and edits, and the carried needs not submitted again", async () => {
    await initPlanYear(deps, { year: 2027, who: "ann@politiet.no" });
    await updateConfig(
      deps,
      2027,
      { document: { config: { prioritisation: { budgetNok: 9_000_000, criteria: DEFAULT_CRITERIA } } } },
      "ann@politiet.no",
    );
    await recordEdits(
      deps,
      2027,
      [
        { kind: "weight", criterionId: DEFAULT_CRITERIA[0]!.id, to: DEFAULT_CRITERIA[0]!.weight + 5 },
        { kind: "weight", criterionId: DEFAULT_CRITERIA[1]!.id, to: DEFAULT_CRITERIA[1]!.weight - 5 },
        { kind: "score", needId: "B-1", criterionId: "reach", to: 4 },
        { kind: "force", needId: "B-9", to: { needId: "B-9", direction: "in", reason: "legal-obligation" } },
        { kind: "feedback", needId: "B-1", to: "Kommer i 2028" },
        { kind: "note", needId: "B-404", to: "?" },
      ],
      "ann@politiet.no",
    );
    const { record } = await updatePlanYear(
      deps,
      2027,
      (r) => ({
        ...r,
        carriedOver: [
          {
            needId: "B-1",
            fromYear: 2026,
            reason: "deferred",
            lastDecision: "",
            history: [],
            record: { id: "B-1", title: "gammel" },
          },
          {
            needId: "B-5",
            fromYear: 2026,
            reason: "unfinished",
            lastDecision: "",
            history: [],
            record: { id: "B-5", title: "Fem" },
          },
        ],
      }),
      "ann@politiet.no",
    );
    const { input, findings } = planningInputFromRecord(record, sources, { realTenant: true });
    expect(
      findings.filter((f) => f.code !== "approvers.missing").map((f) => [f.code, f.params["needId"]]),
    ).toEqual([["edits.unknownNeed", "B-404"]]);
    expect(input.needs).toEqual([
      { id: "B-1", title: "En", score_reach: "4" },
      { id: "B-9", title: "Ni" },
      { id: "B-5", title: "Fem" },
    ]);
    expect(input.config.prioritisation?.budgetNok).toBe(9_000_000);
    expect(input.config.prioritisation?.criteria?.[0]?.weight).toBe(DEFAULT_CRITERIA[0]!.weight + 5);
    expect(input.config.prioritisation?.forced).toEqual([
      { needId: "B-9", direction: "in", reason: "legal-obligation" },
    ]);
    expect(input.config.comments?.feedback?.["B-1"]).toBe("Kommer i 2028");
  });
});
