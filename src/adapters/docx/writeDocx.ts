/**
 * Writes a plan document (application/insight/planDocuments) as a Word .docx with the `docx`
 * package: headings, paragraphs and tables with a bold header row. Text is made safe for XML 1.0
 * first (control characters dropped, lone surrogates replaced), so any Unicode gives a valid file.
 * Returns the bytes; the Node adapter saves them, the pane offers them as downloads.
 */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { DocumentBlock, PlanDocument } from "../../application/insight/planDocuments";

/** True for a code point XML 1.0 allows (tab, line feed, carriage return and U+0020 up, not U+FFFE/U+FFFF). */
function xmlAllowed(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

/** `text` with what XML 1.0 cannot hold removed; lone surrogates become U+FFFD. */
export function xmlSafe(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code >= 0xd800 && code <= 0xdfff) out += "\uFFFD";
    else if (xmlAllowed(code)) out += ch;
  }
  return out;
}

/** Paragraphs of a cell: one per line of the text. */
function lines(text: string, bold = false): Paragraph[] {
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const row = (cells: readonly string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map((c) => new TableCell({ children: lines(c, bold) })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}

function block(b: DocumentBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: [new TextRun(xmlSafe(b.text))],
        }),
      ];
    case "paragraph":
      return lines(b.text);
    case "table":
      return [table(b.header, b.rows), new Paragraph({ children: [] })];
  }
}

/** The .docx bytes of `doc`. */
export async function writeDocx(doc: PlanDocument): Promise<Uint8Array> {
  const document = new Document({
    title: xmlSafe(doc.title),
    creator: "Anskaffelsesplan",
    sections: [{ children: doc.blocks.flatMap(block) }],
  });
  return Packer.pack(document, "uint8array");
}
