/**
 * The workbook link (src/application/workbook/workbookLink.ts) inside an .xlsx package, as OOXML
 * keeps custom XML: `customXml/itemN.xml` with its properties part `customXml/itemPropsN.xml`
 * (datastore item id and schema reference), the item's relationship to its properties, and a
 * `customXml` relationship from the workbook part. Reading also finds the link where Office.js kept
 * it as a document setting (a web extension property), on hosts without custom XML parts.
 */
import type JSZip from "jszip";
import { WORKBOOK_LINK_NAMESPACE, WORKBOOK_LINK_SETTING } from "../../application/workbook/workbookLink";
import { relationshipsXml, xmlEscape } from "./chartXml";
import { readText } from "./xlsxChart";

const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const NS_DATASTORE = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

/** A datastore item id (a GUID in braces) derived from the part's text, so equal files stay equal. */
function itemId(xml: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < xml.length; i += 1) {
    h1 = Math.imul(h1 ^ xml.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 + xml.charCodeAt(i), 2246822519) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0")).repeat(2).toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}}`;
}

/** The next free `customXml/itemN.xml` number. */
function freeItemNumber(zip: JSZip): number {
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`) !== null) n += 1;
  return n;
}

/** Adds the link part (its XML as serialised by `serializeWorkbookLink`) to the opened package. */
export async function addLinkPart(zip: JSZip, xml: string): Promise<void> {
  const n = freeItemNumber(zip);
  zip.file(`customXml/item${n}.xml`, xml);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
      `<ds:datastoreItem ds:itemID="${itemId(xml)}" xmlns:ds="${NS_DATASTORE}">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${xmlEscape(WORKBOOK_LINK_NAMESPACE)}"/></ds:schemaRefs>` +
      `</ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    relationshipsXml([{ id: "rId1", type: REL_CUSTOM_XML_PROPS, target: `itemProps${n}.xml` }]),
  );
  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = await readText(zip, relsPath);
  const rel = `<Relationship Id="rIdCustomXml${n}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/>`;
  zip.file(relsPath, rels.replace("</Relationships>", `${rel}</Relationships>`));
  let types = await readText(zip, "[Content_Types].xml");
  if (!/<Default [^>]*Extension="xml"/.test(types))
    types = types.replace("</Types>", `<Default Extension="xml" ContentType="application/xml"/></Types>`);
  types = types.replace(
    "</Types>",
    `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CT_CUSTOM_XML_PROPS}"/></Types>`,
  );
  zip.file("[Content_Types].xml", types);
}

/** The package paths the workbook part's relationships of one type point at. */
async function relatedParts(zip: JSZip, type: string): Promise<string[]> {
  const rels = zip.file("xl/_rels/workbook.xml.rels");
  if (rels === null) return [];
  const text = await rels.async("string");
  const targets: string[] = [];
  for (const m of text.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!m[0].includes(`Type="${type}"`)) continue;
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (target === undefined) continue;
    targets.push(
      target.startsWith("/") ? target.slice(1) : new URL(target, "http://p/xl/").pathname.slice(1),
    );
  }
  return targets;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeAttr = (s: string) =>
  s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(parseInt(e.slice(1), 10))
        : (XML_ENTITIES[e] ?? ""),
  );

/** The link kept as an Office.js document setting (a web extension property holding JSON text). */
async function linkFromSettings(zip: JSZip): Promise<string | undefined> {
  for (const path of Object.keys(zip.files).filter((p) =>
    /^xl\/webextensions\/webextension\d*\.xml$/.test(p),
  )) {
    const text = await readText(zip, path);
    // Attribute values may hold `>`: match quoted values as a whole.
    for (const m of text.matchAll(
      /<(?:\w+:)?property\b((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g,
    )) {
      const attrs = m[1] ?? "";
      const name = /name="([^"]*)"/.exec(attrs)?.[1];
      const value = /value="([^"]*)"/.exec(attrs)?.[1];
      if (name === undefined || value === undefined || unescapeAttr(name) !== WORKBOOK_LINK_SETTING) continue;
      const parsed: unknown = JSON.parse(unescapeAttr(value));
      if (typeof parsed === "string") return parsed;
    }
  }
  return undefined;
}

/** The link part's XML from a package, or undefined when the workbook carries none. */
export async function readLinkXml(zip: JSZip): Promise<string | undefined> {
  for (const path of await relatedParts(zip, REL_CUSTOM_XML)) {
    const file = zip.file(path);
    if (file === null) continue;
    const xml = await file.async("string");
    if (xml.includes(WORKBOOK_LINK_NAMESPACE) && /<(?:[\w.-]+:)?workbookLink\b/.test(xml)) return xml;
  }
  return linkFromSettings(zip);
}
