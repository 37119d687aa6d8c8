/**
 * Accessibility of the task pane in Debian's headless Chromium: axe-core runs in every tab and every
 * dialog (the needs list and a need's details, the rejected needs, the ranking with an explanation
 * open, the SharePoint tab with both field-mapping dialogs, the Planår tab) at 350 and 1280 px, in
 * bokmål and English, on the demo tenant read through real HTTPS Graph from the demo server. No
 * serious or critical violation may remain. Screenshots of the 350 px lists are saved in
 * out/test-artifacts/ (gitignored).
 */
import * as fs from "node:fs";
import * as https from "node:https";
import * as path from "node:path";
import type { Page } from "playwright-core";
import {
  showRole,
  startTaskpaneBrowser,
  waitForPlan,
  type TaskpaneBrowser,
} from "../support/taskpaneBrowser";
import { roleMessages } from "../../src/i18n/roleMessages";
import { describeFindings, seriousViolations, type AxeFinding } from "../support/axe";
import {
  startDemoGraphServer,
  type RunningDemoGraphServer,
} from "../../src/adapters/graphServer/demoGraphServer";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { translate, type Catalogue, type Locale } from "../../src/i18n/locale";
import { uiMessages } from "../../src/i18n/uiMessages";
import { GRAPH_MESSAGES } from "../../src/i18n/graphMessages";
import { PLAN_YEAR_PANE_MESSAGES } from "../../src/i18n/planYearPaneMessages";

const ARTIFACTS = path.join(__dirname, "..", "..", "out", "test-artifacts");

let pane: TaskpaneBrowser | undefined;
let demo: RunningDemoGraphServer | undefined;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  demo = await startDemoGraphServer({ input: generateDemoTenant() });
  pane = await startTaskpaneBrowser();
  await warmUp(pane.taskpaneUrl);
}, 240_000);

afterAll(async () => {
  await pane?.stop();
  await demo?.server.close();
});

/** The pane's words in `locale`, from the same catalogues the pane uses. */
function wordsOf(locale: Locale) {
  const say = (catalogue: Catalogue, key: string, params?: Record<string, string | number>) =>
    translate(catalogue, locale, key, params);
  return {
    ui: (key: string, params?: Record<string, string | number>) => say(uiMessages, key, params),
    graph: (key: string) => say(GRAPH_MESSAGES, key),
    year: (key: string) => say(PLAN_YEAR_PANE_MESSAGES, key),
    role: (key: string) => say(roleMessages, key),
  };
}

/** A pattern for a label that starts like the catalogue's template up to its first placeholder. */
function startingLike(template: string): RegExp {
  const start = template.split("{")[0] ?? template;
  return new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
}

/**
 * Rows of the long lists after the first 20: every row is the same component with other data, so the
 * first 20 stand for all (the rejected needs are checked in their own filtered view); axe over all
 * 500 takes minutes on a busy machine.
 */
const REPEATED_ROWS = '[role="table"] [role="rowgroup"] > [role="row"]:nth-child(n+21)';

/** Runs axe on the page and adds what it found to `findings`. */
async function check(page: Page, label: string, findings: AxeFinding[]): Promise<void> {
  findings.push(...(await seriousViolations(page, label, { exclude: [REPEATED_ROWS] })));
}

/** The needs list, a need's details drawer and the rejected needs. */
async function checkNeeds(page: Page, locale: Locale, width: number, findings: AxeFinding[]): Promise<void> {
  const w = wordsOf(locale);
  const label = `${locale} ${width} px`;
  await waitForPlan(page);
  await showRole(page, "coordinator", w.role("section.needs"));
  const table = page.getByRole("table", { name: w.ui("table.label") });
  await table.waitFor();
  if (width === 350) await page.screenshot({ path: path.join(ARTIFACTS, `needs-${locale}-350.png`) });
  await check(page, `${label}: needs`, findings);
  await table.getByRole("button").first().click();
  const drawer = page.getByRole("dialog");
  await drawer.waitFor();
  if (width === 350) await page.screenshot({ path: path.join(ARTIFACTS, `need-details-${locale}-350.png`) });
  await check(page, `${label}: need details`, findings);
  await drawer.getByRole("button", { name: w.ui("details.close") }).click();
  await drawer.waitFor({ state: "detached" });
  await page.getByRole("tab", { name: startingLike(w.ui("filter.rejected")) }).click();
  await table.getByRole("list").first().waitFor();
  if (width === 350)
    await page.screenshot({ path: path.join(ARTIFACTS, `needs-rejected-${locale}-350.png`) });
  await check(page, `${label}: rejected needs`, findings);
  await page.getByRole("tab", { name: startingLike(w.ui("filter.all")) }).click();
}

