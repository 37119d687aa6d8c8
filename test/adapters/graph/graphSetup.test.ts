/**
 * List set-up over HTTPS: creating the intake, KAV and feedback lists with typed columns
 * (https://learn.microsoft.com/graph/api/list-create, columnDefinition resource), idempotently.
 */
import { createPlanningLists } from "../../../src/application/sharepoint/setupLists";
import { syncList } from "../../../src/application/sharepoint/syncList";
import { SharePointStore } from "../../../src/adapters/graphServer/sharePointStore";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import { CRITERIA_IDS, connect, MAPPING, MemoryStateStore, type Connected } from "./graphFixture";

describe("list set-up", () => {
  let conn: Connected;
  const store = new SharePointStore();
  const site = store.addSite("politiet.sharepoint.com", "sites/ny", "Ny");

  beforeAll(async () => {
    conn = await connect(store);
  });
  afterAll(async () => {
    await conn.close();
  });

  it("creates the four lists with the right column kinds, once", async () => {
    const url = "https://politiet.sharepoint.com/sites/ny";
    const first = await createPlanningLists(conn.gateway, url, defaultPlanConfig(2027), CRITERIA_IDS);
    expect(first.created).toEqual([
      "KAV-avtaler",
      "Anskaffelsesbehov",
      "Tilbakemeldinger",
      "Anskaffelsesressurser",
    ]);
    const people = await conn.gateway.getColumns({ siteId: site.id, listId: first.people.id });
    expect(people.find((c) => c.name === "Role")?.choices).toEqual(["lead", "lawyer"]);
    expect(people.find((c) => c.name === "Availability")?.kind).toBe("number");
    const columns = await conn.gateway.getColumns({ siteId: site.id, listId: first.intake.id });
    const kind = (name: string) => columns.find((c) => c.name === name)?.kind;
    expect([
      kind("Unit"),
      kind("EstimatedValue"),
      kind("NeededBy"),
      kind("SecurityGraded"),
      kind("Contact"),
      kind("ExistingContract"),
    ]).toEqual(["choice", "currency", "date", "boolean", "person", "lookup"]);
    expect(columns.find((c) => c.name === "ExistingContract")?.lookupListId).toBe(first.kav.id);
    expect(columns.find((c) => c.name === "Area")?.choices).toEqual([
      "Materiell",
      "Eiendom",
      "IKT",
      "Anskaffelser",
    ]);
    const second = await createPlanningLists(conn.gateway, url, defaultPlanConfig(2027), CRITERIA_IDS);
    expect(second.created).toEqual([]);
    expect(second.intake.id).toBe(first.intake.id);
    const synced = await syncList(
      { gateway: conn.gateway, store: new MemoryStateStore() },
      { graphBaseUrl: conn.server.baseUrl, siteUrl: url, listName: "Anskaffelsesbehov", mapping: MAPPING },
    );
    expect(synced.records).toEqual([]);
    expect(synced.issues).toEqual([]);
  });
});
