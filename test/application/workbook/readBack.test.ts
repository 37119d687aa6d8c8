// Read-back ("Oppdater"): sheet edits become typed changes; bad edits become conflicts naming the
// cell; nothing is dropped; rows are matched by id so sorting the table changes nothing.
import { buildWorkbook } from "../../../src/application/workbook/buildWorkbook";
import {
  applyChanges,
  conflictMessage,
  diffWorkbook,
  editStateOf,
  type WorkbookSnapshot,
} from "../../../src/application/workbook/readBack";
import type { CellOrEmpty, WorkbookModel } from "../../../src/domain/workbook/workbookModel";
import { parseRangeRef } from "../../../src/domain/workbook/a1";
import { cellAt } from "../../../src/domain/workbook/modelLookup";
import { someNeeds, workbookInputFor } from "./workbookFixtures";

const options = { locale: "nb" as const, redaction: { includeSecurityGraded: false } };

/** What Office.js would return for a model cell's value. */
function excelValue(cell: CellOrEmpty): unknown {
  if (cell === null) return "";
  if (cell.kind === "formula") return cell.cached ?? 0;
  if (cell.kind === "date") return 0;
  return cell.value;
}

/** The snapshot a freshly written workbook gives back (no edits). */
function snapshotOf(model: WorkbookModel): { values: unknown[][]; snap: WorkbookSnapshot } {
  const sheet = (name: string) => model.sheets.find((s) => s.name === name)!;
  const tableBody = (sheetName: string, tableName: string) => {
    const s = sheet(sheetName);
    const t = s.tables.find((x) => x.name === tableName)!;
    const { row1, col1, row2, col2 } = parseRangeRef(t.ref);
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    for (let r = row1 + 1; r <= row2; r += 1) {
      const line: unknown[] = [];
      const fline: unknown[] = [];
      for (let c = col1; c <= col2; c += 1) {
        const cell = cellAt(s, r, c);
        line.push(excelValue(cell));
        fline.push(cell?.kind === "formula" ? `=${cell.formula}` : excelValue(cell));
      }
      values.push(line);
      formulas.push(fline);
    }
    return { firstRow: row1 + 1, firstCol: col1, values, formulas };
  };
  const m = model.layout.matrix;
  const w = parseRangeRef(m.weightsRef);
  const weights: unknown[] = [];
  for (let c = w.col1; c <= w.col2; c += 1) weights.push(excelValue(cellAt(sheet(m.sheet), w.row1, c)));
  const snap = {
    weights,
    matrix: tableBody(m.sheet, m.table),
    selection: tableBody(model.layout.selection.sheet, model.layout.selection.table),
    feedback: tableBody(model.layout.feedback.sheet, model.layout.feedback.table),
  };
  return { values: snap.matrix.values, snap };
}

