/**
 * The CLI's Graph commands end to end over HTTPS: serve-demo seeds the Graph-compatible server from a
 * planning input, sync writes a planning input file whose needs validate exactly like the original
 * ones, a second sync reads only the changes, and publish writes decisions back.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultPlanConfig } from "../../src/domain/model/defaults";
import type { PlanInput } from "../../src/domain/model/planInput";
import { DEFAULT_CRITERIA } from "../../src/domain/prioritisation/defaultCriteria";
import { validateNeeds } from "../../src/domain/intake/validateNeeds";
import { runServeDemo } from "../../src/cli/commands/serveDemo";
import { runSyncCommand } from "../../src/cli/commands/sync";
import { runPublishCommand } from "../../src/cli/commands/publish";
import { runSetupLists } from "../../src/cli/commands/setupLists";
import { runPlan } from "../../src/application/runPlan";
import { createHighsSolver } from "../../src/adapters/solver/highsSolver";
import { CommandError, type CommandIo } from "../../src/cli/commands/graphConnection";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";
import type { RunningDemoGraphServer } from "../../src/adapters/graphServer/demoGraphServer";
import { generateLoopbackCertificate } from "../../src/adapters/graphServer/certificate";

function fixtureInput(): PlanInput {
  const units = ["oslo", "Vest politidistrikt", "kripos", "agder"];
  const needs = Array.from({ length: 40 }, (_, i) => ({
    id: `N-${i + 1}`,
    title: `Behov nummer ${i + 1}`,
    description: "Rammeavtale for utstyr",
    unit: units[i % units.length],
    contact: `person${i % 5}@politiet.no`,
    area: i % 2 ? "IKT" : "Materiell",
    category: i % 2 ? "ikt" : "materiell",
    deliveryTrack: "basis",
    contractType: "Varer",
    estimatedValue: i === 7 ? "mye penger" : ((i + 1) * 150_000).toLocaleString("nb-NO"),
    neededBy: `${String(1 + (i % 28)).padStart(2, "0")}.0${1 + (i % 9)}.2027`,
    securityGraded: i % 6 === 0 ? "Ja" : "Nei",
    existingContractId: i % 10 === 0 ? "KAV-2" : "",
    dependsOn: i === 3 ? "N-1; N-2" : "",
    score_reach: String(1 + (i % 5)),
  }));
  const contract = (id: string) => ({
    id,
    name: `Avtale ${id}`,
    supplier: "Leverandør AS",
    category: "materiell",
    start: "2024-01-01",
    end: "2027-12-31",
    options: [{ until: "2028-12-31" }],
    value: 5_000_000,
    framework: true,
  });
  return {
    config: defaultPlanConfig(2027),
    needs,
    contracts: [contract("KAV-1"), contract("KAV-2")],
    spend: [],
    people: [],
  };
}

describe("CLI sync, publish and serve-demo against the Graph-compatible server", () => {
  const dir = mkdtempSync(join(tmpdir(), "graph-cli-"));
  const input = fixtureInput();
  const inputFile = join(dir, "input.json");
  writeFileSync(inputFile, JSON.stringify(input));
  const out: string[] = [];
  let demo: RunningDemoGraphServer & { caFile: string };
  let io: CommandIo;

  beforeAll(async () => {
    const quietIo: CommandIo = { out: () => undefined, err: () => undefined, env: {} };
    demo = await runServeDemo({ input: inputFile, caOut: join(dir, "ca.pem") }, quietIo, () => {
      throw new Error("the test serves its own input");
    });
    io = {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
      env: { ANSKAFFELSESPLAN_TOKEN: "demo-token", ANSKAFFELSESPLAN_CA: demo.caFile, LANG: "en_GB.UTF-8" },
    };
  });
  afterAll(async () => {
    await demo.server.close();
  });

  const common = () => ({
    graph: demo.server.baseUrl,
    site: demo.siteUrl,
    list: LIST_NAMES.intake,
    state: join(dir, "state.json"),
  });
  const ctx = {
    config: input.config,
    criteriaIds: DEFAULT_CRITERIA.map((c) => c.id),
    contractIds: new Set(input.contracts.map((c) => c.id)),
  };

  it("sync writes needs that validate exactly like the original ones", async () => {
    const outcome = await runSyncCommand({ ...common(), out: join(dir, "needs.json"), base: inputFile }, io);
    expect(outcome.mode).toBe("full");
    const synced = JSON.parse(readFileSync(join(dir, "needs.json"), "utf8")) as PlanInput;
    expect(synced.contracts).toEqual(input.contracts);
    const before = validateNeeds(input.needs, ctx);
    const after = validateNeeds(synced.needs, ctx);
    // SharePoint adds what the rows lack: the receipt date, from each item's Created (docs/input-format.md).
    expect(after.accepted.every((n) => /^\d{4}-\d{2}-\d{2}$/.test(n.receivedDate ?? ""))).toBe(true);
    expect(after.accepted.map(({ receivedDate: _r, ...need }) => need)).toEqual(before.accepted);
    expect(after.rejected.map((r) => [r.itemId, r.errors.map((e) => e.field)])).toEqual(
      before.rejected.map((r) => [r.itemId, r.errors.map((e) => e.field)]),
    );
    expect(before.rejected.map((r) => r.itemId)).toEqual(["N-8"]);
    expect(out.join("\n")).toContain("Synced Anskaffelsesbehov (full read): 40 needs");
  });

  it("sync --kav-list reads the contracts, and names a KAV item it cannot use", async () => {
    const outcome = await runSyncCommand(
      { ...common(), state: undefined, out: join(dir, "with-kav.json"), kavList: LIST_NAMES.kav },
      io,
    );
    expect(outcome.mode).toBe("full");
    const synced = JSON.parse(readFileSync(join(dir, "with-kav.json"), "utf8")) as PlanInput;
    expect(synced.contracts).toEqual(input.contracts);
    const broken = demo.server.store.addItem(demo.seeded.kav, { Title: "Uten datoer", KavId: "KAV-9" });
    await runSyncCommand(
      { ...common(), state: undefined, out: join(dir, "with-kav2.json"), kavList: LIST_NAMES.kav },
      io,
    );
    expect(out.join("\n")).toContain(
      `KAV item ${typeof broken === "string" ? "" : broken.id}, field StartDate: missing – the contract is left out.`,
    );
    demo.server.store.deleteItem(demo.seeded.kav, typeof broken === "string" ? "" : broken.id);
  });

  it("a second sync reads only the changes", async () => {
    demo.server.store.updateItem(demo.seeded.intake, "2", { Title: "Endret tittel" });
    const outcome = await runSyncCommand({ ...common(), out: join(dir, "needs2.json") }, io);
    expect(outcome.mode).toBe("delta");
    expect(outcome.changed).toBe(1);
    const synced = JSON.parse(readFileSync(join(dir, "needs2.json"), "utf8")) as PlanInput;
    expect(synced.needs[1]?.title).toBe("Endret tittel");
  });

  it("publish writes decisions back and exits 0", async () => {
    const plan = {
      decisions: [
        {
          needId: "N-1",
          status: "planned",
          rank: 1,
          decision: "include",
          plannedStart: "2027-02-01",
          plannedFinish: "2027-05-31",
          feedback: "Med i planen",
        },
        { needId: "N-2", status: "deferred", decision: "defer", feedback: "Utsatt til 2028" },
      ],
    };
    writeFileSync(join(dir, "plan.json"), JSON.stringify(plan));
    const { report, exitCode } = await runPublishCommand({ ...common(), plan: join(dir, "plan.json") }, io);
    expect(exitCode).toBe(0);
    expect([...report!.written].sort()).toEqual(["N-1", "N-2"]);
    expect(demo.seeded.intake.items.get("1")?.fields).toMatchObject({
      Status: "planned",
      Rank: 1,
      Feedback: "Med i planen",
    });
    expect(demo.seeded.intake.items.get("2")?.fields).toMatchObject({
      Title: "Endret tittel",
      Decision: "defer",
    });
  });

  it("publish reports a conflict with exit code 2 and keeps the other edit", async () => {
    demo.server.store.updateItem(demo.seeded.intake, "3", { Feedback: "Skrevet av enheten" });
    writeFileSync(
      join(dir, "plan3.json"),
      JSON.stringify({ decisions: [{ needId: "N-3", feedback: "Fra koordinator" }] }),
    );
    const { report, exitCode } = await runPublishCommand({ ...common(), plan: join(dir, "plan3.json") }, io);
    expect(exitCode).toBe(2);
    expect(report!.conflicts).toHaveLength(1);
    expect(demo.seeded.intake.items.get("3")?.fields.Feedback).toBe("Skrevet av enheten");
    expect(out.join("\n")).toContain("Conflict on need N-3, field feedback");
  });

  it("publish --feedback-list writes one feedback item per need of the plan year", async () => {
    await runSetupLists({ graph: demo.server.baseUrl, site: demo.siteUrl, planYear: 2027 }, io);
    const result = await runPlan(input, { includeSecurityGraded: true, solver: await createHighsSolver() });
    expect(result.decisions.length).toBeGreaterThan(30);
    const planFile = join(dir, "plan-feedback.json");
    writeFileSync(planFile, JSON.stringify(result));
    out.length = 0;
    const { feedback } = await runPublishCommand(
      { ...common(), plan: planFile, feedbackList: LIST_NAMES.feedback },
      io,
    );
    expect(feedback?.created).toHaveLength(result.decisions.length);
    expect(out.join("\n")).toContain(`The list “${LIST_NAMES.feedback}”: ${result.decisions.length} new`);
    const site = demo.server.store.findSite("politiet.sharepoint.com", "/sites/anskaffelser");
    const list = site && demo.server.store.findList(site, LIST_NAMES.feedback);
    // Even from a plan run with graded content shown, the units' list never gets a graded title.
    const graded = input.needs.find((n) => n.securityGraded === "Ja");
    const item = [...(list?.items.values() ?? [])].find((i) => i.fields.NeedId === graded?.id);
    expect(item?.fields.Title).toBe(`[SKJERMET] ${String(graded?.id)}`);
    await expect(
      runPublishCommand({ ...common(), plan: join(dir, "plan.json"), feedbackList: LIST_NAMES.feedback }, io),
    ).rejects.toThrow("has no decisions per need");
  });

  it("refuses to run without a token, naming the variable", async () => {
    await expect(
      runSyncCommand({ ...common(), out: join(dir, "x.json") }, { ...io, env: {} }),
    ).rejects.toThrow(
      new CommandError("Mangler tilgangstoken: sett miljøvariabelen ANSKAFFELSESPLAN_TOKEN."),
    );
  });

  it("serve-demo can serve with a given certificate (e.g. the dev server's) and refuses half of one", async () => {
    const own = await generateLoopbackCertificate();
    writeFileSync(join(dir, "own.pem"), own.cert);
    writeFileSync(join(dir, "own.key"), own.key);
    const quiet: CommandIo = { out: () => undefined, err: () => undefined, env: {} };
    const second = await runServeDemo(
      {
        input: inputFile,
        cert: join(dir, "own.pem"),
        key: join(dir, "own.key"),
        caOut: join(dir, "own-ca.pem"),
      },
      quiet,
      () => input,
    );
    try {
      expect(second.server.certificate.cert).toBe(own.cert);
      const outcome = await runSyncCommand(
        {
          graph: second.server.baseUrl,
          site: second.siteUrl,
          list: LIST_NAMES.intake,
          out: join(dir, "own-needs.json"),
        },
        { ...io, env: { ...io.env, ANSKAFFELSESPLAN_CA: join(dir, "own.pem") } },
      );
      expect(outcome.records).toHaveLength(40);
    } finally {
      await second.server.close();
    }
    await expect(
      runServeDemo({ input: inputFile, cert: join(dir, "own.pem") }, quiet, () => input),
    ).rejects.toThrow("Give both --cert and --key");
  });
});
