/**
 * Browser test of the charts in the role views (coordinator: wheel; procurement lead: frontier,
 * Kraljic; planner: capacity, timeline): the pane on the dev server in Debian's headless Chromium at
 * 350 px (bokmål) and 1280 px (English) on the demo tenant. Each chart must render
 * with the plan's data — as many frontier points, Kraljic categories, capacity weeks, timeline
 * bars (late ones marked) and wheel stages as the chart data of the plan the shared use case
 * computes — and the chart library must arrive as a chunk of its own when a chart is first shown.
 * Screenshots of every chart go to out/test-artifacts/charts/ (gitignored).
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
import { createHighsSolver } from "../../src/adapters/solver/highsSolver";
import { planChartsData, type PlanChartsData } from "../../src/application/charts/planCharts";
import type { PlanResult } from "../../src/application/planResult";
import { runPlan } from "../../src/application/runPlan";
import { categoryChoices } from "../../src/application/pane/categoryPlan";
import type { PlanInput } from "../../src/domain/model/planInput";
import { calendarDateOfInstant, DEFAULT_SITE_TIME_ZONE } from "../../src/application/sharepoint/zonedDates";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { chartSay } from "../../src/i18n/chartMessages";
import { formatNumber, translate, type Locale } from "../../src/i18n/locale";
import { PLAN_YEAR_PANE_MESSAGES } from "../../src/i18n/planYearPaneMessages";
import { roleMessages } from "../../src/i18n/roleMessages";
import { uiMessages } from "../../src/i18n/uiMessages";

const ARTIFACTS = path.join(__dirname, "..", "..", "out", "test-artifacts", "charts");
const nbsp = /[\u00a0\u202f]/g;

let pane: TaskpaneBrowser | undefined;
let plan: PlanResult;
let charts: PlanChartsData;
let demoInput: PlanInput;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const input = generateDemoTenant();
  demoInput = input;
  plan = await runPlan(input, { includeSecurityGraded: false, solver: await createHighsSolver() });
  const today = calendarDateOfInstant(new Date().toISOString(), DEFAULT_SITE_TIME_ZONE);
  charts = planChartsData({ plan, input, today });
  pane = await startTaskpaneBrowser();
}, 300_000);

afterAll(async () => {
  await pane?.stop();
});

/** The section of each role's view that shows its charts, and those charts. */
function chartSections(locale: Locale) {
  const r = (key: string) => translate(roleMessages, locale, key);
  return [
    { role: "coordinator", section: translate(PLAN_YEAR_PANE_MESSAGES, locale, "tab"), charts: ["wheel"] },
    { role: "lead", section: r("section.ranking"), charts: ["frontier", "kraljic"] },
    {
      role: "planner",
      section: r("section.schedule"),
      charts: ["capacity-lead", "capacity-lawyer", "timeline"],
    },
  ] as const;
}

/**
 * Opens the pane at `width` × 800 and each role's chart section in turn; returns the page and the
 * scripts fetched before and after the first chart section was opened.
 */
async function openCharts(language: string, width: number, locale: Locale) {
  if (!pane) throw new Error("task pane not started");
  const { page } = await pane.open(language);
  await page.setViewportSize({ width, height: 800 });
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page
    .getByRole("table", { name: translate(uiMessages, locale, "table.label") })
    .waitFor({ timeout: 180_000 });
  await waitForPlan(page);
  await expect(page.locator("[data-chart]").count()).resolves.toBe(0);
  const before = [...scripts];
  for (const { role, section, charts } of chartSections(locale)) {
    await showRole(page, role, section);
    for (const id of charts)
      await page.locator(`[data-chart="${id}"] svg`).first().waitFor({ timeout: 120_000 });
  }
  return { page, before, after: scripts.slice(before.length) };
}

/** Shows the role's section that holds chart `id` (a hidden section's charts are not drawn). */
async function showChart(page: Page, locale: Locale, id: string): Promise<void> {
  const place = chartSections(locale).find((c) => c.charts.some((chart) => chart.startsWith(id)));
  const chart = place?.charts.find((c) => c.startsWith(id));
  if (!place || !chart) throw new Error(`no section shows chart ${id}`);
  await showRole(page, place.role, place.section);
  await page.locator(`[data-chart="${chart}"] svg`).first().waitFor({ timeout: 120_000 });
}