describe("diffWorkbook", () => {
  const needs = someNeeds(8);
  const input = workbookInputFor(needs);
  const model = buildWorkbook(input, options);
  const state = editStateOf(input);
  const layout = model.layout;

  it("finds nothing in an untouched workbook", () => {
    const { snap } = snapshotOf(model);
    expect(diffWorkbook(layout, state, snap)).toEqual({ changes: [], conflicts: [] });
  });

  it("turns weight, score, force, note and feedback edits into changes, after sorting the table", () => {
    const { snap } = snapshotOf(model);
    const weights = [...snap.weights];
    weights[0] = 20;
    weights[4] = 15; // supplyRisk 10 → 15; sum stays 100
    const matrix = snap.matrix.values.map((r) => [...r]).reverse();
    const target = matrix.find((r) => r[0] === "B-0002")!;
    target[layout.matrix.firstScoreCol + 1] = 5;
    const selection = snap.selection.values.map((r) => [...r]);
    const sel = selection.find((r) => r[0] === "B-0003")!;
    sel[layout.selection.forceCol] = "Inn";
    sel[layout.selection.forceReasonCol] = "Lovpålagt";
    sel[layout.selection.commentCol] = "Pålagt i forskrift";
    const feedback = snap.feedback.values.map((r) => [...r]);
    feedback.find((r) => r[layout.feedback.idCol] === "B-0004")![layout.feedback.commentCol] = "Tas i 2028";
    const result = diffWorkbook(layout, state, {
      weights,
      matrix: { ...snap.matrix, values: matrix, formulas: snap.matrix.formulas!.slice().reverse() },
      selection: { ...snap.selection, values: selection },
      feedback: { ...snap.feedback, values: feedback },
    });
    expect(result.conflicts).toEqual([]);
    const criterion = layout.matrix.criteriaIds[1]!;
    expect(result.changes).toEqual(
      expect.arrayContaining([
        { kind: "weight", criterionId: "operationalCriticality", from: 25, to: 20 },
        { kind: "weight", criterionId: "supplyRisk", from: 10, to: 15 },
        { kind: "score", needId: "B-0002", criterionId: criterion, from: needs[1]!.scores[criterion], to: 5 },
        {
          kind: "force",
          needId: "B-0003",
          from: undefined,
          to: {
            needId: "B-0003",
            direction: "in",
            reason: "legal-obligation",
            comment: "Pålagt i forskrift",
          },
        },
        { kind: "note", needId: "B-0003", from: "", to: "Pålagt i forskrift" },
        { kind: "feedback", needId: "B-0004", from: "", to: "Tas i 2028" },
      ]),
    );
    const scoreChanges = result.changes.filter((c) => c.kind === "score");
    expect(scoreChanges.length).toBe(needs[1]!.scores[criterion] === 5 ? 0 : 1);

    const next = applyChanges(state, result.changes);
    expect(next.weights).toMatchObject({ operationalCriticality: 20, supplyRisk: 15 });
    expect(next.forced).toEqual([
      { needId: "B-0003", direction: "in", reason: "legal-obligation", comment: "Pålagt i forskrift" },
    ]);
    expect(next.feedback).toEqual({ "B-0004": "Tas i 2028" });
    expect(next.scores["B-0002"]![criterion]).toBe(5);
    // A comment that is only whitespace is blank, as in the plan-year record: it is removed.
    const cleared = applyChanges(next, [
      { kind: "feedback", needId: "B-0004", from: "Tas i 2028", to: " \t " },
      { kind: "note", needId: "B-0003", from: "Pålagt i forskrift", to: "  " },
    ]);
    expect(cleared.feedback).toEqual({});
    expect(cleared.notes).toEqual({});
    expect(cleared.forced).toEqual([{ needId: "B-0003", direction: "in", reason: "legal-obligation" }]);
  });

  it("reports every bad edit as a conflict naming the cell, and keeps the model's value", () => {
    const { snap } = snapshotOf(model);
    const weights = [...snap.weights];
    weights[2] = "mye";
    weights[3] = 25;
    const matrix = snap.matrix.values.map((r) => [...r]);
    matrix[0]![layout.matrix.firstScoreCol] = 7;
    matrix[1]![layout.matrix.firstScoreCol] = 2.5;
    matrix[2]![0] = "B-9999";
    matrix.push([...matrix[3]!]);
    const formulas = snap.matrix.formulas!.map((r) => [...r]);
    formulas[4]![layout.matrix.scoreCol] = 4.2;
    formulas.push([...formulas[3]!]);
    const selection = snap.selection.values.map((r) => [...r]);
    selection[0]![layout.selection.forceCol] = "Kanskje";
    selection[1]![layout.selection.forceCol] = "Ut";
    selection[2]![layout.selection.forceCol] = "Out";
    selection[2]![layout.selection.forceReasonCol] = "Fordi";
    const result = diffWorkbook(layout, state, {
      weights,
      matrix: { ...snap.matrix, values: matrix, formulas },
      selection: { ...snap.selection, values: selection },
      feedback: snap.feedback,
    });
    expect(result.changes).toEqual([{ kind: "weight", criterionId: "economicBenefit", from: 15, to: 25 }]);
    const codes = result.conflicts.map(
      (c) => `${c.code}:${c.cell ?? c.row ?? ""}:${c.needId ?? c.criterionId ?? ""}`,
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        "invalid-weight:G4:strategicAlignment",
        "weights-sum::",
        "invalid-score:E7:B-0001",
        "invalid-score:E8:B-0002",
        "unknown-need:9:B-9999",
        "missing-need::B-0003",
        "duplicate-need:15:B-0004",
        "formula-overwritten:L11:B-0005",
      ]),
    );
    const forceCodes = result.conflicts.filter((c) => c.sheet === "Utvalg").map((c) => c.code);
    expect(forceCodes).toEqual(["invalid-force", "force-without-reason", "invalid-force-reason"]);
    const msg = conflictMessage(
      result.conflicts.find((c) => c.code === "invalid-score")!,
      "nb",
    );
    expect(msg).toBe("Matrise!E7: poeng «7» for B-0001 er ikke et heltall 1–5; ikke tatt inn.");
    expect(
      conflictMessage(
        result.conflicts.find((c) => c.code === "weights-sum")!,
        "en",
      ),
    ).toContain("not 100");
  });
});
