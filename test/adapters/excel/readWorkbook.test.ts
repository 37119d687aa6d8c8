// The Office.js reader of "Oppdater" against an office-addin-mock context: one sync, table bodies
// located by the table (so added or sorted rows are seen), edits turned into changes and conflicts.
import { buildWorkbook } from "../../../src/application/workbook/buildWorkbook";
import { diffWorkbook, editStateOf } from "../../../src/application/workbook/readBack";
import { readWorkbookSnapshot } from "../../../src/adapters/excel/readWorkbook";
import { someNeeds, workbookInputFor } from "../../application/workbook/workbookFixtures";
import { fakeExcel } from "./fakeExcel";

describe("readWorkbookSnapshot (Office.js)", () => {
  it("reads weights and table bodies in one sync and returns the edits", async () => {
    const needs = someNeeds(2);
    const input = workbookInputFor(needs);
    const model = buildWorkbook(input, { locale: "nb", redaction: { includeSecurityGraded: false } });
    const state = editStateOf(input);
    const scores = (id: string) => Object.values(state.scores[id]!);
    const matrixRow = (id: string, first: number) => [id, "t", "u", "c", ...scores(id), 3, 3, 1, 4, first];
    const matrixFormulas = (id: string) => [
      id,
      "t",
      "u",
      "c",
      ...scores(id),
      "=SUMPRODUCT()",
      "=IF()",
      "=RANK()",
      4,
      1,
    ];
    const b1 = matrixRow("B-0001", 1);
    b1[4] = 9; // an invalid score
    const fake = fakeExcel(
      [],
      {
        tblMatrise: {
          values: [b1, matrixRow("B-0002", 2)],
          formulas: [
            matrixFormulas("B-0001"),
            ["B-0002", "t", "u", "c", ...scores("B-0002"), 4.1, "=IF()", "=RANK()", 4, 2],
          ],
          rowIndex: 6,
          columnIndex: 0,
        },
        tblUtvalg: {
          values: [
            ["B-0001", "t", 1, 3, 1, 1, "Ja", "", "Ut", "Ledelsesbeslutning", "Utsatt"],
            ["B-0002", "t", 2, 3, 1, 1, "Nei", "", "", "", ""],
          ],
          rowIndex: 7,
          columnIndex: 0,
        },
        tblTilbakemelding: {
          values: [
            ["Oslo", "B-0001", "t", "", "", "", "", "", ""],
            ["Øst", "B-0002", "t", "", "", "", "", "", "Takk"],
          ],
          rowIndex: 3,
          columnIndex: 0,
        },
      },
      { "Matrise!E4:K4": { values: [[25, 20, 15, 15, 10, 10, 5]] } },
    );
    const result = diffWorkbook(model.layout, state, await readWorkbookSnapshot(fake.context, model.layout));
    expect(fake.syncs()).toBe(1);
    expect(result.changes).toEqual([
      {
        kind: "note",
        needId: "B-0001",
        from: "",
        to: "Utsatt",
      },
      {
        kind: "force",
        needId: "B-0001",
        from: undefined,
        to: { needId: "B-0001", direction: "out", reason: "management-decision", comment: "Utsatt" },
      },
      { kind: "feedback", needId: "B-0002", from: "", to: "Takk" },
    ]);
    expect(result.conflicts.map((c) => `${c.code}@${c.cell}`)).toEqual([
      "invalid-score@E7",
      "formula-overwritten@L8",
    ]);
  });
});