/** How many elements of chart `id` have an accessible label matching `pattern`. */
function marks(page: Page, id: string, pattern: RegExp) {
  return page
    .locator(`[data-chart="${id}"] [aria-label]`)
    .evaluateAll(
      (elements, source) =>
        elements.filter((e) => new RegExp(source).test(e.getAttribute("aria-label") ?? "")).length,
      pattern.source,
    );
}

/** The chart library's own English labels still in the charts shown (none once renamed). */
function englishLabels(page: Page): Promise<string[]> {
  return page
    .locator("[data-chart] [aria-label]")
    .evaluateAll((elements) =>
      elements
        .map((e) => e.getAttribute("aria-label") ?? "")
        .filter((l) => /line \d+ of|series \d+ of|^\d+ bars?$|^Donut chart|^Legends$|axis displays/.test(l)),
    );
}

/**
 * The lead chooses a category: the Kraljic points and the timeline's bars are the category's, as
 * the shared chart data says; the frontier says it is the whole plan's.
 */
async function leadCategoryCharts(page: Page): Promise<void> {
  const [choice] = categoryChoices(plan, demoInput.config.mainCategories);
  if (!choice) throw new Error("the demo plan has no category");
  const today = calendarDateOfInstant(new Date().toISOString(), DEFAULT_SITE_TIME_ZONE);
  const mine = planChartsData({
    plan,
    input: demoInput,
    today,
    category: { id: choice.id, name: choice.name },
  });
  await showRole(page, "lead", translate(roleMessages, "nb", "section.ranking"));
  await page
    .getByRole("combobox", { name: translate(roleMessages, "nb", "category.label") })
    .selectOption(choice.id);
  const only = chartSay("nb", "scope.category", { name: choice.name });
  await page.locator('[data-chart="timeline"]').getByText(only).waitFor({ timeout: 60_000 });
  await page.locator('[data-chart="timeline"] svg').first().waitFor({ timeout: 60_000 });
  await expect(marks(page, "timeline", /^BH-\d+: /)).resolves.toBe(mine.timeline.bars.length);
  expect(mine.timeline.bars.length).toBeLessThan(charts.timeline.bars.length);
  const points = mine.kraljic?.quadrants.reduce((n, q) => n + q.points.length, 0) ?? 0;
  await expect(marks(page, "kraljic", /\. Risiko: /)).resolves.toBe(points);
  await expect(
    page.locator('[data-chart="frontier"]').getByText(chartSay("nb", "scope.plan.frontier")).count(),
  ).resolves.toBe(1);
  await page
    .locator('[data-chart="timeline"]')
    .screenshot({ path: path.join(ARTIFACTS, "nb-350-lead-category-timeline.png") });
  await page
    .getByRole("combobox", { name: translate(roleMessages, "nb", "category.label") })
    .selectOption("");
}

