/**
 * Reading a .docx back in tests: its word/document.xml, and the table rows as cell texts (one line
 * per paragraph), with the XML escapes undone.
 */
import JSZip from "jszip";

/** `s` with the five XML escapes undone. */
export const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The texts of every `<w:t>` run of a document.xml, in order. */
export function docxTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? ""));
}

/** The table rows of a document.xml, each a list of cell texts. */
export function tableRows(xml: string): string[][] {
  return xml
    .split("<w:tr")
    .slice(1)
    .map((tr) =>
      tr
        .split("<w:tc>")
        .slice(1)
        .map((tc) => docxTexts(tc).join("\n")),
    );
}

/** The word/document.xml of .docx bytes; throws naming `name` when the file has none. */
export async function docxDocumentXml(bytes: Uint8Array, name = "document"): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (xml === undefined) throw new Error(`${name}: no word/document.xml`);
  return xml;
}
