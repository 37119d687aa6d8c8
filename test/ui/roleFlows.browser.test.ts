/**
 * Browser test of the three role views at 350 × 800 px, in bokmål and in English: the pane
 * (dev server, HTTPS) in Debian's headless Chromium on the demo tenant's lists through the demo
 * Graph server (real HTTPS). The coordinator syncs, sets the site up, publishes the decisions and
 * opens the plan year's wheel; the procurement lead chooses a category and sees its ranking and
 * scores; the planner sees the schedule, the late needs and why, and downloads the Project XML.
 * Every view is checked with axe (no serious or critical violation) and saved as a screenshot in
 * test-artifacts/roles/. The role and the category are remembered across a reload.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import {
  showRole,
  startTaskpaneBrowser,
  waitForPlan,
  type TaskpaneBrowser,
} from "../support/taskpaneBrowser";
import { describeFindings, seriousViolations, type AxeFinding } from "../support/axe";
import { runPlan } from "../../src/application/runPlan";
import type { PlanResult } from "../../src/application/planResult";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";
import { startDemoGraphServer } from "../../src/adapters/graphServer/demoGraphServer";
import { DEMO_SITE } from "../../src/adapters/graphServer/demoSite";
import { createHighsSolver } from "../../src/adapters/solver/highsSolver";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { GRAPH_MESSAGES } from "../../src/i18n/graphMessages";
import { formatNumber, translate, type Catalogue, type Locale } from "../../src/i18n/locale";
import { PLAN_EDITS_MESSAGES } from "../../src/i18n/planEditsMessages";
import { PLAN_YEAR_PANE_MESSAGES } from "../../src/i18n/planYearPaneMessages";
import { projectMessages } from "../../src/i18n/projectMessages";
import { roleMessages } from "../../src/i18n/roleMessages";
import { uiMessages } from "../../src/i18n/uiMessages";

/** Where the screenshots go (gitignored); docs/img holds a copied selection. */
const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts", "roles");
const VIEWPORT = { width: 350, height: 800 } as const;

let pane: TaskpaneBrowser | undefined;
let plan: PlanResult;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  plan = await runPlan(generateDemoTenant(), {
    includeSecurityGraded: false,
    solver: await createHighsSolver(),
  });
  pane = await startTaskpaneBrowser();
}, 240_000);

afterAll(async () => {
  await pane?.stop();
});

/** A catalogue's text in `locale`. */
const say =
  (catalogue: Catalogue, locale: Locale) =>
  (key: string, params?: Readonly<Record<string, string | number>>): string =>
    translate(catalogue, locale, key, params);

/** A catalogue template as a pattern: every `{placeholder}` and `{n|one|many}` plural matching anything. */
function templatePattern(catalogue: Catalogue, locale: Locale, key: string): RegExp {
  const template = catalogue[locale][key];
  if (template === undefined) throw new Error(`no message ${key}`);
  const parts = template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"));
  return new RegExp(parts.join(".*?"));
}

/** One language's run: the page, its texts, the screenshots and the axe findings. */
interface Run {
  readonly page: Page;
  readonly locale: Locale;
  readonly findings: AxeFinding[];
}

/** Saves the view as a screenshot and runs axe on it. */
async function checkView(run: Run, name: string): Promise<void> {
  await run.page.screenshot({ path: path.join(ARTIFACTS, `${run.locale}-${name}.png`), fullPage: false });
  run.findings.push(...(await seriousViolations(run.page, `${run.locale} 350 px: ${name}`)));
}

