/**
 * The coordinator's plan year end to end, every step through the CLI's entry `main`, with the
 * record in the SharePoint site's document library over real HTTPS to the demo Graph server and
 * each person signed in with their own token (GET /me names them):
 *
 * year init → year config (budget, criteria, approvers) → sync → plan (writes plan.xlsx) → a weight,
 * a score, a force decision with reason and a comment edited in the .xlsx file → year draft
 * --workbook (the edits stored in the record with who and when) → submit → a non-approver refused →
 * approve each required scope → year publish (the list items equal the approved version; once more
 * writes nothing) → a Project XML with progress from the published plan.xml (some needs 100 % done,
 * some half done) → year draft --progress --as-of (a revision) → year diff → submit, approve and
 * publish the revision → year status → a version file changed after approval refused naming file
 * and field → year init --from carries over what is unfinished, never what is completed.
 * After each step the record (plan-year.json on the site) is read back and checked.
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
import { readSavedWorkbook } from "../../src/adapters/xlsx/readXlsx";
import type { PlanVersionFile } from "../../src/application/planYear/planVersion";
import type { PlanResult } from "../../src/application/planResult";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";
import { instantOfLocalMidnight } from "../../src/application/sharepoint/zonedDates";
import { defaultPlanConfig } from "../../src/domain/model/defaults";
import type { PlanInput } from "../../src/domain/model/planInput";
import type { PlanYearRecord } from "../../src/domain/planYear/planYearTypes";
import { DEFAULT_CRITERIA } from "../../src/domain/prioritisation/defaultCriteria";
import { addDays } from "../../src/domain/time/isoDate";
import { requiredScopes } from "../../src/domain/planYear/versionLifecycle";
import { editCells, type CellEdit } from "../support/xlsxCells";
import { validateMspdi } from "../support/xmllint";
import { runCli } from "./runCli";

const AREAS = ["IKT", "Materiell", "Eiendom", "Anskaffelser"];
const COORDINATOR = DEMO_USER;
/** Token → account: the coordinator (demo token), the three approvers and someone who is not one. */
const PEOPLE = {
  [DEMO_TOKEN]: COORDINATOR,
  "token-leder": "leder@politiet.no",
  "token-anskaffelser": "anskaffelsesdirektor@politiet.no",
  "token-eiendom": "eiendomsdirektor@politiet.no",
  "token-ukjent": "ukjent@politiet.no",
} as const;
type Token = keyof typeof PEOPLE;
const APPROVER_TOKENS = {
  whole: "token-leder",
  procurement: "token-anskaffelser",
  realEstate: "token-eiendom",
};

function fixtureInput(count: number): PlanInput {
  const needs = Array.from({ length: count }, (_, i) => ({
    id: `N-${i + 1}`,
    title: `Behov nummer ${i + 1}`,
    description: "Rammeavtale for utstyr",
    unit: ["oslo", "kripos", "agder"][i % 3],
    contact: `person${i % 5}@politiet.no`,
    area: AREAS[i % AREAS.length],
    category: i % 2 ? "ikt" : "materiell",
    deliveryTrack: "basis",
    contractType: "Varer",
    estimatedValue: ((i + 1) * 2_000_000).toLocaleString("nb-NO"),
    neededBy: `${String(1 + (i % 28)).padStart(2, "0")}.0${1 + (i % 9)}.2027`,
    securityGraded: i % 7 === 0 ? "Ja" : "Nei",
    ...Object.fromEntries(DEFAULT_CRITERIA.map((c, k) => [`score_${c.id}`, String(1 + ((i + k) % 5))])),
  }));
  const person = (id: string, role: "lead" | "lawyer", category?: string) => ({
    id,
    name: `Person ${id}`,
    role,
    ...(category ? { category } : {}),
    availability: 1,
    absences: [],
  });
  const people = [
    person("L1", "lead", "materiell"),
    person("L2", "lead", "ikt"),
    person("L3", "lead", "ikt"),
    person("L4", "lead", "materiell"),
    person("L5", "lead", "ikt"),
    person("J1", "lawyer"),
    person("J2", "lawyer"),
  ];
  return { config: defaultPlanConfig(2027), needs, contracts: [], spend: [], people };
}

