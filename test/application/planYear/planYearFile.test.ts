// Reading plan-year.json: every problem names the file and the field, in both languages; unknown
// and newer schema versions are refused; migrations run in order; maps come back null-prototype.
import fc from "fast-check";
import {
  PlanYearFileError,
  migratePlanYearDocument,
  parsePlanYearRecord,
  serialisePlanYearRecord,
} from "../../../src/application/planYear/planYearFile";
import { fileErrorLines } from "../../../src/application/planYear/planYearReport";
import { nodePlanYearValidator } from "../../../src/adapters/node/jsonSchemas";
import { newPlanYearRecord } from "../../../src/domain/planYear/planYearDefaults";
import { recordPlanEdits } from "../../../src/domain/planYear/planEdits";
import { planYearMessages } from "../../../src/i18n/planYearMessages";
import { PLAN_YEAR_SCHEMA_VERSION } from "../../../src/domain/planYear/planYearTypes";

const FILE = "/data/Anskaffelsesplan/2027/plan-year.json";
const validate = nodePlanYearValidator();
const stamp = { by: "ann@politiet.no", at: "2026-09-01T08:00:00.000Z" };
const fresh = () => newPlanYearRecord(2027, stamp);
const text = (doc: unknown) => JSON.stringify(doc);

function problemsOf(content: string, year?: number): PlanYearFileError {
  try {
    parsePlanYearRecord(content, FILE, validate, year === undefined ? {} : { year });
  } catch (error) {
    if (error instanceof PlanYearFileError) return error;
    throw error;
  }
  throw new Error("parsed without error");
}

describe("parsePlanYearRecord", () => {
  it("reads back what it writes, with null-prototype maps", () => {
    const record = {
      ...fresh(),
      edits: recordPlanEdits(fresh().edits, [{ kind: "note", needId: "__proto__", to: "x" }], stamp),
    };
    const parsed = parsePlanYearRecord(serialisePlanYearRecord(record, FILE, validate), FILE, validate, {
      year: 2027,
    });
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(JSON.parse(JSON.stringify(record)));
    expect(Object.getPrototypeOf(parsed.edits.notes)).toBeNull();
    expect(Object.getPrototypeOf(parsed.edits.scores)).toBeNull();
    expect(parsed.edits.notes["__proto__"]?.text).toBe("x");
    expect(Object.getPrototypeOf(parsed.config.scheduling?.overrides)).toBeNull();
  });

  it("names the file and the JSON path of every problem, in bokmål and English", () => {
    type Doc = Record<string, Record<string, unknown>> & { edits: { weights: Record<string, unknown> } };
    const doc = JSON.parse(JSON.stringify(fresh())) as Doc;
    doc["wheel"]!["approval"] = "15.01.2027";
    doc.edits.weights["reach"] = { value: 140, stamp };
    delete doc["approvers"]!["whole"];
    (doc as Record<string, unknown>)["surprise"] = true;
    const error = problemsOf(text(doc));
    expect(error.location).toBe(FILE);
    expect(error.problems.map((p) => [p.path, p.code])).toEqual(
      expect.arrayContaining([
        ["/wheel/approval", "schema.pattern"],
        ["/edits/weights/reach/value", "schema.maximum"],
        ["/approvers/whole", "schema.required"],
        ["/surprise", "schema.unknownField"],
      ]),
    );
    const nb = fileErrorLines(error, "nb");
    const en = fileErrorLines(error, "en");
    expect(nb).toContain(`${FILE}, felt /approvers/whole: feltet mangler`);
    expect(en).toContain(`${FILE}, field /edits/weights/reach/value: is greater than 100`);
    for (const line of [...nb, ...en]) expect(line).not.toMatch(/\{\w+\}|problem\./);
  });

  it("refuses text that is not JSON, a missing, unknown or newer schemaVersion, and a record filed under another year", () => {
    const notJson = problemsOf('{ "notes": hemmelig gradert tekst');
    expect(notJson.problems[0]).toMatchObject({ path: "/", code: "json" });
    for (const line of [...fileErrorLines(notJson, "nb"), ...fileErrorLines(notJson, "en")])
      expect(line).not.toContain("hemmelig");
    const doc = JSON.parse(JSON.stringify(fresh())) as Record<string, unknown>;
    for (const [version, code] of [
      [undefined, "schemaVersion.missing"],
      [0, "schemaVersion.unknown"],
      ["1", "schemaVersion.unknown"],
      [PLAN_YEAR_SCHEMA_VERSION + 1, "schemaVersion.newer"],
    ] as const) {
      const error = problemsOf(text({ ...doc, schemaVersion: version }));
      expect(error.problems).toEqual([expect.objectContaining({ path: "/schemaVersion", code })]);
      expect(fileErrorLines(error, "en")[0]).toContain(`${FILE}, field /schemaVersion:`);
    }
    expect(problemsOf(text(doc), 2028).problems[0]).toMatchObject({
      path: "/planYear",
      code: "planYear.mismatch",
    });
  });

  it("runs the migration chain in order up to the current version", () => {
    const settings = {
      current: 3,
      migrations: [
        { from: 1, migrate: (d: Record<string, unknown>) => ({ ...d, steps: ["1→2"] }) },
        {
          from: 2,
          migrate: (d: Record<string, unknown>) => ({ ...d, steps: [...(d["steps"] as string[]), "2→3"] }),
        },
      ],
    };
    expect(migratePlanYearDocument({ schemaVersion: 1 }, FILE, settings)).toEqual({
      schemaVersion: 3,
      steps: ["1→2", "2→3"],
    });
    expect(migratePlanYearDocument({ schemaVersion: 2, steps: [] }, FILE, settings)).toEqual({
      schemaVersion: 3,
      steps: ["2→3"],
    });
    expect(() => migratePlanYearDocument({ schemaVersion: 0 }, FILE, settings)).toThrow(PlanYearFileError);
  });

  it("never writes a record that does not validate", () => {
    const bad = { ...fresh(), wheel: { ...fresh().wheel, publication: "31 Jan" } };
    expect(() => serialisePlanYearRecord(bad, FILE, validate)).toThrow(PlanYearFileError);
  });

  it("either parses or reports problems for any document, never throwing anything else", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (content) => {
        try {
          parsePlanYearRecord(content, FILE, validate);
        } catch (error) {
          expect(error).toBeInstanceOf(PlanYearFileError);
          expect((error as PlanYearFileError).problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("writes and reads back any recorded edits, whatever the ids and texts", () => {
    const id = fc.string({ unit: "binary", minLength: 1, maxLength: 12 });
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant("weight" as const),
        criterionId: id,
        to: fc.integer({ min: 0, max: 100 }),
      }),
      fc.record({
        kind: fc.constant("score" as const),
        needId: id,
        criterionId: id,
        to: fc.integer({ min: 1, max: 5 }),
      }),
      fc.record({
        kind: fc.constantFrom("note" as const, "feedback" as const),
        needId: id,
        to: fc.string({ unit: "binary", maxLength: 40 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const record = { ...fresh(), edits: recordPlanEdits(fresh().edits, edits, stamp) };
        const written = serialisePlanYearRecord(record, FILE, validate);
        const read = parsePlanYearRecord(written, FILE, validate, { year: 2027 });
        expect(serialisePlanYearRecord(read, FILE, validate)).toBe(written);
      }),
      { numRuns: 150 },
    );
  });

  it("has the same keys in both languages", () => {
    expect(Object.keys(planYearMessages.en).sort()).toEqual(Object.keys(planYearMessages.nb).sort());
  });
});
