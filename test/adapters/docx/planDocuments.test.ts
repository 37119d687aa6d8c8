// Information out: the plan documents per unit and the overview, written as .docx and read back
// (word/document.xml): each unit's document lists exactly that unit's needs and no other unit's,
// graded needs stay redacted unless the run opted in, and any Unicode gives a well-formed file.
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { writeDocx, xmlSafe } from "../../../src/adapters/docx/writeDocx";
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import { planDocuments, type PlanDocument } from "../../../src/application/insight/planDocuments";
import { runPlan } from "../../../src/application/runPlan";
import type { PlanResult } from "../../../src/application/planResult";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { validateNeeds } from "../../../src/domain/intake/validateNeeds";
import type { Need } from "../../../src/domain/model/need";
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";
import { docxDocumentXml, docxTexts, tableRows } from "../../support/docxReadBack";

const input = generateDemoTenant();
const truth = validateNeeds(input.needs, {
  config: input.config,
  criteriaIds: DEFAULT_CRITERIA.map((c) => c.id),
  contractIds: new Set(input.contracts.map((c) => c.id)),
});

async function documentXml(doc: PlanDocument): Promise<string> {
  return docxDocumentXml(await writeDocx(doc), doc.name);
}

async function run(includeSecurityGraded: boolean): Promise<{ result: PlanResult; docs: PlanDocument[] }> {
  const solver = await createHighsSolver();
  const result = await runPlan(input, {
    includeSecurityGraded,
    solver,
    frontier: false,
    insight: { asOf: "2027-01-31" },
  });
  return { result, docs: planDocuments(result, input) };
}

describe("plan documents", () => {
  let redacted: { result: PlanResult; docs: PlanDocument[] };
  beforeAll(async () => {
    redacted = await run(false);
  });

  it("each unit's .docx lists exactly that unit's needs, none of another's", async () => {
    const acceptedByUnit = new Map<string, Set<string>>();
    for (const n of truth.accepted)
      acceptedByUnit.set(n.unit, (acceptedByUnit.get(n.unit) ?? new Set()).add(n.id));
    const allIds = new Set(redacted.result.needs.map((n) => n.id));
    const units = redacted.docs.filter((d) => d.unit !== undefined);
    expect(units).toHaveLength(21);
    let listed = 0;
    for (const doc of units) {
      const xml = await documentXml(doc);
      const rows = tableRows(xml);
      const own = new Set(doc.needIds);
      // Every need named outside the feedback text (which may cite a dependency) is the unit's own.
      const named = rows.flatMap((r) => (r.length === 7 ? r.slice(0, 6) : r)).join(" ");
      const mentioned = [...named.matchAll(/BH-\d{4}/g)].map((m) => m[0]).filter((id) => allIds.has(id));
      expect(mentioned.filter((id) => !own.has(id))).toEqual([]);
      for (const id of acceptedByUnit.get(doc.unit as string) ?? []) expect(own.has(id)).toBe(true);
      const needRows = rows.filter((r) => r.length === 7 && own.has(r[0] as string));
      expect(needRows.length).toBe(doc.needIds.length);
      listed += doc.needIds.length;
    }
    const overview = redacted.docs.find((d) => d.unit === undefined) as PlanDocument;
    const orphans = tableRows(await documentXml(overview)).filter(
      (r) => r.length === 7 && /^BH-/.test(r[0] ?? ""),
    );
    expect(listed + orphans.length).toBe(redacted.result.counts.received);
    expect(orphans.map((r) => r[0])).toEqual(["BH-0131"]);
  });

  it("a unit's document carries decision, rank, planned dates and feedback for its needs", async () => {
    const oslo = redacted.docs.find((d) => d.unit === "oslo") as PlanDocument;
    const rows = tableRows(await documentXml(oslo));
    const decision = redacted.result.decisions.find(
      (d) => d.decision === "include" && oslo.needIds.includes(d.needId),
    );
    if (!decision) throw new Error("Oslo has an included need");
    const row = rows.find((r) => r[0] === decision.needId) as string[];
    expect(row[2]).toBe("Med i planen");
    expect(row[3]).toBe(String(decision.rank));
    expect(row[4]).toMatch(/^\d\d\.\d\d\.\d{4}$/);
    expect(row[6]).toBe(decision.feedback);
  });

  it("graded needs are redacted in every document unless the run opted in", async () => {
    const graded = truth.accepted.filter((n) => n.securityGraded);
    expect(graded.length).toBeGreaterThan(0);
    const check = async (docs: PlanDocument[], optedIn: boolean) => {
      for (const doc of docs) {
        const xml = await documentXml(doc);
        const rows = tableRows(xml);
        for (const need of graded as Need[]) {
          expect(xml).not.toContain(optedIn ? "[SKJERMET] " + need.id : need.description.slice(0, 60));
          const row = rows.find((r) => r.length === 7 && r[0] === need.id);
          if (row) expect(row[1]).toBe(optedIn ? need.title : `[SKJERMET] ${need.id}`);
        }
      }
    };
    await check(redacted.docs, false);
    await check((await run(true)).docs, true);
  });

  it("joint procurements name the unit's own needs and the other units, and the overview lists the plan", async () => {
    const joint = redacted.result.insight?.joint ?? [];
    const p = joint.find((x) => x.kind === "similar");
    if (!p) throw new Error("the demo has joint proposals");
    const first = truth.accepted.find((n) => n.id === p.needIds[0]) as Need;
    const doc = redacted.docs.find((d) => d.unit === first.unit) as PlanDocument;
    const row = tableRows(await documentXml(doc)).find((r) => r[0] === p.id) as string[];
    expect(row[2]?.split(", ")).toContain(first.id);
    expect(Number(row[4])).toBe(p.reach);
    const overview = redacted.docs.find((d) => d.unit === undefined) as PlanDocument;
    const included = redacted.result.decisions.filter((d) => d.decision === "include").length;
    expect(overview.needIds).toHaveLength(included);
  });

  it("fuzz: any Unicode text gives a well-formed document.xml", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "binary", maxLength: 40 }),
        fc.string({ unit: "grapheme", maxLength: 20 }),
        async (a, b) => {
          const doc: PlanDocument = {
            name: "x",
            title: a,
            needIds: [],
            blocks: [
              { kind: "heading", level: 1, text: a },
              { kind: "paragraph", text: `${b}\n${a}` },
              { kind: "table", header: [a, b], rows: [[b, a]] },
            ],
          };
          const xml = await documentXml(doc);
          expect(XMLValidator.validate(xml)).toBe(true);
          const texts = docxTexts(xml);
          expect(texts).toContain(xmlSafe(b).split(/\r\n|\r|\n/)[0]);
          expect(texts).toContain(xmlSafe(a));
        },
      ),
      { numRuns: 150 },
    );
  });
});
