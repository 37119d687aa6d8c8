/**
 * @jest-environment jsdom
 */
// The pane's role views rendered into jsdom with React's act: the host picks the first view, the
// role switch shows another view (lazily loaded) and remembers the choice, the lead's category
// narrows the ranking and is remembered; and the SharePoint panel's task reducer.
import { act } from "react";
import { App } from "../../src/taskpane/components/App";
import { createPlanStore } from "../../src/taskpane/planStore";
import { memoryPanePreferences, type PanePreferences } from "../../src/application/pane/panePreferences";
import { categoryChoices } from "../../src/application/pane/categoryPlan";
import type { LoadedPlan, PlanSource } from "../../src/application/pane/planSource";
import { runPlan } from "../../src/application/runPlan";
import { createHighsSolver } from "../../src/adapters/solver/highsSolver";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { taskReducer } from "../../src/taskpane/components/SharePointPanel/usePanelTask";
import { createRoot } from "react-dom/client";
import { mountPerTest } from "../support/reactMount";

// jsdom has no ResizeObserver; Fluent's MessageBar (in the Project pane) observes its width.
window.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

let loaded: LoadedPlan;

beforeAll(async () => {
  const input = generateDemoTenant();
  loaded = {
    input,
    result: await runPlan(input, { includeSecurityGraded: false, solver: await createHighsSolver() }),
  };
}, 120_000);
const mount = mountPerTest();

const source: PlanSource = { load: async () => loaded };

/** Lets lazy chunks and the plan's promise settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function renderApp(host: "excel" | "project" | "none", preferences: PanePreferences): Promise<void> {
  await act(async () => {
    mount.root.render(
      <App host={host} locale="nb" source={source} store={createPlanStore()} preferences={preferences} />,
    );
  });
  await settle();
}

const visibleTabs = () =>
  [
    ...mount.container.querySelectorAll(
      'section:not([hidden]) [role=tablist][aria-label$="visning"] [role=tab]',
    ),
  ].map(
    // Fluent's Tab repeats its label in a hidden span that reserves the bold width.
    (tab) => tab.querySelector(".fui-Tab__content")?.textContent,
  );
const roleSelect = () => mount.container.querySelector<HTMLSelectElement>('select[name="role"]');

async function choose(select: HTMLSelectElement | null, value: string): Promise<void> {
  if (!select) throw new Error("no select");
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")?.set;
    setter?.call(select, value);
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
}

describe("role views", () => {
  it("opens the host's view: the coordinator's in the browser, the planner's in Project", async () => {
    await renderApp("none", memoryPanePreferences());
    expect(roleSelect()?.value).toBe("coordinator");
    expect(visibleTabs()).toEqual(["Behov"]);
    expect(mount.container.querySelector('[role=table][aria-label="Behov"]')).not.toBeNull();
    expect(mount.container.querySelector('[aria-label="Behov"]')).not.toBeNull();
    act(() => mount.root.unmount());
    mount.root = createRoot(mount.container);
    await renderApp("project", memoryPanePreferences());
    expect(roleSelect()?.value).toBe("planner");
    expect(visibleTabs()).toEqual(["Project og filer", "Tidsplan", "Forsinket"]);
  });

  it("switches role, keeps the earlier view mounted but hidden, and remembers the role", async () => {
    const preferences = memoryPanePreferences();
    await renderApp("none", preferences);
    await choose(roleSelect(), "lead");
    expect(preferences.role()).toBe("lead");
    expect(visibleTabs()).toEqual(["Prioritering", "Poeng", "Vekter og valg"]);
    const coordinator = mount.container.querySelector('section[aria-label="Koordinatorens visning"]');
    expect(coordinator?.hasAttribute("hidden")).toBe(true);
    // Its needs table is not kept: only sections holding work in progress stay mounted while hidden.
    expect(mount.container.querySelector('[role=table][aria-label="Behov"]')).toBeNull();
    act(() => mount.root.unmount());
    mount.root = createRoot(mount.container);
    await renderApp("none", preferences);
    expect(roleSelect()?.value).toBe("lead");
  });

  it("narrows the lead's ranking to the category chosen and remembers it", async () => {
    const preferences = memoryPanePreferences();
    preferences.setRole("lead");
    await renderApp("none", preferences);
    // The ranking is a Fluent table of div rows (role="row"), the first one its header.
    const rows = () =>
      mount.container.querySelectorAll('[role="table"][aria-label="Prioritering"] [role="row"]').length - 1;
    const ranked = loaded.result.prioritisation?.result?.ranking.filter((r) => r.rank > 0).length ?? 0;
    expect(rows()).toBe(ranked);
    const [choice] = categoryChoices(loaded.result, loaded.input.config.mainCategories);
    if (!choice) throw new Error("no category");
    await choose(mount.container.querySelector<HTMLSelectElement>('select[name="category"]'), choice.id);
    expect(rows()).toBe(choice.ranked);
    expect(rows()).toBeLessThan(ranked);
    expect(preferences.category()).toBe(choice.id);
  });
});

describe("SharePoint panel task reducer", () => {
  it("clears the last message on a new action, keeps it after, and tracks progress only while busy", () => {
    const failed = taskReducer({ busy: { label: "x" } }, { type: "failed", error: "boom" });
    const done = taskReducer(failed, { type: "finished" });
    expect(done).toEqual({ error: "boom" });
    expect(taskReducer(done, { type: "started", busy: { label: "y" } })).toEqual({ busy: { label: "y" } });
    const progress = { phase: "write", done: 1, total: 2 } as const;
    expect(taskReducer({}, { type: "progress", progress })).toEqual({});
    expect(taskReducer({ busy: { label: "y" } }, { type: "progress", progress }).busy?.progress).toEqual(
      progress,
    );
  });
});
