/**
 * The diff of two hand-made versions: added, dropped, moved (rank, start, finish), newly late and
 * decision changed, with counts that add up; the CLI text in bokmål and English (graded titles
 * hidden); the Endringer sheet written as .xlsx and opened by LibreOffice.
 */
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { diffVersions } from "../../../src/application/planYear/versionDiff";
import { CHANGES_SHEET, diffSheet, withChangesSheet } from "../../../src/application/workbook/diffSheet";
import { diffText } from "../../../src/i18n/versionMessages";
import { writeXlsx } from "../../../src/adapters/xlsx/writeXlsx";
import { handPlan } from "../../builders/handPlan";
import { recalcWithLibreOffice } from "../../adapters/xlsx/libreOffice";
import { writeWorkbookModel } from "../../../src/adapters/excel/writeWorkbook";
import { FULL_SUPPORT } from "../../../src/adapters/excel/requirements";
import { buildWorkbook } from "../../../src/application/workbook/buildWorkbook";
import { cellAt, fakeWorkbook } from "../../adapters/excel/fakeWorkbook";
import { editStateOf } from "../../../src/application/workbook/readBack";
import { someNeeds, workbookInputFor } from "../workbook/workbookFixtures";

const before = handPlan(2027, [
  { id: "A", area: "IKT", rank: 1, include: true, start: "2027-02-01", finish: "2027-06-01" },
  { id: "B", area: "Eiendom", rank: 2, include: true, start: "2027-03-01", finish: "2027-08-01" },
  { id: "C", area: "Materiell", rank: 3, include: false, reason: "budget" },
  { id: "D", area: "Anskaffelser", rank: 4, include: true, start: "2027-02-15", finish: "2027-05-01" },
  { id: "E", rejected: true },
  { id: "G", area: "IKT", graded: true, rank: 5, include: true, start: "2027-04-01", finish: "2027-09-01" },
]);
const after = handPlan(2027, [
  { id: "A", area: "IKT", rank: 1, include: true, start: "2027-02-01", finish: "2027-06-01" },
  { id: "B", area: "Eiendom", rank: 3, include: true, start: "2027-04-01", finish: "2027-08-01" },
  { id: "C", area: "Materiell", rank: 2, include: true, start: "2027-05-01", finish: "2027-10-01" },
  {
    id: "D",
    area: "Anskaffelser",
    rank: 4,
    include: true,
    start: "2027-02-15",
    finish: "2027-05-01",
    daysLate: 12,
    deadline: "2027-04-19",
  },
  { id: "F", area: "Eiendom", rank: 5, include: false, reason: "capacity" },
  { id: "G", area: "IKT", graded: true, rank: 6, include: false, reason: "forced-out" },
]);

