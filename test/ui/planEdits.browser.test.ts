/**
 * Browser test of the pane's edits ("Vekter og valg") on the demo tenant at 350 px, in headless
 * Chromium: a weight is changed and the ranking changes as the shared use case says it must; a need
 * is forced in (the reason is required) and the pane says it came in and which needs went out, as
 * the same use case computes; a reload plans with the edits kept in the browser's plan-year record.
 * An edit's new ranking shows as a provisional plan before the finished one (the test holds the
 * worker's finished result back): the frontier says it is still computed; a second edit made
 * meanwhile supersedes the first, and Cancel gives the last finished plan back.
 */
import type { Page, Worker } from "playwright-core";
import { describeFindings, seriousViolations, type AxeFinding } from "../support/axe";
import {
  showRole,
  startTaskpaneBrowser,
  waitForPlan,
  type TaskpaneBrowser,
} from "../support/taskpaneBrowser";
import { COMPUTE_MESSAGES } from "../../src/i18n/computeMessages";
import { translate } from "../../src/i18n/locale";
import { normaliseWeights, planChange } from "../../src/application/planYear/paneEdits";
import type { PlanResult } from "../../src/application/planResult";
import { runPlan } from "../../src/application/runPlan";
import { createHighsSolver } from "../../src/adapters/solver/highsSolver";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { applyPlanEdits, type EditOverlay } from "../../src/domain/planYear/planEdits";
import type { ForceDecision } from "../../src/domain/prioritisation/prioritisationTypes";

const SCREENSHOTS = "/tmp/taskpane-edits";
const demo = generateDemoTenant();
/** The weight typed into the pane: the least-weighted criterion raised to 40 %. */
const RAISED = 40;

let pane: TaskpaneBrowser | undefined;
let before: PlanResult;
let weighted: PlanResult;
let forcedPlan: PlanResult;
let raised: { id: string; name: string };
let forced: ForceDecision;

const overlay = (weights: Record<string, number>, force: ForceDecision[]): EditOverlay => ({
  weights,
  scores: {},
  forced: new Map(force.map((f) => [f.needId, f])),
  notes: {},
  feedback: {},
});

beforeAll(async () => {
  const solver = await createHighsSolver();
  const plan = (o: EditOverlay) =>
    runPlan(applyPlanEdits(demo, o), { includeSecurityGraded: false, solver, frontier: false });
  before = await plan(overlay({}, []));
  const criteria = before.prioritisation?.result?.criteria ?? [];
  const least = [...criteria].sort((a, b) => a.weight - b.weight)[0];
  if (!least) throw new Error("the demo tenant has no criteria");
  raised = { id: least.id, name: least.nameNb };
  const typed = new Map(criteria.map((c) => [c.id, c.id === least.id ? RAISED : c.weight]));
  const weights = Object.fromEntries(normaliseWeights(typed));
  weighted = await plan(overlay(weights, []));
  const out = weighted.prioritisation?.result?.ranking.find(
    (r) => !r.selected && r.rank > 0 && (r.reason === "budget" || r.reason === "capacity"),
  );
  if (!out) throw new Error("the demo tenant has no need left out for budget or capacity");
  forced = { needId: out.needId, direction: "in", reason: "legal-obligation" };
  forcedPlan = await plan(overlay(weights, [forced]));
  pane = await startTaskpaneBrowser();
}, 240_000);

afterAll(async () => {
  await pane?.stop();
});

/** The ranked need ids in rank order, as the edits tab's need list shows them. */
const rankedIds = (plan: PlanResult) =>
  (plan.prioritisation?.result?.ranking ?? []).filter((r) => r.rank > 0).map((r) => r.needId);

async function shownRanking(page: Page): Promise<string[]> {
  const options = await page
    .getByRole("combobox", { name: "Behov", exact: true })
    .locator("option")
    .allTextContents();
  return options.slice(1).map((text) => text.split(" ")[1] ?? "");
}

