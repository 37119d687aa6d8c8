// The Årshjul sheet: the annual wheel's status on the demo tenant (the planted silent unit and late
// submissions) as a workbook sheet, written to .xlsx and opened by LibreOffice, and written into
// the open workbook by the Office.js writer.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { FULL_SUPPORT } from "../../../src/adapters/excel/requirements";
import { writeWorkbookModel } from "../../../src/adapters/excel/writeWorkbook";
import { writeXlsx } from "../../../src/adapters/xlsx/writeXlsx";
import { runPlan } from "../../../src/application/runPlan";
import { buildWorkbook } from "../../../src/application/workbook/buildWorkbook";
import { editStateOf } from "../../../src/application/workbook/readBack";
import {
  WHEEL_SHEET,
  wheelSheet,
  withWheelSheet,
  type WheelSheetInput,
} from "../../../src/application/workbook/wheelSheet";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { PLANTED_LATE_DAYS } from "../../../src/demo/plantedReceipts";
import { allUnits } from "../../../src/domain/model/defaults";
import { recalcWithLibreOffice } from "../../adapters/xlsx/libreOffice";
import { cellAt, fakeWorkbook } from "../../adapters/excel/fakeWorkbook";
import { someNeeds, workbookInputFor } from "./workbookFixtures";

const input = generateDemoTenant();
const names = new Map(allUnits(input.config).map((u) => [u.id, u.name]));
let sheetInput: WheelSheetInput;

beforeAll(async () => {
  const result = await runPlan(input, { includeSecurityGraded: false, insight: { asOf: "2026-11-20" } });
  if (!result.insight) throw new Error("no insight");
  sheetInput = {
    wheel: result.insight.wheel,
    planYear: 2027,
    unitName: (id) => names.get(id) ?? id,
    locale: "nb",
  };
});

/** The sheet's rows as values, from row 1. */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1, 6);
  });
  return rows;
}

it("LibreOffice opens the Årshjul sheet: stage, deadlines with days left, units, late submissions, open items", async () => {
  const dir = mkdtempSync(join(tmpdir(), "wheel-sheet-"));
  const file = join(dir, "arshjul.xlsx");
  writeFileSync(file, await writeXlsx({ sheets: [wheelSheet(sheetInput)], layout: undefined as never }));
  const [converted] = recalcWithLibreOffice([file]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(converted as string);
  const ws = wb.getWorksheet(WHEEL_SHEET.name) as ExcelJS.Worksheet;
  const rows = rowsOf(ws);
  expect(rows[0]?.[0]).toBe(
    "Årshjulet for planåret 2027, per 20.11.2026: innmeldingsfristen er passert – sentral analyse og prioritering",
  );
  const analysis = rows.find((r) => r[0] === "Analyse og prioritering sentralt") as unknown[];
  expect((analysis[1] as Date).toISOString().slice(0, 10)).toBe("2027-01-01");
  expect(analysis.slice(2)).toEqual([42, "Nei", "Neste"]);
  expect(rows.find((r) => r[0] === "Innmelding lokalt")?.slice(2, 4)).toEqual([-19, "Ja"]);
  expect(rows.find((r) => r[0] === "Finnmark politidistrikt")?.slice(1, 4)).toEqual(["Ikke meldt inn", 0, 0]);
  expect(rows.filter((r) => r[1] === "Meldt inn")).toHaveLength(20);
  const late = rows.filter((r) => typeof r[0] === "string" && /^BH-\d{4}$/.test(r[0]));
  expect(late.map((r) => r[3])).toEqual([...PLANTED_LATE_DAYS]);
  expect((late[0]?.[2] as Date).toISOString().slice(0, 10)).toBe("2026-11-02");
  expect(rows.find((r) => r[0] === "Behov som mangler score")?.[1]).toBe(
    sheetInput.wheel.open.unscoredNeeds.length,
  );
  expect(rows.find((r) => r[0] === "Forslag uten avgjørelse")?.[1]).toBe(
    sheetInput.wheel.open.openSuggestions,
  );
});

it("the Office.js writer writes the Årshjul sheet next to the plan's sheets", async () => {
  const options = { locale: "nb" as const, redaction: { includeSecurityGraded: false } };
  const model = withWheelSheet(buildWorkbook(workbookInputFor(someNeeds(5)), options), sheetInput);
  expect(model.sheets.map((s) => s.name).slice(-2)).toEqual(["Tilbakemelding", WHEEL_SHEET.name]);
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
  expect(fake.state.sheets.map((s) => s.name)).toContain(WHEEL_SHEET.name);
  expect(String(cellAt(fake.state, WHEEL_SHEET.name, 1, 1).value)).toContain("Årshjulet for planåret 2027");
  const firstMilestone = [1, 3].map((col) => cellAt(fake.state, WHEEL_SHEET.name, 4, col).value);
  expect(firstMilestone).toEqual(["Forberedelser sentralt", -80]);
});
