/**
 * DrawingML for the bubble chart of the workbook model (exceljs cannot write charts): the chart
 * part, the drawing part that anchors it on the sheet, and their relationships. Pure string
 * builders; xlsxChart.ts puts them into the package.
 */
import type { BubbleChartSpec, ChartAxis } from "../../domain/workbook/workbookModel";

/** Escapes text for XML content and attributes. */
export function xmlEscape(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const richText = (value: string) =>
  `<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xmlEscape(value)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`;

/** Numbers for a series reference's cache, so viewers show the chart before recalculating. */
export type SeriesCache = (ref: string) => readonly number[];

function numRef(ref: string, cache: SeriesCache): string {
  const values = cache(ref);
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  return `<c:numRef><c:f>${xmlEscape(ref)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function axis(id: number, crossId: number, position: "b" | "l", spec: ChartAxis): string {
  const max = spec.max === undefined ? "" : `<c:max val="${spec.max}"/>`;
  const min = spec.min === undefined ? "" : `<c:min val="${spec.min}"/>`;
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${max}${min}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${position}"/><c:title>${richText(spec.title)}</c:title>` +
    `<c:numFmt formatCode="${xmlEscape(spec.numberFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${crossId}"/><c:crossesAt val="${spec.crossesAt}"/><c:crossBetween val="midCat"/></c:valAx>`
  );
}

/** The chart part (xl/charts/chartN.xml). The x axis crosses y at yAxis.crossesAt and vice versa. */
export function bubbleChartXml(spec: BubbleChartSpec, cache: SeriesCache): string {
  const series = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.color.replace("#", "")}"><a:alpha val="75000"/></a:srgbClr></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:xVal>${numRef(s.xRef, cache)}</c:xVal><c:yVal>${numRef(s.yRef, cache)}</c:yVal>` +
        `<c:bubbleSize>${numRef(s.sizeRef, cache)}</c:bubbleSize><c:bubble3D val="0"/></c:ser>`,
    )
    .join("");
  const X = 500001;
  const Y = 500002;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(spec.title)}</c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:bubbleChart><c:varyColors val="0"/>${series}` +
    `<c:bubbleScale val="60"/><c:showNegBubbles val="0"/><c:axId val="${X}"/><c:axId val="${Y}"/></c:bubbleChart>` +
    // The horizontal axis sits where y = yAxis.crossesAt; the vertical one where x = xAxis.crossesAt.
    axis(X, Y, "b", { ...spec.xAxis, crossesAt: spec.yAxis.crossesAt }) +
    axis(Y, X, "l", { ...spec.yAxis, crossesAt: spec.xAxis.crossesAt }) +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>` +
    `</c:chart></c:chartSpace>`
  );
}

/** The drawing part (xl/drawings/drawingN.xml) anchoring one chart per relationship id. */
export function drawingXml(charts: readonly { spec: BubbleChartSpec; relId: string }[]): string {
  const anchors = charts
    .map(
      ({ spec, relId }, i) =>
        `<xdr:twoCellAnchor>` +
        `<xdr:from><xdr:col>${spec.from.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${spec.from.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${spec.to.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${spec.to.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlEscape(spec.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${relId}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">${anchors}</xdr:wsDr>`
  );
}

/** A relationships part with the given (id, type, target) entries. */
export function relationshipsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}