/** The procurement lead's view, section "Vekter og valg". */
async function openEdits(page: Page): Promise<void> {
  await showRole(page, "lead", "Vekter og valg");
  await page.getByRole("heading", { name: "Vekter", exact: true }).waitFor({ timeout: 180_000 });
}

/** Waits until the pane shows an edit's new ranking (a provisional plan, or the finished one). */
async function rankedShown(page: Page): Promise<void> {
  await page.getByText("Lagrer og lager planen på nytt …").waitFor({ state: "detached", timeout: 120_000 });
  await page.getByRole("heading", { name: "Hva endringen flyttet" }).waitFor({ timeout: 120_000 });
}

/** Waits until the pane has made the plan again after an edit (the computation has ended). */
async function replanned(page: Page): Promise<void> {
  await rankedShown(page);
  await waitForPlan(page, 120_000);
}

/**
 * In the page's plan worker: holds back the finished plan (comlink's reply carrying a plan result)
 * until `release`, so the test sees what the pane shows before it. A worker the pane terminates
 * (an edit superseded, Cancel) takes what it held with it.
 */
async function holdFinishedPlans(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = self as unknown as {
      postMessage: (message: unknown, transfer?: Transferable[]) => void;
      held: [unknown, Transferable[] | undefined][];
    };
    const post = scope.postMessage.bind(scope);
    scope.held = [];
    scope.postMessage = (message, transfer) => {
      const reply = message as { value?: { value?: { schemaVersion?: number } } } | null;
      if (reply?.value?.value?.schemaVersion === 1) scope.held.push([message, transfer]);
      else post(message, transfer);
    };
  });
}

/** Waits in the worker until it holds a finished plan back (it answers once its computation is done). */
const heldPlan = (worker: Worker) =>
  worker.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const { held } = self as unknown as { held: unknown[] };
        const check = () => (held.length > 0 ? resolve(held.length) : setTimeout(check, 50));
        check();
      }),
  );

/** Waits until the pane shows an edit's provisional plan (its new ranking; the rest computes). */
async function provisionalShown(page: Page): Promise<void> {
  await page.getByText("Ny rangering og nytt utvalg vises.", { exact: false }).waitFor({ timeout: 120_000 });
}

/** The page's plan worker (the newest: a superseded or cancelled one is replaced). */
function planWorker(page: Page): Worker {
  const worker = page.workers().at(-1);
  if (!worker) throw new Error("the pane has no plan worker");
  return worker;
}

