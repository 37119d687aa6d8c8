// The classes of fault found by testing from outside (issue 15), through the real CLI: ids that are
// built-in object properties, ids that are not text, characters XML cannot hold, graded text in
// errors, control characters on the terminal, Windows file encodings and file-level messages.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./runCli";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { serialisePlanInput } from "../../src/adapters/node/planInputFile";
import type { PlanInput } from "../../src/domain/model/planInput";
import type { PlanResult } from "../../src/application/planResult";
import { malformedXlsxParts, xlsxText, xmllintProblems } from "../support/wellFormed";

const dir = mkdtempSync(join(tmpdir(), "anskaffelsesplan-hardening-"));
const tenant = generateDemoTenant({ seed: 2027, planYear: 2027 });
const base = tenant.needs.find((n) => n["securityGraded"] === "Nei" && n["dependsOn"] === undefined)!;

/** A small input: 12 demo needs plus `extra` records after them. */
function inputWith(extra: readonly unknown[]): PlanInput {
  const needs = tenant.needs.filter((n) => n["dependsOn"] === undefined).slice(0, 12);
  return { ...tenant, needs: [...needs, ...(extra as PlanInput["needs"])] };
}

function writeInput(name: string, extra: readonly unknown[]): string {
  const file = join(dir, name);
  writeFileSync(file, serialisePlanInput(inputWith(extra)));
  return file;
}

async function plan(file: string, name: string, ...more: string[]) {
  const out = join(dir, name);
  const run = await runCli("plan", "--input", file, "--out", out, ...more);
  const result = JSON.parse(readFileSync(join(out, "plan.json"), "utf8")) as PlanResult;
  return { run, out, result };
}

const BUILT_INS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];

describe("ids that are built-in object properties", () => {
  const file = writeInput(
    "builtins.json",
    BUILT_INS.map((id) => ({ ...base, id })),
  );

  it("validate accepts them", async () => {
    const r = await runCli("--lang", "en", "validate", "--input", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Received 17 needs: 17 accepted, 0 rejected.");
  });

  it("plan writes plan.json, a well-formed plan.xlsx that lists them, and plan.xml", async () => {
    const { run, out, result } = await plan(file, "builtins");
    expect(run.code).toBe(0);
    expect(result.needs.slice(-5).map((n) => [n.id, n.status])).toEqual(
      BUILT_INS.map((id) => [id, "accepted"]),
    );
    expect(await malformedXlsxParts(join(out, "plan.xlsx"))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "plan.xlsx"));
    const ids: unknown[] = [];
    wb.getWorksheet("Innmeldinger")!.eachRow((row) => ids.push(row.getCell(1).value));
    for (const id of BUILT_INS) expect(ids).toContain(id);
    const feedback: unknown[] = [];
    wb.getWorksheet("Tilbakemelding")!.eachRow((row) => row.eachCell((c) => feedback.push(c.value)));
    expect(feedback.every((v) => typeof v !== "function")).toBe(true);
    expect(xmllintProblems(readFileSync(join(out, "plan.xml")))).toBe("");
  });
});

describe("ids that are neither text nor a number", () => {
  it("are rejected naming the field, and every row stays in input order", async () => {
    const file = writeInput("boolean-id.json", [
      { ...base, id: true },
      { ...base, id: "AFTER-1" },
      { ...base, id: ["L"] },
    ]);
    const r = await runCli("validate", "--input", file);
    expect(r.out).toContain(
      "Behov #13, felt «ID»: ID-en må være tekst eller et tall, men er sannhetsverdien true",
    );
    expect(r.out).toContain("Behov #15, felt «ID»: ID-en må være tekst eller et tall, men er en liste");
    const { result } = await plan(file, "boolean-id");
    expect(result.needs.map((n) => n.row)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(result.needs[12]).toMatchObject({
      id: "#13",
      status: "rejected",
      errors: [{ code: "invalid-id-type" }],
    });
    expect(result.needs[13]).toMatchObject({ id: "AFTER-1", status: "accepted" });
    expect(result.needs.some((n) => n.id === "true")).toBe(false);
  });
});

describe("characters XML cannot hold", () => {
  const dirty = "Kjøp\u0000 av\u0007 biler\u001b[2J\uFFFE\uFFFF\uD800 nå";
  const file = writeInput("dirty.json", [
    { ...base, id: "DIRTY-1", title: dirty, contact: "Ola\u000BNordmann" },
  ]);

  it("are removed by the intake, which says so on the need, naming the field", async () => {
    const { run, out, result } = await plan(file, "dirty");
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      "Endret ved innlesing:\n  DIRTY-1 (rad 13): Behov DIRTY-1, felt «Tittel»: 6 tegn",
    );
    const entry = result.needs.find((n) => n.id === "DIRTY-1")!;
    expect(entry.status).toBe("accepted");
    expect(entry.need?.title).toBe("Kjøp av biler[2J nå");
    expect(entry.warnings?.map((w) => [w.field, w.code, w.params["count"]])).toEqual([
      ["title", "text-sanitised", 6],
      ["contact", "text-sanitised", 1],
    ]);
    expect(entry.warnings?.[0]?.message.nb).toBe(
      "Behov DIRTY-1, felt «Tittel»: 6 tegn som Excel- og Project-filer ikke kan lagre (kontrolltegn o.l.), er fjernet fra feltet",
    );
    expect(await malformedXlsxParts(join(out, "plan.xlsx"))).toEqual([]);
    expect(await xlsxText(join(out, "plan.xlsx"))).toContain("Kjøp av biler[2J nå");
    expect(xmllintProblems(readFileSync(join(out, "plan.xml")))).toBe("");
  });

  it("in a rejected value are quoted escaped (\\u001b), never raw, on the terminal", async () => {
    const ansi = writeInput("ansi.json", [
      { ...base, id: "ANSI-1", estimatedValue: "\u001b[2J\u001b[31m12 kr\u0007\r" },
    ]);
    const r = await runCli("validate", "--input", ansi);
    expect(r.out).toContain("«\\u001b[2J\\u001b[31m12 kr\\u0007\\u000d» er ikke et gyldig beløp");
    // eslint-disable-next-line no-control-regex -- the check is that no control character is printed
    expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });
});