/** Screenshots of every chart (each role's section shown in turn) and of the planner's view. */
async function shoot(page: Page, name: string, locale: Locale): Promise<void> {
  for (const { role, section: tab, charts } of chartSections(locale)) {
    await showRole(page, role, tab);
    for (const id of charts) {
      const section = page.locator(`[data-chart="${id}"]`);
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: path.join(ARTIFACTS, `${name}-${id}.png`) });
    }
  }
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}-pane.png`), fullPage: false });
}

describe("charts in the role views in the browser", () => {
  it("draws every chart with the plan's data at 350 px in bokmål, the library loaded on demand", async () => {
    const { page, before, after } = await openCharts("nb-NO", 350, "nb");
    const chartChunk = (url: string) => /react-charts|components_charts/.test(url);
    expect(before.filter(chartChunk)).toEqual([]);
    expect(after.filter(chartChunk).length).toBeGreaterThan(0);
    const frontier = charts.frontier;
    const kraljic = charts.kraljic;
    if (!frontier || !kraljic) throw new Error("the demo plan has no frontier or Kraljic points");

    await showChart(page, "nb", "frontier");
    await expect(marks(page, "frontier", /^Budsjett \(mill\. kr\): /)).resolves.toBe(
      frontier.points.length + 1,
    );
    const chosen = `${formatNumber(frontier.chosen.cost / 1e6, "nb", 1)}. Poengsum: ${formatNumber(frontier.chosen.totalScore, "nb", 1)}.`;
    await expect(page.locator(`[data-chart="frontier"] [aria-label*="${chosen}"]`).count()).resolves.toBe(1);
    const frontierText = (await page.locator('[data-chart="frontier"] p').allTextContents()).join(" ");
    expect(frontier.mode).toBe("rank");
    expect(frontierText.replace(nbsp, " ")).toContain(
      chartSay("nb", "frontier.bestAtCost", {
        cost: formatNumber(frontier.chosen.cost / 1e6, "nb", 1),
        best: formatNumber(frontier.bestAtCost ?? Number.NaN, "nb", 1),
        score: formatNumber(frontier.chosen.totalScore, "nb", 1),
      }).replace(nbsp, " "),
    );

    const categories = kraljic.quadrants.reduce((s, q) => s + q.points.length, 0);
    await expect(marks(page, "kraljic", /\. Risiko: /)).resolves.toBe(categories);

    await showChart(page, "nb", "capacity");
    for (const role of charts.capacity) {
      const weeks = role.weeks.length;
      await expect(marks(page, `capacity-${role.role}`, /^\d{4}-W\d{2}: /)).resolves.toBe(2 * weeks);
      const summary = await page.locator(`[data-chart="capacity-${role.role}"] p`).first().textContent();
      expect(summary?.replace(nbsp, " ")).toContain(
        `${formatNumber(role.totalLoad, "nb", 1)} av ${formatNumber(role.totalCapacity, "nb", 1)}`.replace(
          nbsp,
          " ",
        ),
      );
    }

    const { bars, lateCount } = charts.timeline;
    await expect(marks(page, "timeline", /^BH-\d+: /)).resolves.toBe(bars.length);
    await expect(marks(page, "timeline", /dager for sent$/)).resolves.toBe(lateCount);

    await showChart(page, "nb", "wheel");
    const segments = charts.wheel.segments.length;
    await expect(marks(page, "wheel", /, \d+ dager\.$/)).resolves.toBe(segments);
    const stage =
      charts.wheel.stage === "before"
        ? chartSay("nb", "wheel.before")
        : chartSay("nb", `wheel.stage.${charts.wheel.stage}`);
    await expect(page.locator('[data-chart="wheel"] p').first().textContent()).resolves.toContain(stage);

    // No English text of the chart library reaches a screen reader in bokmål.
    for (const { role, section } of chartSections("nb")) {
      await showRole(page, role, section);
      await expect(englishLabels(page)).resolves.toEqual([]);
    }

    await shoot(page, "nb-350", "nb");
    await leadCategoryCharts(page);

    await showRole(page, "planner", translate(roleMessages, "nb", "section.schedule"));
    const timeline = page.locator('[data-chart="timeline"]');
    await timeline.getByRole("button", { name: "Vis som tabell" }).click();
    const table = timeline.getByRole("table");
    await expect(table.getByRole("row").count()).resolves.toBe(bars.length + 1);
    const graded = bars.find((b) => plan.needs.find((e) => e.id === b.needId)?.redacted);
    if (!graded) throw new Error("the demo plan schedules no security-graded need");
    await expect(table.getByRole("row").filter({ hasText: graded.needId }).textContent()).resolves.toContain(
      "[SKJERMET]",
    );
    await page.context().close();
  }, 300_000);

  it("uses the width at 1280 px, in English", async () => {
    const { page } = await openCharts("en-GB", 1280, "en");
    const width = async (id: string) =>
      (await page.locator(`[data-chart="${id}"] svg`).first().boundingBox())?.width ?? 0;
    await showChart(page, "en", "timeline");
    expect(await width("timeline")).toBeGreaterThan(1000);
    await expect(marks(page, "timeline", /days late$/)).resolves.toBe(charts.timeline.lateCount);
    await showRole(page, "lead", translate(roleMessages, "en", "section.ranking"));
    await page.getByRole("heading", { name: chartSay("en", "frontier.title") }).waitFor();
    expect(await width("frontier")).toBeGreaterThan(450);
    await shoot(page, "en-1280", "en");
    await page.context().close();
  }, 300_000);
});
