/**
 * Browser test of the "Planår" tab: the task pane (dev server, HTTPS) in Debian's headless Chromium
 * over real HTTPS Graph to the demo server. The coordinator creates the plan year (becoming its
 * first approver), sees the annual wheel over the plan shown, makes a draft, submits it, is refused
 * approval while someone else is the approver, approves every required part, publishes, makes a
 * second draft after a need was withdrawn on the site, compares the two, and runs the health check.
 * After each step the record in the site's document library is read back and checked.
 */
import type { Page } from "playwright-core";
import { startTaskpaneBrowser, type TaskpaneBrowser } from "../support/taskpaneBrowser";
import { runPlan } from "../../src/application/runPlan";
import type { PlanResult } from "../../src/application/planResult";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";
import {
  startDemoGraphServer,
  type RunningDemoGraphServer,
} from "../../src/adapters/graphServer/demoGraphServer";
import { DEMO_SITE, DEMO_USER } from "../../src/adapters/graphServer/demoSite";
import type { StoredItem, StoredList, StoredSite } from "../../src/adapters/graphServer/sharePointStore";
import { createHighsSolver } from "../../src/adapters/solver/highsSolver";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import type { PlanYearRecord } from "../../src/domain/planYear/planYearTypes";
import type { PlanVersionFile } from "../../src/application/planYear/planVersion";
import { readFileSync } from "node:fs";
import { docxDocumentXml, docxTexts, tableRows } from "../support/docxReadBack";

let pane: TaskpaneBrowser | undefined;
let demo: RunningDemoGraphServer | undefined;
let plan: PlanResult;

beforeAll(async () => {
  plan = await runPlan(generateDemoTenant(), {
    includeSecurityGraded: false,
    solver: await createHighsSolver(),
  });
  demo = await startDemoGraphServer({ input: generateDemoTenant() });
  pane = await startTaskpaneBrowser();
}, 600_000);

afterAll(async () => {
  await pane?.stop();
  await demo?.server.close();
});

function site(): StoredSite {
  const found = demo?.server.store.allSites().find((s) => s.displayName === DEMO_SITE.displayName);
  if (!found) throw new Error("the demo site is missing");
  return found;
}

function intakeList(): StoredList {
  const list = demo?.server.store.findList(site(), LIST_NAMES.intake);
  if (!list) throw new Error("the demo intake list is missing");
  return list;
}

function itemOfNeed(needId: string): StoredItem {
  const item = [...intakeList().items.values()].find((i) => i.fields.NeedId === needId);
  if (!item) throw new Error(`no item carries ${needId}`);
  return item;
}

/** Need ids carried by more than one item of the intake list, with the items' ids. */
function duplicateNeedIds(): [string, string[]][] {
  const byNeed = new Map<string, string[]>();
  for (const item of intakeList().items.values()) {
    const needId = String(item.fields.NeedId);
    byNeed.set(needId, [...(byNeed.get(needId) ?? []), item.id]);
  }
  return [...byNeed].filter(([, ids]) => ids.length > 1);
}

/** Syncs the lists from the SharePoint tab and comes back to the plan-year tab. */
async function syncFromSharePointTab(page: Page, deleted: number): Promise<void> {
  await page.getByRole("tab", { name: "SharePoint" }).click();
  const sp = page.getByRole("region", { name: "SharePoint" });
  await sp.getByRole("button", { name: "Synkroniser", exact: true }).click();
  await sp
    .getByRole("status")
    .filter({ hasText: "Synkronisert" })
    .filter({ hasText: `${deleted} slettet` })
    .waitFor({ timeout: 120_000 });
  await page.getByRole("tab", { name: "Planår" }).click();
}

const recordPath = () => `Anskaffelsesplan/${plan.planYear}/plan-year.json`;

