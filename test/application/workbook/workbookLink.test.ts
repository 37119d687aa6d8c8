// The workbook link part: one serializer and parser for both writers and readers. Property: any
// link (any Unicode in ids, notes, feedback, sheet names, eTag) round-trips exactly and is
// well-formed XML 1.0 (xmllint over every sample, and over every XML part of an .xlsx carrying
// it); a damaged part gives an error naming the field.
import fc from "fast-check";
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  parseWorkbookLink,
  serializeWorkbookLink,
  WorkbookLinkError,
  type WorkbookLink,
} from "../../../src/application/workbook/workbookLink";
import { buildWorkbook } from "../../../src/application/workbook/buildWorkbook";
import { editStateOf } from "../../../src/application/workbook/readBack";
import { writeXlsx } from "../../../src/adapters/xlsx/writeXlsx";
import { readSavedWorkbook } from "../../../src/adapters/xlsx/readXlsx";
import { someNeeds, workbookInputFor } from "./workbookFixtures";

/** Any UTF-16 text: code points, lone surrogates, U+FFFE/U+FFFF, controls, markup characters. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom("<", ">", "&", '"', "'", "]]>", "\r\n", "\u0000"),
  ),
  maxLength: 20,
});

const model = buildWorkbook(workbookInputFor(someNeeds(3)), {
  locale: "nb",
  redaction: { includeSecurityGraded: false },
});

const linkArb: fc.Arbitrary<WorkbookLink> = fc
  .record({
    planYear: fc.integer({ min: 1900, max: 9999 }),
    versionId: fc.option(
      anyText.filter((s) => s !== ""),
      { nil: undefined },
    ),
    etag: fc.option(
      anyText.filter((s) => s !== ""),
      { nil: undefined },
    ),
    writtenAt: anyText,
    sheets: fc.array(anyText, { maxLength: 4 }),
    notes: fc.dictionary(anyText, anyText, { maxKeys: 4 }),
    feedback: fc.dictionary(anyText, anyText, { maxKeys: 4 }),
    scores: fc.dictionary(anyText, fc.dictionary(anyText, fc.integer({ min: 1, max: 5 }), { maxKeys: 3 }), {
      maxKeys: 3,
    }),
    forced: fc.array(
      fc.record({
        needId: anyText,
        direction: fc.constantFrom("in" as const, "out" as const),
        reason: anyText,
      }),
      { maxLength: 3 },
    ),
  })
  .map((r) => {
    const { versionId, etag, notes, feedback, scores, forced, ...rest } = r;
    return {
      ...rest,
      ...(versionId !== undefined ? { versionId } : {}),
      ...(etag !== undefined ? { record: { etag } } : {}),
      layout: model.layout,
      state: { weights: { reach: 12.5 }, scores, forced, notes, feedback, entryIds: Object.keys(notes) },
      scoreOverrides: scores,
    } as WorkbookLink;
  });

/** Runs xmllint --noout over the files at once; returns its messages ("" when all are well-formed). */
function xmllint(files: readonly string[]): string {
  try {
    execFileSync("xmllint", ["--noout", ...files], { stdio: "pipe" });
    return "";
  } catch (error) {
    return (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
  }
}

describe("workbook link part", () => {
  it("round-trips any link exactly", () => {
    fc.assert(
      fc.property(linkArb, (link) => {
        expect(parseWorkbookLink(serializeWorkbookLink(link))).toEqual(link);
      }),
      { numRuns: 300 },
    );
  });

  it("is well-formed XML for any Unicode text (xmllint)", () => {
    const dir = mkdtempSync(join(tmpdir(), "workbook-link-"));
    const files = fc.sample(linkArb, 200).map((link, i) => {
      const file = join(dir, `link${i}.xml`);
      writeFileSync(file, serializeWorkbookLink(link), "utf8");
      return file;
    });
    expect(xmllint(files)).toBe("");
  });

  it("travels in an .xlsx as an OOXML custom XML part, every part well-formed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "workbook-link-xlsx-"));
    const samples = fc.sample(linkArb, 5);
    for (const [i, sample] of samples.entries()) {
      const link = { ...sample, state: { ...sample.state, ...editStateOf(workbookInputFor(someNeeds(3))) } };
      const bytes = await writeXlsx(model, link);
      const zip = await JSZip.loadAsync(bytes);
      expect(zip.file("customXml/item1.xml")).not.toBeNull();
      expect(await zip.file("customXml/itemProps1.xml")!.async("string")).toContain(
        'ds:schemaRef ds:uri="urn:anskaffelsesplan:workbook-link:1"',
      );
      expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toContain(
        'Target="../customXml/item1.xml"',
      );
      const files: string[] = [];
      for (const path of Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p))) {
        const file = join(dir, `${i}-${path.replace(/[/[\]]/g, "_")}`);
        writeFileSync(file, await zip.file(path)!.async("nodebuffer"));
        files.push(file);
      }
      expect(xmllint(files)).toBe("");
      expect((await readSavedWorkbook(bytes)).link).toEqual(link);
    }
  });

  it("is found in a saved file where Office.js kept it as a document setting", async () => {
    const link = {
      ...fc.sample(linkArb, { numRuns: 1, seed: 7 })[0]!,
      state: editStateOf(workbookInputFor(someNeeds(3))),
    };
    const zip = await JSZip.loadAsync(await writeXlsx(model));
    const attr = (v: string) => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    zip.file(
      "xl/webextensions/webextension1.xml",
      `<?xml version="1.0" encoding="UTF-8"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:properties>` +
        `<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>` +
        `<we:property name="anskaffelsesplan.workbookLink" value="${attr(JSON.stringify(serializeWorkbookLink(link)))}"/>` +
        `</we:properties></we:webextension>`,
    );
    const saved = await readSavedWorkbook(await zip.generateAsync({ type: "uint8array" }));
    expect(saved.link).toEqual(link);
  });

  it("names the field of a damaged part", () => {
    const xml = serializeWorkbookLink(fc.sample(linkArb, 1)[0]!);
    const fails = (text: string, field: string) => {
      expect(() => parseWorkbookLink(text)).toThrow(WorkbookLinkError);
      expect(() => parseWorkbookLink(text)).toThrow(`Workbook link: ${field}:`);
    };
    fails(xml.replace('schemaVersion="1"', 'schemaVersion="9"'), "schemaVersion");
    fails(xml.replace(/planYear="\d+"/, 'planYear="neste år"'), "planYear");
    fails(
      xml.replace(/<editState>[^<]*<\/editState>/, "<editState>{&quot;weights&quot;:3}</editState>"),
      "editState.weights",
    );
    fails(xml.replace(/<layout>[^<]*<\/layout>/, "<layout>[</layout>"), "layout");
    fails("<annet/>", "workbookLink");
  });
});
