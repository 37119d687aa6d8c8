/**
 * `setup-lists` and `map-list` end to end over HTTPS against the Graph-compatible server: the lists a
 * site lacks are created with typed columns (once), and the suggested mapping of the tool's own
 * intake list maps every field, which `sync --mapping` then reads.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGraphServer, type RunningGraphServer } from "../../src/adapters/graphServer/graphServer";
import { runMapList, runSetupLists } from "../../src/cli/commands/setupLists";
import { runSyncCommand } from "../../src/cli/commands/sync";
import type { CommandIo } from "../../src/cli/commands/graphConnection";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";
import { RAW_NEED_FIELDS } from "../../src/domain/intake/intakeTypes";

describe("CLI setup-lists and map-list", () => {
  const dir = mkdtempSync(join(tmpdir(), "setup-cli-"));
  const siteUrl = "https://politiet.sharepoint.com/sites/plan";
  const out: string[] = [];
  let server: RunningGraphServer;
  let io: CommandIo;

  beforeAll(async () => {
    server = await startGraphServer();
    server.store.addSite("politiet.sharepoint.com", "/sites/plan", "Plan");
    const ca = join(dir, "ca.pem");
    writeFileSync(ca, server.certificate.cert);
    io = {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
      env: { ANSKAFFELSESPLAN_TOKEN: "demo-token", ANSKAFFELSESPLAN_CA: ca, LANG: "en_GB.UTF-8" },
    };
  });
  afterAll(async () => {
    await server.close();
  });

  it("creates the four lists once, with typed columns", async () => {
    const options = { graph: server.baseUrl, site: siteUrl, planYear: 2027 };
    const created = await runSetupLists(options, io);
    expect([...created].sort()).toEqual(
      [LIST_NAMES.feedback, LIST_NAMES.intake, LIST_NAMES.kav, LIST_NAMES.people].sort(),
    );
    expect(await runSetupLists(options, io)).toEqual([]);
    expect(out.join("\n")).toContain("The lists existed already");
    const site = server.store.findSite("politiet.sharepoint.com", "/sites/plan");
    const intake = site && server.store.findList(site, LIST_NAMES.intake);
    expect(intake).toBeDefined();
  });

  it("suggests a complete mapping for the tool's own intake list, which sync accepts", async () => {
    const file = join(dir, "mapping.json");
    await runMapList({ graph: server.baseUrl, site: siteUrl, list: LIST_NAMES.intake, out: file }, io);
    const mapping = JSON.parse(readFileSync(file, "utf8")) as { needFields: Record<string, string> };
    for (const field of RAW_NEED_FIELDS) expect(mapping.needFields[field]).toBeDefined();
    expect(out.join("\n")).toMatch(/fields mapped/);
    const outcome = await runSyncCommand(
      {
        graph: server.baseUrl,
        site: siteUrl,
        list: LIST_NAMES.intake,
        mapping: file,
        out: join(dir, "needs.json"),
      },
      io,
    );
    expect(outcome.mode).toBe("full");
  });

  it("names the lists that exist when the list is missing", async () => {
    await expect(
      runMapList({ graph: server.baseUrl, site: siteUrl, list: "Finnes ikke", out: join(dir, "x.json") }, io),
    ).rejects.toThrow(/Anskaffelsesbehov/);
  });

  it("maps an existing KAV list (--kind kav) and sync --kav-mapping reads its contracts", async () => {
    const site = server.store.findSite("politiet.sharepoint.com", "/sites/plan");
    if (!site) throw new Error("site missing");
    const list = server.store.createList(site, {
      displayName: "Avtaleregister",
      description: "",
      columns: [
        { name: "Title", displayName: "Avtalenavn", kind: "text" },
        { name: "Nr", displayName: "Avtalenr", kind: "text" },
        { name: "Fra", displayName: "Startdato", kind: "date" },
        { name: "Til", displayName: "Sluttdato", kind: "date" },
      ],
    });
    server.store.addItem(list, {
      Title: "Skrivere",
      Nr: "KAV-9",
      Fra: "2024-12-31T23:00:00Z",
      Til: "2027-06-29T22:00:00Z",
    });
    const file = join(dir, "kav-mapping.json");
    const common = { graph: server.baseUrl, site: siteUrl, list: "Avtaleregister", out: file };
    await runMapList({ ...common, kind: "kav" }, io);
    const mapping = JSON.parse(readFileSync(file, "utf8")) as { contractFields: Record<string, string> };
    expect(mapping.contractFields).toMatchObject({ title: "Title", startDate: "Fra", endDate: "Til" });
    expect(out.join("\n")).toContain("use it with sync --kav-mapping): kavId");
    // The coordinator fills in the field the suggestion could not match, then syncs.
    writeFileSync(file, JSON.stringify({ contractFields: { ...mapping.contractFields, kavId: "Nr" } }));
    const needs = join(dir, "needs-kav.json");
    await runSyncCommand(
      {
        graph: server.baseUrl,
        site: siteUrl,
        list: LIST_NAMES.intake,
        kavList: "Avtaleregister",
        kavMapping: file,
        out: needs,
      },
      io,
    );
    const written = JSON.parse(readFileSync(needs, "utf8")) as {
      contracts: { id: string; start: string; end: string }[];
    };
    expect(written.contracts).toEqual([
      expect.objectContaining({ id: "KAV-9", name: "Skrivere", start: "2025-01-01", end: "2027-06-30" }),
    ]);
    await expect(runMapList({ ...common, kind: "avtaler" }, io)).rejects.toThrow(
      "--kind must be intake or kav",
    );
    writeFileSync(file, JSON.stringify({ contractFields: { title: "Title" } }));
    await expect(
      runSyncCommand(
        {
          graph: server.baseUrl,
          site: siteUrl,
          list: LIST_NAMES.intake,
          kavList: "Avtaleregister",
          kavMapping: file,
          out: needs,
        },
        io,
      ),
    ).rejects.toThrow("contractFields.kavId is required");
  });
});
