/**
 * Puts the model's charts into an .xlsx package written by exceljs: chart and drawing parts,
 * their relationships, the sheet's <drawing> element and the content types (JSZip, which exceljs
 * itself uses).
 */
import JSZip from "jszip";
import type { BubbleChartSpec } from "../../domain/workbook/workbookModel";
import { bubbleChartXml, drawingXml, relationshipsXml, xmlEscape, type SeriesCache } from "./chartXml";

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** Charts to add, per sheet name, with a cache lookup for the series values. */
export interface SheetCharts {
  readonly sheet: string;
  readonly charts: readonly BubbleChartSpec[];
  readonly cache: SeriesCache;
}

/** The text of a part; throws naming the part when the package lacks it. */
export async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`xlsx: the package has no part ${path}`);
  return file.async("string");
}

/** The worksheet part path of a sheet, found through workbook.xml and its relationships. */
export async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await readText(zip, "xl/workbook.xml");
  const rels = await readText(zip, "xl/_rels/workbook.xml.rels");
  const sheetEl = new RegExp(
    `<sheet [^>]*name="${xmlEscape(sheet).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`,
  ).exec(workbook);
  const relId = sheetEl === null ? undefined : /r:id="([^"]+)"/.exec(sheetEl[0])?.[1];
  if (relId === undefined) throw new Error(`xlsx: sheet ${sheet} is not in xl/workbook.xml`);
  const rel = new RegExp(`<Relationship [^>]*Id="${relId}"[^>]*/>`).exec(rels);
  const target = rel === null ? undefined : /Target="([^"]+)"/.exec(rel[0])?.[1];
  if (target === undefined) throw new Error(`xlsx: relationship ${relId} of sheet ${sheet} is missing`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** Adds the charts to the opened package (Node and browsers alike). */
export async function addCharts(zip: JSZip, sheets: readonly SheetCharts[]): Promise<void> {
  let types = await readText(zip, "[Content_Types].xml");
  let chartNo = 0;
  let drawingNo = 0;
  for (const { sheet, charts, cache } of sheets) {
    if (charts.length === 0) continue;
    drawingNo += 1;
    const part = await sheetPart(zip, sheet);
    const dir = part.slice(0, part.lastIndexOf("/"));
    const file = part.slice(part.lastIndexOf("/") + 1);
    const relsPath = `${dir}/_rels/${file}.rels`;
    const drawingRels = charts.map((spec) => {
      chartNo += 1;
      zip.file(`xl/charts/chart${chartNo}.xml`, bubbleChartXml(spec, cache));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/></Types>`,
      );
      return { spec, relId: `rIdChart${chartNo}`, target: `../charts/chart${chartNo}.xml` };
    });
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(drawingRels));
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      relationshipsXml(drawingRels.map((d) => ({ id: d.relId, type: REL_CHART, target: d.target }))),
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${CT_DRAWING}"/></Types>`,
    );

    const drawingRelId = `rIdDrawing${drawingNo}`;
    const drawingRel = `<Relationship Id="${drawingRelId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/>`;
    const existing = zip.file(relsPath);
    zip.file(
      relsPath,
      existing === null
        ? relationshipsXml([
            { id: drawingRelId, type: REL_DRAWING, target: `../drawings/drawing${drawingNo}.xml` },
          ])
        : (await existing.async("string")).replace("</Relationships>", `${drawingRel}</Relationships>`),
    );
    // CT_Worksheet order: <drawing> comes before <legacyDrawing>, <tableParts> and <extLst>.
    const sheetXml = await readText(zip, part);
    const el = `<drawing r:id="${drawingRelId}"/>`;
    const before = ["<legacyDrawing", "<tableParts", "<extLst", "</worksheet>"].find((tag) =>
      sheetXml.includes(tag),
    );
    if (before === undefined) throw new Error(`xlsx: ${part} has no closing </worksheet>`);
    let patched = sheetXml.replace(before, `${el}${before}`);
    if (!/<worksheet[^>]*xmlns:r=/.test(patched)) {
      patched = patched.replace(
        "<worksheet",
        `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
      );
    }
    zip.file(part, patched);
  }
  zip.file("[Content_Types].xml", types);
}
