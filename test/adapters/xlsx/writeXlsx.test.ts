// The .xlsx writer: text stays text (no <f> for submitter text), formulas carry cached results,
// validations, conditional formats, tables and the chart parts are in the package, and
// security-graded content is absent from the file.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import { buildWorkbook } from "../../../src/application/workbook/buildWorkbook";
import { writeXlsx } from "../../../src/adapters/xlsx/writeXlsx";
import { aNeed, someNeeds, workbookInputFor } from "../../application/workbook/workbookFixtures";

const nb = { locale: "nb" as const, redaction: { includeSecurityGraded: false } };
const evil = ['=HYPERLINK("http://x","klikk")', "+4722", "-2+3", "@SUM(A1)", "\tTab"];

async function packageOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => zip.file(path)!.async("string");
  return { zip, text, files: Object.keys(zip.files) };
}

describe("writeXlsx", () => {
  const needs = [
    ...someNeeds(12),
    ...evil.map((title, i) => aNeed({ id: `X-${i}`, title, scores: someNeeds(1)[0]!.scores })),
    aNeed({ id: "S-1", title: "Skjult prosjekt", securityGraded: true, scores: someNeeds(1)[0]!.scores }),
  ];
  const model = buildWorkbook(workbookInputFor(needs), nb);
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeXlsx(model);
  });

  it("writes submitter text as strings, never as formulas, and formulas with cached results", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = wb.getWorksheet("Matrise")!;
    const titles = new Map<string, ExcelJS.Cell>();
    ws.eachRow((row) => {
      const id = row.getCell(1).value;
      if (typeof id === "string") titles.set(id, row.getCell(2));
    });
    evil.forEach((title, i) => {
      const cell = titles.get(`X-${i}`)!;
      expect(cell.value).toBe(title);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
    });
    const score = ws.getCell("L7").value as ExcelJS.CellFormulaValue;
    expect(score.formula).toBe('IF(COUNT(E7:K7)<7,"",SUMPRODUCT($E$4:$K$4,E7:K7)/100)');
    expect(typeof score.result).toBe("number");

    const { text, files } = await packageOf(bytes);
    const sheetXml = await Promise.all(
      files.filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).map(text),
    );
    const formulas = sheetXml.flatMap((x) => [...x.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!));
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).not.toMatch(/HYPERLINK|4722|SUM\(A1\)|Tab/);
  });

  it("holds validations, conditional formats, tables and a well-formed bubble chart", async () => {
    const { text, files } = await packageOf(bytes);
    const all = (
      await Promise.all(files.filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).map(text))
    ).join("");
    expect(all).toContain('type="whole"');
    expect(all).toContain('type="list"');
    expect(all).toContain("<colorScale>");
    expect(all).toContain('type="expression"');
    expect(files.filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f)).length).toBe(6);
    const chart = await text("xl/charts/chart1.xml");
    const drawing = await text("xl/drawings/drawing1.xml");
    for (const xml of [chart, drawing, await text("[Content_Types].xml")])
      expect(XMLValidator.validate(xml)).toBe(true);
    expect(chart).toContain("<c:bubbleChart>");
    expect(chart).toContain("&apos;Kraljic&apos;!$C$7");
    expect((await text("[Content_Types].xml")).includes("/xl/charts/chart1.xml")).toBe(true);
    const kraljicSheet = all.match(/<drawing r:id="rIdDrawing1"\/>/g);
    expect(kraljicSheet?.length).toBe(1);
  });

  it("leaves security-graded titles out of the file", async () => {
    const { text, files } = await packageOf(bytes);
    const everything = (await Promise.all(files.filter((f) => f.endsWith(".xml")).map(text))).join("");
    expect(everything).not.toContain("Skjult prosjekt");
    expect(everything).toContain("[SKJERMET] S-1");
  });
});
