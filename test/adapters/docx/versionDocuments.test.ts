// The plan documents beside a plan version: publishVersion's document step (saveVersionDocuments)
// with the .docx writer saves one document per unit and the overview under documents/ of the
// local-folder store; each unit's file, read back, lists exactly that unit's needs. With the writers
// the CLI and the pane both publish with (versionDocumentWriters), into the site library over HTTPS:
// saving again (a publish run twice) replaces each file, never adds a second one.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { versionDocumentWriters, versionPlanDocuments } from "../../../src/adapters/docx/versionDocuments";
import { createGraphClient } from "../../../src/adapters/graph/graphClientFactory";
import { GraphListGateway } from "../../../src/adapters/graph/graphListGateway";
import { GraphPlanYearStore } from "../../../src/adapters/graph/graphPlanYearStore";
import { createNodeHttpsFetch } from "../../../src/adapters/graph/nodeHttpsFetch";
import { DEMO_TOKEN, startGraphServer } from "../../../src/adapters/graphServer/graphServer";
import { SharePointStore } from "../../../src/adapters/graphServer/sharePointStore";
import type { PlanVersionFile } from "../../../src/application/planYear/planVersion";
import { LocalPlanYearStore } from "../../../src/adapters/node/localPlanYearStore";
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import { createDraftVersion } from "../../../src/application/planYear/planVersions";
import { initPlanYear } from "../../../src/application/planYear/planYearInit";
import { saveVersionDocuments } from "../../../src/application/planYear/publishVersion";
import { runPlan } from "../../../src/application/runPlan";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { PLANTED_SILENT_UNIT } from "../../../src/demo/plantedReceipts";
import { allUnits } from "../../../src/domain/model/defaults";
import { NO_EDITS, testDeps } from "../../builders/memoryPlanYearStore";

const YEAR = 2027;
const WHO = "koordinator@politiet.no";
const SITE_URL = "https://politiet.sharepoint.com/sites/anskaffelser";

let drafted: PlanVersionFile | undefined;

it("saves each unit's document and the overview beside the version, each unit with exactly its needs", async () => {
  const root = mkdtempSync(join(tmpdir(), "anskaffelsesplan-versiondocs-"));
  const store = new LocalPlanYearStore(root);
  const deps = testDeps(store);
  await initPlanYear(deps, { year: YEAR, who: WHO });
  const input = generateDemoTenant();
  const result = await runPlan(input, {
    includeSecurityGraded: false,
    solver: await createHighsSolver(),
    frontier: false,
  });
  const file = await createDraftVersion(deps, YEAR, { input, edits: NO_EDITS, result }, WHO);
  drafted = file;
  const saved = await saveVersionDocuments(store, file, { planDocuments: versionPlanDocuments("nb") });
  const units = allUnits(input.config).map((u) => u.id);
  expect(saved).toHaveLength(units.length + 1);
  const folder = join(root, "Anskaffelsesplan", String(YEAR), "documents");
  expect(readdirSync(folder).sort()).toEqual([...saved].sort());
  expect(saved).toContain(`anskaffelsesplan-${YEAR}-oversikt-${file.id}.docx`);
  const unitOf = new Map(result.needs.filter((n) => n.need).map((n) => [n.id, n.need?.unit]));
  const seen = new Set<string>();
  const duplicated = new Set(result.needs.map((n) => n.id).filter((id) => seen.has(id) || !seen.add(id)));
  for (const unit of units) {
    const zip = await JSZip.loadAsync(
      readFileSync(join(folder, `anskaffelsesplan-${YEAR}-${unit}-${file.id}.docx`)),
    );
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    // The first cell of each table row names the need.
    const listed = xml
      .split("<w:tr")
      .slice(1)
      .map((tr) => /<w:tc>[\s\S]*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(tr)?.[1] ?? "");
    const own = [...unitOf].filter(([, u]) => u === unit).map(([id]) => id);
    for (const id of own) expect(listed).toContain(id);
    // No other unit's need (a rejected duplicate record shares its id with the original: skipped).
    const others = listed.filter((id) => unitOf.has(id) && unitOf.get(id) !== unit && !duplicated.has(id));
    expect(others).toEqual([]);
    if (unit === PLANTED_SILENT_UNIT) expect(own).toEqual([]);
    else expect(own.length).toBeGreaterThan(0);
  }
});

it("saves the workbook, Project XML and plan documents in the site library; a second save replaces them", async () => {
  const file = drafted;
  if (!file) throw new Error("the first test drafts the version");
  const sharePoint = new SharePointStore();
  const site = sharePoint.addSite("politiet.sharepoint.com", "sites/anskaffelser", "Anskaffelser");
  const server = await startGraphServer({ store: sharePoint });
  const fetch = createNodeHttpsFetch({ ca: server.certificate.cert });
  try {
    const client = createGraphClient({ baseUrl: server.baseUrl, getToken: async () => DEMO_TOKEN, fetch });
    const resolved = await new GraphListGateway(client).resolveSite(SITE_URL);
    const store = new GraphPlanYearStore(client, resolved.id, SITE_URL);
    const writers = versionDocumentWriters("nb");
    const first = await saveVersionDocuments(store, file, writers);
    const units = allUnits(file.input.config).length;
    expect(first).toHaveLength(2 + units + 1);
    expect(first.slice(0, 2)).toEqual([`plan-${YEAR}-${file.id}.xlsx`, `plan-${YEAR}-${file.id}.xml`]);
    const documents = () =>
      sharePoint
        .filesOf(site)
        .filter((f) => f.path.startsWith(`Anskaffelsesplan/${YEAR}/documents/`))
        .map((f) => f.path.slice(f.path.lastIndexOf("/") + 1));
    expect(documents().sort()).toEqual([...first].sort());
    const overview = `Anskaffelsesplan/${YEAR}/documents/anskaffelsesplan-${YEAR}-oversikt-${file.id}.docx`;
    const zip = await JSZip.loadAsync(sharePoint.findFile(site, overview)?.bytes ?? new Uint8Array());
    expect(zip.file("word/document.xml")).not.toBeNull();
    const second = await saveVersionDocuments(store, file, writers);
    expect(second).toEqual(first);
    expect(documents().sort()).toEqual([...first].sort());
  } finally {
    fetch.close();
    await server.close();
  }
});
