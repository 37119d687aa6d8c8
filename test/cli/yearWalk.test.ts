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
import { startDemoGraphServer, type RunningDemoGraphServer } from "../../src/adapters/graphServer/demoGraphServer";
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
const APPROVER_TOKENS = { whole: "token-leder", procurement: "token-anskaffelser", realEstate: "token-eiendom" };

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
  const record = (y = 2027) => JSON.parse(libraryFile(`${y}/plan-year.json`)?.content ?? "null") as PlanYearRecord;
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

    const sync = await as(DEMO_TOKEN, "sync", ...graph(), "--list", LIST_NAMES.intake, "--state", state, "--out", join(dir, "needs.json"), "--base", inputFile);
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
    const rowOf = (t: { firstRow: number; values: readonly (readonly unknown[])[] }, col: number, id: string) =>
      t.firstRow + t.values.findIndex((r) => r[col] === id);
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
      { sheet: s.sheet, row: selectionRow, col: snap.selection.firstCol + s.forceReasonCol, text: "Lovpålagt" },
      { sheet: s.sheet, row: selectionRow, col: snap.selection.firstCol + s.commentCol, text: "Pålegg fra Direktoratet" },
    ];
    const edited = join(dir, "edited.xlsx");
    writeFileSync(edited, await editCells(bytes, edits));

    const draft = await year(DEMO_TOKEN, "draft", ...lists(), "--workbook", edited);
    expect([draft.code, draft.err]).toEqual([0, ""]);
    expect(draft.out).toContain("edited.xlsx: 5 endringer tatt inn, 0 avvik.");
    expect(draft.out).toContain(`5 endringer fra arbeidsboken er lagret i plan-året av ${COORDINATOR}`);
    expect(draft.out).toContain("Utkast v001 lagret (https://politiet.sharepoint.com/sites/anskaffelser/");
    const r = record();
    const stamp = { by: COORDINATOR, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) };
    expect(r.edits.weights[w0]).toEqual({ value: weights[w0]! + 5, stamp });
    expect(r.edits.weights[w1]).toEqual({ value: weights[w1]! - 5, stamp });
    expect(r.edits.scores[scored.needId]?.[w0]).toEqual({ value: 5, stamp });
    expect(r.edits.forced[deferred.needId]).toMatchObject({ direction: "in", reason: "legal-obligation", stamp });
    expect(r.edits.forced[deferred.needId]?.comment).toBe("Pålegg fra Direktoratet");
    expect(r.edits.notes[deferred.needId]).toEqual({ text: "Pålegg fra Direktoratet", stamp });
    expect(statuses()).toEqual([["v001", "draft", "annual", null]]);
    const v1 = versionFile("v001");
    expect(JSON.stringify(v1.edits)).toBe(JSON.stringify(r.edits));
    const rank = v1.result.prioritisation!.result!.ranking.find((x) => x.needId === deferred.needId);
    expect(rank).toMatchObject({ selected: true, reason: "forced-in" });
    expect(v1.result.prioritisation!.result!.criteria.find((c) => c.id === w0)!.weight).toBe(weights[w0]! + 5);

    // The next run plans with the stored edits, without the workbook.
    const again = await as(DEMO_TOKEN, "plan", ...graph(), ...lists(), "--year", "2027", "--out", join(dir, "plan2"));
    const replanned = JSON.parse(readFileSync(join(dir, "plan2", "plan.json"), "utf8")) as PlanResult;
    expect(again.code).toBe(0);
    expect(replanned.prioritisation!.result!.ranking.find((x) => x.needId === deferred.needId)?.selected).toBe(true);
  });
});
