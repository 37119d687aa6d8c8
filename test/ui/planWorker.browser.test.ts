/**
 * Browser test of the plan worker in the pane (dev server, HTTPS, Debian's headless Chromium at
 * 350 × 800 px, the demo tenant): while the plan computes in the worker, the needs list is already
 * there with the computation's progress, the page answers a search typed in the needs list, and
 * Cancel stops the computation; a reload then computes the whole plan, and the page itself never
 * fetched HiGHS (its wasm and loader are the worker's). No timing is asserted: the order of what
 * the page shows is.
 */
import type { Page } from "playwright-core";
import { startTaskpaneBrowser, type TaskpaneBrowser } from "../support/taskpaneBrowser";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { runPlan } from "../../src/application/runPlan";
import { COMPUTE_MESSAGES } from "../../src/i18n/computeMessages";
import { formatNumber, translate } from "../../src/i18n/locale";
import { uiMessages } from "../../src/i18n/uiMessages";
import { filterNeeds } from "../../src/taskpane/needsFilter";
import type { PlanNeedEntry } from "../../src/application/planResult";

const VIEWPORT = { width: 350, height: 800 } as const;
/** Waiting allowance for the first page load (the dev server compiles; two cores shared). */
const LOADED = 180_000;
const say = (key: string, params?: Readonly<Record<string, string | number>>) =>
  translate(uiMessages, "nb", key, params);
const compute = (key: string) => translate(COMPUTE_MESSAGES, "nb", key);

let pane: TaskpaneBrowser | undefined;
let needs: readonly PlanNeedEntry[];
let received: number;

beforeAll(async () => {
  // The intake's needs as the pane shows them before the ranking (no solver: no prioritisation).
  const intake = await runPlan(generateDemoTenant(), { includeSecurityGraded: false });
  needs = intake.needs;
  received = intake.counts.received;
  pane = await startTaskpaneBrowser();
}, 240_000);

afterAll(async () => {
  await pane?.stop();
});

/** The "showing X of Y" line for `shown` needs. */
const shownText = (shown: number) =>
  say("shown", { shown: formatNumber(shown, "nb"), total: formatNumber(received, "nb") }).replace(
    /[\u00a0\u202f]/g,
    " ",
  );

async function statusTexts(page: Page): Promise<string[]> {
  const texts = await page.getByRole("status").allTextContents();
  return texts.map((t) => t.replace(/[\u00a0\u202f]/g, " "));
}

describe("the plan worker in the pane", () => {
  it("shows the needs while the plan computes, answers the page meanwhile, and cancels", async () => {
    if (!pane) throw new Error("task pane not started");
    const { page } = await pane.open("nb-NO", { viewport: VIEWPORT });
    const progress = page.getByRole("region", { name: compute("compute.label") });
    const table = page.getByRole("table", { name: say("table.label") });
    // The needs (from the intake) and the computation's progress are on the page together.
    await table.waitFor({ timeout: LOADED });
    await expect(progress.isVisible()).resolves.toBe(true);
    await expect(statusTexts(page)).resolves.toContain(shownText(received));

    // The page answers while the worker computes: a search filters the needs list.
    const rows = await table.getByRole("row").allTextContents();
    const id = /^[A-ZÆØÅ]+-\d+/.exec(rows[1] ?? "")?.[0];
    if (!id) throw new Error(`no need id in the first row: ${rows[1]}`);
    await page.getByRole("searchbox", { name: say("search.label") }).fill(id);
    const matches = filterNeeds(needs, { status: "all", text: id }, "nb").length;
    await page.getByText(shownText(matches)).waitFor();
    await expect(progress.isVisible()).resolves.toBe(true);

    // Cancel stops it: the pane says so and shows no plan.
    await progress.getByRole("button", { name: compute("compute.cancel") }).click();
    await page.getByText(compute("compute.cancelled"), { exact: false }).waitFor();
    await expect(progress.count()).resolves.toBe(0);
  }, 360_000);

  it("computes the whole plan in the worker: the page never fetches HiGHS itself", async () => {
    if (!pane) throw new Error("task pane not started");
    const { page } = await pane.open("nb-NO", { viewport: VIEWPORT });
    const progress = page.getByRole("region", { name: compute("compute.label") });
    await page.getByRole("table", { name: say("table.label") }).waitFor({ timeout: LOADED });
    await progress.waitFor({ state: "detached", timeout: 300_000 });
    await expect(page.getByText(say("loadFailed", { reason: "" }).trim()).count()).resolves.toBe(0);
    // Each realm lists what it fetched itself (resource timing): HiGHS is the worker's alone.
    const fetched = () => performance.getEntriesByType("resource").map((e) => e.name);
    const worker = page.workers()[0];
    if (!worker) throw new Error("the pane started no worker");
    expect((await page.evaluate(fetched)).filter((url) => /highs|\.wasm/.test(url))).toEqual([]);
    expect((await worker.evaluate(fetched)).some((url) => url.endsWith(".wasm"))).toBe(true);
  }, 360_000);
});
