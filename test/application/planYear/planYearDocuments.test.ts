// The Planår tab's document downloads (use case): one unit's document or the overview, of the plan
// shown or a version, named as `plan --documents` and `year publish` name them, handed to the site's
// port; a plan of another year, an unknown unit or a site without the port is refused by name.
import {
  DocumentUnavailableError,
  offerPlanDocument,
  planYearDocument,
} from "../../../src/application/planYear/planYearDocuments";
import type { PlanDocument } from "../../../src/application/insight/planDocuments";
import { createDraftVersion } from "../../../src/application/planYear/planVersions";
import type { PlanYearSite } from "../../../src/application/planYear/planYearWorkspace";
import { runPlan } from "../../../src/application/runPlan";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { MemoryPlanYearStore, testDeps, testRecord } from "../../builders/memoryPlanYearStore";

const input = generateDemoTenant();

async function setUp() {
  const store = new MemoryPlanYearStore();
  store.seed(testRecord(2027));
  const offered: { doc: PlanDocument; fileName: string }[] = [];
  const site = {
    deps: testDeps(store),
    realTenant: false,
    offerDocument: async (doc: PlanDocument, fileName: string) => {
      offered.push({ doc, fileName });
    },
  } as unknown as PlanYearSite;
  const result = await runPlan(input, { includeSecurityGraded: false });
  return { site, store, offered, shown: { input, result } };
}

describe("plan documents for download", () => {
  it("gives the unit's document or the overview of the plan shown or of a version", async () => {
    const { site, offered, shown } = await setUp();
    const file = await offerPlanDocument(
      site,
      2027,
      shown,
      { source: { kind: "shown" }, unit: "oslo" },
      "nb",
    );
    expect(file).toBe("anskaffelsesplan-2027-oslo.docx");
    const oslo = offered[0]!.doc;
    const osloNeeds = shown.result.needs.filter((e) => e.need?.unit === "oslo").map((e) => e.id);
    expect(osloNeeds.length).toBeGreaterThan(0);
    expect(oslo.needIds).toEqual(expect.arrayContaining(osloNeeds));
    expect(oslo.unit).toBe("oslo");

    await createDraftVersion(
      site.deps,
      2027,
      { input, result: shown.result, edits: testRecord(2027).edits },
      "k@politiet.no",
    );
    const overview = await planYearDocument(
      site,
      2027,
      undefined,
      { source: { kind: "version", id: "v001" } },
      "nb",
    );
    expect([overview.fileName, overview.doc.unit]).toEqual([
      "anskaffelsesplan-2027-oversikt-v001.docx",
      undefined,
    ]);
  });

  it("refuses a plan of another year, an unknown unit and a site without the port, by field", async () => {
    const { site, shown } = await setUp();
    const field = (p: Promise<unknown>) =>
      p.then(
        () => "none",
        (e: unknown) => (e instanceof DocumentUnavailableError ? e.field : String(e)),
      );
    await expect(
      field(planYearDocument(site, 2028, shown, { source: { kind: "shown" } }, "nb")),
    ).resolves.toBe("source");
    await expect(
      field(planYearDocument(site, 2027, shown, { source: { kind: "shown" }, unit: "atlantis" }, "nb")),
    ).resolves.toBe("unit");
    const bare = { ...site, offerDocument: undefined } as PlanYearSite;
    await expect(
      field(offerPlanDocument(bare, 2027, shown, { source: { kind: "shown" } }, "nb")),
    ).resolves.toBe("source");
  });
});
