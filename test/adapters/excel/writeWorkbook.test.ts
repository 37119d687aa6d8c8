// The Office.js writer against an office-addin-mock context: values, formulas and formats written,
// their order (text format before values, values before formats), the sync budget and degradation.
import { buildWorkbook } from "../../../src/application/workbook/buildWorkbook";
import { writeWorkbookModel } from "../../../src/adapters/excel/writeWorkbook";
import { FULL_SUPPORT, excelSupport, supportMessage } from "../../../src/adapters/excel/requirements";
import { someNeeds, workbookInputFor, aNeed } from "../../application/workbook/workbookFixtures";
import { fakeExcel, type RecordedWrite } from "./fakeExcel";

const options = { locale: "nb" as const, redaction: { includeSecurityGraded: false } };

const writesTo = (writes: RecordedWrite[], sheet: string, property: RecordedWrite["property"]) =>
  writes.filter((w) => w.sheet === sheet && w.property === property);

describe("writeWorkbookModel (Office.js)", () => {
  const needs = someNeeds(30);
  const model = buildWorkbook(workbookInputFor(needs), options);

  it("writes the matrix values, live formulas and formats in few syncs", async () => {
    const fake = fakeExcel();
    const stats = await writeWorkbookModel(fake.context, model, { support: FULL_SUPPORT });
    expect(stats.syncs).toBe(fake.syncs());
    expect(stats.syncs).toBe(2);

    const table = writesTo(fake.writes, "Matrise", "values").find((w) => w.address.startsWith("A6:"));
    expect(table).toBeDefined();
    expect(table!.address).toBe("A6:P36");
    expect(table!.data[0]!.slice(0, 2)).toEqual(["ID", "Tittel"]);
    expect(table!.data[1]![0]).toBe("B-0001");
    expect(table!.data[1]!.slice(4, 11)).toEqual(Object.values(needs[0]!.scores));

    const formulas = writesTo(fake.writes, "Matrise", "formulas");
    const score = formulas.find((w) => w.address === "L7:L36");
    const rank = formulas.find((w) => w.address === "N7:N36");
    expect(score!.data[0]).toEqual(['=IF(COUNT(E7:K7)<7,"",SUMPRODUCT($E$4:$K$4,E7:K7)/100)']);
    expect(rank!.data[29]).toEqual([
      '=IF(M36="","",RANK(M36,$M$7:$M$36,0)+COUNTIFS($M$7:$M$36,M36,$P$7:$P$36,"<"&P36))',
    ]);
    expect(formulas.find((w) => w.address === "L4")!.data).toEqual([["=SUM($E$4:$K$4)"]]);

    // Text format goes in before the values; number formats of rules come after.
    const textFormat = writesTo(fake.writes, "Matrise", "numberFormat").find((w) => w.address === "A6:P36");
    expect(textFormat!.data[1]![1]).toBe("@");
    expect(textFormat!.data[1]![4]).toBe("General");
    expect(fake.writes.indexOf(textFormat!)).toBeLessThan(fake.writes.indexOf(table!));
    const scoreFormat = writesTo(fake.writes, "Matrise", "numberFormat").find((w) => w.address === "L7:L36");
    expect(scoreFormat!.data.every((r) => r[0] === "0.00")).toBe(true);
    expect(fake.writes.indexOf(scoreFormat!)).toBeGreaterThan(fake.writes.indexOf(table!));
    const lastValueWrite = Math.max(...fake.writes.flatMap((w, i) => (w.property === "values" ? [i] : [])));
    const firstRuleFormat = fake.writes.findIndex(
      (w) => w.property === "numberFormat" && w.address === "E4:K4",
    );
    expect(firstRuleFormat).toBeGreaterThan(lastValueWrite);

    // Conditional formats, validation, tables, chart, calculation suspended and resumed.
    const cfs = fake.calls.filter((c) => c.what.startsWith("conditionalFormats.add:Matrise"));
    expect(cfs.map((c) => c.args[0])).toEqual(expect.arrayContaining(["ColorScale", "CellValue"]));
    expect(
      fake.calls.filter((c) => c.what === "conditionalFormats.add:Plan!K4:AM33").map((c) => c.args[0]),
    ).toEqual(["Custom", "Custom", "Custom"]);
    const tables = fake.calls.filter((c) => c.what.startsWith("tables.add")).map((c) => c.args[0]);
    expect(tables).toEqual(expect.arrayContaining(["A6:P36", "A7:K37", "A3:L33"]));
    expect(fake.calls.filter((c) => c.what.startsWith("charts.add")).map((c) => c.args)).toEqual([
      ["Bubble", "Columns"],
    ]);
    expect(fake.calls.filter((c) => c.what.startsWith("series.setBubbleSizes")).length).toBe(2);
    expect(fake.calls.filter((c) => c.what.startsWith("axis.setPositionAt")).map((c) => c.args[0])).toEqual([
      3,
      expect.any(Number),
    ]);
    expect(
      fake.calls.filter((c) => c.what === "suspendApiCalculationUntilNextSync").map((c) => c.sync),
    ).toEqual([1]);
    expect(fake.calls.filter((c) => c.what === "calculate").map((c) => [c.sync, c.args[0]])).toEqual([
      [1, "Full"],
    ]);
  });

  it("replaces sheets that exist without ever deleting the last sheet first", async () => {
    const fake = fakeExcel(["Matrise", "Plan"]);
    await writeWorkbookModel(fake.context, model, { support: FULL_SUPPORT });
    const structure = fake.calls.filter(
      (c) => c.what === "worksheets.add" || c.what.startsWith("sheet.delete"),
    );
    expect(structure.map((c) => (c.what === "worksheets.add" ? `add:${String(c.args[0])}` : c.what))).toEqual(
      [
        "add:Innmeldinger",
        "add:Matrise",
        "sheet.delete:Matrise~~",
        "add:Utvalg",
        "add:Plan",
        "sheet.delete:Plan~~",
        "add:Kapasitet",
        "add:Kraljic",
        "add:Tilbakemelding",
      ],
    );
  });

  it("keeps submitter text that looks like a formula as text", async () => {
    const evil = [
      '=HYPERLINK("http://x","klikk")',
      "+47 22 00 00 00",
      "-1+1",
      "@SUM(A1)",
      "\tfane",
      "\rvogn",
    ];
    const injected = evil.map((title, i) => aNeed({ id: `X-${i}`, title, scores: needs[0]!.scores }));
    const fake = fakeExcel();
    await writeWorkbookModel(fake.context, buildWorkbook(workbookInputFor(injected), options), {
      support: FULL_SUPPORT,
    });
    const table = writesTo(fake.writes, "Matrise", "values").find((w) => w.address.startsWith("A6:"))!;
    const formats = writesTo(fake.writes, "Matrise", "numberFormat").find(
      (w) => w.address === table.address,
    )!;
    evil.forEach((title, i) => {
      expect(table.data[i + 1]![1]).toBe(title);
      expect(formats.data[i + 1]![1]).toBe("@");
    });
    const allFormulas = fake.writes.filter((w) => w.property === "formulas").flatMap((w) => w.data.flat());
    for (const title of evil) expect(allFormulas).not.toContain(title);
  });

  it("degrades without newer requirement sets and says what is left out", async () => {
    const support = excelSupport((_name, version) => Number(version) <= 1.5);
    expect(support).toMatchObject({
      base: true,
      conditionalFormats: false,
      dataValidation: false,
      chartSeries: false,
    });
    const fake = fakeExcel();
    await writeWorkbookModel(fake.context, model, { support });
    expect(fake.calls.filter((c) => c.what.startsWith("conditionalFormats.add"))).toEqual([]);
    expect(fake.calls.filter((c) => c.what.startsWith("series.") || c.what.startsWith("axis."))).toEqual([]);
    expect(fake.calls.filter((c) => c.what.startsWith("suspend"))).toEqual([]);
    expect(fake.calls.filter((c) => c.what.startsWith("charts.add")).length).toBe(1);
    expect(supportMessage(support, "nb")).toBe(
      "Denne Excel-versjonen mangler ExcelApi 1.6, ExcelApi 1.7, ExcelApi 1.8, ExcelApi 1.9. Arket skrives uten: pause i omregning, betinget formatering, serier per hovedkategori i diagrammet, datavalidering, kvadrantlinjer i diagrammet, pause i skjermoppdatering.",
    );
    expect(supportMessage(FULL_SUPPORT, "en")).toBeUndefined();
    const none = excelSupport(() => false);
    await expect(writeWorkbookModel(fakeExcel().context, model, { support: none })).rejects.toThrow(
      "ExcelApi 1.4",
    );
  });

  it("writes a 5,000-row matrix in at most 5 syncs, each request under the limit", async () => {
    const big = buildWorkbook(workbookInputFor(someNeeds(5000)), options);
    const fake = fakeExcel();
    const stats = await writeWorkbookModel(fake.context, big, { support: FULL_SUPPORT });
    expect(stats.syncs).toBe(fake.syncs());
    expect(stats.syncs).toBeLessThanOrEqual(5);
    for (const bytes of stats.batchBytes) expect(bytes).toBeLessThanOrEqual(4_000_000);
    const matrixRows = writesTo(fake.writes, "Matrise", "values")
      .filter((w) => w.address !== "A1" && w.address !== "A2" && !w.address.startsWith("A3:"))
      .reduce((n, w) => n + w.data.length, 0);
    expect(matrixRows).toBe(5001);

    const small = fakeExcel();
    const tight = await writeWorkbookModel(small.context, big, {
      support: FULL_SUPPORT,
      maxRequestBytes: 500_000,
    });
    expect(tight.syncs).toBeGreaterThan(stats.syncs);
    for (const bytes of tight.batchBytes) expect(bytes).toBeLessThanOrEqual(500_000);
  });
});
