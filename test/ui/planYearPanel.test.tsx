/**
 * @jest-environment jsdom
 */
// The plan-year tab's reducer and components, rendered into jsdom with React's act: the version
// list offers exactly the next step of each version (and the approvals still pending), the
// doctor's findings carry their advice, the document downloads ask for the plan and unit chosen,
// and the reducer clears the last outcome on a new action.
import { act } from "react";
import type { HealthReport } from "../../src/application/goLive/healthFindings";
import type { VersionSummary } from "../../src/domain/planYear/planYearTypes";
import { VersionList } from "../../src/taskpane/components/PlanYearPanel/VersionList";
import { DoctorView } from "../../src/taskpane/components/PlanYearPanel/DoctorView";
import { DocumentDownloads } from "../../src/taskpane/components/PlanYearPanel/DocumentDownloads";
import { allUnits, defaultPlanConfig } from "../../src/domain/model/defaults";
import { planYearReducer } from "../../src/taskpane/components/PlanYearPanel/usePlanYear";
import { PLAN_YEAR_PANE_MESSAGES } from "../../src/i18n/planYearPaneMessages";
import { mountPerTest } from "../support/reactMount";

const mount = mountPerTest();

const stamp = { by: "koordinator@politiet.no", at: "2026-12-04T10:00:00.000Z" };
const version = (id: string, status: VersionSummary["status"]): VersionSummary => ({
  id,
  status,
  kind: "annual",
  created: stamp,
  approvals: status === "submitted" ? [{ scope: "whole", stamp }] : [],
});
const buttons = () => [...mount.container.querySelectorAll("button")].map((b) => b.textContent);

describe("VersionList", () => {
  it("offers submit for a draft, the pending approvals for a submitted version, publish for an approved one", () => {
    const onApprove = jest.fn();
    const onSubmit = jest.fn();
    const onPublish = jest.fn();
    act(() =>
      mount.root.render(
        <VersionList
          locale="nb"
          versions={[version("v001", "approved"), version("v002", "submitted"), version("v003", "draft")]}
          pending={new Map([["v002", ["procurement", "realEstate"] as const]])}
          busy={false}
          onSubmit={onSubmit}
          onApprove={onApprove}
          onPublish={onPublish}
        />,
      ),
    );
    expect(buttons()).toEqual([
      "Send v003 til godkjenning",
      "Godkjenn anskaffelsesplanen (direktør for anskaffelser og juridisk)",
      "Godkjenn eiendomsporteføljeplanen (direktør for eiendom)",
      "Publiser v001",
    ]);
    expect(mount.container.textContent).toContain(
      "v002 – til godkjenning, laget 04.12.2026 av koordinator@politiet.no",
    );
    expect(mount.container.textContent).toContain(
      "Godkjent: hele planen (PFTs ledergruppe) (koordinator@politiet.no)",
    );
    const approveRealEstate = [...mount.container.querySelectorAll("button")][2];
    act(() => approveRealEstate?.click());
    expect(onApprove).toHaveBeenCalledWith("v002", "realEstate");
    act(() => mount.container.querySelector("button")?.click());
    expect(onSubmit).toHaveBeenCalledWith("v003");
    expect(onPublish).not.toHaveBeenCalled();
  });

  it("says when there are no versions", () => {
    const none = jest.fn();
    act(() =>
      mount.root.render(
        <VersionList
          locale="en"
          versions={[]}
          pending={new Map()}
          busy={false}
          onSubmit={none}
          onApprove={none}
          onPublish={none}
        />,
      ),
    );
    expect(mount.container.textContent).toBe("No versions yet.");
  });
});

describe("DoctorView", () => {
  it("lists each finding with what to do, and the verdict", () => {
    const onCheck = jest.fn();
    const report: HealthReport = {
      healthy: false,
      findings: [
        { severity: "ok", code: "library.ok", params: { name: "Documents" } },
        { severity: "error", code: "token.missing", params: {} },
      ],
    };
    act(() => mount.root.render(<DoctorView locale="nb" report={report} busy={false} onCheck={onCheck} />));
    const items = [...mount.container.querySelectorAll("li")].map((li) => li.textContent ?? "");
    expect(items[0]).toBe("OK: Dokumentbiblioteket «Documents» er nådd.");
    expect(items[1]).toMatch(/^Feil: .+Gjør dette: .+/);
    expect(mount.container.textContent).toContain(
      "Tillegget kan ikke virke før feilene er rettet: 1 feil, 0 advarsler.",
    );
    act(() => mount.container.querySelector("button")?.click());
    expect(onCheck).toHaveBeenCalledTimes(1);
  });
});

