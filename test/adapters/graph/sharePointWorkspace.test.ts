/**
 * The SharePoint panel's use cases over real HTTPS against the Graph-compatible server: inspect a
 * site, create the planning lists on an empty one, draft/save the mapping, sync the demo tenant into
 * a plan (equal to the plan computed from the tenant directly), publish its decisions, and report a
 * coordinator's concurrent edit of a field we write as a conflict instead of overwriting it.
 */
import { runPlan } from "../../../src/application/runPlan";
import type { PlanResult } from "../../../src/application/planResult";
import {
  createSharePointWorkspace,
  NotSyncedError,
  type SharePointConnection,
  type SharePointWorkspace,
} from "../../../src/application/sharepoint/sharePointWorkspace";
import { LIST_NAMES, type FieldMapping } from "../../../src/application/sharepoint/listSchemas";
import type { MappingStore } from "../../../src/application/sharepoint/setupLists";
import type { ContractMapping } from "../../../src/application/sharepoint/contractMapping";
import type { SyncStateStore } from "../../../src/application/sharepoint/syncState";
import { DEMO_SITE, DEMO_SITE_URL, seedDemoSite } from "../../../src/adapters/graphServer/demoSeed";
import { SharePointStore } from "../../../src/adapters/graphServer/sharePointStore";
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";
import { connect, gatewayFor, MemoryStateStore, type Connected } from "./graphFixture";
import { instantOfLocalMidnight } from "../../../src/application/sharepoint/zonedDates";

const CRITERIA_IDS = DEFAULT_CRITERIA.map((c) => c.id);
const EMPTY_SITE_URL = `https://${DEMO_SITE.hostname}/sites/tom`;

class MemoryMappings<T = FieldMapping> implements MappingStore<T> {
  readonly saved = new Map<string, T>();
  async load(key: string): Promise<T | undefined> {
    return this.saved.get(key);
  }
  async save(key: string, mapping: T): Promise<void> {
    this.saved.set(key, mapping);
  }
}