describe("diff of two versions", () => {
  const diff = diffVersions({ id: "v001", result: before }, { id: "v002", result: after });

  it("finds added, dropped, moved, newly late and changed decisions, with counts that add up", () => {
    expect(diff.added.map((n) => [n.needId, n.part])).toEqual([["F", "realEstate"]]);
    expect(diff.dropped.map((n) => [n.needId, n.part])).toEqual([["E", null]]);
    expect(diff.moved).toEqual([
      {
        needId: "B",
        title: "Behov B",
        part: "realEstate",
        rank: { from: 2, to: 3 },
        start: { from: "2027-03-01", to: "2027-04-01" },
      },
      {
        needId: "C",
        title: "Behov C",
        part: "materiel",
        rank: { from: 3, to: 2 },
        start: { from: null, to: "2027-05-01" },
        finish: { from: null, to: "2027-10-01" },
      },
      {
        needId: "G",
        title: "[SKJERMET] G",
        part: "procurement",
        rank: { from: 5, to: 6 },
        start: { from: "2027-04-01", to: null },
        finish: { from: "2027-09-01", to: null },
      },
    ]);
    expect(diff.newlyLate).toEqual([
      { needId: "D", title: "Behov D", part: "procurement", daysLate: 12, deadline: "2027-04-19" },
    ]);
    expect(diff.decisionChanged.map((d) => [d.needId, d.from, d.to])).toEqual([
      ["C", { decision: "defer", reason: "budget" }, { decision: "include", reason: "selected" }],
      ["G", { decision: "include", reason: "selected" }, { decision: "defer", reason: "forced-out" }],
    ]);
    expect(diff.counts).toEqual({
      added: 1,
      dropped: 1,
      moved: 3,
      newlyLate: 1,
      decisionChanged: 2,
      unchanged: 1,
    });
    // Every need of the new version is added, unchanged or has at least one change.
    const changed = new Set([...diff.moved, ...diff.newlyLate, ...diff.decisionChanged].map((n) => n.needId));
    expect(diff.counts.added + diff.counts.unchanged + changed.size).toBe(after.needs.length);
  });

  it("is empty from a version to itself", () => {
    const same = diffVersions({ id: "v002", result: after }, { id: "v002", result: after });
    expect(same.counts).toEqual({
      added: 0,
      dropped: 0,
      moved: 0,
      newlyLate: 0,
      decisionChanged: 0,
      unchanged: 6,
    });
  });

  it("reads as CLI text in bokmål and English, never showing a graded need's title", () => {
    expect(diffText(diff, "nb")).toEqual([
      "Endringer fra v001 til v002: nye 1, borte 1, flyttet 3, nylig forsinket 1, endret beslutning 2, uendret 1.",
      "+ F Behov F: nytt behov",
      "- E: ikke lenger med",
      "~ B Behov B: rang 2 → 3, oppstart 01.03.2027 → 01.04.2027",
      "~ C Behov C: rang 3 → 2, oppstart – → 01.05.2027, ferdig – → 01.10.2027",
      "~ G [SKJERMET] G: rang 5 → 6, oppstart 01.04.2027 → –, ferdig 01.09.2027 → –",
      "! D Behov D: 12 dager for sent (frist 19.04.2027)",
      "* C Behov C: ikke med (budsjett) → med (valgt)",
      "* G [SKJERMET] G: med (valgt) → ikke med (tvunget ut)",
    ]);
    expect(diffText(diff, "en")[0]).toBe(
      "Changes from v001 to v002: added 1, dropped 1, moved 3, newly late 1, decision changed 2, unchanged 1.",
    );
    expect(diffText(diff, "en")[6]).toBe("! D Behov D: 12 days late (deadline 19/04/2027)");
  });

  it("becomes the Endringer sheet that LibreOffice opens with every change", async () => {
    const sheet = diffSheet(diff, "nb");
    const workbook = withChangesSheet({ sheets: [], layout: undefined as never }, diff, "nb");
    expect(workbook.sheets.map((s) => s.name)).toEqual([CHANGES_SHEET.name]);
    const dir = mkdtempSync(join(tmpdir(), "diff-sheet-"));
    const file = join(dir, "endringer.xlsx");
    writeFileSync(file, await writeXlsx({ ...workbook, sheets: [sheet] }));
    const [converted] = recalcWithLibreOffice([file]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(converted as string);
    const ws = wb.getWorksheet(CHANGES_SHEET.name) as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("Endringer fra versjon v001 til v002");
    expect([ws.getCell("A6").value, ws.getCell("B6").value]).toEqual(["Flyttet", 3]);
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n > 11) rows.push((row.values as unknown[]).slice(1, 8));
    });
    // 1 added + 1 dropped + 2 + 3 + 3 moved fields + 1 late + 2 decisions.
    expect(rows).toHaveLength(13);
    expect(rows[2]).toEqual(["Flyttet", "B", "Behov B", "Eiendomsporteføljeplanen", "Rang", 2, 3]);
    const start = rows[3] as unknown[];
    expect(start.slice(0, 5)).toEqual([
      "Flyttet",
      "B",
      "Behov B",
      "Eiendomsporteføljeplanen",
      "Planlagt oppstart",
    ]);
    expect((start[5] as Date).toISOString().slice(0, 10)).toBe("2027-03-01");
    expect(rows.map((r) => r[2])).not.toContain("Behov G");
    expect(rows[12]).toEqual([
      "Endret beslutning",
      "G",
      "[SKJERMET] G",
      "Anskaffelsesplanen",
      "Beslutning",
      "med (valgt)",
      "ikke med (tvunget ut)",
    ]);
  });

  it("is written into the open workbook by the Office.js writer next to the plan's sheets", async () => {
    const options = { locale: "nb" as const, redaction: { includeSecurityGraded: false } };
    const model = withChangesSheet(buildWorkbook(workbookInputFor(someNeeds(5)), options), diff, "nb");
    expect(model.sheets.map((s) => s.name).slice(-2)).toEqual(["Tilbakemelding", "Endringer"]);
    const fake = fakeWorkbook();
    const link = {
      planYear: 2027,
      writtenAt: "2026-12-04T00:00:00.000Z",
      sheets: model.sheets.map((s) => s.name),
      layout: model.layout,
      state: editStateOf(workbookInputFor(someNeeds(5))),
      scoreOverrides: {},
    };
    await writeWorkbookModel(fake.context, model, { support: FULL_SUPPORT, link });
    expect(fake.state.sheets.map((s) => s.name)).toContain("Endringer");
    expect(cellAt(fake.state, "Endringer", 1, 1).value).toBe("Endringer fra versjon v001 til v002");
    const row = [1, 2, 3, 4].map((col) => cellAt(fake.state, "Endringer", 12, col).value);
    expect(row).toEqual(["Ny", "F", "Behov F", "Eiendomsporteføljeplanen"]);
  });
});
