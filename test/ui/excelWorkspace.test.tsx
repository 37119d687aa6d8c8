// The Excel workspace panel renders its actions in the user's language, with the security-graded
// opt-in off by default (server-side render; the browser test of the task pane covers interaction).
import { renderToStaticMarkup } from "react-dom/server";
import { ExcelWorkspace } from "../../src/taskpane/components/ExcelWorkspace";

const noop = {
  onWrite: async () => ({ kind: "written" as const, syncs: 1, takenIn: 0 }),
  onRefresh: async () => ({ changes: 0, conflicts: [] }),
};

describe("ExcelWorkspace", () => {
  it("offers writing and Oppdater, with the graded opt-in unchecked", () => {
    const html = renderToStaticMarkup(<ExcelWorkspace locale="nb" {...noop} />);
    expect(html).toContain('aria-label="Excel-arbeidsbok"');
    expect(html).toContain("Skriv arbeidsboken");
    expect(html).toContain("Oppdater");
    expect(html).toContain("Vis skjermede behov i klartekst (bare denne gangen)");
    expect(html).toMatch(/<input[^>]*type="checkbox"(?![^>]*checked)[^>]*>/);
  });

  it("speaks English when asked", () => {
    const html = renderToStaticMarkup(<ExcelWorkspace locale="en" {...noop} />);
    expect(html).toContain("Write the workbook");
    expect(html).toContain('aria-label="Excel workbook"');
  });
});
