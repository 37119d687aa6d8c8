/**
 * Accepted suggestions through the year, every step through the CLI's entry `main` with the record
 * in the SharePoint site's library over real HTTPS to the demo Graph server: plan (a renewal
 * suggestion for an expiring contract, a joint proposal of two units' vests) → insight decide
 * accepts both and dismisses another renewal with a reason → plan again: the renewal need
 * FORNYING-<contract> is scheduled and the contract covered, the vests merged into one need with
 * reach 2 and the originals withdrawn with "merged into" feedback, counted as created centrally →
 * plan once more (no duplicate) → draft, approve, publish (the originals' list items told, no item
 * for the central needs) → year init --from: the next year carries no merged original and no
 * central need twice.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  startDemoGraphServer,
  type RunningDemoGraphServer,
} from "../../src/adapters/graphServer/demoGraphServer";
import { DEMO_TOKEN, DEMO_USER } from "../../src/adapters/graphServer/demoSite";
import type { StoredSite } from "../../src/adapters/graphServer/sharePointStore";
import type { PlanResult } from "../../src/application/planResult";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";
import { defaultPlanConfig } from "../../src/domain/model/defaults";
import type { PlanInput } from "../../src/domain/model/planInput";
import type { PlanYearRecord } from "../../src/domain/planYear/planYearTypes";
import { DEFAULT_CRITERIA } from "../../src/domain/prioritisation/defaultCriteria";
import { readSavedWorkbook } from "../../src/adapters/xlsx/readXlsx";
import { editCells } from "../support/xlsxCells";
import { runCli } from "./runCli";

const PEOPLE = {
  [DEMO_TOKEN]: DEMO_USER,
  "token-leder": "leder@politiet.no",
  "token-anskaffelser": "anskaffelsesdirektor@politiet.no",
  "token-eiendom": "eiendomsdirektor@politiet.no",
} as const;
type Token = keyof typeof PEOPLE;
const APPROVERS = { whole: "token-leder", procurement: "token-anskaffelser", realEstate: "token-eiendom" };

const TITLES: readonly (readonly [string, string, string, string])[] = [
  ["V-1", "Skuddsikre vester til innsatspersonell", "oslo", "Materiell"],
  ["V-2", "Skuddsikker vest for innsatspersonell", "agder", "Materiell"],
  ["N-3", "Nytt journalsystem for straffesaker", "kripos", "IKT"],
  ["N-4", "Ombygging av arrest i Kristiansand", "agder", "Eiendom"],
  ["N-5", "Renhold av lokaler i Oslo sentrum", "oslo", "Anskaffelser"],
  ["N-6", "Droner til søk og redning", "troms", "Materiell"],
];

function fixtureInput(): PlanInput {
  const needs = TITLES.map(([id, title, unit, area], i) => ({
    id,
    title,
    description: "Behov for planåret",
    unit,
    contact: `person${i}@politiet.no`,
    area,
    category: area === "IKT" ? "ikt" : "materiell",
    deliveryTrack: "basis",
    contractType: "Varer",
    estimatedValue: ((i + 1) * 2_000_000).toLocaleString("nb-NO"),
    neededBy: `01.0${3 + i}.2028`,
    securityGraded: "Nei",
    ...Object.fromEntries(DEFAULT_CRITERIA.map((c, k) => [`score_${c.id}`, String(1 + ((i + k) % 5))])),
  }));
  const contract = (id: string, name: string, end: string) => ({
    id,
    name,
    supplier: "Leverandør AS",
    category: "materiell",
    start: "2024-07-01",
    end,
    options: [],
    value: 6_000_000,
    framework: true,
  });
  const person = (id: string, role: "lead" | "lawyer", category?: string) => ({
    id,
    name: `Person ${id}`,
    role,
    ...(category ? { category } : {}),
    availability: 1,
    absences: [],
  });
  return {
    config: defaultPlanConfig(2027),
    needs,
    contracts: [
      contract("KAV-1", "Rammeavtale uniformer", "2028-06-30"),
      contract("KAV-2", "Rammeavtale verktøy", "2028-09-30"),
    ],
    spend: [],
    people: [person("L1", "lead", "materiell"), person("L2", "lead", "ikt"), person("J1", "lawyer")],
  };
}

describe("accepted suggestions through the plan year, over HTTPS", () => {
  const dir = mkdtempSync(join(tmpdir(), "year-central-"));
  const input = fixtureInput();
  let demo: RunningDemoGraphServer;
  let site: StoredSite;
  const saved = { ...process.env };
  const walk: { mergedId?: string } = {};
  const state = join(dir, "state.json");

  beforeAll(async () => {
    demo = await startDemoGraphServer({ input, tokens: Object.keys(PEOPLE), tokenUsers: PEOPLE });
    const caFile = join(dir, "ca.pem");
    writeFileSync(caFile, demo.server.certificate.cert);
    process.env.ANSKAFFELSESPLAN_CA = caFile;
    delete process.env.ANSKAFFELSESPLAN_USER;
    const found = demo.server.store.findSite("politiet.sharepoint.com", "sites/anskaffelser");
    if (!found) throw new Error("test: the demo site is missing");
    site = found;
  });
  afterAll(async () => {
    process.env = saved;
    await demo.server.close();
  });

  const graph = () => ["--graph", demo.server.baseUrl, "--site", demo.siteUrl];
  const lists = () => [
    "--list",
    LIST_NAMES.intake,
    "--kav-list",
    LIST_NAMES.kav,
    "--people-list",
    LIST_NAMES.people,
  ];
  const as = (token: Token, ...args: string[]) => {
    process.env.ANSKAFFELSESPLAN_TOKEN = token;
    return runCli(...args);
  };
  const year = (token: Token, sub: string, ...args: string[]) =>
    as(token, "year", sub, ...args, "--year", "2027", ...graph());
  const decide = (...args: string[]) =>
    as(DEMO_TOKEN, "insight", "decide", ...graph(), "--year", "2027", ...args);
  const record = (y: number) =>
    JSON.parse(
      demo.server.store.findFile(site, `Anskaffelsesplan/${y}/plan-year.json`)?.content ?? "null",
    ) as PlanYearRecord;
  /** `plan` with the record of 2027, as of 10.01.2029; the run's output and plan.json. */
  const plan = async (name: string) => {
    const out = join(dir, name);
    const run = await as(
      DEMO_TOKEN,
      "plan",
      ...graph(),
      ...lists(),
      "--year",
      "2027",
      "--out",
      out,
      "--as-of",
      "2029-01-10",
    );
    expect([run.code, run.err]).toEqual([0, ""]);
    return { run, result: JSON.parse(readFileSync(join(out, "plan.json"), "utf8")) as PlanResult };
  };
  const items = () => [...demo.seeded.intake.items.values()];

  it("sets the year up and plans: both contracts suggested for renewal, the vests proposed as one", async () => {
    expect((await year(DEMO_TOKEN, "init")).code).toBe(0);
    const approvers = {
      whole: [PEOPLE["token-leder"]],
      procurement: [PEOPLE["token-anskaffelser"]],
      realEstate: [PEOPLE["token-eiendom"]],
    };
    const config = { prioritisation: { budgetNok: 250_000_000, criteria: DEFAULT_CRITERIA } };
    writeFileSync(join(dir, "config.json"), JSON.stringify({ approvers, config }));
    expect((await year(DEMO_TOKEN, "config", "--file", join(dir, "config.json"))).code).toBe(0);
    const inputFile = join(dir, "input.json");
    writeFileSync(inputFile, JSON.stringify(input));
    const sync = await as(
      DEMO_TOKEN,
      "sync",
      ...graph(),
      "--list",
      LIST_NAMES.intake,
      "--state",
      state,
      "--out",
      join(dir, "needs.json"),
      "--base",
      inputFile,
    );
    expect(sync.code).toBe(0);
    const { result } = await plan("p1");
    const suggested = result.insight!.expiry.contracts.filter((c) => c.suggestion).map((c) => c.contractId);
    expect(suggested).toEqual(["KAV-1", "KAV-2"]);
    expect(result.insight!.joint.map((p) => [p.id, p.needIds, p.reach])).toEqual([
      ["FELLES-001", ["V-1", "V-2"], 2],
    ]);
    expect(result.counts.centrallyCreated).toBeUndefined();
  });

  it("accepts the renewal and the joint proposal, dismisses the other renewal; the next run applies them", async () => {
    expect((await decide("--suggestion", "FORSLAG-KAV-1", "--accept")).code).toBe(0);
    expect((await decide("--suggestion", "FELLES-001", "--accept", "--needs", "V-1,V-2")).code).toBe(0);
    const dismiss = await decide("--suggestion", "FORSLAG-KAV-2", "--dismiss", "--reason", "Avvikles");
    expect(dismiss.code).toBe(0);
    expect(Object.keys(record(2027).suggestionDecisions ?? {}).sort()).toEqual([
      "FELLES-001",
      "FORSLAG-KAV-1",
      "FORSLAG-KAV-2",
    ]);

    const { run, result } = await plan("p2");
    walk.mergedId = "FELLES-V-1+V-2";
    expect(result.counts).toEqual({ received: 8, accepted: 8, rejected: 0, centrallyCreated: 2 });
    expect(run.out).toContain("Mottatt 8 behov: 8 godkjent, 0 avvist.");
    expect(run.out).toContain("Av de mottatte er 2 opprettet sentralt fra godtatte forslag");
    const need = (id: string) => result.needs.find((n) => n.id === id)?.need;
    expect(need("FORNYING-KAV-1")).toMatchObject({
      unit: "pft",
      contact: "Person L1",
      existingContractId: "KAV-1",
      insightSource: "kav-expiry",
    });
    // Accepted, not yet scored by the category team: open on the wheel, not ranked.
    expect(result.insight!.wheel.open.unscoredNeeds).toEqual(["FORNYING-KAV-1"]);
    expect(result.schedule.scheduled.map((s) => s.needId)).not.toContain("FORNYING-KAV-1");
    const contracts = new Map(result.insight!.expiry.contracts.map((c) => [c.contractId, c]));
    expect([contracts.get("KAV-1")?.coveredBy, contracts.get("KAV-1")?.suggestion]).toEqual([
      ["FORNYING-KAV-1"],
      undefined,
    ]);
    expect(contracts.get("KAV-2")?.suggestion).toMatchObject({
      status: "dismissed",
      dismissReason: "Avvikles",
    });

    const merged = need(walk.mergedId)!;
    expect([merged.unit, merged.joint.sharedWithUnits, merged.estimatedValue]).toEqual([
      "agder",
      ["oslo"],
      6_000_000,
    ]);
    expect(result.prioritisation!.result!.ranking.find((r) => r.needId === walk.mergedId)).toBeDefined();
    for (const id of ["V-1", "V-2"]) {
      expect(need(id)?.status).toBe("withdrawn");
      const decision = result.decisions.find((d) => d.needId === id);
      expect(decision?.status).toBe("withdrawn");
      expect(decision?.feedback).toContain(`slått sammen med ${id === "V-1" ? "V-2" : "V-1"}`);
      expect(decision?.feedback).toContain(`felles anskaffelsen ${walk.mergedId}`);
    }
    expect(result.insight!.joint).toEqual([]);
    // The wheel: pft submitted nothing; the merged need counts for agder, not as a new unit.
    expect(result.insight!.wheel.submitted.map((s) => s.unit).sort()).toEqual(
      ["agder", "kripos", "oslo", "troms"].sort(),
    );
  });

  it("the category team scores the renewal in the workbook; the next run schedules it", async () => {
    const bytes = new Uint8Array(readFileSync(join(dir, "p2", "plan.xlsx")));
    const book = await readSavedWorkbook(bytes);
    const m = book.link!.layout.matrix;
    const snap = book.snapshot(book.link!.layout);
    const row = snap.matrix.firstRow + snap.matrix.values.findIndex((r) => r[m.idCol] === "FORNYING-KAV-1");
    expect(row).toBeGreaterThanOrEqual(snap.matrix.firstRow);
    const edits = m.criteriaIds.map((_c, k) => ({
      sheet: m.sheet,
      row,
      col: snap.matrix.firstCol + m.firstScoreCol + k,
      number: 4,
    }));
    const edited = join(dir, "scored.xlsx");
    writeFileSync(edited, await editCells(bytes, edits));
    const out = join(dir, "p3");
    const run = await as(
      DEMO_TOKEN,
      "plan",
      ...graph(),
      ...lists(),
      "--year",
      "2027",
      "--workbook",
      edited,
      "--out",
      out,
      "--as-of",
      "2029-01-10",
    );
    expect([run.code, run.err]).toEqual([0, ""]);
    expect(Object.keys(record(2027).edits.scores)).toEqual(["FORNYING-KAV-1"]);

    const { result } = await plan("p4");
    expect(result.schedule.scheduled.map((s) => s.needId)).toContain("FORNYING-KAV-1");
    expect(result.insight!.wheel.open.unscoredNeeds).toEqual([]);
    // Once more: the same needs and decisions, none twice.
    const again = (await plan("p5")).result;
    const ids = again.needs.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(result.needs.map((n) => n.id));
    expect(again.decisions).toEqual(result.decisions);
  });

  it("publishes the plan: the originals' items are told, no list item for a central need; the next year carries no need twice and the renewal decisions once", async () => {
    const draft = await year(DEMO_TOKEN, "draft", ...lists());
    expect([draft.code, draft.err]).toEqual([0, ""]);
    expect((await year(DEMO_TOKEN, "submit", "--version", "v001")).code).toBe(0);
    for (const [scope, token] of Object.entries(APPROVERS))
      expect((await year(token as Token, "approve", "--version", "v001", "--scope", scope)).code).toBe(0);
    const publish = await year(
      DEMO_TOKEN,
      "publish",
      "--version",
      "v001",
      "--list",
      LIST_NAMES.intake,
      "--state",
      state,
    );
    expect([publish.code, publish.err]).toEqual([0, ""]);
    expect(items()).toHaveLength(6);
    for (const id of ["V-1", "V-2"]) {
      const fields = items().find((i) => i.fields.NeedId === id)?.fields ?? {};
      expect([id, fields.Status]).toEqual([id, "withdrawn"]);
      expect(String(fields.Feedback)).toContain(walk.mergedId);
    }

    const init = await as(DEMO_TOKEN, "year", "init", "--year", "2028", "--from", "2027", ...graph());
    expect([init.code, init.err]).toEqual([0, ""]);
    const carried = record(2028).carriedOver.map((c) => c.needId);
    expect(carried.filter((id) => id === "V-1" || id === "V-2")).toEqual([]);
    expect(new Set(carried).size).toBe(carried.length);
    // The decisions carry with the contracts' ends (planYearInit): the dismissal with its reason; the
    // renewal accepted and done in 2027 as renewed, so KAV's old contract is not suggested again.
    const decisions = record(2028).suggestionDecisions ?? {};
    expect(Object.keys(decisions).sort()).toEqual(["FORSLAG-KAV-1", "FORSLAG-KAV-2"]);
    expect(decisions["FORSLAG-KAV-2"]).toMatchObject({
      action: "dismissed",
      reason: "Avvikles",
      fromYear: 2027,
    });
    expect(decisions["FORSLAG-KAV-1"]).toMatchObject({ action: "dismissed", fromYear: 2027 });
    expect(String(decisions["FORSLAG-KAV-1"]?.reason)).toMatch(/Fornyet i 2027/);
  });
});