/** The record as stored in the site's library. */
function storedRecord(): PlanYearRecord {
  const file = demo?.server.store.findFile(site(), recordPath());
  if (!file) throw new Error("no record stored");
  const text = typeof file.content === "string" ? file.content : new TextDecoder().decode(file.content);
  return JSON.parse(text) as PlanYearRecord;
}

/** A version file as stored in the site's library. */
function storedVersion(id: string): PlanVersionFile {
  const file = demo?.server.store.findFile(site(), `Anskaffelsesplan/${plan.planYear}/versions/${id}.json`);
  if (!file) throw new Error(`no version ${id} stored`);
  const text = typeof file.content === "string" ? file.content : new TextDecoder().decode(file.content);
  return JSON.parse(text) as PlanVersionFile;
}

/** Clicks `button` and reads the .docx it downloads back: its file name and document.xml. */
async function downloadDocx(page: Page, button: string): Promise<{ name: string; xml: string }> {
  const docs = page.getByRole("region", { name: "Plandokumenter (.docx)" });
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    docs.getByRole("button", { name: button }).click(),
  ]);
  const name = download.suggestedFilename();
  const path = await download.path();
  return { name, xml: await docxDocumentXml(new Uint8Array(readFileSync(path)), name) };
}

/** Replaces the stored record (as another coordinator editing it would). */
function storeRecord(record: PlanYearRecord): void {
  demo?.server.store.saveFile(
    site(),
    recordPath(),
    `${JSON.stringify(record, null, 2)}\n`,
    "application/json",
  );
}

async function openPane(): Promise<Page> {
  if (!pane || !demo) throw new Error("not started");
  const { page } = await pane.open("nb-NO", {
    query: `?graph=${encodeURIComponent(demo.server.baseUrl)}`,
    allowOrigins: [new URL(demo.server.baseUrl).origin],
  });
  return page;
}

/** Waits for the tab's success or warning notice containing `text`. */
async function notice(page: Page, text: string): Promise<void> {
  try {
    await page.getByRole("status").filter({ hasText: text }).first().waitFor({ timeout: 60_000 });
  } catch (error) {
    // Say what the tab showed instead (an error notice), not only that the wait ran out.
    const alerts = await page.getByRole("alert").allInnerTexts();
    throw new Error(`no notice "${text}"; alerts: ${JSON.stringify(alerts)}; ${String(error)}`);
  }
}

