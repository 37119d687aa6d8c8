// The Office.js writer against the stateful fake workbook (Office.js batch semantics): values,
// formulas and formats written into temporary sheets and swapped in, the sync budget, text that
// looks like a formula kept as text on both Office.js paths (checked by reading back the cell
// types), the locale-neutral colour-scale midpoint, sheet-qualified tables, one screen-updating
// suspension per write, print setup, and degradation on older hosts.
import { buildWorkbook } from "../../../src/application/workbook/buildWorkbook";
import { writeWorkbookModel, tempSheetName } from "../../../src/adapters/excel/writeWorkbook";
import { localeNeutralNumber } from "../../../src/adapters/excel/writeFormats";
import { FULL_SUPPORT, excelSupport, supportMessage } from "../../../src/adapters/excel/requirements";
import type { WorkbookLink } from "../../../src/application/workbook/workbookLink";
import type { WorkbookModel } from "../../../src/domain/workbook/workbookModel";
import { editStateOf } from "../../../src/application/workbook/readBack";
import { someNeeds, workbookInputFor, aNeed } from "../../application/workbook/workbookFixtures";
import type { WorkbookInput } from "../../../src/application/workbook/workbookInput";
import { cellAt, fakeWorkbook, type FakeWorkbook } from "./fakeWorkbook";

const options = { locale: "nb" as const, redaction: { includeSecurityGraded: false } };
const SHEETS = ["Innmeldinger", "Matrise", "Utvalg", "Plan", "Kapasitet", "Kraljic", "Tilbakemelding"];

/** The link a write leaves for a model built straight from a workbook input. */
function linkOf(model: WorkbookModel, input: WorkbookInput): WorkbookLink {
  return {
    planYear: input.plan.planYear,
    writtenAt: "2026-12-04T00:00:00.000Z",
    sheets: model.sheets.map((s) => s.name),
    layout: model.layout,
    state: editStateOf(input),
    scoreOverrides: {},
  };
}

const callsOf = (fake: FakeWorkbook, prefix: string) => fake.calls.filter((c) => c.what.startsWith(prefix));

