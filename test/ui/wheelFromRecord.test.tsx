/**
 * @jest-environment jsdom
 */
// The coordinator's wheel chart draws the plan-year record's wheel, not the seed's: the pane (App in
// jsdom) reads a record whose dates differ from the seed's through the plan-year section, and the
// chart's summary names today's stage by the record's dates and its table lists the record's
// dates; without a record it is the seed's wheel of the plan year.
import { act } from "react";
import { App } from "../../src/taskpane/components/App";
import { createPlanStore } from "../../src/taskpane/planStore";
import { memoryPanePreferences } from "../../src/application/pane/panePreferences";
import type { LoadedPlan } from "../../src/application/pane/planSource";
import type { PlanYearSite } from "../../src/application/planYear/planYearWorkspace";
import { serialisePlanYearRecord } from "../../src/application/planYear/planYearFile";
import { runPlan } from "../../src/application/runPlan";
import { todayInOslo } from "../../src/application/sharepoint/zonedDates";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { defaultWheel, wheelStage } from "../../src/domain/planYear/planYearDefaults";
import type { WheelDates } from "../../src/domain/planYear/planYearTypes";
import { addDays } from "../../src/domain/time/isoDate";
import { chartSay } from "../../src/i18n/chartMessages";
import { formatDate } from "../../src/i18n/locale";
import { nodePlanYearValidator } from "../../src/adapters/node/jsonSchemas";
import { MemoryPlanYearStore, testDeps, testRecord } from "../builders/memoryPlanYearStore";
import { mountPerTest } from "../support/reactMount";

// jsdom has no ResizeObserver (the chart frame follows its width; in jsdom it stays 0, so the
// frame shows its summary and table without drawing the picture).
window.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const connection = {
  graphBaseUrl: "https://graph.example/v1.0",
  siteUrl: "https://politiet.example/sites/anskaffelser",
  intakeList: "Innmelding",
  kavList: "",
  peopleList: "",
};
const today = todayInOslo();
let loaded: LoadedPlan;

beforeAll(async () => {
  const input = generateDemoTenant();
  loaded = { input, result: await runPlan(input, { includeSecurityGraded: false }), from: connection };
}, 120_000);
const mount = mountPerTest();

/** A wheel around today whose stage today is "compilation" (the seed's would be another). */
function movedWheel(): WheelDates {
  return {
    preparation: addDays(today, -120),
    localSubmission: addDays(today, -60),
    centralAnalysis: addDays(today, -10),
    compilation: addDays(today, -2),
    approval: addDays(today, 5),
    publication: addDays(today, 20),
    revisions: [addDays(today, 100), addDays(today, 190)],
  };
}

function siteWith(store: MemoryPlanYearStore): PlanYearSite {
  return {
    deps: testDeps(store, `${today}T09:00:00.000Z`),
    who: async () => "koordinator@politiet.no",
    publishPorts: async () => {
      throw new Error("not used");
    },
    healthCheck: async () => ({ findings: [], healthy: true }),
    realTenant: false,
  };
}

/** Lets lazy chunks, the plan's promise and the record's reading settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 8; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** Opens the coordinator's plan-year tab over `store`; returns the wheel chart's section. */
async function wheelChart(store: MemoryPlanYearStore): Promise<Element> {
  const site = siteWith(store);
  await act(async () => {
    mount.root.render(
      <App
        host="none"
        locale="nb"
        source={{ load: async () => loaded }}
        store={createPlanStore()}
        preferences={memoryPanePreferences()}
        planYear={{ siteFor: async () => site }}
      />,
    );
  });
  await settle();
  const tab = [...mount.container.querySelectorAll("[role=tab]")].find((t) =>
    t.textContent?.includes("Planår"),
  );
  if (!(tab instanceof HTMLElement)) throw new Error("no plan-year tab");
  await act(async () => tab.click());
  await settle();
  const chart = mount.container.querySelector('[data-chart="wheel"]');
  if (!chart) throw new Error("no wheel chart");
  return chart;
}

/** The chart's table rows (shown with its toggle). */
async function tableRows(chart: Element): Promise<string[]> {
  const toggle = [...chart.querySelectorAll("button")].find((b) => b.textContent === "Vis som tabell");
  await act(async () => toggle?.click());
  return [...chart.querySelectorAll("tbody tr")].map((row) => row.textContent ?? "");
}

const stageName = (wheel: WheelDates) => {
  const stage = wheelStage(wheel, today);
  return stage === "before" ? chartSay("nb", "wheel.before") : chartSay("nb", `wheel.stage.${stage}`);
};

describe("the wheel chart in the coordinator's plan-year section", () => {
  it("draws the record's dates and today's stage by them, not the seed's", async () => {
    const year = loaded.result.planYear;
    const wheel = movedWheel();
    expect(wheelStage(wheel, today)).toBe("compilation");
    expect(wheelStage(defaultWheel(year), today)).not.toBe("compilation");
    const store = new MemoryPlanYearStore();
    const record = { ...testRecord(year), wheel };
    const content = serialisePlanYearRecord(
      record,
      store.location(year, "plan-year.json"),
      nodePlanYearValidator(),
    );
    store.records.set(year, { content, etag: '"etag-0"' });

    const chart = await wheelChart(store);
    expect(chart.querySelector("p")?.textContent).toBe(
      chartSay("nb", "wheel.summary", { date: formatDate(today, "nb"), stage: stageName(wheel) }),
    );
    const rows = await tableRows(chart);
    expect(rows[0]).toContain(formatDate(wheel.preparation, "nb"));
    expect(rows.find((r) => r.includes(chartSay("nb", "wheel.today")))).toContain(
      formatDate(wheel.compilation, "nb"),
    );
  }, 120_000);

  it("draws the seed's wheel of the plan year when the site has no record", async () => {
    const year = loaded.result.planYear;
    const chart = await wheelChart(new MemoryPlanYearStore());
    expect(chart.querySelector("p")?.textContent).toBe(
      chartSay("nb", "wheel.summary", {
        date: formatDate(today, "nb"),
        stage: stageName(defaultWheel(year)),
      }),
    );
    const rows = await tableRows(chart);
    expect(rows[0]).toContain(formatDate(defaultWheel(year).preparation, "nb"));
  }, 120_000);
});