describe("Planår tab in the browser", () => {
  it("creates the year, drafts, submits, approves, publishes, diffs and checks the set-up", async () => {
    const page = await openPane();
    await page.getByRole("table", { name: "Behov" }).waitFor({ timeout: 120_000 });
    // The feedback list the publish writes to is created from the SharePoint tab, as a coordinator does.
    await page.getByRole("tab", { name: "SharePoint" }).click();
    const sp = page.getByRole("region", { name: "SharePoint" });
    await sp.getByRole("button", { name: "Koble til området" }).click();
    await sp.getByRole("button", { name: "Opprett manglende lister" }).click();
    await sp.getByText("Området har alle planleggingslistene.").waitFor();

    await page.getByRole("tab", { name: "Planår" }).click();
    await page.getByText(`Området har ikke noe planår ${plan.planYear} ennå`).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Opprett planåret", exact: true }).click();
    await notice(page, `Planåret ${plan.planYear} er opprettet`);
    const created = storedRecord();
    expect(created.approvers).toEqual({
      whole: [DEMO_USER],
      procurement: [DEMO_USER],
      realEstate: [DEMO_USER],
    });
    expect(created.created.by).toBe(DEMO_USER);

    // The wheel over the plan shown: today's stage, and which units have submitted.
    const wheel = page.getByRole("region", { name: "Årshjulet", exact: true });
    await wheel.getByText(/^I dag \(\d{2}\.\d{2}\.\d{4}\): /).waitFor();
    await expect(wheel.getByText(/^Enheter som har meldt inn \(\d+\)/).textContent()).resolves.toMatch(
      /\(\d+\)/,
    );
    await wheel.getByText(/^Enheter som ikke har meldt inn/).waitFor();

    await page.getByRole("button", { name: "Lag utkast fra planen som vises" }).click();
    await notice(page, "Utkastet v001 er lagret.");
    expect(storedRecord().versions.map((v) => [v.id, v.status])).toEqual([["v001", "draft"]]);
    await page.getByRole("button", { name: "Send v001 til godkjenning" }).click();
    await notice(page, "v001 er sendt til godkjenning.");
    expect(storedRecord().versions[0]?.status).toBe("submitted");

    // Someone else is the leadership group's approver: the signed-in coordinator is refused.
    const record = storedRecord();
    storeRecord({ ...record, approvers: { ...record.approvers, whole: ["leder@politiet.no"] } });
    await page.getByRole("button", { name: "Oppdater status" }).click();
    await page.getByRole("button", { name: /^Godkjenn hele planen/ }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: `${DEMO_USER} kan ikke godkjenne hele planen (PFTs ledergruppe) for versjon v001` })
      .waitFor({ timeout: 60_000 });
    expect(storedRecord().versions[0]?.approvals).toEqual([]);
    storeRecord({ ...storedRecord(), approvers: record.approvers });
    await page.getByRole("button", { name: "Oppdater status" }).click();

    // Every part the version needs, one by one, as the signed-in account.
    const approveButtons = page.getByRole("button", { name: /^Godkjenn / });
    await approveButtons.first().waitFor({ timeout: 60_000 });
    const scopes = await approveButtons.count();
    expect(scopes).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < scopes; i += 1) {
      // The same notice follows every approval: wait for the approved part's button to go as well.
      const name = (await approveButtons.first().innerText()).trim();
      await approveButtons.first().click();
      await notice(page, "er godkjent for v001.");
      await page.getByText("Arbeider …").waitFor({ state: "detached", timeout: 60_000 });
      await page.getByRole("button", { name, exact: true }).waitFor({ state: "detached", timeout: 60_000 });
    }
    const approved = storedRecord().versions[0];
    expect(approved?.status).toBe("approved");
    expect(approved?.approvals.map((a) => a.stamp.by)).toEqual(Array(scopes).fill(DEMO_USER));

    // The demo list has a need id on two items: that decision cannot be written, so v001 stays
    // unpublished with the failure listed, until the coordinator tidies the list and syncs again.
    await page.getByRole("button", { name: "Publiser v001" }).click();
    await notice(page, "v001 er ikke publisert");
    const [duplicateId, twins] = duplicateNeedIds()[0] ?? [];
    if (!duplicateId || !twins) throw new Error("the demo list has no duplicate need id");
    await page.getByText(`Behov ${duplicateId} ble ikke skrevet`).waitFor();
    expect(storedRecord().versions[0]?.status).toBe("approved");
    demo?.server.store.deleteItem(intakeList(), twins[twins.length - 1] as string);
    await syncFromSharePointTab(page, 1);
    await page.getByRole("button", { name: "Publiser v001" }).click();
    await notice(page, "v001 er publisert");
    expect(storedRecord().versions[0]?.status).toBe("published");
    // The pane's publish saved the version's documents in the site library, as `year publish` does.
    const saved = (demo?.server.store.filesOf(site()) ?? [])
      .map((f) => f.path)
      .filter((p) => p.startsWith(`Anskaffelsesplan/${plan.planYear}/documents/`));
    expect(saved).toEqual(
      expect.arrayContaining(
        [
          `plan-${plan.planYear}-v001.xlsx`,
          `plan-${plan.planYear}-v001.xml`,
          `anskaffelsesplan-${plan.planYear}-oslo-v001.docx`,
          `anskaffelsesplan-${plan.planYear}-oversikt-v001.docx`,
        ].map((name) => `Anskaffelsesplan/${plan.planYear}/documents/${name}`),
      ),
    );
    expect(new Set(saved).size).toBe(saved.length);
    const included = plan.decisions.find((d) => d.decision === "include" && d.feedback !== "");
    if (!included) throw new Error("no included need");
    expect(itemOfNeed(included.needId).fields.Decision).toBe("include");

    // The published version's documents as downloads: Oslo's lists Oslo's needs only; the overview the plan.
    const docs = page.getByRole("region", { name: "Plandokumenter (.docx)" });
    await docs.getByLabel("Plan").selectOption({ label: "Publisert versjon v001" });
    await docs.getByLabel("Enhet").selectOption({ label: "Oslo politidistrikt" });
    const v001 = storedVersion("v001");
    const unitOf = new Map(v001.result.needs.flatMap((e) => (e.need ? [[e.id, e.need.unit] as const] : [])));
    const unitDoc = await downloadDocx(page, "Last ned enhetens dokument");
    await notice(page, "anskaffelsesplan-2027-oslo-v001.docx er lastet ned.");
    expect(unitDoc.name).toBe(`anskaffelsesplan-${plan.planYear}-oslo-v001.docx`);
    const listed = tableRows(unitDoc.xml)
      .filter((r) => r.length === 7 && /^BH-/.test(r[0] ?? ""))
      .map((r) => r[0] as string);
    const osloNeeds = [...unitOf].filter(([, unit]) => unit === "oslo").map(([id]) => id);
    expect(osloNeeds.length).toBeGreaterThan(0);
    expect(listed).toEqual(expect.arrayContaining(osloNeeds));
    expect(listed.filter((id) => unitOf.has(id) && unitOf.get(id) !== "oslo")).toEqual([]);
    expect(docxTexts(unitDoc.xml).join(" ")).toContain("Oslo politidistrikt");
    const overview = await downloadDocx(page, "Last ned oversikten");
    expect(overview.name).toBe(`anskaffelsesplan-${plan.planYear}-oversikt-v001.docx`);
    const overviewIds = new Set(tableRows(overview.xml).map((r) => r[0]));
    const includedIds = v001.result.decisions.filter((d) => d.decision === "include").map((d) => d.needId);
    expect(includedIds.length).toBeGreaterThan(0);
    expect(includedIds.filter((id) => !overviewIds.has(id))).toEqual([]);

    // Units withdraw two needs; after a sync, a second draft differs from the published one.
    const withdrawn = plan.needs
      .filter(
        (e) => e.status === "accepted" && !e.redacted && e.id !== included.needId && e.id !== duplicateId,
      )
      .slice(0, 2);
    for (const need of withdrawn) demo?.server.store.deleteItem(intakeList(), itemOfNeed(need.id).id);
    await syncFromSharePointTab(page, 2);
    await page.getByRole("button", { name: "Lag utkast fra planen som vises" }).click();
    await notice(page, "Utkastet v002 er lagret.");
    await page.getByRole("button", { name: "Sammenlign" }).click();
    const diff = page.getByRole("list", { name: "Sammenlign to versjoner" });
    await diff.waitFor({ timeout: 60_000 });
    await page.getByText(/^Endringer fra v001 til v002: nye \d+, borte [1-9]/).waitFor();
    const lines = (await diff.textContent()) ?? "";
    for (const need of withdrawn) expect(lines).toContain(need.id);

    // The doctor: every finding with what to do; the record is found.
    await page.getByRole("button", { name: "Sjekk oppsettet" }).click();
    const findings = page.getByRole("list", { name: "Sjekk oppsettet" });
    await findings.waitFor({ timeout: 60_000 });
    await findings.getByText(`Planårsposten for ${plan.planYear} finnes og har skjemaversjon`).waitFor();
    await findings.getByText("Tokenet er ikke et JWT").waitFor();
    await expect(findings.textContent()).resolves.toContain("Gjør dette:");
    await page.screenshot({ path: "/tmp/planyear-pane.png", fullPage: true });
    await page.context().close();
  }, 900_000);
});
