// The panel's actions over fakes: write remembers the layout and state; Oppdater applies the edits
// (a second Oppdater with the same sheet finds nothing new) and words the conflicts.
import { workspaceActions } from "../../../src/adapters/excel/workspaceActions";
import type { ReadBackResult } from "../../../src/application/workbook/readBack";
import type { PlanInput } from "../../../src/domain/model/planInput";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import { planOf, someNeeds, PEOPLE } from "../../application/workbook/workbookFixtures";

describe("workspaceActions", () => {
  const needs = someNeeds(3);
  const input: PlanInput = {
    config: defaultPlanConfig(2027),
    needs: [],
    contracts: [],
    spend: [],
    people: PEOPLE,
  };

  it("writes, then applies what Oppdater reads and reports conflicts in words", async () => {
    const optIns: boolean[] = [];
    const reads: ReadBackResult[] = [
      {
        changes: [{ kind: "weight", criterionId: "maturity", from: 5, to: 10 }],
        conflicts: [{ code: "invalid-score", sheet: "Matrise", cell: "E7", needId: "B-0001", value: "9" }],
      },
    ];
    const actions = workspaceActions({
      locale: "nb",
      runPlan: async (include) => {
        optIns.push(include);
        return { result: planOf(needs), input };
      },
      writeModel: async (model) => ({ stats: { syncs: model.sheets.length > 0 ? 2 : 0, batchBytes: [] } }),
      readEdits: async (_layout, state) => {
        expect(state.weights.maturity).toBe(5);
        return reads.shift()!;
      },
    });
    await expect(actions.onRefresh()).rejects.toThrow("Skriv arbeidsboken først");
    expect(actions.editedState()).toBeUndefined();
    expect(await actions.onWrite(true)).toEqual({ syncs: 2 });
    expect(optIns).toEqual([true]);
    expect(await actions.onRefresh()).toEqual({
      changes: 1,
      conflicts: ["Matrise!E7: poeng «9» for B-0001 er ikke et heltall 1–5; ikke tatt inn."],
    });
    expect(actions.editedState()!.weights.maturity).toBe(10);
  });
});