/** Coordinator: the needs, sync, set-up (lists), publish, and the plan year's wheel. */
async function coordinatorFlow(
  run: Run,
  demo: Awaited<ReturnType<typeof startDemoGraphServer>>,
): Promise<void> {
  const { page, locale } = run;
  const ui = say(uiMessages, locale);
  const graph = say(GRAPH_MESSAGES, locale);
  const year = say(PLAN_YEAR_PANE_MESSAGES, locale);
  const table = page.getByRole("table", { name: ui("table.label") });
  await table.waitFor({ timeout: 180_000 });
  await expect(
    page.getByRole("combobox", { name: say(roleMessages, locale)("role.label") }).inputValue(),
  ).resolves.toBe("coordinator");
  // The list is drawn in steps: wait for its last row.
  await table.getByRole("row").nth(plan.needs.length).waitFor();
  await expect(table.getByRole("row").count()).resolves.toBe(plan.needs.length + 1);
  await checkView(run, "coordinator-needs");

  await showRole(page, "coordinator", graph("pane.tab"));
  const sp = page.getByRole("region", { name: graph("pane.tab") });
  await sp.getByRole("button", { name: graph("pane.sync"), exact: true }).click();
  const synced = sp
    .getByRole("status")
    .filter({ hasText: templatePattern(GRAPH_MESSAGES, locale, "pane.synced") });
  await synced.waitFor({ timeout: 120_000 });
  await expect(synced.textContent()).resolves.toContain(formatNumber(plan.counts.received, locale));
  await sp.getByRole("button", { name: graph("pane.connect") }).click();
  await sp.getByRole("button", { name: graph("pane.lists.create") }).click();
  await sp.getByText(graph("pane.lists.complete")).waitFor({ timeout: 60_000 });
  await sp.getByRole("button", { name: graph("pane.publish"), exact: true }).click();
  await sp
    .getByRole("status")
    .filter({ hasText: templatePattern(GRAPH_MESSAGES, locale, "pane.published") })
    .waitFor({ timeout: 120_000 });
  const included = plan.decisions.find((d) => d.decision === "include");
  const site = demo.server.store.allSites().find((s) => s.displayName === DEMO_SITE.displayName);
  const list = site ? demo.server.store.findList(site, LIST_NAMES.intake) : undefined;
  const item = [...(list?.items.values() ?? [])].find((i) => i.fields.NeedId === included?.needId);
  expect(item?.fields.Decision).toBe("include");
  await checkView(run, "coordinator-sharepoint");

  await showRole(page, "coordinator", year("tab"));
  await page.getByRole("button", { name: year("record.create"), exact: true }).click({ timeout: 120_000 });
  const wheel = page.getByRole("region", { name: year("wheel.title"), exact: true });
  await wheel.waitFor({ timeout: 120_000 });
  await wheel.getByText(templatePattern(PLAN_YEAR_PANE_MESSAGES, locale, "wheel.submitted")).waitFor();
  await checkView(run, "coordinator-planyear");
}

/** Procurement lead: choose a category; its ranking and scores. Returns the category chosen. */
async function leadFlow(run: Run): Promise<string> {
  const { page, locale } = run;
  const r = say(roleMessages, locale);
  await showRole(page, "lead");
  const picker = page.getByRole("combobox", { name: r("category.label") });
  await picker.waitFor();
  const options = await picker
    .locator("option")
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ value: (n as HTMLOptionElement).value, label: n.textContent ?? "" })),
    );
  const choice = options
    .filter((o) => o.value !== "")
    .map((o) => ({ ...o, count: Number(/\((\d+)\)$/.exec(o.label)?.[1] ?? "0") }))
    .find((o) => o.count >= 2);
  if (!choice) throw new Error("no category with two ranked needs in the lead's picker");
  await picker.selectOption(choice.value);
  const ranking = page.getByRole("table", { name: say(uiMessages, locale)("ranking.label") });
  await ranking.waitFor({ timeout: 60_000 });
  // The ranking is drawn in steps: wait for its last row.
  await ranking.getByRole("row").nth(choice.count).waitFor();
  await expect(ranking.getByRole("row").count()).resolves.toBe(choice.count + 1);
  await checkView(run, "lead-ranking");

  await page.getByRole("tab", { name: r("section.scores"), exact: true }).click();
  const scores = page.getByRole("list", { name: r("scores.label") });
  await scores.waitFor({ timeout: 60_000 });
  await expect(scores.locator(":scope > li").count()).resolves.toBe(choice.count);
  await scores.locator(":scope > li").first().locator("summary").click();
  await checkView(run, "lead-scores");

  await page.getByRole("tab", { name: r("section.edits"), exact: true }).click();
  await page
    .getByRole("heading", { name: say(PLAN_EDITS_MESSAGES, locale)("weights.title"), exact: true })
    .waitFor();
  await checkView(run, "lead-edits");
  return choice.value;
}

/** Waits until the pane has stored an edit and made the plan again. */
async function replanned(page: Page, e: (key: string) => string): Promise<void> {
  await page.getByText(e("working")).waitFor({ state: "detached", timeout: 180_000 });
  await page.getByRole("heading", { name: e("change.title") }).waitFor({ timeout: 180_000 });
  // the new ranking shows first (a provisional plan); the schedule and frontier follow
  await waitForPlan(page);
}

/**
 * Lead's edits: raises the least-weighted criterion, then forces the lowest-ranked need in with a
 * reason, and sees it among the needs that came in.
 */