describe("a security-graded need's text in errors", () => {
  const graded = {
    ...base,
    id: "G-1",
    securityGraded: "Ja",
    title: ["HEMMELIG-TITTEL"],
    description: { text: "HEMMELIG-BESKRIVELSE" },
    rationale: ["HEMMELIG-BEGRUNNELSE"],
    estimatedValue: "HEMMELIG-BELØP",
    unit: "HEMMELIG-ENHET",
  };
  const file = writeInput("graded.json", [graded]);

  it("is never quoted: not in plan.json, the workbook, Project XML or the CLI's output", async () => {
    const r = await runCli("validate", "--input", file);
    const { run, out, result } = await plan(file, "graded");
    const everything = [
      r.out,
      r.err,
      run.out,
      run.err,
      readFileSync(join(out, "plan.json"), "utf8"),
      await xlsxText(join(out, "plan.xlsx")),
      readFileSync(join(out, "plan.xml"), "utf8"),
    ].join("\n");
    expect(everything).not.toContain("HEMMELIG");
    const entry = result.needs.find((n) => n.id === "G-1")!;
    expect(entry.errors.map((e) => e.field)).toEqual([
      "title",
      "description",
      "rationale",
      "unit",
      "estimatedValue",
    ]);
    expect(entry.errors.every((e) => e.withheld === true)).toBe(true);
    expect(entry.errors[0]?.message.en).toBe(
      "Need G-1, field “Title”: “value hidden: security-graded need” is not text",
    );
  });
});

describe("input files as Windows writes them", () => {
  const text = serialisePlanInput(inputWith([]));
  const be = Buffer.from(text, "utf16le");
  be.swap16();
  const files: Record<string, Buffer> = {
    "bom.json": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]),
    "utf16le.json": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    "utf16be.json": Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
  };

  it.each(Object.keys(files))("reads %s", async (name) => {
    const file = join(dir, name);
    writeFileSync(file, files[name]!);
    const r = await runCli("--lang", "en", "validate", "--input", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Received 12 needs: 12 accepted, 0 rejected.");
  });

  it.each([
    [
      "utf16-nobom.json",
      Buffer.from(text, "utf16le"),
      "UTF-16 uten byte order mark (BOM)",
      "UTF-16 without a byte order mark",
    ],
    [
      "latin1.json",
      Buffer.from('{"config": "bl\u00e5"}', "latin1"),
      "ugyldig byte ved posisjon 14",
      "invalid byte at offset 14",
    ],
  ])("says exactly what is wrong with %s, in both languages", async (name, bytes, nb, en) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const rNb = await runCli("--lang", "nb", "validate", "--input", file);
    const rEn = await runCli("--lang", "en", "validate", "--input", file);
    expect([rNb.code, rEn.code]).toEqual([2, 2]);
    expect(rNb.err).toContain(nb);
    expect(rEn.err).toContain(en);
  });
});

describe("file-level messages in the user's language", () => {
  const cases: [string, string | Buffer | undefined, string, string][] = [
    [
      "shape.json",
      JSON.stringify({ config: { planYear: 2027 }, needs: {} }),
      "/needs: må være en liste",
      "/needs: must be a list (array)",
    ],
    [
      "broken.json",
      '{\n  "config": {,\n}',
      "ikke gyldig JSON (feil på linje 2, kolonne 14)",
      "not valid JSON (error at line 2, column 14)",
    ],
    ["empty.json", "", "filen er tom", "the file is empty"],
    ["a-folder", undefined, "det er en mappe, ikke en fil", "it is a folder, not a file"],
    ["missing.json", undefined, "filen finnes ikke", "the file does not exist"],
  ];
  it.each(cases)("%s", async (name, content, nb, en) => {
    const file = join(dir, name);
    if (typeof content === "string" || Buffer.isBuffer(content)) writeFileSync(file, content);
    else if (name === "a-folder") mkdtempSync(file);
    const target = name === "a-folder" ? mkdtempSync(join(dir, "folder-")) : file;
    const rNb = await runCli("--lang", "nb", "validate", "--input", target);
    const rEn = await runCli("--lang", "en", "validate", "--input", target);
    expect(rNb.code).toBe(2);
    expect(rNb.err).toContain(`Kan ikke bruke inndata ${target}:`);
    expect(rNb.err).toContain(nb);
    expect(rEn.err).toContain(en);
  });

  it("names a null record (tom)/(empty) and a list record in words", async () => {
    const file = writeInput("null-record.json", [null, [1, 2]]);
    const rNb = await runCli("--lang", "nb", "validate", "--input", file);
    const rEn = await runCli("--lang", "en", "validate", "--input", file);
    expect(rNb.out).toContain("Behov #13, felt «Post»: posten er ikke et objekt med felt: (tom)");
    expect(rNb.out).toContain("Behov #14, felt «Post»: posten er ikke et objekt med felt: en liste");
    expect(rEn.out).toContain("Need #13, field “Record”: the record is not an object with fields: (empty)");
    expect(rNb.out + rEn.out).not.toContain("[object");
  });
});
