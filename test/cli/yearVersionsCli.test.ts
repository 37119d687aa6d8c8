/**
 * The `year` version subcommands end to end over HTTPS to the demo Graph server: sync → draft →
 * versions → submit → approve (a non-approver refused) → publish (list items equal the approved
 * version, the .xlsx and Project XML saved) → publish again (nothing written) → a second draft →
 * diff in English with the Endringer sheet. The store is the in-memory fake; the local-folder
 * adapter runs the same commands through the composition root.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import ExcelJS from "exceljs";
import { registerYearVersionCommands, USER_VARIABLE } from "../../src/cli/commands/yearVersions";
import { runServeDemo } from "../../src/cli/commands/serveDemo";
import { runSyncCommand } from "../../src/cli/commands/sync";
import type { CommandIo } from "../../src/cli/commands/graphConnection";
import type { CliContext } from "../../src/cli/cliContext";
import type { RunningDemoGraphServer } from "../../src/adapters/graphServer/demoGraphServer";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";
import { instantOfLocalMidnight } from "../../src/application/sharepoint/zonedDates";
import { loadVersion } from "../../src/application/planYear/planVersions";
import { defaultPlanConfig } from "../../src/domain/model/defaults";
import type { PlanInput } from "../../src/domain/model/planInput";
import { MemoryPlanYearStore, TEST_APPROVERS, testRecord } from "../builders/memoryPlanYearStore";
import { validateMspdi } from "../support/xmllint";

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

describe("year versions, submit, approve, publish and diff from the CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "year-cli-"));
  const input = fixtureInput(30);
  const inputFile = join(dir, "input.json");
  writeFileSync(inputFile, JSON.stringify(input));
  const store = new MemoryPlanYearStore();
  store.seed(testRecord(2027));
  let demo: RunningDemoGraphServer & { caFile: string };
  let env: Record<string, string>;

  beforeAll(async () => {
    const quiet: CommandIo = { out: () => undefined, err: () => undefined, env: {} };
    demo = await runServeDemo({ input: inputFile, caOut: join(dir, "ca.pem") }, quiet, () => input);
    env = { ANSKAFFELSESPLAN_TOKEN: "demo-token", ANSKAFFELSESPLAN_CA: demo.caFile };
    await runSyncCommand(
      {
        graph: demo.server.baseUrl,
        site: demo.siteUrl,
        list: LIST_NAMES.intake,
        state: join(dir, "state.json"),
        out: join(dir, "needs.json"),
        base: inputFile,
      },
      { ...quiet, env },
    );
  });
  afterAll(async () => {
    await demo.server.close();
  });

  /** Runs `year …args` with the in-memory store; returns exit code and output. */
  async function year(user: string | undefined, ...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const ctx: CliContext = { out: (t) => out.push(t), err: (t) => err.push(t), locale: "nb", exitCode: 0 };
    if (args[0] === "--lang") ctx.locale = args.splice(0, 2)[1] as "en";
    const program = new Command("anskaffelsesplan").exitOverride();
    const group = program.command("year");
    registerYearVersionCommands(group, {
      ctx,
      openStore: () => store,
      env: { ...env, ...(user ? { [USER_VARIABLE]: user } : {}) },
    });
    await program.parseAsync(["node", "anskaffelsesplan", "year", ...args, "--store", dir, "--year", "2027"]);
    return { code: ctx.exitCode, out: out.join("\n"), err: err.join("\n") };
  }
  const graphArgs = () => [
    "--graph",
    demo.server.baseUrl,
    "--site",
    demo.siteUrl,
    "--list",
    LIST_NAMES.intake,
    "--state",
    join(dir, "state.json"),
  ];

  it("saves a draft from a plan run and lists it", async () => {
    const draft = await year("koordinator@politiet.no", "draft", "--input", join(dir, "needs.json"));
    expect(draft.code).toBe(0);
    expect(draft.out).toContain("Utkast v001 lagret (memory:/Anskaffelsesplan/2027/versions/v001.json).");
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
    const noUser = await year(undefined, "approve", "--version", "v001", "--scope", "whole");
    expect(noUser.err).toContain("oppgi --user eller miljøvariabelen ANSKAFFELSESPLAN_USER");
    const whole = await year(
      undefined,
      "approve",
      "--version",
      "v001",
      "--scope",
      "whole",
      "--user",
      "LEDER@politiet.no",
    );
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
    const first = await year("koordinator@politiet.no", "publish", "--version", "v001", ...graphArgs());
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(first.out).toContain("Versjon v001 er publisert.");
    const { file } = await loadVersion(store, 2027, "v001");
    const items = [...demo.seeded.intake.items.values()];
    for (const d of file.result.decisions) {
      const item = items.find((i) => i.fields.NeedId === d.needId);
      expect([item?.fields.Status, item?.fields.Rank, item?.fields.Decision, item?.fields.Feedback]).toEqual([
        d.status ?? undefined,
        d.rank ?? undefined,
        d.decision ?? undefined,
        d.feedback,
      ]);
      expect(item?.fields.PlannedStart).toBe(
        d.plannedStart ? instantOfLocalMidnight(d.plannedStart, "Europe/Oslo") : undefined,
      );
    }
    const xml = store.documents.get("2027/plan-2027-v001.xml");
    expect(validateMspdi(new TextDecoder().decode(xml?.content)).ok).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(store.documents.get("2027/plan-2027-v001.xlsx")?.content ?? []) as never);
    expect(wb.worksheets.map((w) => w.name)).toContain("Tilbakemelding");

    const before = JSON.stringify([...demo.seeded.intake.items.values()]);
    demo.server.resetStats();
    const again = await year("koordinator@politiet.no", "publish", "--version", "v001", ...graphArgs());
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
    expect((await year("k@politiet.no", "draft", "--input", join(dir, "needs2.json"))).out).toContain(
      "Utkast v002 lagret",
    );
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
      join(dir, "diff.xlsx"),
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
    await wb.xlsx.readFile(join(dir, "diff.xlsx"));
    expect(wb.getWorksheet("Endringer")?.getCell("A1").value).toBe("Changes from version v001 to v002");
  });

  it("names a changed version file and refuses to go on", async () => {
    store.tamper(2027, "v001", (file) => {
      (file.result as { decisions: { rank: number }[] }).decisions[0]!.rank = 1000;
    });
    const diff = await year(undefined, "diff", "--from", "v001", "--to", "v002");
    expect(diff.code).toBe(2);
    expect(diff.err).toContain(
      "memory:/Anskaffelsesplan/2027/versions/v001.json er endret etter at versjonen ble lagret eller sendt til godkjenning (felt «result»)",
    );
  });
});
