// One way for edits into a run: the workbook's read-back changes recorded in the plan-year record
// and applied from there give the same planning input as applying the workbook edits directly.
import { applyWorkbookEdits } from "../../../src/application/workbook/applyEdits";
import { applyChanges, editStateOf, type WorkbookChange } from "../../../src/application/workbook/readBack";
import { applyRecordEdits, countEdits, recordPlanEdits } from "../../../src/domain/planYear/planEdits";
import {
  emptyEdits,
  moveWheel,
  defaultWheel,
  wheelStage,
} from "../../../src/domain/planYear/planYearDefaults";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import { someNeeds, workbookInputFor } from "../../application/workbook/workbookFixtures";

const stamp = { by: "ann@politiet.no", at: "2027-01-03T09:00:00.000Z" };

describe("recorded edits", () => {
  it("give the same planning input as the workbook path, from the same WorkbookChange list", () => {
    const needs = someNeeds(4);
    const written = editStateOf(workbookInputFor(needs));
    const changes: WorkbookChange[] = [
      { kind: "weight", criterionId: "maturity", from: 5, to: 10 },
      { kind: "weight", criterionId: "reach", from: 10, to: 5 },
      { kind: "score", needId: "B-0002", criterionId: "reach", from: needs[1]!.scores.reach, to: 5 },
      {
        kind: "force",
        needId: "B-0003",
        from: undefined,
        to: { needId: "B-0003", direction: "in", reason: "legal-obligation" },
      },
      { kind: "note", needId: "B-0001", from: "", to: "Se avtalen" },
      { kind: "feedback", needId: "B-0004", from: "", to: "Meld inn på nytt" },
    ];
    const raw = needs.map((n) => ({ id: n.id, title: n.title }));
    const input = { config: defaultPlanConfig(2027), needs: raw, contracts: [], spend: [], people: [] };
    const viaWorkbook = applyWorkbookEdits(input, written, applyChanges(written, changes));
    const edits = recordPlanEdits(emptyEdits(), changes, stamp);
    const viaRecord = applyRecordEdits(input, edits);
    expect(viaRecord.needs).toEqual(viaWorkbook.needs);
    expect(viaRecord.config.prioritisation?.forced).toEqual(viaWorkbook.config.prioritisation?.forced);
    expect(viaRecord.config.prioritisation?.criteria).toEqual(viaWorkbook.config.prioritisation?.criteria);
    expect({ ...viaRecord.config.comments?.feedback }).toEqual({ ...viaWorkbook.config.comments?.feedback });
    expect(viaRecord.config.comments?.notes?.["B-0001"]).toBe("Se avtalen");
    expect(edits.forced["B-0003"]).toEqual({ direction: "in", reason: "legal-obligation", stamp });
    expect(countEdits(edits)).toEqual({ weights: 2, scores: 1, forced: 1, notes: 1, feedback: 1 });
  });

  it("clears an edit when it is set back to nothing, without touching the edits it was given", () => {
    const before = recordPlanEdits(emptyEdits(), [{ kind: "note", needId: "B-1", to: "x" }], stamp);
    const after = recordPlanEdits(
      before,
      [
        { kind: "note", needId: "B-1", to: "  " },
        { kind: "force", needId: "B-2", to: undefined },
      ],
      stamp,
    );
    expect(after.notes["B-1"]).toBeUndefined();
    expect(before.notes["B-1"]?.text).toBe("x");
  });
});

describe("annual wheel", () => {
  it("has the seed's dates, moves a year on and tells the stage of a day", () => {
    const wheel = defaultWheel(2028);
    expect(wheel).toEqual({
      preparation: "2027-09-01",
      localSubmission: "2027-11-01",
      centralAnalysis: "2028-01-01",
      compilation: "2028-01-05",
      approval: "2028-01-15",
      publication: "2028-01-31",
      revisions: ["2028-04-01", "2028-07-01", "2028-10-01"],
    });
    expect(moveWheel(defaultWheel(2027), 1)).toEqual(wheel);
    expect(moveWheel({ ...wheel, revisions: ["2028-02-29"] }, 1).revisions).toEqual(["2029-02-28"]);
    expect(
      [
        "2027-08-31",
        "2027-09-01",
        "2027-11-01",
        "2028-01-02",
        "2028-01-10",
        "2028-01-20",
        "2028-01-31",
        "2028-03-01",
      ].map((d) => wheelStage(wheel, d)),
    ).toEqual([
      "before",
      "preparation",
      "localSubmission",
      "centralAnalysis",
      "compilation",
      "approval",
      "publication",
      "rolling",
    ]);
  });
});
