// Two fuzz properties of issue 15. (a) The intake over arbitrary JSON values and arbitrary Unicode
// never throws; received = accepted + rejected; every row appears exactly once, in input order.
// (b) For arbitrary Unicode text in every text field, every output of `plan` is well-formed (xmllint on
// every XML part of plan.xlsx and on plan.xml) and no security-graded text appears anywhere.
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateNeeds } from "../../src/domain/intake/validateNeeds";
import type { RawRecord } from "../../src/domain/intake/intakeTypes";
import { runPlan } from "../../src/application/runPlan";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { DEFAULT_CRITERIA } from "../../src/domain/prioritisation/defaultCriteria";
import { serialisePlanInput } from "../../src/adapters/node/planInputFile";
import type { PlanInput } from "../../src/domain/model/planInput";
import { runCli } from "../cli/runCli";
import { malformedXlsxParts, xlsxText, xmllintProblems } from "../support/wellFormed";

const tenant = generateDemoTenant({ seed: 2027, planYear: 2027 });
const plain = tenant.needs.filter((n) => n["dependsOn"] === undefined && n["securityGraded"] === "Nei");

/** Characters and sequences that break XML, terminals or naive parsers. */
const nasty = fc.constantFrom(
  "\u0000",
  "\u0007",
  "\u001b[2J",
  "\u000b\u000c",
  "\r\n",
  "\uFFFE",
  "\uFFFF",
  "\uD800",
  "\uDFFF",
  "\u0085",
  "\u2028",
  "]]>",
  "<&>'\"",
  "😀",
  "__proto__",
  "constructor",
);
/** Arbitrary Unicode text: any code points (surrogate halves included) mixed with the nasty ones. */
const unicodeText = fc
  .array(fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), nasty), { maxLength: 6 })
  .map((parts) => parts.join(""));

const builtInIds = fc.constantFrom("constructor", "__proto__", "toString", "hasOwnProperty", "valueOf");
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 2 }), unicodeText, builtInIds);
const anyRecord = fc.oneof(
  { weight: 3, arbitrary: anyJson },
  {
    weight: 5,
    arbitrary: fc
      .record({
        base: fc.constantFrom(...plain.slice(0, 6)),
        id: fc.oneof(anyJson, builtInIds, fc.constantFrom("A", "B", "C")),
        field: fc.constantFrom(
          "title",
          "description",
          "unit",
          "estimatedValue",
          "neededBy",
          "dependsOn",
          "securityGraded",
          "score_reach",
        ),
        value: anyJson,
      })
      .map(({ base, id, field, value }) => ({ ...base, id, [field]: value })),
  },
  { weight: 2, arbitrary: fc.dictionary(fc.oneof(unicodeText, builtInIds), anyJson, { maxKeys: 4 }) },
);

const ctx = {
  config: tenant.config,
  criteriaIds: DEFAULT_CRITERIA.map((c) => c.id),
  contractIds: new Set(tenant.contracts.map((c) => c.id)),
};

describe("(a) intake over arbitrary JSON values and Unicode", () => {
  it("never throws and accounts for every record once, in input order", () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 20 }), (records) => {
        const result = validateNeeds(records as readonly RawRecord[], ctx);
        expect(result.received).toBe(records.length);
        expect(result.accepted.length + result.rejected.length).toBe(records.length);
        const rows = [...result.acceptedRows, ...result.rejected.map((r) => r.row)].sort((a, b) => a - b);
        expect(rows).toEqual(records.map((_, i) => i + 1));
        expect(result.acceptedRows).toEqual([...result.acceptedRows].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });

  it("gives a plan whose needs are every row once, in input order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyRecord, { maxLength: 12 }), async (records) => {
        const input: PlanInput = { ...tenant, needs: records as PlanInput["needs"] };
        const result = await runPlan(input, { includeSecurityGraded: false });
        expect(result.counts.received).toBe(result.counts.accepted + result.counts.rejected);
        expect(result.needs.map((n) => n.row)).toEqual(records.map((_, i) => i + 1));
        expect(JSON.parse(JSON.stringify(result)).needs).toHaveLength(records.length);
      }),
      { numRuns: 40 },
    );
  });
});

describe("(b) outputs for arbitrary Unicode text in every text field", () => {
  const dir = mkdtempSync(join(tmpdir(), "anskaffelsesplan-fuzz-"));
  const TOKEN = "QZXGRADED";
  const textFields = ["title", "description", "rationale", "contact"] as const;
  const texts = fc.record({
    title: unicodeText,
    description: unicodeText,
    rationale: unicodeText,
    contact: unicodeText,
    id: fc.oneof(unicodeText, builtInIds),
    contractName: unicodeText,
  });
  /** A small input: open needs with arbitrary texts, and graded needs whose texts all carry TOKEN. */
  const inputOf = (
    open: readonly (typeof texts extends fc.Arbitrary<infer T> ? T : never)[],
    graded: readonly string[],
  ) => {
    const needs = open.map((t, i) => ({ ...plain[i % plain.length], ...pick(t), id: `${t.id}-${i}` }));
    const secret = graded.map((t, i) => ({
      ...plain[(i + 3) % plain.length],
      id: `G-${i}`,
      securityGraded: "Ja",
      ...Object.fromEntries(textFields.map((f) => [f, `${t}${TOKEN}${f}${t}`])),
      ...(i % 2 === 1 ? { title: [`${TOKEN}-list`], estimatedValue: `${TOKEN}-amount` } : {}),
    }));
    const contracts = tenant.contracts.map((c, i) =>
      i === 0 ? { ...c, name: open[0]?.contractName ?? c.name } : c,
    );
    return { ...tenant, contracts, needs: [...needs, ...secret] } as PlanInput;
  };
  const pick = (t: Record<string, string>) => Object.fromEntries(textFields.map((f) => [f, t[f]]));

  it("every XML part of plan.xlsx and plan.xml is well-formed and no graded text leaks", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(texts, { minLength: 1, maxLength: 4 }),
        fc.array(unicodeText, { minLength: 1, maxLength: 3 }),
        async (open, graded) => {
          run += 1;
          const file = join(dir, `input-${run}.json`);
          const out = join(dir, `out-${run}`);
          writeFileSync(file, serialisePlanInput(inputOf(open, graded)));
          const r = await runCli("plan", "--input", file, "--out", out);
          expect(r.code).toBe(0);
          expect(await malformedXlsxParts(join(out, "plan.xlsx"))).toEqual([]);
          const xml = readFileSync(join(out, "plan.xml"));
          expect(xmllintProblems(xml)).toBe("");
          const everything = [
            r.out,
            r.err,
            readFileSync(join(out, "plan.json"), "utf8"),
            await xlsxText(join(out, "plan.xlsx")),
            xml.toString("utf8"),
          ].join("\n");
          expect(everything).not.toContain(TOKEN);
        },
      ),
      { numRuns: 15 },
    );
  }, 240_000);

  it("shows the graded text with the opt-in (so the leak check can fail)", async () => {
    const file = join(dir, "opt-in.json");
    writeFileSync(
      file,
      serialisePlanInput(
        inputOf(
          [{ title: "t", description: "", rationale: "", contact: "", id: "O", contractName: "K" }],
          ["x"],
        ),
      ),
    );
    const out = join(dir, "opt-in");
    expect((await runCli("plan", "--input", file, "--out", out, "--include-graded")).code).toBe(0);
    expect(readFileSync(join(out, "plan.json"), "utf8")).toContain(TOKEN);
    expect(await xlsxText(join(out, "plan.xlsx"))).toContain(TOKEN);
  }, 60_000);
});