describe("planYearReducer", () => {
  it("keeps the overview but clears the last outcome when an action starts, and ends busy on failure", () => {
    const overview = { kind: "missing" as const, planYear: 2027, location: "x" };
    let state = planYearReducer({ busy: false }, { type: "overview", overview });
    state = planYearReducer(state, { type: "done", notice: "ok" });
    expect(state).toEqual({ busy: false, overview, notice: "ok" });
    state = planYearReducer(state, { type: "start" });
    expect(state).toEqual({ busy: true, overview });
    state = planYearReducer(state, { type: "failed", error: "nei" });
    expect(state).toEqual({ busy: false, overview, error: "nei" });
  });
});

describe("PLAN_YEAR_PANE_MESSAGES", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it("has the same keys and placeholders in both locales and no empty texts", () => {
    const { nb, en } = PLAN_YEAR_PANE_MESSAGES;
    expect(Object.keys(en ?? {}).sort()).toEqual(Object.keys(nb ?? {}).sort());
    for (const [key, text] of Object.entries(nb ?? {})) {
      const english = en?.[key] ?? "";
      expect({ key, placeholders: placeholders(english) }).toEqual({ key, placeholders: placeholders(text) });
      expect(text.trim()).not.toBe("");
    }
  });
});

describe("DocumentDownloads", () => {
  const units = allUnits(defaultPlanConfig(2027));
  const render = (hasShown: boolean, onDownload: jest.Mock) =>
    act(() =>
      mount.root.render(
        <DocumentDownloads
          locale="nb"
          planYear={2027}
          hasShown={hasShown}
          versions={[version("v001", "published"), version("v002", "draft"), version("v003", "published")]}
          units={units}
          busy={false}
          onDownload={onDownload}
        />,
      ),
    );
  const select = (index: number, value: string) => {
    const el = mount.container.querySelectorAll("select")[index] as HTMLSelectElement;
    act(() => {
      el.value = value;
      el.dispatchEvent(new Event("change", { bubbles: true }));
    });
  };
  const click = (text: string) =>
    act(() => [...mount.container.querySelectorAll("button")].find((b) => b.textContent === text)?.click());

  it("offers the plan shown and the published versions, newest first, and asks for the unit and plan chosen", () => {
    const onDownload = jest.fn();
    render(true, onDownload);
    const options = [...mount.container.querySelectorAll("select")[0]!.querySelectorAll("option")];
    expect(options.map((o) => o.textContent)).toEqual([
      "Planen som vises",
      "Publisert versjon v003",
      "Publisert versjon v001",
    ]);
    expect(mount.container.querySelectorAll("select")[1]!.querySelectorAll("option")).toHaveLength(
      units.length,
    );
    click("Last ned enhetens dokument");
    expect(onDownload).toHaveBeenLastCalledWith({ source: { kind: "shown" }, unit: units[0]!.id });
    select(0, "v001");
    select(1, "kripos");
    click("Last ned enhetens dokument");
    expect(onDownload).toHaveBeenLastCalledWith({ source: { kind: "version", id: "v001" }, unit: "kripos" });
    click("Last ned oversikten");
    expect(onDownload).toHaveBeenLastCalledWith({ source: { kind: "version", id: "v001" } });
  });

  it("says there is nothing to make documents from without a plan shown or a published version", () => {
    act(() =>
      mount.root.render(
        <DocumentDownloads
          locale="nb"
          planYear={2027}
          hasShown={false}
          versions={[version("v001", "approved")]}
          units={units}
          busy={false}
          onDownload={jest.fn()}
        />,
      ),
    );
    expect(buttons()).toEqual([]);
    expect(mount.container.textContent).toContain("Ingen plan for 2027 å lage dokumenter fra");
  });
});