/** Sets % complete and actual dates on the phase task with `key`, in MSPDI element order. */
function progress(xml: string, key: string, percent: number, actual: { start: string; finish?: string }) {
  const at = xml.indexOf(`<Value>${key}</Value>`);
  if (at < 0) throw new Error(`no task ${key}`);
  const cut = xml.lastIndexOf("<ConstraintType>", at);
  const fields =
    `<PercentComplete>${percent}</PercentComplete>` +
    `<ActualStart>${actual.start}T08:00:00</ActualStart>` +
    (actual.finish ? `<ActualFinish>${actual.finish}T16:00:00</ActualFinish>` : "");
  return xml.slice(0, cut) + fields + xml.slice(cut);
}

describe("the coordinator's plan year, end to end over HTTPS", () => {
  const dir = mkdtempSync(join(tmpdir(), "year-walk-"));
  const input = fixtureInput(30);
  const inputFile = join(dir, "input.json");
  writeFileSync(inputFile, JSON.stringify(input));
  const state = join(dir, "state.json");
  let demo: RunningDemoGraphServer;
  let site: StoredSite;
  const saved = { ...process.env };
  /** What the steps hand on to each other. */
  const walk: { asOf?: string; completed?: string[]; halfDone?: string[]; forcedIn?: string } = {};

  beforeAll(async () => {
    demo = await startDemoGraphServer({
      input,
      tokens: Object.keys(PEOPLE),
      tokenUsers: PEOPLE,
    });
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
  const lists = () => ["--list", LIST_NAMES.intake, "--people-list", LIST_NAMES.people];
  /** `anskaffelsesplan …args` signed in with `token`. */
  const as = (token: Token, ...args: string[]) => {
    process.env.ANSKAFFELSESPLAN_TOKEN = token;
    return runCli(...args);
  };
  /** `anskaffelsesplan year <sub> … --year 2027 --graph URL --site URL` signed in with `token`. */
  const year = (token: Token, sub: string, ...args: string[]) =>
    as(token, "year", sub, ...args, "--year", "2027", ...graph());
  const libraryFile = (path: string) => demo.server.store.findFile(site, `Anskaffelsesplan/${path}`);
  const record = (y = 2027) =>
    JSON.parse(libraryFile(`${y}/plan-year.json`)?.content ?? "null") as PlanYearRecord;
  const versionFile = (id: string) =>
    JSON.parse(libraryFile(`2027/versions/${id}.json`)?.content ?? "null") as PlanVersionFile;
  const statuses = () => record().versions.map((v) => [v.id, v.status, v.kind, v.basedOn ?? null]);
  const items = () => [...demo.seeded.intake.items.values()];
  /** The intake list's items carry exactly the version's decisions (read back from the server). */
  const expectListEquals = (file: PlanVersionFile) => {
    expect(file.result.decisions.length).toBe(30);
    for (const d of file.result.decisions) {
      const fields = items().find((i) => i.fields.NeedId === d.needId)?.fields ?? {};
      expect([d.needId, fields.Status, fields.Rank, fields.Decision, fields.Feedback]).toEqual([
        d.needId,
        d.status ?? undefined,
        d.rank ?? undefined,
        d.decision ?? undefined,
        d.feedback,
      ]);
      const start = d.plannedStart ? instantOfLocalMidnight(d.plannedStart, "Europe/Oslo") : undefined;
      expect([d.needId, fields.PlannedStart]).toEqual([d.needId, start]);
    }
  };
  /** Everything a publish could write: the list items, the record and the library's files. */
  const siteSnapshot = () =>
    JSON.stringify([items(), demo.server.store.filesOf(site).map((f) => [f.path, f.version, f.content])]);

  it("sets the year up in the site's library and syncs the intake list", async () => {
    const init = await year(DEMO_TOKEN, "init");
    expect([init.code, init.err]).toEqual([0, ""]);
    expect(record().created.by).toBe(COORDINATOR);
    expect(record().versions).toEqual([]);
    const approvers = {
      whole: [PEOPLE["token-leder"]],
      procurement: [PEOPLE["token-anskaffelser"]],
      realEstate: [PEOPLE["token-eiendom"]],
    };
    // A real site plans only with its own budget and criteria.
    const config = { prioritisation: { budgetNok: 250_000_000, criteria: DEFAULT_CRITERIA } };
    writeFileSync(join(dir, "config.json"), JSON.stringify({ approvers, config }));
    expect((await year(DEMO_TOKEN, "config", "--file", join(dir, "config.json"))).code).toBe(0);
    expect(record().approvers).toEqual(approvers);
    expect(record().config.prioritisation?.budgetNok).toBe(250_000_000);

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
    expect((JSON.parse(readFileSync(join(dir, "needs.json"), "utf8")) as PlanInput).needs).toHaveLength(30);
  });

  it("plans, takes the edits typed in the .xlsx file into the record, and saves them in draft v001", async () => {
    const out = join(dir, "plan1");
    const plan = await as(DEMO_TOKEN, "plan", ...graph(), ...lists(), "--year", "2027", "--out", out);
    expect([plan.code, plan.err]).toEqual([0, ""]);
    const before = JSON.parse(readFileSync(join(out, "plan.json"), "utf8")) as PlanResult;
    const bytes = new Uint8Array(readFileSync(join(out, "plan.xlsx")));
    const saved = await readSavedWorkbook(bytes);
    const link = saved.link!;
    const { matrix: m, selection: s } = link.layout;
    const snap = saved.snapshot(link.layout);
    const rowOf = (
      t: { firstRow: number; values: readonly (readonly unknown[])[] },
      col: number,
      id: string,
    ) => t.firstRow + t.values.findIndex((r) => r[col] === id);
    const ranking = before.prioritisation!.result!.ranking;
    const [w0, w1] = [m.criteriaIds[0]!, m.criteriaIds[1]!];
    const weights = link.state.weights;
    const scored = ranking.find((r) => (link.state.scores[r.needId]?.[w0] ?? 5) < 5)!;
    const deferred = ranking.find((r) => !r.selected && r.needId !== scored.needId)!;
    walk.forcedIn = deferred.needId;
    const selectionRow = rowOf(snap.selection, s.idCol, deferred.needId);
    const edits: CellEdit[] = [
      { sheet: m.sheet, row: 4, col: 5, number: weights[w0]! + 5 },
      { sheet: m.sheet, row: 4, col: 6, number: weights[w1]! - 5 },
      {
        sheet: m.sheet,
        row: rowOf(snap.matrix, m.idCol, scored.needId),
        col: snap.matrix.firstCol + m.firstScoreCol,
        number: 5,
      },
      { sheet: s.sheet, row: selectionRow, col: snap.selection.firstCol + s.forceCol, text: "Inn" },
      {
        sheet: s.sheet,
        row: selectionRow,
        col: snap.selection.firstCol + s.forceReasonCol,
        text: "Lovpålagt",
      },
      {
        sheet: s.sheet,
        row: selectionRow,
        col: snap.selection.firstCol + s.commentCol,
        text: "Pålegg fra Direktoratet",
      },
    ];
    const edited = join(dir, "edited.xlsx");
    writeFileSync(edited, await editCells(bytes, edits));

    const draftOut = join(dir, "v001");
    const draft = await year(DEMO_TOKEN, "draft", ...lists(), "--workbook", edited, "--out", draftOut);
    expect([draft.code, draft.err]).toEqual([0, ""]);
    // The version's workbook remembers the plan year and the version it was written from.
    const draftBook = await readSavedWorkbook(readFileSync(join(draftOut, "plan.xlsx")));
    expect([draftBook.link?.planYear, draftBook.link?.versionId]).toEqual([2027, "v001"]);
    expect(draft.out).toContain("edited.xlsx: 5 endringer tatt inn, 0 avvik.");
    expect(draft.out).toContain(`5 endringer fra arbeidsboken er lagret i plan-året av ${COORDINATOR}`);
    expect(draft.out).toContain("Utkast v001 lagret (https://politiet.sharepoint.com/sites/anskaffelser/");
    const r = record();
    const stamp = { by: COORDINATOR, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) };
    expect(r.edits.weights[w0]).toEqual({ value: weights[w0]! + 5, stamp });
    expect(r.edits.weights[w1]).toEqual({ value: weights[w1]! - 5, stamp });
    expect(r.edits.scores[scored.needId]?.[w0]).toEqual({ value: 5, stamp });
    expect(r.edits.forced[deferred.needId]).toMatchObject({
      direction: "in",
      reason: "legal-obligation",
      stamp,
    });
    expect(r.edits.forced[deferred.needId]?.comment).toBe("Pålegg fra Direktoratet");
    expect(r.edits.notes[deferred.needId]).toEqual({ text: "Pålegg fra Direktoratet", stamp });
    expect(statuses()).toEqual([["v001", "draft", "annual", null]]);
    const v1 = versionFile("v001");
    expect(JSON.stringify(v1.edits)).toBe(JSON.stringify(r.edits));
    const rank = v1.result.prioritisation!.result!.ranking.find((x) => x.needId === deferred.needId);
    expect(rank).toMatchObject({ selected: true, reason: "forced-in" });
    expect(v1.result.prioritisation!.result!.criteria.find((c) => c.id === w0)!.weight).toBe(
      weights[w0]! + 5,
    );

    // The next run plans with the stored edits, without the workbook.
    const again = await as(
      DEMO_TOKEN,
      "plan",
      ...graph(),
      ...lists(),
      "--year",
      "2027",
      "--out",
      join(dir, "plan2"),
    );
    const replanned = JSON.parse(readFileSync(join(dir, "plan2", "plan.json"), "utf8")) as PlanResult;
    expect(again.code).toBe(0);
    expect(
      replanned.prioritisation!.result!.ranking.find((x) => x.needId === deferred.needId)?.selected,
    ).toBe(true);
  });

  const publishArgs = (id: string) => ["--version", id, "--list", LIST_NAMES.intake, "--state", state];
  /** Submits `id`, then approves every scope its parts need, each by its configured approver. */
  const submitAndApprove = async (id: string) => {
    const submit = await year(DEMO_TOKEN, "submit", "--version", id);
    expect([submit.code, submit.err]).toEqual([0, ""]);
    expect(record().versions.find((v) => v.id === id)).toMatchObject({
      status: "submitted",
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      submitted: { by: COORDINATOR },
    });
    const required = requiredScopes(versionFile(id).parts);
    expect(required).toEqual(["whole", "procurement", "realEstate"]);
    for (const scope of required) {
      const approve = await year(
        APPROVER_TOKENS[scope] as Token,
        "approve",
        "--version",
        id,
        "--scope",
        scope,
      );
      expect([approve.code, approve.err]).toEqual([0, ""]);
    }
    const summary = record().versions.find((v) => v.id === id);
    expect(summary?.status).toBe("approved");
    expect(summary?.approvals.map((a) => [a.scope, a.stamp.by])).toEqual(
      required.map((scope) => [scope, PEOPLE[APPROVER_TOKENS[scope] as Token]]),
    );
  };
  /** Publishes `id`, checks the list against it, and that publishing it again writes nothing. */
  const publishAndCheck = async (id: string) => {
    const published = await year(DEMO_TOKEN, "publish", ...publishArgs(id));
    expect([published.code, published.err]).toEqual([0, ""]);
    expect(published.out).toContain(`Versjon ${id} er publisert.`);
    expect(record().versions.find((v) => v.id === id)?.status).toBe("published");
    expectListEquals(versionFile(id));
    const xml = libraryFile(`2027/documents/plan-2027-${id}.xml`)?.content ?? "";
    expect(validateMspdi(xml).ok).toBe(true);
    const before = siteSnapshot();
    const again = await year(DEMO_TOKEN, "publish", ...publishArgs(id));
    expect([again.code, again.out]).toEqual([
      0,
      `Versjon ${id} er allerede publisert: ingenting ble skrevet.`,
    ]);
    expect(siteSnapshot()).toBe(before);
  };

  it("submits v001, refuses a non-approver, approves each scope by its approver and publishes exactly v001", async () => {
    // Nothing is in force yet: a revision has nothing to re-plan from; progress and date go together.
    const planXml = join(dir, "plan1", "plan.xml");
    const early = await year(DEMO_TOKEN, "draft", "--progress", planXml, "--as-of", "2027-03-01");
    expect([early.code, early.err]).toEqual([
      1,
      "Plan-året 2027 har ingen godkjent eller publisert versjon å planlegge videre fra: godkjenn en versjon først.",
    ]);
    expect((await year(DEMO_TOKEN, "draft", "--progress", planXml)).code).toBe(2);
    expect(statuses()).toEqual([["v001", "draft", "annual", null]]);
    const submit = await year(DEMO_TOKEN, "submit", "--version", "v001");
    expect(submit.code).toBe(0);
    const stranger = await year("token-ukjent", "approve", "--version", "v001", "--scope", "whole");
    expect([stranger.code, stranger.err]).toEqual([
      1,
      "ukjent@politiet.no kan ikke godkjenne hele planen (PFTs ledergruppe) for versjon v001: bare de som er satt opp som godkjennere i plan-året kan det.",
    ]);
    const wrongScope = await year("token-eiendom", "approve", "--version", "v001", "--scope", "procurement");
    expect(wrongScope.code).toBe(1);
    expect(record().versions[0]?.approvals).toEqual([]);
    const notYet = await year(DEMO_TOKEN, "publish", ...publishArgs("v001"));
    expect(notYet.code).toBe(1);
    expect(items().every((i) => i.fields.Decision === undefined)).toBe(true);
    for (const scope of ["whole", "procurement", "realEstate"] as const) {
      const approve = await year(
        APPROVER_TOKENS[scope] as Token,
        "approve",
        "--version",
        "v001",
        "--scope",
        scope,
      );
      expect([approve.code, approve.err]).toEqual([0, ""]);
    }
    expect(statuses()).toEqual([["v001", "approved", "annual", null]]);
    expect(record().versions[0]?.approvals.map((a) => [a.scope, a.stamp.by])).toEqual([
      ["whole", "leder@politiet.no"],
      ["procurement", "anskaffelsesdirektor@politiet.no"],
      ["realEstate", "eiendomsdirektor@politiet.no"],
    ]);
    await publishAndCheck("v001");
    expect(statuses()).toEqual([["v001", "published", "annual", null]]);
    expect(items().find((i) => i.fields.NeedId === walk.forcedIn)?.fields.Decision).toBe("include");
  });

  it("re-plans from the published version with progress from Project: revision v002 and its diff", async () => {
    const v1 = versionFile("v001");
    let xml = libraryFile("2027/documents/plan-2027-v001.xml")?.content ?? "";
    const inFile = v1.result.schedule.scheduled.filter((s) => xml.includes(`<Value>ap:phase:${s.needId}:`));
    const finishes = inFile.map((s) => s.finish).sort();
    const asOf = addDays(finishes[0]!, 1);
    for (const s of inFile)
      for (const p of s.phases) {
        const key = `ap:phase:${s.needId}:${p.phase}`;
        if (p.finish < asOf) xml = progress(xml, key, 100, { start: p.start, finish: p.finish });
        else if (p.start <= asOf) xml = progress(xml, key, 50, { start: p.start });
      }
    const completed = inFile
      .filter((s) => s.finish < asOf)
      .map((s) => s.needId)
      .sort();
    const halfDone = inFile
      .filter((s) => s.finish >= asOf && s.phases[0]!.finish < asOf)
      .map((s) => s.needId);
    expect(completed.length).toBeGreaterThan(0);
    expect(halfDone.length).toBeGreaterThan(0);
    expect(validateMspdi(xml)).toEqual({ ok: true, output: "" });
    const progressFile = join(dir, "progress.xml");
    writeFileSync(progressFile, xml);
    Object.assign(walk, { asOf, completed, halfDone });

    const revision = await year(DEMO_TOKEN, "draft", "--progress", progressFile, "--as-of", asOf);
    expect([revision.code, revision.err]).toEqual([0, ""]);
    expect(revision.out).toMatch(
      /Revisjon v002 lagret, planlagt på nytt fra v001 med fremdriften per \d\d\.\d\d\.\d{4} \(https:/,
    );
    expect(revision.out).toMatch(/^Endringer fra v001 til v002: nye 0, borte 0, /m);
    expect(statuses()).toEqual([
      ["v001", "published", "annual", null],
      ["v002", "draft", "revision", "v001"],
    ]);
    expect(record().versions[1]).toMatchObject({ asOf, created: { by: COORDINATOR } });
    const v2 = versionFile("v002");
    expect([v2.kind, v2.basedOn, v2.asOf]).toEqual(["revision", "v001", asOf]);
    // Re-planned from the version in force's own input, configuration and edits.
    expect([v2.hashes.input, v2.hashes.config, v2.hashes.edits]).toEqual([
      v1.hashes.input,
      v1.hashes.config,
      v1.hashes.edits,
    ]);
    expect((v2.result.schedule.completed ?? []).map((c) => c.needId).sort()).toEqual(completed);
    expect(v2.result.schedule.scheduled.filter((s) => completed.includes(s.needId))).toEqual([]);
    for (const id of halfDone) {
      const before = v1.result.schedule.scheduled.find((s) => s.needId === id)!;
      const after = v2.result.schedule.scheduled.find((s) => s.needId === id)!;
      expect([id, after.frozen, after.phases[0]]).toEqual([id, true, before.phases[0]]);
    }
    for (const id of completed)
      expect(v2.result.decisions.find((d) => d.needId === id)?.feedback).toContain(
        "Anskaffelsen er gjennomført",
      );

    const recordBefore = libraryFile("2027/plan-year.json")?.content;
    const diff = await year(DEMO_TOKEN, "diff", "--from", "v001", "--to", "v002");
    expect([diff.code, diff.err]).toEqual([0, ""]);
    expect(diff.out.split("\n")[0]).toMatch(/^Endringer fra v001 til v002: nye 0, borte 0, flyttet \d+, /);
    expect(libraryFile("2027/plan-year.json")?.content).toBe(recordBefore);
  });

  it("approves and publishes the revision; the list then carries v002's decisions", async () => {
    await submitAndApprove("v002");
    expect(statuses()).toEqual([
      ["v001", "published", "annual", null],
      ["v002", "approved", "revision", "v001"],
    ]);
    await publishAndCheck("v002");
    expect(statuses()).toEqual([
      ["v001", "published", "annual", null],
      ["v002", "published", "revision", "v001"],
    ]);
    // The older version is history: publishing it again writes nothing either.
    const before = siteSnapshot();
    expect((await year(DEMO_TOKEN, "publish", ...publishArgs("v001"))).code).toBe(0);
    expect(siteSnapshot()).toBe(before);

    const status = await year(DEMO_TOKEN, "status", "--as-of", walk.asOf!);
    expect(status.code).toBe(0);
    expect(status.out).toContain(
      `Årshjulet for planåret 2027, per ${walk.asOf!.split("-").reverse().join(".")}`,
    );
    expect(status.out).toContain("Enheter som har meldt inn: 3 av");
    expect(status.out).toContain("Innsendte behov og åpne saker fra versjon v002.");
  });

  it("refuses a version file changed after approval, naming file and field, and writes nothing", async () => {
    const path = "Anskaffelsesplan/2027/versions/v001.json";
    const file = JSON.parse(libraryFile("2027/versions/v001.json")!.content) as {
      result: { decisions: { rank: number | null }[] };
    };
    file.result.decisions[0]!.rank = 1000;
    demo.server.store.saveFile(site, path, JSON.stringify(file), "application/json");
    const before = siteSnapshot();
    const diff = await year(DEMO_TOKEN, "diff", "--from", "v001", "--to", "v002");
    expect(diff.code).toBe(2);
    expect(diff.err).toBe(
      `${demo.siteUrl}/${path} er endret etter at versjonen ble lagret eller sendt til godkjenning (felt «result»): en godkjent versjon kan ikke endres. Lag en ny versjon i stedet.`,
    );
    expect(siteSnapshot()).toBe(before);
  });

  it("starts the next year from the version in force: unfinished and deferred needs carried, completed ones not", async () => {
    const init = await as(DEMO_TOKEN, "year", "init", "--year", "2028", "--from", "2027", ...graph());
    expect([init.code, init.err]).toEqual([0, ""]);
    const next = record(2028);
    const carried = next.carriedOver.map((c) => c.needId);
    const v2 = versionFile("v002");
    const deferred = v2.result.decisions.filter((d) => d.decision === "defer").map((d) => d.needId);
    expect(deferred.length).toBeGreaterThan(0);
    expect(carried).toEqual(expect.arrayContaining(deferred));
    expect(carried.filter((id) => walk.completed!.includes(id))).toEqual([]);
    expect(next.carriedOver.every((c) => c.history.at(-1)?.versionId === "v002")).toBe(true);
    expect(next.approvers).toEqual(record().approvers);
  });

  it("stores a workbook's edits in a local record too, as --user, through plan --workbook", async () => {
    const storeDir = join(dir, "store");
    const local = (...args: string[]) => ["--store", storeDir, "--year", "2027", ...args];
    expect((await runCli("year", "init", ...local("--user", "ann@politiet.no"))).code).toBe(0);
    const planned = await runCli(
      "plan",
      ...local(
        "--input",
        join(dir, "needs.json"),
        "--workbook",
        join(dir, "edited.xlsx"),
        "--out",
        join(dir, "local"),
      ),
      "--user",
      "Ann@Politiet.no",
    );
    // The local record has no budget, criteria or approvers yet: said, without stopping the run.
    expect([planned.code, planned.err.split("\n")[0]]).toEqual([
      0,
      "Budsjettet for planåret er ikke satt. Sett det med «year config --set prioritisation.budgetNok=BELØP».",
    ]);
    expect(planned.out).toContain("5 endringer fra arbeidsboken er lagret i plan-året av ann@politiet.no");
    const stored = JSON.parse(
      readFileSync(join(storeDir, "Anskaffelsesplan/2027/plan-year.json"), "utf8"),
    ) as PlanYearRecord;
    expect(stored.edits.forced[walk.forcedIn!]).toMatchObject({
      direction: "in",
      reason: "legal-obligation",
      stamp: { by: "ann@politiet.no" },
    });
    expect(Object.keys(stored.edits.weights)).toHaveLength(2);
    // Without a user nothing is stored and the run stops, saying how to name one.
    const anonymous = await runCli(
      "plan",
      ...local(
        "--input",
        join(dir, "needs.json"),
        "--workbook",
        join(dir, "edited.xlsx"),
        "--out",
        join(dir, "local2"),
      ),
    );
    expect(anonymous.code).toBe(2);
    expect(anonymous.err).toContain("ANSKAFFELSESPLAN_USER");
  });
});
