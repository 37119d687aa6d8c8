/**
 * @jest-environment jsdom
 */
// The Project pane's re-plan in a DOM: after "Les fremdrift", "Planlegg på nytt med fremdriften"
// hands the progress read to the re-plan and shows what moved; before any progress it is disabled.
import * as React from "react";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ProjectPane, type ReplanOutcome } from "../../src/taskpane/components/ProjectPane";
import { buildProjectPlan } from "../../src/domain/projectPlan/buildProjectPlan";
import { projectPlanLabels } from "../../src/i18n/projectMessages";
import type { ProgressRecord } from "../../src/domain/projectPlan/taskSync";
import { everyKindOfNeedPlan } from "../builders/projectPlanFixtures";
import { FakeProject } from "../builders/fakeProjectTaskPort";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar only needs it to exist.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const plan = buildProjectPlan(everyKindOfNeedPlan(), {
  redaction: { includeSecurityGraded: false },
  labels: projectPlanLabels("nb", 2027),
});

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function buttonNamed(label: string): HTMLButtonElement {
  const button = [...container.querySelectorAll("button")].find((b) => b.textContent === label);
  if (!button) throw new Error(`no button ${label}`);
  return button;
}

async function settle(until: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !until(); i += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

describe("ProjectPane re-plan", () => {
  it("re-plans with the progress read from Project and says what moved", async () => {
    const project = new FakeProject();
    const phase = plan.tasks.find((t) => t.kind === "phase");
    if (!phase) throw new Error("the fixture plan has no phase task");
    for (const t of plan.tasks)
      project.addPlanTask(
        t,
        t.key === phase.key
          ? { percentComplete: 100, actualStart: "2027-01-18", actualFinish: "2027-02-26" }
          : { percentComplete: 0 },
      );
    const received: (readonly ProgressRecord[])[] = [];
    const onReplan = async (progress: readonly ProgressRecord[]): Promise<ReplanOutcome> => {
      received.push(progress);
      return { asOf: "2027-03-01", moved: 3, newlyLate: 1, unchanged: 40 };
    };
    act(() =>
      root.render(
        <FluentProvider theme={webLightTheme}>
          <ProjectPane locale="nb" plan={plan} port={project} onReplan={onReplan} />
        </FluentProvider>,
      ),
    );
    expect(buttonNamed("Planlegg på nytt med fremdriften").disabled).toBe(true);

    await act(async () => buttonNamed("Les fremdrift").click());
    await settle(() => !buttonNamed("Planlegg på nytt med fremdriften").disabled);
    expect(buttonNamed("Planlegg på nytt med fremdriften").disabled).toBe(false);
    expect(container.textContent).toContain("Datoformatet Project bruker her: dd.mm.yyyy hh:mm.");

    await act(async () => buttonNamed("Planlegg på nytt med fremdriften").click());
    await settle(() => (container.textContent ?? "").includes("Ny plan per"));
    expect(received).toHaveLength(1);
    expect(received[0]?.find((r) => r.key === phase.key)).toMatchObject({
      percentComplete: 100,
      actualFinish: "2027-02-26",
    });
    expect(container.textContent).toContain(
      "Ny plan per 01.03.2027 med fremdriften fra Project: 3 behov flyttet, 1 nye forsinkelser, 40 uendret.",
    );
  });
});
