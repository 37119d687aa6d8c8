// Server-side render checks of the Project pane (no DOM in this test setup): texts in the user's
// language, disabled actions without a plan or outside Project on Windows, and the XML instructions.
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ProjectPane } from "../../src/taskpane/components/ProjectPane";
import { buildProjectPlan } from "../../src/domain/projectPlan/buildProjectPlan";
import { projectPlanLabels } from "../../src/i18n/projectMessages";
import { everyKindOfNeedPlan } from "../builders/projectPlanFixtures";
import { FakeProject } from "../builders/fakeProjectTaskPort";

const plan = buildProjectPlan(everyKindOfNeedPlan(), {
  redaction: { includeSecurityGraded: false },
  labels: projectPlanLabels("nb", 2027),
});

function render(element: React.ReactElement): string {
  return renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

function button(html: string, label: string): string {
  const match = new RegExp(`<button[^>]*>${label}</button>`).exec(html);
  if (!match) throw new Error(`no button ${label}`);
  return match[0];
}

describe("ProjectPane", () => {
  it("offers the actions in Norwegian and explains how to open or merge the XML", () => {
    const html = render(
      <ProjectPane locale="nb" plan={plan} port={new FakeProject()} onDownloadXml={() => undefined} />,
    );
    expect(button(html, "Oppdater oppgaver fra planen")).not.toContain("disabled");
    expect(button(html, "Les fremdrift")).not.toContain("disabled");
    expect(html).toContain("Last ned Project XML");
    expect(html).toContain("Slå sammen dataene med det aktive prosjektet");
    expect(html).not.toContain("Lagre Project XML i SharePoint");
  });

  it("disables update and progress outside Project on Windows and says why, in English", () => {
    const html = render(
      <ProjectPane
        locale="en"
        plan={plan}
        port={undefined}
        onSaveXmlToSharePoint={async () => ({ webUrl: "https://example.invalid/plan.xml" })}
      />,
    );
    expect(button(html, "Update tasks from the plan")).toContain("disabled");
    expect(html).toContain("Updating tasks works in Project on Windows only.");
    expect(html).toContain("Save Project XML to SharePoint");
  });

  it("asks for a plan first when none is loaded", () => {
    const html = render(<ProjectPane locale="nb" plan={undefined} port={new FakeProject()} />);
    expect(html).toContain("Planen har ingen tidsplan ennå");
    expect(button(html, "Les fremdrift")).toContain("disabled");
  });
});
