/**
 * Browser test of the SharePoint tab: the task pane (dev server, HTTPS) in Debian's headless
 * Chromium talks real HTTPS Graph to the demo server. It loads the demo lists, connects to the
 * site, opens and saves the field mapping, syncs only the changes another user made, and publishes
 * the plan's decisions — with a coordinator's edit between sync and publish shown as a conflict,
 * left standing on the server by a second publish too, until "Bruk planens" resolves it.
 */
import type { Page } from "playwright-core";
import { showRole, startTaskpaneBrowser, type TaskpaneBrowser } from "../support/taskpaneBrowser";
import { runPlan } from "../../src/application/runPlan";
import type { PlanResult } from "../../src/application/planResult";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";
import {
  startDemoGraphServer,
  type RunningDemoGraphServer,
} from "../../src/adapters/graphServer/demoGraphServer";
import { DEMO_SITE } from "../../src/adapters/graphServer/demoSite";
import type { StoredItem, StoredList } from "../../src/adapters/graphServer/sharePointStore";
import { createHighsSolver } from "../../src/adapters/solver/highsSolver";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { formatNumber } from "../../src/i18n/locale";

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
}, 180_000);

afterAll(async () => {
  await pane?.stop();
  await demo?.server.close();
});

function intakeList(): StoredList {
  const site = demo?.server.store.allSites().find((s) => s.displayName === DEMO_SITE.displayName);
  const list = site ? demo?.server.store.findList(site, LIST_NAMES.intake) : undefined;
  if (!list) throw new Error("the demo intake list is missing");
  return list;
}

function itemOfNeed(needId: string): StoredItem {
  const item = [...intakeList().items.values()].find((i) => i.fields.NeedId === needId);
  if (!item) throw new Error(`no item carries ${needId}`);
  return item;
}

/** Opens the pane on the demo server; only the pane's and the Graph server's origins are reachable. */
async function openPane(): Promise<{ page: Page; blocked: string[] }> {
  if (!pane || !demo) throw new Error("not started");
  return pane.open("nb-NO", {
    query: `?graph=${encodeURIComponent(demo.server.baseUrl)}`,
    allowOrigins: [new URL(demo.server.baseUrl).origin],
  });
}

