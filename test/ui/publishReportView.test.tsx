// The publish report in the pane: every open conflict has "keep theirs" / "take the plan's", and the
// decisions not written (sustained throttling) can be retried alone; a resolution updates the report.
import { renderToStaticMarkup } from "react-dom/server";
import { PublishReportView } from "../../src/taskpane/components/SharePointPanel/PublishReportView";
import type { PublishReport } from "../../src/application/sharepoint/publishDecisions";
import { reportAfterResolution } from "../../src/application/sharepoint/resolveConflicts";

const report: PublishReport = {
  written: ["N-1"],
  merged: [],
  unchanged: [],
  missing: [],
  conflicts: [
    { needId: "N-2", itemId: "2", field: "feedback", base: "", theirs: "Deres tekst", ours: "Planens tekst" },
    { needId: "N-3", itemId: "3", field: "decision", base: "", theirs: "defer", ours: "include" },
  ],
  failed: [
    { needId: "N-4", status: 429, message: "throttled" },
    { needId: "N-5", status: 503, message: "unavailable" },
    { needId: "N-6", status: 409, message: "two items", reason: "duplicate-need-id", itemIds: ["6", "7"] },
  ],
};

describe("PublishReportView", () => {
  it("offers to resolve each conflict, all of them, and to retry the decisions not written", () => {
    const html = renderToStaticMarkup(
      <PublishReportView
        locale="nb"
        report={report}
        onResolve={() => undefined}
        onRetryFailed={() => undefined}
      />,
    );
    expect(html.match(/>Behold deres</g)).toHaveLength(2);
    expect(html.match(/>Bruk planens</g)).toHaveLength(2);
    expect(html).toContain(">Behold alle deres<");
    expect(html).toContain(">Bruk planens for alle<");
    expect(html).toContain(">Prøv de som ikke ble skrevet på nytt (2)<");
  });

  it("shows no buttons without the actions, in English too", () => {
    const html = renderToStaticMarkup(<PublishReportView locale="en" report={report} />);
    expect(html).not.toContain("Keep theirs");
    expect(html).not.toContain("Retry the ones");
    const withActions = renderToStaticMarkup(
      <PublishReportView
        locale="en"
        report={report}
        onResolve={() => undefined}
        onRetryFailed={() => undefined}
      />,
    );
    expect(withActions).toContain(">Keep theirs<");
    expect(withActions).toContain(">Retry the ones not written (2)<");
  });

  it("takes settled conflicts out of the report and shows the newest value of the others", () => {
    const after = reportAfterResolution(report, {
      kept: [],
      written: [report.conflicts[0]!],
      stillConflicting: [{ ...report.conflicts[1]!, theirs: "cancel" }],
      failed: [],
    });
    expect(after.conflicts).toEqual([{ ...report.conflicts[1], theirs: "cancel" }]);
  });
});