async function leadEditsFlow(run: Run): Promise<void> {
  const { page, locale } = run;
  const e = say(PLAN_EDITS_MESSAGES, locale);
  const result = plan.prioritisation?.result;
  const lowest = [...(result?.criteria ?? [])].sort((a, b) => a.weight - b.weight)[0];
  const last = [...(result?.ranking ?? [])].filter((r) => r.rank > 0).sort((a, b) => b.rank - a.rank)[0];
  if (!lowest || !last || last.selected) throw new Error("the demo plan has no criteria or no need left out");
  await page.getByRole("heading", { name: e("weights.title"), exact: true }).waitFor({ timeout: 180_000 });
  const criterion = locale === "nb" ? lowest.nameNb : lowest.nameEn;
  await page.getByRole("textbox", { name: e("weights.label", { criterion }) }).fill("40");
  await page.getByRole("button", { name: e("weights.apply") }).click();
  await replanned(page, e);
  await checkView(run, "lead-weights");

  await page.getByRole("combobox", { name: e("need.pick"), exact: true }).selectOption(last.needId);
  await page.getByRole("button", { name: e("need.edit") }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("radio", { name: e("need.force.in") }).check();
  await dialog.getByRole("combobox", { name: e("need.reason") }).selectOption("legal-obligation");
  await dialog.getByRole("button", { name: e("need.save") }).click();
  await replanned(page, e);
  const cameIn = page.getByRole("list", {
    name: templatePattern(PLAN_EDITS_MESSAGES, locale, "change.cameIn"),
  });
  await cameIn.getByRole("listitem").filter({ hasText: last.needId }).waitFor({ timeout: 60_000 });
  await checkView(run, "lead-forced");
}

/** Planner: the schedule, the late needs and why, and the Project XML download. */
async function plannerFlow(run: Run): Promise<void> {
  const { page, locale } = run;
  const r = say(roleMessages, locale);
  await showRole(page, "planner");
  const schedule = page.getByRole("list", { name: r("schedule.label") });
  await schedule.waitFor({ timeout: 60_000 });
  await expect(schedule.getByRole("listitem").count()).resolves.toBe(plan.schedule.scheduled.length);
  await checkView(run, "planner-schedule");

  await page.getByRole("tab", { name: r("section.late"), exact: true }).click();
  const late = plan.schedule.scheduled.filter((s) => s.daysLate > 0).sort((a, b) => b.daysLate - a.daysLate);
  const lateList = page.getByRole("list", { name: r("late.label") });
  await lateList.waitFor({ timeout: 60_000 });
  await expect(lateList.getByRole("listitem").count()).resolves.toBe(late.length);
  await expect(lateList.getByRole("listitem").first().textContent()).resolves.toContain(
    late[0]?.needId ?? "-",
  );
  await checkView(run, "planner-late");

  await page.getByRole("tab", { name: r("section.handoff"), exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: say(projectMessages, locale)("pane.download") }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Anskaffelsesplan-${plan.planYear}.xml`);
  const xml = fs.readFileSync(await download.path(), "utf8");
  expect(xml).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
  expect(xml.match(/<Task>/g)?.length ?? 0).toBeGreaterThan(plan.schedule.scheduled.length);
  await checkView(run, "planner-handoff");
}

describe.each([
  ["nb-NO", "nb"],
  ["en-US", "en"],
] as const)("role views at 350 px (%s)", (language, locale) => {
  it("walks the coordinator's, the lead's and the planner's flows, axe-clean", async () => {
    if (!pane) throw new Error("not started");
    const demo = await startDemoGraphServer({ input: generateDemoTenant() });
    try {
      const { page } = await pane.open(language, {
        query: `?graph=${encodeURIComponent(demo.server.baseUrl)}`,
        allowOrigins: [new URL(demo.server.baseUrl).origin],
        viewport: VIEWPORT,
      });
      const run: Run = { page, locale, findings: [] };
      await coordinatorFlow(run, demo);
      const category = await leadFlow(run);
      await plannerFlow(run);
      // Last, as it changes the plan shown: a weight and a forced need move the selection.
      await showRole(page, "lead", say(roleMessages, locale)("section.edits"));
      await leadEditsFlow(run);

      // The role and the category are remembered (localStorage): a reload opens the lead's view.
      await page.reload();
      const roleSwitch = page.getByRole("combobox", { name: say(roleMessages, locale)("role.label") });
      await expect(roleSwitch.inputValue()).resolves.toBe("lead");
      await page
        .getByRole("table", { name: say(uiMessages, locale)("ranking.label") })
        .waitFor({ timeout: 180_000 });
      await expect(
        page.getByRole("combobox", { name: say(roleMessages, locale)("category.label") }).inputValue(),
      ).resolves.toBe(category);

      expect(describeFindings(run.findings)).toBe("");
      await page.context().close();
    } finally {
      await demo.server.close();
    }
  }, 900_000);
});
