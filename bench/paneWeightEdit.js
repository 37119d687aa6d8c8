// The pane benchmark's weight edit (used by pane.bench.js): with the procurement lead's weights
// editor ("Vekter og valg") in the build, a weight is raised and "Bruk vektene" clicked; the times are
// from that click to the moment the pane shows the new ranking and selection (a provisional plan,
// with what the change moved) and to the finished plan (no computation under way). Without the
// editor, the same re-plan is asked of the page's plan worker directly — the PlanComputer's worker
// side, over its comlink protocol — with the demo tenant's lowest criterion weight doubled; the
// time is then from the request to the packed result back in the worker (no rendering), and the
// output says so. The empty page's reference: a click that writes a text.
"use strict";
/* global window, document, MutationObserver, self */
const { generateDemoTenant } = require("../dist/node/demo/demoTenant");
const { DEFAULT_CRITERIA } = require("../dist/node/domain/prioritisation/defaultCriteria");

/** Records, in the page, the first click and when `done()` (and `early()`, if given) first holds after it. */
function watchEdit([doneSource, earlySource]) {
  const done = new Function(`return (${doneSource})();`);
  const early = earlySource ? new Function(`return (${earlySource})();`) : () => false;
  const e = (window.__edit = { t0: null, t1: null, early: null });
  document.addEventListener("click", () => (e.t0 ??= performance.now()), { capture: true, once: true });
  new MutationObserver(() => {
    if (e.t0 !== null && e.early === null && early()) e.early = performance.now();
    if (e.t0 !== null && e.t1 === null && done()) e.t1 = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** True once the pane shows what the edit moved (from the re-plan's ranked event, first edit). */
const PANE_MOVED = `() => [...document.querySelectorAll("h1,h2,h3,h4,h5,h6,[role=heading]")].some((h) =>
  /^(Hva endringen flyttet|What the change moved)$/.test(h.textContent.trim()))`;

/** True while a plan computes (the progress region is shown). */
const PANE_COMPUTING = `() => document.querySelector('[aria-label="Beregning av planen"], [aria-label="Computing the plan"]') !== null`;

/** True while a status line says the provisional plan's new ranking and selection are shown. */
const PANE_PROVISIONAL = `() => [...document.querySelectorAll("[role=status]")].some((s) =>
  /^(Ny rangering og nytt utvalg vises|The new ranking and selection are shown)/.test(s.textContent.trim()))`;

/** True once the pane shows what the edit moved and is no longer planning (the finished plan). */
const PANE_REPLANNED = `() => (${PANE_MOVED})() && !(${PANE_COMPUTING})() && !(${PANE_PROVISIONAL})()`;

/** True once the new ranking and selection are shown: as a provisional plan, or the finished one. */
const PANE_RANKED = `() => (${PANE_MOVED})() && ((${PANE_PROVISIONAL})() || (${PANE_REPLANNED})())`;

/** Weight edit through the lead's editor; undefined when the build has none. */
async function throughEditor(page) {
  const role = page.getByRole("combobox", { name: /^(Rolle|Role)$/ });
  if ((await role.count()) === 0) return undefined;
  await role.selectOption("lead");
  const tab = page.getByRole("tab", { name: "Vekter og valg", exact: true });
  try {
    await tab.waitFor({ timeout: 10_000 });
  } catch {
    return undefined;
  }
  await tab.click();
  const field = page.getByRole("textbox", { name: /^Vekt for .* \(prosent\)$/ }).first();
  await field.waitFor({ timeout: 120_000 });
  const typed = Number(String(await field.inputValue()).replace(",", ".")) || 10;
  await field.fill(String(Math.round(typed + 15)));
  await page.evaluate(watchEdit, [PANE_REPLANNED, PANE_RANKED]);
  await page.getByRole("button", { name: "Bruk vektene" }).click();
  await page.waitForFunction(() => window.__edit.t1 !== null, null, { timeout: 180_000, polling: 50 });
  return page.evaluate(() => ({
    ms: window.__edit.t1 - window.__edit.t0,
    early: (window.__edit.early ?? window.__edit.t1) - window.__edit.t0,
  }));
}

/** The demo input with the lowest criterion weight doubled (weights scaled to sum to 100 % again). */
function reweightedDemo() {
  const input = generateDemoTenant();
  const lowest = [...DEFAULT_CRITERIA].sort((a, b) => a.weight - b.weight)[0];
  const raised = DEFAULT_CRITERIA.map((c) => (c.id === lowest.id ? { ...c, weight: c.weight * 2 } : c));
  const sum = raised.reduce((n, c) => n + c.weight, 0);
  const criteria = raised.map((c) => ({ ...c, weight: (c.weight * 100) / sum }));
  return {
    ...input,
    config: { ...input.config, prioritisation: { ...input.config.prioritisation, criteria } },
  };
}

/** Re-plan with changed weights asked of the page's plan worker (comlink's wire format, APPLY). */
async function throughWorker(page) {
  const worker = page.workers()[0];
  if (!worker) throw new Error("the pane started no plan worker");
  const request = {
    value: { input: reweightedDemo(), options: { includeSecurityGraded: false } },
    nullPrototypes: [],
  };
  return worker.evaluate(
    (req) =>
      new Promise((resolve, reject) => {
        const id = `bench-${Math.random()}`;
        const post = self.postMessage.bind(self);
        const t0 = performance.now();
        self.postMessage = (message, transfer) => {
          if (!message || message.id !== id) return post(message, transfer);
          self.postMessage = post;
          const ranked = message.value?.value?.prioritisation?.result?.ranking?.length ?? 0;
          if (message.type === "HANDLER") reject(new Error(JSON.stringify(message.value)));
          else if (ranked === 0) reject(new Error("the re-plan with changed weights ranked nothing"));
          else resolve(performance.now() - t0);
          return undefined;
        };
        const argumentList = [{ type: "RAW", value: req }];
        self.dispatchEvent(
          new MessageEvent("message", { data: { id, type: "APPLY", path: ["compute"], argumentList } }),
        );
      }),
    request,
  );
}

/** The pane's weight edit: through the editor when the build has it, else through the worker. */
async function weightEditInPane(page) {
  const viaEditor = await throughEditor(page);
  if (viaEditor !== undefined)
    return {
      ...viaEditor,
      how: "through the lead's weights editor (click → new ranking and what moved shown; click → finished plan)",
    };
  const ms = await throughWorker(page);
  return {
    ms,
    early: NaN,
    how: "through the plan worker's PlanComputer protocol (no weights editor in this build; compute only, no rendering)",
  };
}

/** The empty page's reference: a click on its button until its text changes. */
async function weightEditReference(page) {
  await page.fill("#weight", "35");
  await page.evaluate(watchEdit, [`() => document.getElementById("out").textContent === "Vekt 35"`]);
  await page.click("#apply");
  await page.waitForFunction(() => window.__edit.t1 !== null, null, { timeout: 10_000, polling: 50 });
  return page.evaluate(() => window.__edit.t1 - window.__edit.t0);
}

module.exports = { weightEditInPane, weightEditReference };