describe("writeWorkbookModel (Office.js)", () => {
  const needs = someNeeds(30);
  const input = workbookInputFor(needs);
  const model = buildWorkbook(input, options);
  const link = linkOf(model, input);

  it("writes values, live formulas and formats into new sheets and swaps them in", async () => {
    const fake = fakeWorkbook();
    const stats = await writeWorkbookModel(fake.context, model, { support: FULL_SUPPORT, link });
    expect(stats.syncs).toBe(fake.syncs());
    expect(stats.syncs).toBe(4); // link, probe, one fill batch, swap
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Ark1", ...SHEETS]);
    expect(cellAt(fake.state, "Matrise", 6, 1)).toMatchObject({ type: "String", value: "ID" });
    expect(cellAt(fake.state, "Matrise", 7, 1)).toMatchObject({
      type: "String",
      value: "B-0001",
      format: "@",
    });
    expect(cellAt(fake.state, "Matrise", 7, 5)).toMatchObject({
      type: "Double",
      value: Object.values(needs[0]!.scores)[0],
    });
    expect(cellAt(fake.state, "Matrise", 7, 12).formula).toBe(
      '=IF(COUNT(E7:K7)<7,"",SUMPRODUCT($E$4:$K$4,E7:K7)/100)',
    );
    expect(cellAt(fake.state, "Matrise", 36, 14).formula).toBe(
      '=IF(M36="","",RANK(M36,$M$7:$M$36,0)+COUNTIFS($M$7:$M$36,M36,$P$7:$P$36,"<"&P36))',
    );
    expect(cellAt(fake.state, "Matrise", 4, 12).formula).toBe("=SUM($E$4:$K$4)");
    expect(cellAt(fake.state, "Matrise", 7, 12).format).toBe("0.00");

    // Tables on sheet-qualified ranges, renamed to their names in the swap.
    expect(callsOf(fake, "tables.add").map((c) => c.args[0])).toEqual(
      expect.arrayContaining(["'Matrise ~ny'!A6:P36", "'Utvalg ~ny'!A7:K37", "'Innmeldinger ~ny'!A3:L33"]),
    );
    expect(fake.state.tables.map((t) => t.name).sort()).toEqual([
      "tblInnmeldinger",
      "tblKraljic",
      "tblMatrise",
      "tblPlan",
      "tblTilbakemelding",
      "tblUtvalg",
    ]);
    // Screen updating suspended once per write (the swap), calculation per fill batch, one full recalculation.
    expect(callsOf(fake, "suspendScreenUpdatingUntilNextSync").map((c) => c.sync)).toEqual([3]);
    expect(callsOf(fake, "suspendApiCalculationUntilNextSync").map((c) => c.sync)).toEqual([2]);
    expect(callsOf(fake, "calculate").map((c) => [c.sync, c.args[0]])).toEqual([[3, "Full"]]);
    // The colour scale's midpoint as a locale-neutral formula.
    const scale = fake.calls.find(
      (c) => c.what.startsWith("conditionalFormats:Kapasitet") && c.what.endsWith("colorScale.criteria"),
    );
    expect((scale!.args[0] as { midpoint: { formula: string } }).midpoint.formula).toBe("=7/10");
    // Print setup: landscape, one page wide, print area.
    expect(callsOf(fake, "pageLayout:Kraljic ~ny.setPrintArea").length).toBe(1);
    expect(callsOf(fake, "pageLayout:Kapasitet ~ny.orientation").map((c) => c.args[0])).toEqual([
      "Landscape",
    ]);
    expect(callsOf(fake, "pageLayout:Kapasitet ~ny.zoom").map((c) => c.args[0])).toEqual([
      { horizontalFitToPages: 1, verticalFitToPages: 0 },
    ]);
    // The chart, with the quadrant lines (axes crossing at the split values).
    expect(fake.calls.filter((c) => c.what.endsWith("setPositionAt")).map((c) => c.args[0])).toEqual([
      3,
      expect.any(Number),
    ]);
    expect(
      fake.calls.filter((c) => c.what === "charts:Kraljic ~ny.add").map((c) => [c.args[0], c.args[2]]),
    ).toEqual([["Bubble", "Columns"]]);
  });

  it("writes every new cell under a temporary name before touching the previous sheets", async () => {
    const fake = fakeWorkbook();
    await writeWorkbookModel(fake.context, model, { support: FULL_SUPPORT, link });
    const again = fakeWorkbook(fake.state);
    await writeWorkbookModel(again.context, model, { support: FULL_SUPPORT, link });
    const writes = callsOf(again, "range.");
    expect(writes.length).toBeGreaterThan(10);
    for (const w of writes) expect(w.what).toMatch(/:[^!]+ ~ny!/);
    const swap = again.calls.filter((c) => c.sync === again.syncs() - 1).map((c) => c.what);
    const firstDelete = swap.findIndex((w) => w.startsWith("sheet.delete"));
    expect(firstDelete).toBeGreaterThan(swap.findIndex((w) => w === "customXmlParts.add"));
    expect(again.state.sheets.map((s) => s.name)).toEqual(["Ark1", ...SHEETS]);
  });

  it.each([
    ["valuesAsJson (ExcelApi 1.16)", FULL_SUPPORT],
    ["apostrophe prefix", { ...FULL_SUPPORT, valuesAsJson: false }],
  ])("keeps submitter text that looks like a formula as text: %s", async (_label, support) => {
    const evil = [
      '=HYPERLINK("http://x","klikk")',
      "+47 22 00 00 00",
      "-1+1",
      "@SUM(A1)",
      "'sitat",
      "00123",
      "1.5",
    ];
    const injected = evil.map((title, i) => aNeed({ id: `X-${i}`, title, scores: needs[0]!.scores }));
    const evilInput = workbookInputFor(injected);
    const evilModel = buildWorkbook(evilInput, options);
    const fake = fakeWorkbook();
    await writeWorkbookModel(fake.context, evilModel, { support, link: linkOf(evilModel, evilInput) });
    const range = fake.context.workbook.worksheets.getItem("Matrise").getRange(`B7:B${6 + evil.length}`);
    range.load("values, formulas, valueTypes");
    await fake.context.sync();
    expect(range.values.map((r) => r[0])).toEqual(evil);
    expect(range.valueTypes.map((r) => r[0])).toEqual(evil.map(() => "String"));
    expect(range.formulas.map((r) => r[0])).toEqual(evil);
    const json = callsOf(fake, "range.valuesAsJson").length;
    expect(json > 0).toBe(support.valuesAsJson);
  });

  it("states the colour-scale points without a decimal separator", () => {
    expect(localeNeutralNumber(0.7)).toBe("=7/10");
    expect(localeNeutralNumber(1)).toBe("1");
    expect(localeNeutralNumber(-0.25)).toBe("=-25/100");
  });

  it("degrades without newer requirement sets and says what is left out", async () => {
    const support = excelSupport((_name, version) => Number(version?.split(".")[1]) <= 5);
    expect(support).toMatchObject({
      base: true,
      customXmlParts: true,
      valuesAsJson: false,
      conditionalFormats: false,
      dataValidation: false,
      chartSeries: false,
    });
    const fake = fakeWorkbook();
    await writeWorkbookModel(fake.context, model, { support, link });
    expect(callsOf(fake, "conditionalFormats")).toEqual([]);
    expect(fake.calls.filter((c) => /\.series\.|setPositionAt/.test(c.what)).map((c) => c.what)).toEqual([]);
    expect(callsOf(fake, "suspend")).toEqual([]);
    expect(callsOf(fake, "pageLayout")).toEqual([]);
    expect(fake.calls.filter((c) => c.what === "charts:Kraljic ~ny.add").length).toBe(1);
    expect(supportMessage(support, "nb")).toBe(
      "Denne Excel-versjonen mangler ExcelApi 1.6, ExcelApi 1.7, ExcelApi 1.8, ExcelApi 1.9. Arket skrives uten: pause i omregning, betinget formatering, serier per hovedkategori i diagrammet, datavalidering, kvadrantlinjer i diagrammet, pause i skjermoppdatering, utskriftsoppsett (utskriftsområde, liggende, tilpass bredden).",
    );
    expect(supportMessage(FULL_SUPPORT, "en")).toBeUndefined();
    const none = excelSupport(() => false);
    await expect(writeWorkbookModel(fakeWorkbook().context, model, { support: none, link })).rejects.toThrow(
      "ExcelApi 1.4",
    );
  });

  it("writes a 5,000-row matrix in few syncs, each request under the limit", async () => {
    const bigInput = workbookInputFor(someNeeds(5000));
    const big = buildWorkbook(bigInput, options);
    const bigLink = linkOf(big, bigInput);
    const fake = fakeWorkbook();
    const stats = await writeWorkbookModel(fake.context, big, { support: FULL_SUPPORT, link: bigLink });
    expect(stats.syncs).toBe(fake.syncs());
    expect(stats.syncs).toBeLessThanOrEqual(8);
    for (const bytes of stats.batchBytes) expect(bytes).toBeLessThanOrEqual(4_000_000);
    expect(cellAt(fake.state, "Matrise", 5006, 1).value).toBe("B-5000");

    const small = fakeWorkbook();
    const tight = await writeWorkbookModel(small.context, big, {
      support: FULL_SUPPORT,
      link: bigLink,
      maxRequestBytes: 500_000,
    });
    expect(tight.syncs).toBeGreaterThan(stats.syncs);
    for (const bytes of tight.batchBytes) expect(bytes).toBeLessThanOrEqual(500_000);
  });

  it("names the temporary sheets within Excel's 31 characters", () => {
    expect(tempSheetName("Tilbakemelding")).toBe("Tilbakemelding ~ny");
    expect(tempSheetName("x".repeat(31)).length).toBe(31);
  });
});
