/**
 * The `year` version subcommands end to end through the CLI's composition root, with the record in
 * a local folder and the decisions going over HTTPS to the demo Graph server: init → approvers →
 * sync → draft (planned with the record) → versions → submit → approve (a non-approver refused) →
 * publish (list items equal the approved version; .xlsx and Project XML saved) → publish again
 * (nothing written) → a second draft → diff in English with the Endringer sheet → a hand-edited
 * version file refused naming the file and field.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runServeDemo } from "../../src/cli/commands/serveDemo";
import { runSyncCommand } from "../../src/cli/commands/sync";
import type { CommandIo } from "../../src/cli/commands/graphConnection";
import type { RunningDemoGraphServer } from "../../src/adapters/graphServer/demoGraphServer";
import { LocalPlanYearStore } from "../../src/adapters/node/localPlanYearStore";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";
import { instantOfLocalMidnight } from "../../src/application/sharepoint/zonedDates";
import { loadVersion } from "../../src/application/planYear/planVersions";
import { defaultPlanConfig } from "../../src/domain/model/defaults";
import type { PlanInput } from "../../src/domain/model/planInput";
import { TEST_APPROVERS, testDeps } from "../builders/memoryPlanYearStore";
import { validateMspdi } from "../support/xmllint";
import { DEMO_USER } from "../../src/adapters/graphServer/demoSite";
import { DEFAULT_CRITERIA } from "../../src/domain/prioritisation/defaultCriteria";
import { runCli } from "./runCli";

const AREAS = ["IKT", "Materiell", "Eiendom", "Anskaffelser"];

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
    score_reach: String(1 + (i % 5)),
  }));
  return { config: defaultPlanConfig(2027), needs, contracts: [], spend: [], people: [] };
}

describe("year versions, draft, submit, approve, publish and diff from the CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "year-cli-"));
  const storeDir = join(dir, "store");
  const input = fixtureInput(30);
  const inputFile = join(dir, "input.json");
  writeFileSync(inputFile, JSON.stringify(input));
  const deps = testDeps(new LocalPlanYearStore(storeDir));
  let demo: RunningDemoGraphServer & { caFile: string };
  const saved = { ...process.env };

  beforeAll(async () => {
    const quiet: CommandIo = { out: () => undefined, err: () => undefined, env: {} };
    demo = await runServeDemo({ input: inputFile, caOut: join(dir, "ca.pem") }, quiet, () => input);
    process.env.ANSKAFFELSESPLAN_TOKEN = "demo-token";
    process.env.ANSKAFFELSESPLAN_CA = demo.caFile;
    delete process.env.ANSKAFFELSESPLAN_USER;
    await runSyncCommand(
      {
        graph: demo.server.baseUrl,
        site: demo.siteUrl,
        list: LIST_NAMES.intake,
        state: join(dir, "state.json"),
        out: join(dir, "needs.json"),
        base: inputFile,
      },
      { ...quiet, env: process.env },
    );
  });
  afterAll(async () => {
    process.env = saved;
    await demo.server.close();
  });

  /** `anskaffelsesplan [--lang en] year <sub> … --store DIR --year 2027 [--user U]`. */
  const year = (user: string | undefined, ...args: string[]) => {
    const lang = args[0] === "--lang" ? args.splice(0, 2) : [];
    const who = user === undefined ? [] : ["--user", user];
    return runCli(...lang, "year", ...args, "--store", storeDir, "--year", "2027", ...who);
  };
  const site = () => [
    ...["--graph", demo.server.baseUrl, "--site", demo.siteUrl, "--list", LIST_NAMES.intake],
    ...["--state", join(dir, "state.json")],
  ];

  it("sets the year up, plans it with the record and saves the run as draft v001", async () => {
    expect((await year("koordinator@politiet.no", "init")).code).toBe(0);
    writeFileSync(join(dir, "approvers.json"), JSON.stringify({ approvers: TEST_APPROVERS }));
    expect(
      (await year("koordinator@politiet.no", "config", "--file", join(dir, "approvers.json"))).code,
    ).toBe(0);
    const draft = await year("koordinator@politiet.no", "draft", "--input", join(dir, "needs.json"));
    expect(draft.code).toBe(0);
    expect(draft.out).toContain("Planlegger 2027 med konfigurasjonen og endringene i");
    expect(draft.out).toContain(
      `Utkast v001 lagret (${join(storeDir, "Anskaffelsesplan/2027/versions/v001.json")}).`,
    );
    const list = await year(undefined, "versions");
    expect(list.out).toMatch(/^v001 {2}utkast {2}årsplan {2}opprettet \S+ av koordinator@politiet.no$/);
  });

  it("submits, refuses a non-approver, and approves scope by scope", async () => {
    expect((await year("koordinator@politiet.no", "submit", "--version", "v001")).out).toMatch(
      /^Versjon v001 er sendt til godkjenning; innholdet er låst \(SHA-256 [0-9a-f]{64}\)\.$/,
    );
    const stranger = await year("ukjent@politiet.no", "approve", "--version", "v001", "--scope", "whole");
    expect(stranger.code).toBe(1);
    expect(stranger.err).toBe(
      "ukjent@politiet.no kan ikke godkjenne hele planen (PFTs ledergruppe) for versjon v001: bare de som er satt opp som godkjennere i plan-året kan det.",
    );
    const whole = await year("LEDER@politiet.no", "approve", "--version", "v001", "--scope", "whole");
    expect(whole.out).toBe(
      "hele planen (PFTs ledergruppe) er godkjent for versjon v001 av leder@politiet.no.\nMangler fortsatt: anskaffelsesplanen (direktør for anskaffelser og juridisk); eiendomsporteføljeplanen (direktør for eiendom).",
    );
    for (const scope of ["procurement", "realEstate"] as const)
      expect(
        (await year(TEST_APPROVERS[scope][0], "approve", "--version", "v001", "--scope", scope)).code,
      ).toBe(0);
    expect((await year(undefined, "versions")).out).toContain("godkjent  årsplan");
  });

  it("publishes exactly the approved version, with its documents; a second publish writes nothing", async () => {
    const first = await year("koordinator@politiet.no", "publish", "--version", "v001", ...site());
    expect([first.code, first.err]).toEqual([0, ""]);
    expect(first.out).toContain("Versjon v001 er publisert.");
    const { file } = await loadVersion(deps, 2027, "v001");
    const items = [...demo.seeded.intake.items.values()];
    expect(file.result.decisions.length).toBe(30);
    for (const d of file.result.decisions) {
      const item = items.find((i) => i.fields.NeedId === d.needId);
      const fields = item?.fields ?? {};
      expect([fields.Status, fields.Rank, fields.Decision, fields.Feedback]).toEqual([
        d.status ?? undefined,
        d.rank ?? undefined,
        d.decision ?? undefined,
        d.feedback,
      ]);
      const start = d.plannedStart ? instantOfLocalMidnight(d.plannedStart, "Europe/Oslo") : undefined;
      expect(fields.PlannedStart).toBe(start);
    }
    const documents = join(storeDir, "Anskaffelsesplan/2027/documents");
    expect(validateMspdi(readFileSync(join(documents, "plan-2027-v001.xml"), "utf8")).ok).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(documents, "plan-2027-v001.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toContain("Tilbakemelding");

    const before = JSON.stringify([...demo.seeded.intake.items.values()]);
    demo.server.resetStats();
    const again = await year("koordinator@politiet.no", "publish", "--version", "v001", ...site());
    expect([again.code, again.out]).toEqual([
      0,
      "Versjon v001 er allerede publisert: ingenting ble skrevet.",
    ]);
    expect(demo.server.stats.requests).toBe(0);
    expect(JSON.stringify([...demo.seeded.intake.items.values()])).toBe(before);
  });

  it("diffs two versions in English and writes the Endringer sheet", async () => {
    const changed = JSON.parse(readFileSync(join(dir, "needs.json"), "utf8")) as PlanInput;
    const fewer = { ...changed, needs: changed.needs.filter((n) => n.id !== "N-2") };
    writeFileSync(join(dir, "needs2.json"), JSON.stringify(fewer));
    // A working edit in the record (as the workbook's read-back stores it) goes into the next draft.
    const recordPath = join(storeDir, "Anskaffelsesplan/2027/plan-year.json");
    const record = JSON.parse(readFileSync(recordPath, "utf8")) as { edits: { notes: object } };
    const note = {
      text: "Sjekk opsjonene",
      stamp: { by: "leder@politiet.no", at: "2027-03-01T08:00:00.000Z" },
    };
    record.edits.notes = { "N-3": note };
    writeFileSync(recordPath, JSON.stringify(record, null, 2));
    expect((await year("k@politiet.no", "draft", "--input", join(dir, "needs2.json"))).out).toContain(
      "Utkast v002 lagret",
    );
    expect((await loadVersion(deps, 2027, "v002")).file.edits.notes["N-3"]).toEqual(note);
    const xlsx = join(dir, "diff.xlsx");
    const diff = await year(
      undefined,
      "--lang",
      "en",
      "diff",
      "--from",
      "v001",
      "--to",
      "v002",
      "--xlsx",
      xlsx,
    );
    expect(diff.code).toBe(0);
    const lines = diff.out.split("\n");
    expect(lines[0]).toMatch(
      /^Changes from v001 to v002: added 0, dropped 1, moved \d+, newly late \d+, decision changed \d+, unchanged \d+\.$/,
    );
    expect(lines).toContain("- N-2 Behov nummer 2: no longer in");
    // N-1, N-8, N-15, N-22 and N-29 are security graded: their titles never show.
    expect(diff.out).not.toMatch(/Behov nummer (1|8|15|22|29)\b/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.getWorksheet("Endringer")?.getCell("A1").value).toBe("Changes from version v001 to v002");
  });

  it("names a hand-edited version file and refuses to go on", async () => {
    const path = join(storeDir, "Anskaffelsesplan/2027/versions/v001.json");
    const file = JSON.parse(readFileSync(path, "utf8")) as { result: { decisions: { rank: number }[] } };
    file.result.decisions[0]!.rank = 1000;
    writeFileSync(path, JSON.stringify(file, null, 2));
    const diff = await year(undefined, "diff", "--from", "v001", "--to", "v002");
    expect(diff.code).toBe(2);
    expect(diff.err).toBe(
      `${path} er endret etter at versjonen ble lagret eller sendt til godkjenning (felt «result»): en godkjent versjon kan ikke endres. Lag en ny versjon i stedet.`,
    );
  });

  it("runs on the site's document library too, as the signed-in account", async () => {
    const graph = ["--graph", demo.server.baseUrl, "--site", demo.siteUrl];
    const onSite = (...args: string[]) => runCli("year", ...args, "--year", "2028", ...graph);
    expect((await onSite("init")).code).toBe(0);
    // The demo token signs in as koordinator@politiet.no: approver of the whole plan only.
    const approvers = {
      whole: [DEMO_USER],
      procurement: [DEMO_USER],
      realEstate: ["eiendomsdirektor@politiet.no"],
    };
    // A real site plans only with its own budget and criteria.
    const config = { prioritisation: { budgetNok: 500_000_000, criteria: DEFAULT_CRITERIA } };
    writeFileSync(join(dir, "approvers2028.json"), JSON.stringify({ approvers, config }));
    expect((await onSite("config", "--file", join(dir, "approvers2028.json"))).code).toBe(0);
    const draft = await onSite("draft", "--list", LIST_NAMES.intake);
    expect(draft.out).toContain("Utkast v001 lagret (https://politiet.sharepoint.com/sites/anskaffelser/");
    expect((await onSite("submit", "--version", "v001")).code).toBe(0);
    expect((await onSite("approve", "--version", "v001", "--scope", "whole")).code).toBe(0);
    const refused = await onSite("approve", "--version", "v001", "--scope", "realEstate");
    expect([refused.code, refused.err]).toEqual([
      1,
      "koordinator@politiet.no kan ikke godkjenne eiendomsporteføljeplanen (direktør for eiendom) for versjon v001: bare de som er satt opp som godkjennere i plan-året kan det.",
    ]);
    const notYet = await onSite(
      "publish",
      "--version",
      "v001",
      "--list",
      LIST_NAMES.intake,
      "--state",
      join(dir, "state.json"),
    );
    expect(notYet.code).toBe(1);
    expect(notYet.err).toContain("Versjon v001 har status «til godkjenning» og kan ikke publiseres");
    // Made approver of the last scope, the account approves it and the version is published.
    const all = { approvers: { ...approvers, realEstate: [DEMO_USER] } };
    writeFileSync(join(dir, "approvers2028b.json"), JSON.stringify(all));
    expect((await onSite("config", "--file", join(dir, "approvers2028b.json"))).code).toBe(0);
    expect((await onSite("approve", "--version", "v001", "--scope", "procurement")).code).toBe(0);
    expect((await onSite("approve", "--version", "v001", "--scope", "realEstate")).out).toContain(
      "Versjon v001 er godkjent og er nå gjeldende versjon.",
    );
    const publish = [
      "publish",
      "--version",
      "v001",
      "--list",
      LIST_NAMES.intake,
      "--state",
      join(dir, "state.json"),
    ];
    const published = await onSite(...publish, "--no-documents");
    expect([published.code, published.out.split("\n").at(-1)]).toEqual([0, "Versjon v001 er publisert."]);
    expect((await onSite(...publish)).out).toBe("Versjon v001 er allerede publisert: ingenting ble skrevet.");
  });
});
