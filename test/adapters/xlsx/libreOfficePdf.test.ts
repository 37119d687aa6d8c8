// The workbook as a person sees it: plan.xlsx rendered to PDF by LibreOffice with a Norwegian
// (nb-NO) profile shows no `###` cell on any sheet, every sheet's title, full headers and the
// procedures by name; and text that looks like a formula stays text when LibreOffice recomputes
// the file (cell types read back) and shows as typed in the PDF.
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWorkbook } from "../../../src/application/workbook/buildWorkbook";
import { writeXlsx } from "../../../src/adapters/xlsx/writeXlsx";
import { runCli } from "../../cli/runCli";
import { aNeed, someNeeds, workbookInputFor } from "../../application/workbook/workbookFixtures";
import { convertWithLibreOffice } from "./libreOffice";

/** The PDF's text, page by page (pdftotext from poppler-utils; CI installs it). */
function pdfPages(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  }).split("\f");
}

describe("the workbook in LibreOffice (nb-NO)", () => {
  it("prints every sheet without ### cells, with full headers and procedure names", async () => {
    const dir = mkdtempSync(join(tmpdir(), "anskaffelsesplan-pdf-"));
    expect((await runCli("--lang", "nb", "plan", "--demo", "--out", dir)).code).toBe(0);
    const [pdf] = convertWithLibreOffice([join(dir, "plan.xlsx")], "pdf", "nb-NO");
    const pages = pdfPages(pdf!);
    const text = pages.join("\n");
    expect(text).not.toContain("###");
    for (const title of [
      "Innmeldte behov 2027",
      "Prioriteringsmatrise 2027",
      "Utvalg 2027",
      "Anskaffelsesplan 2027",
      "Ukentlig belastning per person 2027",
      "Kraljic-matrise per underkategori 2027",
      "Tilbakemelding til enhetene 2027",
    ])
      expect(text).toContain(title);
    // Week headers as Norwegian dd.mm dates, headers in full, procedures by name.
    expect(text).toMatch(/\b\d{2}\.\d{2}\s+\d{2}\.\d{2}\s+\d{2}\.\d{2}/);
    expect(text).toContain("Kontrakt signert");
    expect(text).toContain("Åpen anbudskonkurranse");
    expect(text).not.toMatch(/\s(part-II|mini-competition|open)\s/);
    // Landscape, one page wide: the Kraljic sheet (table and chart) is not split across pages.
    const kraljic = pages.filter((p) => p.includes("Kraljic-matrise per underkategori"));
    expect(kraljic.length).toBe(1);
  });

  it("keeps formula-like text as text when LibreOffice recomputes the .xlsx", async () => {
    const evil = ['=HYPERLINK("http://x","klikk")', "+47 22 00 00 00", "-1+1", "@SUM(A1)", "'sitat", "00123"];
    const needs = [
      ...someNeeds(3),
      ...evil.map((title, i) => aNeed({ id: `X-${i}`, title, scores: someNeeds(1)[0]!.scores })),
    ];
    const model = buildWorkbook(workbookInputFor(needs), {
      locale: "nb",
      redaction: { includeSecurityGraded: false },
    });
    const dir = mkdtempSync(join(tmpdir(), "anskaffelsesplan-evil-"));
    const file = join(dir, "evil.xlsx");
    writeFileSync(file, await writeXlsx(model));
    const [recomputed] = convertWithLibreOffice([file], "xlsx", "nb-NO");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(recomputed!) as unknown as ExcelJS.Buffer);
    const titles = new Map<string, ExcelJS.Cell>();
    wb.getWorksheet("Matrise")!.eachRow((row) => titles.set(String(row.getCell(1).value), row.getCell(2)));
    evil.forEach((title, i) => {
      const cell = titles.get(`X-${i}`)!;
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(title);
    });
    const [pdf] = convertWithLibreOffice([file], "pdf", "nb-NO");
    const text = pdfPages(pdf!).join("\n");
    for (const title of evil) expect(text).toContain(title);
  });
});