/** The ranking with the first explanation open. */
async function checkRanking(
  page: Page,
  locale: Locale,
  width: number,
  findings: AxeFinding[],
): Promise<void> {
  const w = wordsOf(locale);
  await showRole(page, "lead", w.role("section.ranking"));
  const table = page.getByRole("table", { name: w.ui("ranking.label") });
  await table.waitFor();
  await table.getByText(w.ui("ranking.why")).first().click();
  if (width === 350) await page.screenshot({ path: path.join(ARTIFACTS, `ranking-${locale}-350.png`) });
  await check(page, `${locale} ${width} px: ranking`, findings);
}

/** The SharePoint tab (connected to the demo site) and its two field-mapping dialogs. */
async function checkSharePoint(
  page: Page,
  locale: Locale,
  width: number,
  findings: AxeFinding[],
): Promise<void> {
  const w = wordsOf(locale);
  const label = `${locale} ${width} px`;
  await showRole(page, "coordinator", w.graph("pane.tab"));
  const region = page.getByRole("region", { name: w.graph("pane.tab") });
  const complete = region.getByText(w.graph("pane.lists.complete"));
  if (!(await complete.isVisible())) {
    await region.getByRole("button", { name: w.graph("pane.connect") }).click();
    const create = region.getByRole("button", { name: w.graph("pane.lists.create") });
    await complete.or(create).first().waitFor({ timeout: 60_000 });
    if (await create.isVisible()) await create.click();
    await complete.waitFor({ timeout: 60_000 });
  }
  await check(page, `${label}: SharePoint`, findings);
  for (const [key, name] of [
    ["pane.mapping", "mapping"],
    ["pane.mapping.kav", "KAV mapping"],
  ] as const) {
    await region.getByRole("button", { name: w.graph(key) }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    if (width === 350)
      await page.screenshot({ path: path.join(ARTIFACTS, `${name.replace(" ", "-")}-${locale}-350.png`) });
    await check(page, `${label}: ${name} dialog`, findings);
    await dialog.getByRole("button", { name: w.graph("pane.mapping.cancel") }).click();
    await dialog.waitFor({ state: "detached" });
  }
}

/** The Planår tab as it first shows (the site has no plan year, or the one an earlier run made). */
async function checkPlanYear(
  page: Page,
  locale: Locale,
  width: number,
  findings: AxeFinding[],
): Promise<void> {
  const w = wordsOf(locale);
  await showRole(page, "coordinator", w.year("tab"));
  await page.getByText(w.year("loading")).waitFor({ state: "detached", timeout: 60_000 });
  await check(page, `${locale} ${width} px: Planår`, findings);
}

/** Waits for the dev server's first webpack build (it answers once the bundle is ready). */
async function warmUp(url: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false, timeout: 170_000 }, (res) => {
        res.resume();
        res.on("end", resolve);
      })
      .on("error", reject);
  });
}

describe("the axe check", () => {
  it("finds a serious violation when there is one, and names it", async () => {
    if (!pane) throw new Error("not started");
    const { page } = await pane.open("nb-NO");
    await page.setContent(
      '<html lang="nb"><head><title>Feil</title></head><body><main><button></button>' +
        '<div style="overflow:auto;height:20px"><p>a</p><p>b</p><p>c</p></div></main></body></html>',
    );
    const rules = (await seriousViolations(page, "broken page")).map((f) => f.rule).sort();
    expect(rules).toEqual(["button-name", "scrollable-region-focusable"]);
    await page.context().close();
  }, 120_000);
});

describe.each([
  ["nb-NO", "nb", 350],
  ["nb-NO", "nb", 1280],
  ["en-GB", "en", 350],
  ["en-GB", "en", 1280],
] as const)("accessibility of the task pane (%s, %s, %i px)", (language, locale, width) => {
  it("has no serious or critical axe violation in any tab or dialog", async () => {
    if (!pane || !demo) throw new Error("not started");
    const { page } = await pane.open(language, {
      query: `?graph=${encodeURIComponent(demo.server.baseUrl)}`,
      allowOrigins: [new URL(demo.server.baseUrl).origin],
    });
    await page.setViewportSize({ width, height: 800 });
    await page.getByRole("table", { name: wordsOf(locale).ui("table.label") }).waitFor({ timeout: 180_000 });
    const findings: AxeFinding[] = [];
    await checkNeeds(page, locale, width, findings);
    await checkRanking(page, locale, width, findings);
    await checkSharePoint(page, locale, width, findings);
    await checkPlanYear(page, locale, width, findings);
    await page.context().close();
    expect(describeFindings(findings)).toBe("");
  }, 600_000);
});