describe("SharePoint tab in the browser", () => {
  it("syncs, maps, re-syncs changes and publishes with the conflict shown", async () => {
    const { page, blocked } = await openPane();
    // The first load reads the demo lists through Graph and plans them like the demo tenant.
    await page.getByRole("table", { name: "Behov" }).waitFor({ timeout: 120_000 });
    await page.getByRole("tab", { name: "SharePoint" }).click();
    const pane = page.getByRole("region", { name: "SharePoint" });
    await expect(pane.getByTestId("sign-in-state").textContent()).resolves.toBe(
      "Demo-tjeneren trenger ingen Microsoft-innlogging.",
    );

    await pane.getByRole("button", { name: "Koble til området" }).click();
    // The demo site has the intake and KAV lists; the feedback list is created from the pane.
    await pane.getByText(`Disse listene mangler på området: ${LIST_NAMES.feedback}.`).waitFor();
    await pane.getByRole("button", { name: "Opprett manglende lister" }).click();
    await pane.getByText(`Opprettet: ${LIST_NAMES.feedback}.`).waitFor();
    await pane.getByText("Området har alle planleggingslistene.").waitFor();
    await expect(pane.getByRole("combobox", { name: "Innmeldingsliste" }).inputValue()).resolves.toBe(
      LIST_NAMES.intake,
    );

    await pane.getByRole("button", { name: "Feltkobling …" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await expect(
      dialog.locator('select[data-section="needFields"][data-field="id"]').inputValue(),
    ).resolves.toBe("NeedId");
    await expect(
      dialog.locator('select[data-section="writeBack"][data-field="feedback"]').inputValue(),
    ).resolves.toBe("Feedback");
    // A written-back field without a column cannot be saved.
    await dialog.locator('select[data-section="writeBack"][data-field="rank"]').selectOption("");
    await dialog.getByRole("button", { name: "Lagre koblingen" }).click();
    await dialog.getByText("Velg en kolonne for feltet «Rangering».").waitFor();
    await dialog.locator('select[data-section="writeBack"][data-field="rank"]').selectOption("Rank");
    await dialog.getByRole("button", { name: "Lagre koblingen" }).click();
    await pane.getByText("Feltkoblingen er lagret.").waitFor();

    // The KAV list has its own mapping (the demo's KAV list uses the tool's columns).
    await pane.getByRole("button", { name: "Feltkobling for KAV-listen …" }).click();
    const kavDialog = page.getByRole("dialog");
    await expect(
      kavDialog.locator('select[data-section="contractFields"][data-field="kavId"]').inputValue(),
    ).resolves.toBe("KavId");
    await kavDialog.getByRole("button", { name: "Lagre koblingen" }).click();
    await pane.getByText("Feltkoblingen er lagret.").waitFor();

    // Another user renames one need on the server; the next sync reads only that change.
    const renamed = plan.needs.find((e) => e.status === "accepted" && !e.redacted);
    if (!renamed) throw new Error("no accepted need");
    const item = itemOfNeed(renamed.id);
    demo?.server.store.updateItem(intakeList(), item.id, { Title: "Nytt navn fra enheten" });
    await pane.getByRole("button", { name: "Synkroniser", exact: true }).click();
    const synced = pane.getByRole("status").filter({ hasText: "Synkronisert" });
    await synced.waitFor();
    await expect(synced.textContent()).resolves.toContain(
      `(endringer siden sist): ${formatNumber(plan.counts.received, "nb")} behov, 1 endret, 0 slettet`,
    );
    await page.getByRole("tab", { name: "Behov" }).click();
    await page.getByRole("table", { name: "Behov" }).getByText("Nytt navn fra enheten").waitFor();
    await page.getByRole("tab", { name: "SharePoint" }).click();

    // A coordinator writes feedback on a need after our sync: publishing must not overwrite it.
    const contested = plan.decisions.find((d) => d.decision === "include");
    if (!contested) throw new Error("no included need");
    demo?.server.store.updateItem(intakeList(), itemOfNeed(contested.needId).id, {
      Feedback: "Avklart med enheten på telefon",
    });
    await pane.getByRole("button", { name: "Publiser beslutninger" }).click();
    const published = pane.getByRole("status").filter({ hasText: "skrevet" });
    await published.waitFor({ timeout: 60_000 });
    const summary = (await published.textContent()) ?? "";
    expect(summary).toContain("1 konflikt,");
    const conflicts = pane.getByRole("table", { name: "Konflikter (verdien er ikke overskrevet)" });
    const row = conflicts.getByRole("row").filter({ hasText: contested.needId });
    await expect(row.textContent()).resolves.toContain("Avklart med enheten på telefon");
    await expect(row.textContent()).resolves.toContain("Tilbakemelding");
    expect(itemOfNeed(contested.needId).fields.Feedback).toBe("Avklart med enheten på telefon");
    // Publishing again does not overwrite it: the conflict stays until someone resolves it.
    await pane.getByRole("button", { name: "Publiser beslutninger" }).click();
    await pane.getByRole("status").filter({ hasText: "1 konflikt," }).waitFor({ timeout: 60_000 });
    expect(itemOfNeed(contested.needId).fields.Feedback).toBe("Avklart med enheten på telefon");
    // "Bruk planens" writes the plan's value and the row leaves the table.
    await conflicts
      .getByRole("row")
      .filter({ hasText: contested.needId })
      .getByRole("button", { name: "Bruk planens" })
      .click();
    await conflicts.waitFor({ state: "detached", timeout: 60_000 });
    expect(itemOfNeed(contested.needId).fields.Feedback).toBe(contested.feedback);
    // Everything else landed: the included needs carry the plan's decision.
    const other = plan.decisions.find((d) => d.decision === "include" && d.needId !== contested.needId);
    if (!other) throw new Error("no second included need");
    expect(itemOfNeed(other.needId).fields.Decision).toBe("include");
    expect(itemOfNeed(other.needId).fields.Feedback).toBe(other.feedback);

    // The feedback list (created above) gets one item per need for the units to read.
    await pane.getByRole("button", { name: "Publiser tilbakemeldinger til enhetene" }).click();
    await pane
      .getByRole("status")
      .filter({
        hasText: `Listen «${LIST_NAMES.feedback}»: ${formatNumber(plan.decisions.length, "nb")} nye, 0 oppdatert`,
      })
      .waitFor({ timeout: 60_000 });
    await page.screenshot({ path: "/tmp/sharepoint-pane.png", fullPage: true });

    // The Project XML of the synced plan goes into the site's document library.
    await showRole(page, "planner", "Project og filer");
    await page.getByRole("button", { name: "Lagre Project XML i SharePoint" }).click();
    const saved = page.getByRole("status").filter({ hasText: "Lagret i SharePoint" });
    await saved.waitFor({ timeout: 60_000 });
    const site = demo?.server.store.allSites().find((x) => x.displayName === DEMO_SITE.displayName);
    const file = site
      ? demo?.server.store.findFile(
          site,
          `Anskaffelsesplan/${plan.planYear}/Anskaffelsesplan-${plan.planYear}.xml`,
        )
      : undefined;
    expect(file?.content).toMatch(/^<\?xml[^>]*>\s*<Project xmlns="http:\/\/schemas.microsoft.com\/project"/);
    await expect(saved.getByRole("link").getAttribute("href")).resolves.toBe(file?.webUrl);
    // No request left for anywhere but the pane and the Graph server (office.js telemetry aside).
    expect(blocked.filter((url) => !url.includes("telemetryservice"))).toEqual([]);
    await page.context().close();
  }, 240_000);

  it("cancels a slow full read without touching the local state, rides out throttling, and retries writes throttled to the end", async () => {
    if (!demo) throw new Error("not started");
    const { page } = await openPane();
    await page.getByRole("table", { name: "Behov" }).waitFor({ timeout: 120_000 });
    await page.getByRole("tab", { name: "SharePoint" }).click();
    const pane = page.getByRole("region", { name: "SharePoint" });

    // A change the cancelled read would have taken in: it must still come as a change afterwards.
    const changed = plan.needs.filter((e) => e.status === "accepted" && !e.redacted)[1];
    if (!changed) throw new Error("no second accepted need");
    demo.server.store.updateItem(intakeList(), itemOfNeed(changed.id).id, { Title: "Endret før avbrudd" });
    // Every answer takes 2 s: start a full read and cancel it while it runs.
    demo.server.faults.set({ rate: 1, kinds: ["slow"], retryAfterSeconds: 1, slowMs: 2_000, seed: 7 });
    await pane.getByRole("button", { name: "Les alt på nytt" }).click();
    await pane.getByRole("button", { name: "Avbryt" }).click();
    await pane.getByText("Avbrutt. Ingenting er endret lokalt.").waitFor();

    // Throttled and failing answers (with Retry-After, read by the browser through CORS) are retried.
    demo.server.faults.set({
      rate: 0.3,
      kinds: ["429", "503"],
      retryAfterSeconds: 0.05,
      slowMs: 0,
      seed: 11,
    });
    demo.server.resetStats();
    await pane.getByRole("button", { name: "Synkroniser", exact: true }).click();
    const synced = pane.getByRole("status").filter({ hasText: "Synkronisert" });
    await synced.waitFor({ timeout: 60_000 });
    // The cancelled full read saved nothing: the delta from the first load brings the change.
    await expect(synced.textContent()).resolves.toContain(
      `(endringer siden sist): ${formatNumber(plan.counts.received, "nb")} behov, 1 endret, 0 slettet`,
    );
    await pane.getByRole("button", { name: "Les alt på nytt" }).click();
    await pane
      .getByRole("status")
      .filter({ hasText: `(full lesing): ${formatNumber(plan.counts.received, "nb")} behov` })
      .waitFor({ timeout: 60_000 });
    expect(demo.server.stats.faults["429"] + demo.server.stats.faults["503"]).toBeGreaterThan(0);
    demo.server.faults.set({ rate: 0, kinds: [], retryAfterSeconds: 1, slowMs: 0, seed: 1 });

    // Sustained throttling of the writes: the decisions not written are retried alone from the report.
    const included = plan.decisions.filter((d) => d.decision === "include").slice(2, 5);
    for (const d of included)
      demo.server.store.updateItem(intakeList(), itemOfNeed(d.needId).id, { Decision: "defer" });
    await pane.getByRole("button", { name: "Synkroniser", exact: true }).click();
    await pane.getByRole("status").filter({ hasText: "3 endret" }).waitFor({ timeout: 60_000 });
    demo.server.faults.set({
      rate: 1,
      kinds: ["429"],
      retryAfterSeconds: 0,
      slowMs: 0,
      seed: 3,
      onlyInBatch: true,
    });
    await pane.getByRole("button", { name: "Publiser beslutninger" }).click();
    await pane
      .getByRole("status")
      .filter({ hasText: /[1-9][\d ]* feilet/ })
      .waitFor({ timeout: 120_000 });
    for (const d of included) expect(itemOfNeed(d.needId).fields.Decision).toBe("defer");
    demo.server.faults.set({ rate: 0, kinds: [], retryAfterSeconds: 1, slowMs: 0, seed: 1 });
    await pane.getByRole("button", { name: /^Prøv de som ikke ble skrevet på nytt \(/ }).click();
    await pane
      .getByRole("status")
      .filter({ hasText: / skrevet,.* 0 feilet/ })
      .waitFor({ timeout: 120_000 });
    for (const d of included) expect(itemOfNeed(d.needId).fields.Decision).toBe("include");
    await page.context().close();
  }, 240_000);

  it("opens on the demo tenant with saved real-tenant settings until the user signs in, saying why", async () => {
    if (!pane || !demo) throw new Error("not started");
    const saved = {
      graphBaseUrl: "https://graph.microsoft.com/v1.0",
      clientId: "11111111-2222-3333-4444-555555555555",
      tenantId: "organizations",
      siteUrl: "https://politiet.sharepoint.com/sites/anskaffelser",
      useSelectedScopes: true,
      intakeList: LIST_NAMES.intake,
      kavList: LIST_NAMES.kav,
      peopleList: LIST_NAMES.people,
    };
    // No ?graph=: the saved settings point at Microsoft Graph; no request may leave for it.
    const { page, blocked } = await pane.open("nb-NO", {
      localStorage: { "anskaffelsesplan.connection": JSON.stringify(saved) },
    });
    await page
      .getByText(
        "Viser demodata. Logg inn i SharePoint-fanen for å hente behovene fra https://politiet.sharepoint.com/sites/anskaffelser.",
      )
      .waitFor({ timeout: 120_000 });
    await page.getByRole("table", { name: "Behov" }).waitFor();
    await page.getByRole("tab", { name: "SharePoint" }).click();
    const panel = page.getByRole("region", { name: "SharePoint" });
    await expect(
      panel.getByRole("textbox", { name: "Klient-ID (appregistrering)" }).inputValue(),
    ).resolves.toBe(saved.clientId);
    await expect(panel.getByTestId("sign-in-state").textContent()).resolves.toBe(
      "Ikke logget inn. Innlogging i et popup-vindu i nettleseren.",
    );
    // The demo plan is never published to the saved site.
    await expect(panel.getByRole("button", { name: "Publiser beslutninger" }).isDisabled()).resolves.toBe(
      true,
    );
    expect(blocked.filter((url) => !url.includes("telemetryservice"))).toEqual([]);
    await page.context().close();
  }, 240_000);
});
