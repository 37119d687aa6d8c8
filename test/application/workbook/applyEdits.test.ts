// Edits read back from the workbook reach the planning inputs: weights, scores, force decisions.
import { editedInputs } from "../../../src/application/workbook/applyEdits";
import { applyChanges, editStateOf } from "../../../src/application/workbook/readBack";
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";
import { someNeeds, workbookInputFor } from "./workbookFixtures";

describe("editedInputs", () => {
  it("puts edited weights, scores and forces into criteria, needs and decisions", () => {
    const needs = someNeeds(3);
    const state = applyChanges(editStateOf(workbookInputFor(needs)), [
      { kind: "weight", criterionId: "maturity", from: 5, to: 10 },
      { kind: "weight", criterionId: "reach", from: 10, to: 5 },
      { kind: "score", needId: "B-0002", criterionId: "reach", from: needs[1]!.scores.reach, to: 5 },
      {
        kind: "force",
        needId: "B-0003",
        from: undefined,
        to: { needId: "B-0003", direction: "out", reason: "management-decision" },
      },
    ]);
    const out = editedInputs(state, DEFAULT_CRITERIA, needs);
    expect(out.criteria.find((c) => c.id === "maturity")!.weight).toBe(10);
    expect(out.criteria.find((c) => c.id === "reach")!.weight).toBe(5);
    expect(out.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(out.needs[1]!.scores.reach).toBe(5);
    expect(out.needs[0]).toEqual(needs[0]);
    expect(out.forced).toEqual([{ needId: "B-0003", direction: "out", reason: "management-decision" }]);
  });
});
