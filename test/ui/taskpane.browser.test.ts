/**
 * Browser test of the task pane: serves it with the dev server (webpack in memory, HTTPS with a
 * fresh self-signed certificate) on a free port, opens it in Debian's headless Chromium through
 * playwright-core, and checks the needs list, the counts and the error texts in bokmål and in
 * English against the plan the shared use case computes for the demo tenant.
 */
import * as fs from "node:fs";
import type { Page } from "playwright-core";
import { showRole, startTaskpaneBrowser, type TaskpaneBrowser } from "../support/taskpaneBrowser";
import { runPlan } from "../../src/application/runPlan";
import type { PlanNeedEntry, PlanResult } from "../../src/application/planResult";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { createHighsSolver } from "../../src/adapters/solver/highsSolver";
import { formatMoney, formatNumber, type Locale } from "../../src/i18n/locale";
import { filterNeeds } from "../../src/taskpane/needsFilter";

const SCREENSHOT = "/tmp/taskpane.png";
/**
 * office.js (outside Office) opens Microsoft's telemetry proxy frame after 3 s. It is the only
 * request allowed to leave the dev server; the test blocks it like every other foreign request.
 */
const OFFICE_TELEMETRY_FRAME =
  "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";
const nbsp = /[\u00a0\u202f]/g;
/** The plan runs in the page before the needs appear: on a busy machine that takes longer than 30 s. */
const LOADED = 120_000;

let pane: TaskpaneBrowser | undefined;
let plan: PlanResult;

beforeAll(async () => {
  // The page runs the same pipeline with the HiGHS solver (wasm), so the test does too.
  plan = await runPlan(generateDemoTenant(), {
    includeSecurityGraded: false,
    solver: await createHighsSolver(),
  });
  pane = await startTaskpaneBrowser();
}, 180_000);

afterAll(async () => {
  await pane?.stop();
});

/** Opens the task pane in a fresh context with the given browser language; foreign requests are blocked and listed. */
async function openTaskpane(language: string): Promise<{ page: Page; requests: string[] }> {
  if (!pane) throw new Error("task pane not started");
  const { page, blocked } = await pane.open(language);
  return { page, requests: blocked };
}

function firstWith(predicate: (entry: PlanNeedEntry) => boolean): PlanNeedEntry {
  const entry = plan.needs.find(predicate);
  if (!entry) throw new Error("the demo tenant has no need of the kind this test needs");
  return entry;
}

async function countsShown(page: Page, label: string): Promise<number[]> {
  const values = await page.getByRole("region", { name: label }).getByRole("definition").allTextContents();
  return values.map((text) => Number(text.replace(nbsp, "").replace(/[,\s]/g, "")));
}

/** The "showing X of Y" line as the task pane writes it. */
function shownText(shown: number, locale: Locale): string {
  const total = formatNumber(plan.counts.received, locale);
  return locale === "nb"
    ? `Viser ${formatNumber(shown, locale)} av ${total} behov`
    : `Showing ${formatNumber(shown, locale)} of ${total} needs`;
}

function money(value: number, locale: Locale): string {
  return formatMoney(value, locale, 0);
}