describe("edits in the pane", () => {
  it("changes a weight, forces a need in with a reason, and keeps both over a reload (350 px)", async () => {
    if (!pane) throw new Error("task pane not started");
    const { page } = await pane.open("nb-NO");
    await page.setViewportSize({ width: 350, height: 800 });
    // The plan is made on the page's main thread today: an action may wait for a whole re-plan.
    page.setDefaultTimeout(120_000);
    await openEdits(page);
    expect(await shownRanking(page)).toEqual(rankedIds(before));

    // A weight: the least-weighted criterion raised; the sum and the scaled weights are shown.
    const field = page.getByRole("textbox", { name: `Vekt for ${raised.name} (prosent)` });
    await field.fill(String(RAISED));
    await page.getByText(/Summen er [\d,]+ %; vektene skaleres til 100 %/).waitFor();
    await page.getByRole("button", { name: "Bruk vektene" }).click();
    await replanned(page);
    expect(rankedIds(weighted)).not.toEqual(rankedIds(before));
    expect(await shownRanking(page)).toEqual(rankedIds(weighted));
    await page.screenshot({ path: `${SCREENSHOTS}-weights.png`, fullPage: true });
    const findings: AxeFinding[] = [...(await seriousViolations(page, "350 px: Vekter og valg"))];

    // The pairwise dialog: circular judgements give CR > 0,10, and the weights cannot be applied.
    await page.getByRole("button", { name: "Parvis sammenligning …" }).click();
    const pairwise = page.getByRole("dialog", { name: "Parvis sammenligning" });
    await pairwise.getByText(/Konsistensforhold \(CR\): [\d,]+/).waitFor();
    findings.push(...(await seriousViolations(page, "350 px: Parvis sammenligning")));
    const pairs = pairwise.getByRole("combobox");
    const n = before.prioritisation?.result?.criteria.length ?? 0;
    await expect(pairs.count()).resolves.toBe((n * (n - 1)) / 2);
    await pairs.nth(0).selectOption("9"); // 1st over 2nd
    await pairs.nth(n - 1).selectOption("9"); // 2nd over 3rd (pairs of the 1st come first)
    await pairs.nth(1).selectOption("1/9"); // 3rd over 1st
    await pairwise.getByText(/henger ikke sammen \(CR [\d,]+ > 0,10\)/).waitFor();
    await expect(pairwise.getByRole("button", { name: "Bruk disse vektene" }).isDisabled()).resolves.toBe(
      true,
    );
    await page.screenshot({ path: `${SCREENSHOTS}-pairwise.png`, fullPage: false });
    await page.keyboard.press("Escape");
    await pairwise.waitFor({ state: "detached" });

    // The ranking view shows the new order.
    await page.getByRole("tab", { name: "Prioritering", exact: true }).click();
    const first = rankedIds(weighted)[0] ?? "";
    const ranking = page.getByRole("table", { name: "Prioritering" });
    await expect(ranking.getByRole("row").nth(1).textContent()).resolves.toContain(first);

    // Force a need in: the reason is required.
    await page.getByRole("tab", { name: "Vekter og valg", exact: true }).click();
    await page.getByRole("combobox", { name: "Behov", exact: true }).selectOption(forced.needId);
    await page.getByRole("button", { name: "Endre behovet …" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("radio", { name: "Tving inn" }).check();
    await dialog.getByRole("button", { name: "Lagre og lag planen på nytt" }).click();
    await dialog.getByText("Velg en grunn for å tvinge behovet inn eller ut.").waitFor();
    findings.push(...(await seriousViolations(page, "350 px: Endre et behov")));
    await dialog.getByRole("combobox", { name: /Grunn/ }).selectOption("legal-obligation");
    await dialog.getByRole("button", { name: "Lagre og lag planen på nytt" }).click();
    await replanned(page);
    const change = planChange(weighted, forcedPlan);
    expect(change.cameIn.map((n) => n.needId)).toContain(forced.needId);
    const cameIn = page.getByRole("list", { name: /^Kom med/ });
    await expect(cameIn.getByRole("listitem").allTextContents()).resolves.toHaveLength(change.cameIn.length);
    const forcedWhy = change.cameIn.find((n) => n.needId === forced.needId)?.why?.nb ?? "";
    expect(forcedWhy).toMatch(/^Tvunget inn: lovpålagt/);
    await expect(
      cameIn.getByRole("listitem").filter({ hasText: forced.needId }).textContent(),
    ).resolves.toContain(forcedWhy);
    const wentOut = change.wentOut.map((n) => n.needId);
    if (wentOut.length > 0) {
      const list = await page
        .getByRole("list", { name: /^Gikk ut/ })
        .getByRole("listitem")
        .allTextContents();
      expect(list.map((text) => text.split(" ")[0])).toEqual(wentOut);
    }
    await page.screenshot({ path: `${SCREENSHOTS}-forced.png`, fullPage: true });
    expect(describeFindings(findings)).toBe("");

    // A reload plans with the edits kept in this browser.
    await page.reload();
    await openEdits(page);
    expect(await shownRanking(page)).toEqual(rankedIds(forcedPlan));
    await expect(
      page.getByRole("textbox", { name: `Vekt for ${raised.name} (prosent)` }).inputValue(),
    ).resolves.not.toBe(
      String(before.prioritisation?.result?.criteria.find((c) => c.id === raised.id)?.weight),
    );
    await page.getByRole("tab", { name: "Prioritering", exact: true }).click();
    const row = page
      .getByRole("table", { name: "Prioritering" })
      .getByRole("row")
      .filter({ hasText: forced.needId });
    await expect(row.first().textContent()).resolves.toContain("tvunget inn");
    await page.context().close();
  }, 600_000);
});

describe("provisional plans of edits", () => {
  const compute = (key: string) => translate(COMPUTE_MESSAGES, "nb", key);
  it("shows an edit's new ranking before the finished plan; a second edit meanwhile wins; Cancel gives the finished plan back", async () => {
    if (!pane) throw new Error("task pane not started");
    const { page } = await pane.open("nb-NO");
    await page.setViewportSize({ width: 350, height: 800 });
    page.setDefaultTimeout(120_000);
    await openEdits(page);
    await waitForPlan(page);
    const progress = page.getByRole("region", { name: compute("compute.label") });

    // A weight: the new ranking shows while the finished plan is held back in the worker.
    const first = planWorker(page);
    await holdFinishedPlans(first);
    await page.getByRole("textbox", { name: `Vekt for ${raised.name} (prosent)` }).fill(String(RAISED));
    await page.getByRole("button", { name: "Bruk vektene" }).click();
    await provisionalShown(page);
    expect(await shownRanking(page)).toEqual(rankedIds(weighted));
    // the schedule follows the ranking; then only the frontier is computed (and held back)
    await progress.locator('[aria-current="step"]', { hasText: compute("compute.phase.frontier") }).waitFor();
    await expect(heldPlan(first)).resolves.toBe(1);
    await expect(progress.isVisible()).resolves.toBe(true);
    await page.getByRole("tab", { name: "Prioritering", exact: true }).click();
    await page.getByText(compute("compute.pending.frontier")).first().waitFor();
    const table = page.getByRole("table", { name: "Prioritering" });
    await expect(table.getByRole("row").nth(1).textContent()).resolves.toContain(
      rankedIds(weighted)[0] ?? "",
    );
    await page.screenshot({ path: `${SCREENSHOTS}-provisional.png`, fullPage: true });

    // A second edit while the first computes: forced in. It supersedes the first, which never shows.
    await page.getByRole("tab", { name: "Vekter og valg", exact: true }).click();
    await page.getByRole("combobox", { name: "Behov", exact: true }).selectOption(forced.needId);
    await page.getByRole("button", { name: "Endre behovet …" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("radio", { name: "Tving inn" }).check();
    await dialog.getByRole("combobox", { name: /Grunn/ }).selectOption("legal-obligation");
    await dialog.getByRole("button", { name: "Lagre og lag planen på nytt" }).click();
    await replanned(page);
    expect(await shownRanking(page)).toEqual(rankedIds(forcedPlan));
    const cameIn = page.getByRole("list", { name: /^Kom med/ });
    await cameIn.getByRole("listitem").filter({ hasText: forced.needId }).waitFor();
    await expect(page.getByText(compute("compute.cancelled"), { exact: false }).count()).resolves.toBe(0);
    expect(planWorker(page)).not.toBe(first);

    // Cancel while an edit's provisional plan shows: the last finished plan comes back.
    const third = planWorker(page);
    await holdFinishedPlans(third);
    await page.getByRole("button", { name: "Tilbakestill" }).click();
    await page.getByRole("textbox", { name: `Vekt for ${raised.name} (prosent)` }).fill("5");
    await page.getByRole("button", { name: "Bruk vektene" }).click();
    await provisionalShown(page);
    await expect(heldPlan(third)).resolves.toBe(1);
    expect(await shownRanking(page)).not.toEqual(rankedIds(forcedPlan));
    await progress.getByRole("button", { name: compute("compute.cancel") }).click();
    await page.getByText(compute("compute.cancelled"), { exact: false }).waitFor();
    await waitForPlan(page);
    expect(await shownRanking(page)).toEqual(rankedIds(forcedPlan));
    await page.context().close();
  }, 600_000);
});
