// `plan --workbook FILE.xlsx`: a lead edits a downloaded plan.xlsx (a weight, a score, a force
// decision with reason and a comment, feedback to a unit) and the CLI takes the edits in through
// the same read-back as the pane: plan.json shows the new weights, the moved ranking, the forced
// need and the feedback comment; the next plan.xlsx keeps them, and a formula-like comment as text.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PlanResult } from "../../src/application/planResult";
import { readSavedWorkbook } from "../../src/adapters/xlsx/readXlsx";
import { runCli } from "./runCli";
import { editCells, type CellEdit } from "../support/xlsxCells";

const readPlan = (dir: string) => JSON.parse(readFileSync(join(dir, "plan.json"), "utf8")) as PlanResult;

describe("plan --workbook FILE.xlsx", () => {
  const first = mkdtempSync(join(tmpdir(), "anskaffelsesplan-wb1-"));
  const second = mkdtempSync(join(tmpdir(), "anskaffelsesplan-wb2-"));
  const third = mkdtempSync(join(tmpdir(), "anskaffelsesplan-wb3-"));

  it("takes a lead's edits in a saved file into the plan, and keeps them in the next workbook", async () => {
    expect((await runCli("plan", "--demo", "--out", first)).code).toBe(0);
    const before = readPlan(first);
    const ranking = before.prioritisation!.result!.ranking;
    const bytes = new Uint8Array(readFileSync(join(first, "plan.xlsx")));
    const saved = await readSavedWorkbook(bytes);
    const link = saved.link!;
    expect(link.planYear).toBe(2027);
    const { matrix: m, selection: s, feedback: f } = link.layout;
    const snap = saved.snapshot(link.layout);
    const rowOf = (
      t: { firstRow: number; values: readonly (readonly unknown[])[] },
      col: number,
      id: string,
    ) => t.firstRow + t.values.findIndex((r) => r[col] === id);

    // The lowest-ranked need gets 5 on the heaviest criterion it scores below 5.
    const weights = link.state.weights;
    const heaviest = [...m.criteriaIds].sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0));
    const last = [...ranking]
      .reverse()
      .find((r) => heaviest.some((c) => (link.state.scores[r.needId]?.[c] ?? 5) < 5))!;
    const criterion = heaviest.find((c) => (link.state.scores[last.needId]?.[c] ?? 5) < 5)!;
    const [w0, w1] = [m.criteriaIds[0]!, m.criteriaIds[1]!];
    const deferred = ranking.find((r) => !r.selected && r.needId !== last.needId)!;
    const rejected = before.needs.find((e) => e.status === "rejected")!;
    const edits: CellEdit[] = [
      { sheet: m.sheet, row: 4, col: 5, number: weights[w0]! + 5 },
      { sheet: m.sheet, row: 4, col: 6, number: weights[w1]! - 5 },
      {
        sheet: m.sheet,
        row: rowOf(snap.matrix, m.idCol, last.needId),
        col: snap.matrix.firstCol + m.firstScoreCol + m.criteriaIds.indexOf(criterion),
        number: 5,
      },
      {
        sheet: s.sheet,
        row: rowOf(snap.selection, s.idCol, deferred.needId),
        col: snap.selection.firstCol + s.forceCol,
        text: "Inn",
      },
      {
        sheet: s.sheet,
        row: rowOf(snap.selection, s.idCol, deferred.needId),
        col: snap.selection.firstCol + s.forceReasonCol,
        text: "Lovpålagt",
      },
      {
        sheet: s.sheet,
        row: rowOf(snap.selection, s.idCol, deferred.needId),
        col: snap.selection.firstCol + s.commentCol,
        text: "=1+1 pålegg fra Direktoratet",
      },
      {
        sheet: f.sheet,
        row: rowOf(snap.feedback, f.idCol, rejected.id),
        col: snap.feedback.firstCol + f.commentCol,
        text: "Ring oss, så retter vi beløpet sammen.",
      },
    ];
    const edited = join(first, "edited.xlsx");
    writeFileSync(edited, await editCells(bytes, edits));

    const run = await runCli("--lang", "nb", "plan", "--demo", "--workbook", edited, "--out", second);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toContain("edited.xlsx: 6 endringer tatt inn, 0 avvik.");
    const after = readPlan(second);
    const p = after.prioritisation!.result!;
    expect(p.criteria.find((c) => c.id === w0)!.weight).toBe(weights[w0]! + 5);
    expect(p.criteria.find((c) => c.id === w1)!.weight).toBe(weights[w1]! - 5);
    const rankOf = (plan: PlanResult, id: string) =>
      plan.prioritisation!.result!.ranking.find((r) => r.needId === id)!;
    expect(rankOf(after, last.needId).rank).toBeLessThan(last.rank);
    expect(rankOf(after, deferred.needId)).toMatchObject({ selected: true, reason: "forced-in" });
    expect(rankOf(after, deferred.needId).force).toMatchObject({
      direction: "in",
      reason: "legal-obligation",
    });
    expect(after.decisions.find((d) => d.needId === rejected.id)!.feedback).toContain(
      "Ring oss, så retter vi beløpet sammen.",
    );

    // The new plan.xlsx shows the edits and remembers the score changed by hand; read back again
    // unchanged, it changes nothing (nothing is lost or doubled across rounds).
    const next = await readSavedWorkbook(new Uint8Array(readFileSync(join(second, "plan.xlsx"))));
    expect(next.link!.scoreOverrides[last.needId]).toEqual({ [criterion]: 5 });
    expect(next.link!.state.forced).toContainEqual(
      expect.objectContaining({ needId: deferred.needId, direction: "in" }),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(second, "plan.xlsx"));
    const nextSnap = next.snapshot(next.link!.layout);
    const note = wb
      .getWorksheet(s.sheet)!
      .getCell(
        rowOf(nextSnap.selection, s.idCol, deferred.needId),
        nextSnap.selection.firstCol + s.commentCol,
      );
    expect(note.type).toBe(ExcelJS.ValueType.String);
    expect(note.value).toBe("=1+1 pålegg fra Direktoratet");

    const again = await runCli(
      "--lang",
      "nb",
      "plan",
      "--demo",
      "--workbook",
      join(second, "plan.xlsx"),
      "--out",
      third,
    );
    expect(again.code).toBe(0);
    expect(again.out).toContain("plan.xlsx: 0 endringer tatt inn, 0 avvik.");
    expect(readPlan(third).prioritisation!.result!.ranking).toEqual(p.ranking);
  });

  it("refuses a workbook without a link, and one of another plan year, naming the file", async () => {
    const plain = join(first, "plain.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ark1").getCell("A1").value = "hei";
    await wb.xlsx.writeFile(plain);
    const r = await runCli("--lang", "nb", "plan", "--demo", "--workbook", plain, "--out", third);
    expect(r.code).toBe(2);
    expect(r.err).toContain("plain.xlsx er ikke skrevet av Anskaffelsesplan");
    const other = await runCli(
      "--lang",
      "nb",
      "plan",
      "--demo",
      "--year",
      "2028",
      "--workbook",
      join(first, "plan.xlsx"),
      "--out",
      third,
    );
    expect(other.code).toBe(2);
    expect(other.err).toContain("er skrevet for planåret 2027, men inndataene gjelder 2028");
  });
});