describe("task pane in the browser", () => {
  it("shows the demo tenant's needs, counts and errors in bokmål", async () => {
    const { page, requests } = await openTaskpane("nb-NO");
    const table = page.getByRole("table", { name: "Behov" });
    await table.waitFor({ timeout: LOADED });

    await expect(
      page.getByRole("heading", { name: `Anskaffelsesplan ${plan.planYear}` }).count(),
    ).resolves.toBe(1);
    await expect(page.getByText("Kjører i nettleseren").count()).resolves.toBe(1);

    const [received, accepted, rejected] = await countsShown(page, "Antall behov");
    expect([received, accepted, rejected]).toEqual([
      plan.counts.received,
      plan.counts.accepted,
      plan.counts.rejected,
    ]);
    expect(received).toBe((accepted ?? 0) + (rejected ?? 0));
    // Header row + one row per need (a long list is drawn in steps: wait for its last row).
    await table.getByRole("row").nth(plan.needs.length).waitFor();
    await expect(table.getByRole("row").count()).resolves.toBe(plan.needs.length + 1);

    const acceptedNeed = firstWith((e) => e.status === "accepted" && !e.redacted && e.need !== undefined);
    const acceptedRow = table
      .getByRole("row")
      .filter({ hasText: acceptedNeed.need?.title ?? "" })
      .first();
    const acceptedText = (await acceptedRow.textContent())?.replace(nbsp, " ") ?? "";
    expect(acceptedText).toContain(money(acceptedNeed.need?.estimatedValue ?? 0, "nb").replace(nbsp, " "));
    expect(acceptedText).toContain("Godkjent");

    await page.screenshot({ path: SCREENSHOT, fullPage: false });

    await page.getByRole("tab", { name: `Avvist (${formatNumber(plan.counts.rejected, "nb")})` }).click();
    await page
      .getByRole("status")
      .filter({ hasText: shownText(plan.counts.rejected, "nb") })
      .waitFor();
    await table.getByRole("row").nth(plan.counts.rejected).waitFor();
    await expect(table.getByRole("row").count()).resolves.toBe(plan.counts.rejected + 1);
    const rejectedNeed = firstWith((e) => e.status === "rejected");
    const errors = table.getByRole("list", { name: `Feil i behov ${rejectedNeed.id}` }).first();
    const firstError = rejectedNeed.errors[0];
    if (!firstError) throw new Error(`rejected need ${rejectedNeed.id} has no errors`);
    await expect(errors.getByRole("listitem").first().textContent()).resolves.toBe(firstError.message.nb);

    await expect(page.locator('script[src="office-js/office.js"]').count()).resolves.toBe(1);
    await expect(page.evaluate(() => typeof Office.onReady)).resolves.toBe("function");
    expect(requests.filter((url) => url !== OFFICE_TELEMETRY_FRAME && !url.startsWith("data:"))).toEqual([]);
    await page.context().close();
  }, 240_000);

  it("offers the plan as an .xlsx workbook and as Project XML, built in the page", async () => {
    const { page } = await openTaskpane("nb-NO");
    await page.getByRole("table", { name: "Behov" }).waitFor({ timeout: LOADED });
    await showRole(page, "planner", "Project og filer");
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Last ned arbeidsboken (.xlsx)" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`Anskaffelsesplan-${plan.planYear}.xlsx`);
    const xlsxBytes = fs.readFileSync(await xlsx.path());
    expect(xlsxBytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(xlsxBytes.toString("latin1")).toContain("xl/worksheets/sheet2.xml");
    const [xml] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Last ned Project XML" }).click(),
    ]);
    const text = fs.readFileSync(await xml.path(), "utf8");
    expect(text).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    const tasks = text.match(/<Task>/g)?.length ?? 0;
    expect(tasks).toBeGreaterThan(plan.schedule.scheduled.length);
    await page.context().close();
  }, 240_000);

  it("shows the ranking, the selection and the schedule with explanations", async () => {
    const result = plan.prioritisation?.result;
    if (!result) throw new Error("the demo plan has no prioritisation");
    const ranked = result.ranking.filter((r) => r.rank > 0);
    const first = ranked.find((r) => r.rank === 1);
    if (!first) throw new Error("no rank 1");
    const { page } = await openTaskpane("nb-NO");
    await page.getByRole("table", { name: "Behov" }).waitFor({ timeout: LOADED });
    await showRole(page, "lead", "Prioritering");
    const table = page.getByRole("table", { name: "Prioritering" });
    await table.waitFor();
    // The ranking is drawn in steps: wait for its last row.
    await table.getByRole("row").nth(ranked.length).waitFor();
    await expect(table.getByRole("row").count()).resolves.toBe(ranked.length + 1);
    const summary = await page.getByRole("status").first().textContent();
    expect(summary).toContain(
      `${formatNumber(result.selection.selectedCount, "nb")} av ${formatNumber(ranked.length, "nb")}`,
    );
    expect(summary).toContain("valgt etter rangering");
    const row = table.getByRole("row").nth(1);
    await expect(row.textContent()).resolves.toContain(first.needId);
    await row.getByText("Hvorfor?").click();
    await expect(row.getByRole("listitem").first().textContent()).resolves.toBe(
      first.explanation[0]?.message.nb,
    );
    const late = plan.schedule.scheduled.filter((s) => s.daysLate > 0).length;
    await expect(table.getByText(/\b(dag|dager) for sent/).count()).resolves.toBe(late);
    await page.context().close();
  }, 240_000);

  it("hides security-graded content behind the [SKJERMET] marker", async () => {
    const graded = plan.needs.find((e) => e.redacted);
    if (!graded) throw new Error("the demo tenant has no security-graded need");
    const raw = generateDemoTenant().needs.find((r) => r["id"] === graded.id);
    const hiddenTitle = String(raw?.["title"] ?? "");
    expect(hiddenTitle).not.toBe("");

    const { page } = await openTaskpane("nb-NO");
    await page.getByRole("table", { name: "Behov" }).waitFor({ timeout: LOADED });
    await page.getByRole("searchbox", { name: "Søk i behov" }).fill(graded.id);
    const matches = filterNeeds(plan.needs, { status: "all", text: graded.id }, "nb").length;
    await page
      .getByRole("status")
      .filter({ hasText: shownText(matches, "nb") })
      .waitFor();
    const row = page
      .getByRole("table", { name: "Behov" })
      .getByRole("row")
      .filter({ hasText: graded.id })
      .first();
    const text = (await row.textContent()) ?? "";
    expect(text).toContain(`[SKJERMET] ${graded.id}`);
    expect(text).toContain("Skjermet");
    expect(text).not.toContain(hiddenTitle);
    await page.context().close();
  }, 240_000);

  it("speaks English with an en-US browser", async () => {
    const { page } = await openTaskpane("en-US");
    const table = page.getByRole("table", { name: "Needs" });
    await table.waitFor({ timeout: LOADED });
    await expect(
      page.getByRole("heading", { name: `Procurement plan ${plan.planYear}` }).count(),
    ).resolves.toBe(1);
    const [received, accepted, rejected] = await countsShown(page, "Number of needs");
    expect([received, accepted, rejected]).toEqual([
      plan.counts.received,
      plan.counts.accepted,
      plan.counts.rejected,
    ]);

    await page.getByRole("tab", { name: `Rejected (${formatNumber(plan.counts.rejected, "en")})` }).click();
    await page
      .getByRole("status")
      .filter({ hasText: shownText(plan.counts.rejected, "en") })
      .waitFor();
    const rejectedNeed = firstWith((e) => e.status === "rejected");
    const firstError = rejectedNeed.errors[0];
    if (!firstError) throw new Error(`rejected need ${rejectedNeed.id} has no errors`);
    const errors = table.getByRole("list", { name: `Errors in need ${rejectedNeed.id}` }).first();
    await expect(errors.getByRole("listitem").first().textContent()).resolves.toBe(firstError.message.en);
    await page.context().close();
  }, 240_000);
});
