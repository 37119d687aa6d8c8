/**
 * @jest-environment jsdom
 */
// While an edit's provisional plan is shown, the workbook panel ("Skriv arbeidsboken", "Oppdater")
// and the downloads wait for the finished plan: the handoff and the lead's edits section show the
// pending note instead, so nothing is written from a plan whose schedule is still computed.
import { act, type ReactElement } from "react";
import {
  PaneContext,
  roleMessagesFor,
  type PaneContextValue,
} from "../../src/taskpane/components/RoleViews/paneContext";
import { HandoffSection } from "../../src/taskpane/components/RoleViews/sections/HandoffSection";
import { LeadEditsSection } from "../../src/taskpane/components/RoleViews/sections/LeadEditsSection";
import { messagesFor } from "../../src/taskpane/messages";
import { memoryPanePreferences } from "../../src/application/pane/panePreferences";
import { createPlanStore } from "../../src/taskpane/planStore";
import type { PlanResult } from "../../src/application/planResult";
import type { PlanPending } from "../../src/application/provisionalPlan";
import type { AppProps } from "../../src/taskpane/components/App/App";
import { mountPerTest } from "../support/reactMount";

const mount = mountPerTest();

const written: string[] = [];
const app = {
  host: "excel",
  locale: "nb",
  source: { load: async () => Promise.reject(new Error("not used")) },
  store: createPlanStore(),
  excelActions: {
    onWrite: async () => {
      written.push("write");
      return Promise.reject(new Error("not used"));
    },
    onRefresh: async () => Promise.reject(new Error("not used")),
  },
  downloadXlsx: async () => undefined,
} as unknown as AppProps;

/** The pane's context for the Excel host with a (stand-in) plan shown, provisional when `pending` is set. */
function pane(pending: PlanPending | undefined): PaneContextValue {
  return {
    app,
    locale: "nb",
    t: messagesFor("nb"),
    r: roleMessagesFor("nb"),
    preferences: memoryPanePreferences(),
    plan: {} as PlanResult,
    pending,
    needs: undefined,
    input: undefined,
    planFrom: undefined,
    projectPlan: undefined,
  };
}

async function render(section: ReactElement, pending: PlanPending | undefined): Promise<string> {
  await act(async () => {
    mount.root.render(<PaneContext.Provider value={pane(pending)}>{section}</PaneContext.Provider>);
  });
  return mount.container.textContent ?? "";
}

describe("handoff while a provisional plan is shown", () => {
  it("offers the workbook and the download only for a finished plan", async () => {
    const provisional = await render(<HandoffSection />, "schedule");
    expect(provisional).toContain("Beregner tidsplan");
    expect(provisional).not.toContain("Skriv arbeidsboken");
    expect(provisional).not.toContain("Last ned");
    const finished = await render(<HandoffSection />, undefined);
    expect(finished).not.toContain("Beregner tidsplan");
    expect(finished).toContain("Skriv arbeidsboken");
    expect(written).toEqual([]);
  });

  it("hides the lead's workbook panel until the plan is finished", async () => {
    expect(await render(<LeadEditsSection />, "frontier")).not.toContain("Skriv arbeidsboken");
    expect(await render(<LeadEditsSection />, undefined)).toContain("Skriv arbeidsboken");
  });
});