describe("SharePoint workspace over HTTPS", () => {
  let conn: Connected;
  let store: SharePointStore;
  let workspace: SharePointWorkspace;
  let states: Map<string, MemoryStateStore>;
  let mappings: MemoryMappings;
  let demo: SharePointConnection;
  let direct: PlanResult;

  beforeAll(async () => {
    store = new SharePointStore();
    seedDemoSite(store, generateDemoTenant(), CRITERIA_IDS);
    store.addSite(DEMO_SITE.hostname, "sites/tom", "Tom");
    conn = await connect(store);
    const solver = await createHighsSolver();
    direct = await runPlan(generateDemoTenant(), { includeSecurityGraded: false, solver });
    states = new Map();
    mappings = new MemoryMappings();
    workspace = createSharePointWorkspace({
      gatewayFor: () => conn.gateway,
      stateStoreFor: (c): SyncStateStore => {
        const key = `${c.graphBaseUrl}|${c.siteUrl}|${c.intakeList}`;
        if (!states.has(key)) states.set(key, new MemoryStateStore());
        return states.get(key) as MemoryStateStore;
      },
      mappings,
      contractMappings: new MemoryMappings<ContractMapping>(),
      base: () => generateDemoTenant(),
      plan: (input) => runPlan(input, { includeSecurityGraded: false, solver }),
      criteriaIds: CRITERIA_IDS,
    });
    demo = {
      graphBaseUrl: conn.server.baseUrl,
      siteUrl: DEMO_SITE_URL,
      intakeList: LIST_NAMES.intake,
      kavList: LIST_NAMES.kav,
      peopleList: LIST_NAMES.people,
    };
  }, 60_000);
  afterAll(async () => {
    await conn.close();
  });

  it("inspects the demo site and finds its intake and KAV lists", async () => {
    const overview = await workspace.inspect(demo);
    expect(overview.site.displayName).toBe(DEMO_SITE.displayName);
    expect(overview.planning.intake?.displayName).toBe(LIST_NAMES.intake);
    expect(overview.planning.kav?.displayName).toBe(LIST_NAMES.kav);
    expect(overview.lists.map((l) => l.displayName)).toContain(LIST_NAMES.intake);
  });

  it("creates the missing lists on an empty site, then maps and syncs the empty intake list", async () => {
    const empty = { ...demo, siteUrl: EMPTY_SITE_URL };
    expect((await workspace.inspect(empty)).planning).toEqual({});
    const created = await workspace.createLists(empty);
    expect([...created.created].sort()).toEqual(
      [LIST_NAMES.feedback, LIST_NAMES.intake, LIST_NAMES.kav, LIST_NAMES.people].sort(),
    );
    expect((await workspace.createLists(empty)).created).toEqual([]);
    const draft = await workspace.draftMapping(empty);
    expect(draft.origin).toBe("suggested");
    expect(draft.unmapped).toEqual([]);
    const synced = await workspace.sync(empty);
    expect(synced.result.counts.received).toBe(0);
    expect(synced.input.contracts).toEqual([]);
  });

  it("saves the coordinator's mapping per site and list and uses it in the next draft", async () => {
    const draft = await workspace.draftMapping(demo);
    expect(draft.origin).toBe("suggested");
    const edited: FieldMapping = {
      ...draft.mapping,
      needFields: { ...draft.mapping.needFields, description: "Title" },
    };
    await workspace.saveMapping(demo, edited);
    const again = await workspace.draftMapping(demo);
    expect(again.origin).toBe("saved");
    expect(again.mapping.needFields.description).toBe("Title");
    await workspace.saveMapping(demo, draft.mapping);
  });

  it("syncs the demo tenant into the same plan as computed directly, then reads only the changes", async () => {
    const first = await workspace.sync(demo);
    expect(first.sync.mode).toBe("full");
    expect(first.result.counts).toEqual(direct.counts);
    expect(first.result.needs.map((n) => [n.id, n.status])).toEqual(
      direct.needs.map((n) => [n.id, n.status]),
    );
    expect(first.input.contracts).toHaveLength(generateDemoTenant().contracts.length);
    // The leads and lawyers come from the people list, exactly as the demo tenant has them.
    expect(first.input.people).toEqual(generateDemoTenant().people);
    expect(first.personIssues).toEqual([]);
    conn.server.resetStats();
    const second = await workspace.sync(demo);
    expect(second.sync.mode).toBe("delta");
    expect(second.sync.changed).toBe(0);
    expect(second.result.counts).toEqual(direct.counts);
  }, 60_000);

  it("refuses to publish a list that was never synced", async () => {
    await expect(workspace.publish({ ...demo, siteUrl: `${DEMO_SITE_URL}-x` }, direct)).rejects.toThrow(
      NotSyncedError,
    );
  });

  it("publishes the plan's decisions, then reports a concurrent edit of a written field as a conflict", async () => {
    const { result } = await workspace.sync(demo);
    const report = await workspace.publish(demo, result);
    const decided = result.decisions.length;
    // Every decision is accounted for; the demo's planted duplicate need id is refused, not guessed.
    expect(
      report.written.length + report.unchanged.length + report.missing.length + report.failed.length,
    ).toBe(decided);
    expect(report.conflicts).toEqual([]);
    expect(report.failed).toEqual([expect.objectContaining({ needId: "BH-0042", status: 409 })]);
    expect(report.written.length).toBeGreaterThan(400);
    const site = store.allSites().find((s) => s.displayName === DEMO_SITE.displayName);
    const intake = site ? store.findList(site, LIST_NAMES.intake) : undefined;
    if (!intake) throw new Error("intake list missing");
    const sample = result.decisions.find((d) => d.decision === "include");
    if (!sample) throw new Error("no included need");
    const itemOf = (needId: string) => [...intake.items.values()].find((i) => i.fields.NeedId === needId);
    expect(itemOf(sample.needId)?.fields.Feedback).toBe(sample.feedback);
    expect(itemOf(sample.needId)?.fields.Decision).toBe("include");

    // Nothing changed: nothing is sent again.
    expect((await workspace.publish(demo, result)).written).toEqual([]);

    // A coordinator edits the feedback; our plan changes it too → conflict, theirs stays.
    const other = gatewayFor(conn.server);
    try {
      const item = itemOf(sample.needId);
      if (!item) throw new Error("item missing");
      const site = await other.gateway.resolveSite(DEMO_SITE_URL);
      await other.gateway.updateItems({ siteId: site.id, listId: intake.id }, [
        { itemId: item.id, eTag: "*", fields: { Feedback: "Endret av koordinator" } },
      ]);
    } finally {
      other.close();
    }
    const changed: PlanResult = {
      ...result,
      decisions: result.decisions.map((d) =>
        d.needId === sample.needId ? { ...d, feedback: `${d.feedback} (revidert)` } : d,
      ),
    };
    const second = await workspace.publish(demo, changed);
    expect(second.conflicts).toEqual([
      expect.objectContaining({ needId: sample.needId, field: "feedback", theirs: "Endret av koordinator" }),
    ]);
    expect(itemOf(sample.needId)?.fields.Feedback).toBe("Endret av koordinator");
  }, 60_000);

  it("publishes the feedback list: one item per need, graded titles hidden, then only what changed", async () => {
    const { result } = await workspace.sync(demo);
    await workspace.createLists(demo); // the demo site has no feedback list yet
    const first = await workspace.publishFeedback(demo, result);
    expect(first.created).toHaveLength(result.decisions.length);
    expect(first.failed).toEqual([]);
    const site = store.allSites().find((x) => x.displayName === DEMO_SITE.displayName);
    const feedback = site ? store.findList(site, LIST_NAMES.feedback) : undefined;
    if (!feedback) throw new Error("feedback list missing");
    expect(feedback.items.size).toBe(result.decisions.length);
    const items = [...feedback.items.values()];
    const graded = result.needs.find((e) => e.redacted);
    if (!graded) throw new Error("no graded need");
    const rawTitle = String(generateDemoTenant().needs.find((r) => r["id"] === graded.id)?.["title"]);
    const gradedItem = items.find((i) => i.fields.NeedId === graded.id);
    expect(gradedItem?.fields.Title).toBe(`[SKJERMET] ${graded.id}`);
    expect(gradedItem?.fields.Feedback).toBe("Behovet er skjermet. Tilbakemeldingen står i innmeldingen.");
    expect(items.some((i) => JSON.stringify(i.fields).includes(rawTitle))).toBe(false);
    const included = result.decisions.find((d) => d.decision === "include");
    expect(items.find((i) => i.fields.NeedId === included?.needId)?.fields).toMatchObject({
      Decision: "include",
      Feedback: included?.feedback,
      PlanYear: result.planYear,
    });

    const again = await workspace.publishFeedback(demo, result);
    expect(again.unchanged).toHaveLength(result.decisions.length);
    const revised: PlanResult = {
      ...result,
      decisions: result.decisions.map((d) =>
        d.needId === included?.needId ? { ...d, feedback: "Revidert tilbakemelding" } : d,
      ),
    };
    const third = await workspace.publishFeedback(demo, revised);
    expect(third.updated).toEqual([included?.needId]);
    expect(third.unchanged).toHaveLength(result.decisions.length - 1);
    expect(feedback.items.size).toBe(result.decisions.length);
  }, 60_000);

  it("leaves a feedback item edited between our read and our write as it is, and reports it", async () => {
    const { result } = await workspace.sync(demo);
    const site = store.allSites().find((x) => x.displayName === DEMO_SITE.displayName);
    const feedback = site ? store.findList(site, LIST_NAMES.feedback) : undefined;
    if (!feedback) throw new Error("feedback list missing");
    const target = result.decisions.find((d) => d.decision === "defer") ?? result.decisions[0];
    if (!target) throw new Error("no decision");
    const item = [...feedback.items.values()].find((i) => i.fields.NeedId === target.needId);
    if (!item) throw new Error("no feedback item");
    // A gateway that lets a coordinator edit the item just before our batch of updates goes out.
    const racing = new Proxy(conn.gateway, {
      get(gw, prop, receiver) {
        if (prop === "updateItems")
          return (...args: Parameters<typeof gw.updateItems>) => {
            store.updateItem(feedback, item.id, { Feedback: "Endret av koordinator" });
            return gw.updateItems(...args);
          };
        return Reflect.get(gw, prop, receiver) as unknown;
      },
    });
    const { publishFeedbackList, feedbackEntriesOf } =
      await import("../../../src/application/sharepoint/feedbackList");
    const revised = result.decisions.map((d) =>
      d.needId === target.needId ? { ...d, feedback: "Ny tekst" } : d,
    );
    const report = await publishFeedbackList(
      { gateway: racing },
      {
        siteUrl: DEMO_SITE_URL,
        listName: LIST_NAMES.feedback,
        planYear: result.planYear,
        entries: feedbackEntriesOf({ ...result, decisions: revised }),
      },
    );
    expect(report.conflicts).toEqual([target.needId]);
    expect(item.fields.Feedback).toBe("Endret av koordinator");
  }, 60_000);

  it("saves a plan file into the site's document library, keeping a version per save", async () => {
    const first = await workspace.saveDocument(
      demo,
      2027,
      "Anskaffelsesplan-2027.xml",
      "<Project/>",
      "application/xml",
    );
    expect(first.webUrl).toBe(
      "https://politiet.sharepoint.com/sites/anskaffelser/Shared%20Documents/Anskaffelsesplan/2027/Anskaffelsesplan-2027.xml",
    );
    const again = await workspace.saveDocument(
      demo,
      2027,
      "Anskaffelsesplan-2027.xml",
      "<Project>2</Project>",
      "application/xml",
    );
    expect(again.id).toBe(first.id);
    const site = store.allSites().find((x) => x.displayName === DEMO_SITE.displayName);
    const file = site ? store.findFile(site, "Anskaffelsesplan/2027/Anskaffelsesplan-2027.xml") : undefined;
    expect(file).toMatchObject({
      content: "<Project>2</Project>",
      version: 2,
      contentType: "application/xml",
    });
  });

  it("maps an existing contract list with its own column names and reads its contracts", async () => {
    const site = store.addSite(DEMO_SITE.hostname, "sites/kav", "KAV");
    // A contract list made elsewhere: generic internal names, Norwegian display names, text yes/no.
    const kav = store.createList(site, {
      displayName: "Avtaler",
      description: "Avtaledatabasen",
      columns: [
        { name: "Title", displayName: "Avtalenavn", kind: "text" },
        { name: "Avtalenummer", displayName: "Avtalenummer", kind: "text" },
        { name: "field_2", displayName: "Leverandør", kind: "text" },
        { name: "field_3", displayName: "Startdato", kind: "date" },
        { name: "field_4", displayName: "Sluttdato", kind: "date" },
        { name: "Verdi", displayName: "Avtaleverdi (NOK eks. mva)", kind: "currency" },
        { name: "Ramme", displayName: "Rammeavtale", kind: "text" },
      ],
    });
    const at = (date: string) => instantOfLocalMidnight(date, store.timeZone);
    store.addItem(kav, {
      Title: "Tjenestebiler",
      Avtalenummer: "KAV-7001",
      field_2: "Bilhuset AS",
      field_3: at("2024-03-01"),
      field_4: at("2027-02-28"),
      Verdi: 12_500_000,
      Ramme: "Ja",
    });
    store.addItem(kav, { Title: "Uten datoer", Avtalenummer: "KAV-7002" });
    const c = { ...demo, siteUrl: `https://${DEMO_SITE.hostname}/sites/kav`, kavList: "Avtaler" };

    const draft = await workspace.draftContractMapping(c);
    expect(draft.origin).toBe("suggested");
    expect(draft.mapping.contractFields).toMatchObject({
      title: "Title",
      supplier: "field_2",
      startDate: "field_3",
      endDate: "field_4",
      contractValue: "Verdi",
      framework: "Ramme",
    });
    expect(draft.unmapped).toContain("kavId");
    await workspace.saveContractMapping(c, {
      contractFields: { ...draft.mapping.contractFields, kavId: "Avtalenummer" },
    });
    expect((await workspace.draftContractMapping(c)).origin).toBe("saved");

    const { readContracts } = await import("../../../src/application/sharepoint/readContracts");
    const read = await readContracts(conn.gateway, c.siteUrl, "Avtaler", {
      mapping: { contractFields: { ...draft.mapping.contractFields, kavId: "Avtalenummer" } },
    });
    // Every item is accounted for: one contract, one item reported by field.
    expect(read.contracts).toEqual([
      {
        id: "KAV-7001",
        name: "Tjenestebiler",
        supplier: "Bilhuset AS",
        category: "",
        start: "2024-03-01",
        end: "2027-02-28",
        options: [],
        value: 12_500_000,
        framework: true,
      },
    ]);
    expect(read.issues).toEqual([
      { itemId: "2", field: "field_3", detail: "missing" },
      { itemId: "2", field: "field_4", detail: "missing" },
    ]);
    // A sync of the connection reads the KAV list with the saved mapping.
    await workspace.createLists(c);
    const synced = await workspace.sync(c);
    expect(synced.input.contracts).toEqual(read.contracts);
    expect(synced.contractIssues).toEqual(read.issues);
    // A mapping naming a column the list lacks is refused by name.
    await expect(
      readContracts(conn.gateway, c.siteUrl, "Avtaler", { mapping: { contractFields: { kavId: "Finnes" } } }),
    ).rejects.toMatchObject({
      messageKey: "error.kav.missingColumns",
      messageParams: { list: "Avtaler", columns: "«Finnes» (kavId)" },
    });
  });
});
