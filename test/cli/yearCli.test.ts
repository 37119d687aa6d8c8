/**
 * The `year` commands and `plan --graph/--site --year` end to end over HTTPS to the demo Graph
 * server: init (create-only, the user from GET /me) → plan refused while budget and criteria are
 * missing → config (validated; a wrong value names the file and field and changes nothing) →
 * status → plan with the record's configuration and edits. The same commands on a local folder.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runServeDemo } from "../../src/cli/commands/serveDemo";
import type { CommandIo } from "../../src/cli/commands/graphConnection";
import type { RunningDemoGraphServer } from "../../src/adapters/graphServer/demoGraphServer";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";
import { defaultPlanConfig } from "../../src/domain/model/defaults";
import { DEFAULT_CRITERIA } from "../../src/domain/prioritisation/defaultCriteria";
import { GraphPlanYearStore } from "../../src/adapters/graph/graphPlanYearStore";
import { createGraphClient } from "../../src/adapters/graph/graphClientFactory";
import { createNodeHttpsFetch } from "../../src/adapters/graph/nodeHttpsFetch";
import { GraphListGateway } from "../../src/adapters/graph/graphListGateway";
import { nodePlanYearValidator } from "../../src/adapters/node/jsonSchemas";
import { recordEdits } from "../../src/application/planYear/planYearRecords";
import type { PlanResult } from "../../src/application/planResult";
import type { PlanYearRecord } from "../../src/domain/planYear/planYearTypes";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "year-cli-"));
const needs = Array.from({ length: 12 }, (_, i) => ({
  id: `N-${i + 1}`,
  title: `Behov nummer ${i + 1}`,
  description: "Rammeavtale for utstyr",
  unit: ["oslo", "kripos", "agder"][i % 3],
  contact: `person${i % 4}@politiet.no`,
  area: i % 2 ? "IKT" : "Materiell",
  category: i % 2 ? "ikt" : "materiell",
  deliveryTrack: "basis",
  contractType: "Varer",
  estimatedValue: String((i + 1) * 400_000),
  neededBy: `${String(1 + i).padStart(2, "0")}.09.2027`,
  securityGraded: "Nei",
  ...Object.fromEntries(DEFAULT_CRITERIA.map((c, k) => [`score_${c.id}`, String(1 + ((i + k) % 5))])),
}));

let demo: RunningDemoGraphServer & { caFile: string };
let graph: string[];
const savedEnv = { ...process.env };

beforeAll(async () => {
  const inputFile = join(dir, "input.json");
  writeFileSync(
    inputFile,
    JSON.stringify({ config: defaultPlanConfig(2027), needs, contracts: [], spend: [], people: [] }),
  );
  const quiet: CommandIo = { out: () => undefined, err: () => undefined, env: {} };
  demo = await runServeDemo({ input: inputFile, caOut: join(dir, "ca.pem") }, quiet, () => {
    throw new Error("the test serves its own input");
  });
  process.env["ANSKAFFELSESPLAN_TOKEN"] = "demo-token";
  process.env["ANSKAFFELSESPLAN_CA"] = demo.caFile;
  graph = ["--graph", demo.server.baseUrl, "--site", demo.siteUrl];
});
afterAll(async () => {
  process.env = savedEnv;
  await demo.server.close();
});

function storedRecord(): PlanYearRecord {
  const site = demo.server.store.findSite("politiet.sharepoint.com", "sites/anskaffelser");
  const file = site && demo.server.store.findFile(site, "Anskaffelsesplan/2027/plan-year.json");
  return JSON.parse(file?.content ?? "null") as PlanYearRecord;
}

describe("year and plan --graph/--site over HTTPS", () => {
  it("walks init → config → status → plan with the record's configuration and edits", async () => {
    const init = await runCli("--lang", "en", "year", "init", "--year", "2027", ...graph);
    expect(init.code).toBe(0);
    expect(init.out).toBe(`Plan year 2027 is set up: ${demo.siteUrl}/Anskaffelsesplan/2027/plan-year.json`);
    expect(storedRecord().created.by).toBe("koordinator@politiet.no");
    const again = await runCli("--lang", "en", "year", "init", "--year", "2027", ...graph);
    expect([again.code, again.err]).toEqual([2, expect.stringContaining("already exists")]);

    const out = join(dir, "plan-out");
    const plan = ["plan", "--year", "2027", ...graph, "--list", LIST_NAMES.intake, "--out", out];
    const blocked = await runCli("--lang", "en", ...plan);
    expect(blocked.code).toBe(2);
    expect(blocked.err).toContain("The plan is not run until this is in place:");
    expect(blocked.err).toContain("year config --set prioritisation.budgetNok=AMOUNT");
    expect(blocked.err).toContain("prioritisation.criteria");

    const criteria = DEFAULT_CRITERIA.map((c, i) => ({
      ...c,
      weight: i === 0 ? c.weight + 10 : i === 1 ? c.weight - 10 : c.weight,
    }));
    writeFileSync(join(dir, "config.json"), JSON.stringify({ config: { prioritisation: { criteria } } }));
    const badValue = await runCli(
      "--lang",
      "en",
      "year",
      "config",
      "--year",
      "2027",
      ...graph,
      "--set",
      "wheel.approval=15.01.2027",
    );
    expect(badValue.code).toBe(2);
    expect(badValue.err).toBe(
      `${demo.siteUrl}/Anskaffelsesplan/2027/plan-year.json, field /wheel/approval: has the wrong format`,
    );
    const config = await runCli(
      "--lang",
      "en",
      "year",
      "config",
      "--year",
      "2027",
      ...graph,
      "--set",
      "prioritisation.budgetNok=2000000",
      "--set",
      "approvers.whole=Leder@politiet.no",
      "--file",
      join(dir, "config.json"),
    );
    expect([config.code, config.err]).toEqual([0, ""]);
    expect(storedRecord().config.prioritisation).toMatchObject({ budgetNok: 2_000_000, criteria });
    expect(storedRecord().approvers.whole).toEqual(["leder@politiet.no"]);

    const status = await runCli(
      "--lang",
      "en",
      "year",
      "status",
      "--year",
      "2027",
      ...graph,
      "--today",
      "2027-01-10",
    );
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/Budget: NOK\s2,000,000\.00/);
    expect(status.out).toContain("Today 10/01/2027: awaiting approval; next revision 01/04/2027");
    expect(status.out).toContain("Approvers: the whole plan (PFT's leadership group): leder@politiet.no");

    // A force decision recorded by the pane (same use case, same library file) reaches the run.
    const fetch = createNodeHttpsFetch({ ca: readFileSync(demo.caFile, "utf8") });
    const client = createGraphClient({
      baseUrl: demo.server.baseUrl,
      getToken: async () => "demo-token",
      fetch,
    });
    const site = await new GraphListGateway(client).resolveSite(demo.siteUrl);
    const store = new GraphPlanYearStore(client, site.id, demo.siteUrl);
    await recordEdits(
      { store, validate: nodePlanYearValidator() },
      2027,
      [
        {
          kind: "force",
          needId: "N-12",
          to: { needId: "N-12", direction: "out", reason: "management-decision" },
        },
        { kind: "feedback", needId: "N-3", to: "Ta kontakt med kategoriteamet" },
      ],
      "koordinator@politiet.no",
    );
    fetch.close();

    const run = await runCli("--lang", "en", ...plan);
    expect(run.code).toBe(0);
    expect(run.out).toContain("Planning 2027 with the configuration and edits in");
    const result = JSON.parse(readFileSync(join(out, "plan.json"), "utf8")) as PlanResult;
    expect(result.counts.received).toBe(12);
    expect(result.prioritisation?.result?.selection.budget).toBe(2_000_000);
    expect(result.prioritisation?.result?.criteria.map((c) => c.weight)).toEqual(
      criteria.map((c) => c.weight),
    );
    expect(result.prioritisation?.result?.ranking.find((r) => r.needId === "N-12")?.reason).toBe(
      "forced-out",
    );
    expect(result.decisions.find((d) => d.needId === "N-3")?.feedback).toContain(
      "Ta kontakt med kategoriteamet",
    );
  });
});

describe("year on a local folder", () => {
  it("needs a user, and plans the record's configuration with needs from a file", async () => {
    const store = join(dir, "local");
    const noUser = await runCli("--lang", "en", "year", "init", "--year", "2027", "--store", store);
    expect([noUser.code, noUser.err]).toEqual([2, expect.stringContaining("ANSKAFFELSESPLAN_USER")]);
    const neither = await runCli("--lang", "en", "year", "status", "--year", "2027");
    expect([neither.code, neither.err]).toEqual([
      2,
      "Give either --store DIR or --graph URL together with --site URL.",
    ]);
    const init = await runCli(
      "year",
      "init",
      "--year",
      "2027",
      "--store",
      store,
      "--user",
      "ann@politiet.no",
    );
    expect(init.out).toContain("Planåret 2027 er opprettet");
    await runCli(
      "year",
      "config",
      "--year",
      "2027",
      "--store",
      store,
      "--user",
      "ann@politiet.no",
      "--set",
      "prioritisation.budgetNok=1000000",
    );
    const status = await runCli(
      "year",
      "status",
      "--year",
      "2027",
      "--store",
      store,
      "--today",
      "2026-10-01",
    );
    expect(status.out).toContain("Budsjett: 1\u00a0000\u00a0000,00\u00a0kr");
    expect(status.out).toContain("I dag 01.10.2026: forberedelse og innmelding");
    const input = join(dir, "input.json");
    const run = await runCli(
      "plan",
      "--year",
      "2027",
      "--store",
      store,
      "--input",
      input,
      "--out",
      join(dir, "local-out"),
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, "local-out", "plan.json"), "utf8")) as PlanResult;
    expect(result.prioritisation?.result?.selection.budget).toBe(1_000_000);
    const next = await runCli(
      "year",
      "init",
      "--year",
      "2028",
      "--from",
      "2027",
      "--store",
      store,
      "--user",
      "ann@politiet.no",
    );
    expect(next.out).toContain("Gjenbrukt fra 2027: konfigurasjon, godkjennere og årshjul; 0 behov overført");
    const nextStatus = await runCli(
      "--lang",
      "en",
      "year",
      "status",
      "--year",
      "2028",
      "--store",
      store,
      "--today",
      "2028-02-01",
    );
    expect(nextStatus.out).toMatch(/Budget: NOK\s1,000,000\.00/);
    expect(nextStatus.out).toContain("approval 15/01/2028");
    const badDay = await runCli(
      "year",
      "status",
      "--year",
      "2028",
      "--store",
      store,
      "--today",
      "2028-02-30",
    );
    expect(badDay.code).not.toBe(0);
  });
});
