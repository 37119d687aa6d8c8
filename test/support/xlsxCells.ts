// Edits cells of a saved .xlsx the way a person's Excel save would, without dropping any part:
// the sheet XML is changed in place (a number, or an inline string), every other part is kept.
import JSZip from "jszip";
import { cellRef } from "../../src/domain/workbook/a1";
import { sheetPart } from "../../src/adapters/xlsx/xlsxChart";

/** A value to put into a cell. */
export type CellEdit = { readonly sheet: string; readonly row: number; readonly col: number } & (
  { readonly number: number } | { readonly text: string }
);

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function cellXml(edit: CellEdit, ref: string, style: string): string {
  if ("number" in edit) return `<c r="${ref}"${style}><v>${edit.number}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escape(edit.text)}</t></is></c>`;
}

const colOf = (ref: string) => {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? "";
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
};

/** Puts one value into the sheet XML (replacing the cell, or inserting it in column order). */
function setCell(xml: string, edit: CellEdit): string {
  const ref = cellRef(edit.row, edit.col);
  const rowRe = new RegExp(`<row [^>]*r="${edit.row}"[^>]*?(?:/>|>[\\s\\S]*?</row>)`);
  const row = rowRe.exec(xml);
  if (row === null) throw new Error(`test: row ${edit.row} is not in the sheet`);
  let rowXml = row[0].endsWith("/>") ? `${row[0].slice(0, -2)}></row>` : row[0];
  const cellRe = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  const existing = cellRe.exec(rowXml);
  const style = existing ? (/ s="\d+"/.exec(existing[1] ?? "")?.[0] ?? "") : "";
  if (existing) rowXml = rowXml.replace(existing[0], cellXml(edit, ref, style));
  else {
    const after = [...rowXml.matchAll(/<c r="([A-Z]+)\d+"/g)].find((m) => colOf(m[1] ?? "") > edit.col);
    const insert = cellXml(edit, ref, "");
    rowXml = after
      ? rowXml.replace(after[0], `${insert}${after[0]}`)
      : rowXml.replace("</row>", `${insert}</row>`);
  }
  return xml.replace(row[0], rowXml);
}

/** Applies the edits to the package and returns its new bytes. */
export async function editCells(bytes: Uint8Array, edits: readonly CellEdit[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const edit of edits) {
    const part = await sheetPart(zip, edit.sheet);
    const xml = await zip.file(part)!.async("string");
    zip.file(part, setCell(xml, edit));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
