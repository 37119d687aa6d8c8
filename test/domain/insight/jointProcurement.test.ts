// Joint procurement proposals: character n-gram TF-IDF similarity on Norwegian titles (inflection,
// compounds, æøå typed or not, abbreviations) with pairwise precision and recall printed for the
// tuning and the held-out set, and the grouping rules (units, reach, blocks, Nordic/Armed Forces).
import {
  DEFAULT_SIMILARITY_THRESHOLD,
  proposeJointProcurements,
} from "../../../src/domain/insight/jointProcurement";
import { cosine, normaliseWords, tfidfVectors } from "../../../src/domain/insight/textSimilarity";
import type { Need } from "../../../src/domain/model/need";
import { aNeed } from "../scheduling/builders";
import { HELD_OUT_SET, TUNING_SET, type LabelledTitle } from "./norwegianTitles";

const needsOf = (set: readonly LabelledTitle[]): Need[] =>
  set.map((x, i) =>
    aNeed(`N${i}`, { title: x.title, unit: x.unit, category: "c", subcategory: x.subcategory }),
  );

/** Pairwise precision and recall of the proposed groups against the labels. */
function precisionRecall(set: readonly LabelledTitle[]): {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
} {
  const proposals = proposeJointProcurements(needsOf(set)).filter((p) => p.kind === "similar");
  const groupOf = new Map<string, string>();
  for (const p of proposals) for (const id of p.needIds) groupOf.set(id, p.id);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < set.length; i += 1) {
    for (let j = i + 1; j < set.length; j += 1) {
      const a = set[i] as LabelledTitle;
      const b = set[j] as LabelledTitle;
      const truth = a.group !== undefined && a.group === b.group && a.subcategory === b.subcategory;
      const predicted = groupOf.has(`N${i}`) && groupOf.get(`N${i}`) === groupOf.get(`N${j}`);
      if (truth && predicted) tp += 1;
      else if (predicted) fp += 1;
      else if (truth) fn += 1;
    }
  }
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), tp, fp, fn };
}

describe("Norwegian text similarity", () => {
  it("normalises æøå typed or not, abbreviations, stopwords and inflection", () => {
    expect(normaliseWords("Kjøp av patruljebåter")).toEqual(normaliseWords("Kjop av patruljebaater"));
    expect(normaliseWords("Kjt. til hundetjenesten")).toEqual(normaliseWords("Kjøretøy for hundetjenesten"));
    expect(normaliseWords("Nye patruljebilene")).toEqual(["patruljebil"]);
    expect(normaliseWords("ÆØÅ æøå 🚓")).toEqual(["aeoa", "aeoa"]);
  });

  it("compounds and word order: similar; a different compound head: not", () => {
    const [a, b, c] = tfidfVectors(["Skuddsikre vester", "Vest, skuddsikker", "Skuddsikre hjelmer"]) as [
      Map<string, number>,
      Map<string, number>,
      Map<string, number>,
    ];
    expect(cosine(a, b)).toBeGreaterThanOrEqual(DEFAULT_SIMILARITY_THRESHOLD);
    expect(cosine(a, c)).toBeLessThan(cosine(a, b));
    const [bil, bat] = tfidfVectors(["Patruljebiler", "Patruljebåt", "Renhold", "Vinduspuss"]) as Map<
      string,
      number
    >[];
    expect(cosine(bil as Map<string, number>, bat as Map<string, number>)).toBeLessThan(
      DEFAULT_SIMILARITY_THRESHOLD,
    );
  });

  it("reports precision and recall on the labelled Norwegian sets", () => {
    const tuning = precisionRecall(TUNING_SET);
    const heldOut = precisionRecall(HELD_OUT_SET);
    const line = (name: string, r: typeof tuning) =>
      `${name}: precision ${r.precision.toFixed(2)}, recall ${r.recall.toFixed(2)} (pairs: ${r.tp} right, ${r.fp} wrong, ${r.fn} missed)`;
    console.log(
      `Joint procurement grouping, n = 3, threshold ${DEFAULT_SIMILARITY_THRESHOLD}\n${line("tuning set", tuning)}\n${line("held-out set", heldOut)}`,
    );
    expect(tuning).toMatchObject({ precision: 1, recall: 1 });
    expect(heldOut.precision).toBe(1);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.75);
  });
});

describe("joint procurement proposals", () => {
  const base = { category: "materiell", subcategory: "beskyttelse" };
  it("groups similar needs from different units with reach = units involved, never text", () => {
    const needs = [
      aNeed("A", { ...base, unit: "oslo", title: "Skuddsikre vester", estimatedValue: 1_000_000 }),
      aNeed("B", {
        ...base,
        unit: "vest",
        title: "Skuddsikker vest",
        estimatedValue: 2_000_000,
        securityGraded: true,
      }),
      aNeed("C", {
        ...base,
        unit: "agder",
        title: "Vester, skuddsikre",
        joint: { nordic: false, armedForces: false, sharedWithUnits: ["troms"] },
      }),
      aNeed("D", { ...base, unit: "oslo", title: "Hørselvern" }),
      aNeed("E", { category: "materiell", subcategory: "uniform", unit: "ost", title: "Skuddsikre vester" }),
      aNeed("F", { ...base, unit: "vest", title: "Skuddsikre vester", status: "withdrawn" }),
    ];
    const [p, ...rest] = proposeJointProcurements(needs);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      id: "FELLES-001",
      kind: "similar",
      needIds: ["A", "B", "C"],
      units: ["agder", "oslo", "troms", "vest"],
      reach: 4,
      totalValue: 3_500_000,
      coordinate: false,
    });
    expect(JSON.stringify(p).toLowerCase()).not.toContain("skudd");
  });

  it("needs of one unit only are not a joint procurement", () => {
    const needs = [
      aNeed("A", { ...base, unit: "oslo", title: "Ballistiske hjelmer" }),
      aNeed("B", { ...base, unit: "oslo", title: "Ballistisk hjelm" }),
    ];
    expect(proposeJointProcurements(needs)).toEqual([]);
  });

  it("repeated titles: every copy joins its group once, a title without words groups nothing", () => {
    const copies = (title: string, unit: string, ids: readonly string[]) =>
      ids.map((id) => aNeed(id, { ...base, unit, title }));
    const needs = [
      ...copies("Skuddsikre vester", "oslo", ["A1", "A2", "A3"]),
      ...copies("Skuddsikker vest", "vest", ["B1", "B2"]),
      ...copies("Hørselvern", "agder", ["C1", "C2"]),
      ...copies("—", "troms", ["D1"]),
      ...copies("—", "ost", ["D2"]),
    ];
    const proposals = proposeJointProcurements(needs);
    expect(proposals.map((p) => [p.needIds, p.units])).toEqual([
      [
        ["A1", "A2", "A3", "B1", "B2"],
        ["oslo", "vest"],
      ],
    ]);
    expect(proposals[0]?.minSimilarity).toBeGreaterThanOrEqual(DEFAULT_SIMILARITY_THRESHOLD);
    expect(proposals[0]?.minSimilarity).toBeLessThan(1);
  });

  it("Nordic and Armed Forces flags are grouped per flag, category and subcategory and marked for coordination", () => {
    const flag = (nordic: boolean, armedForces: boolean) => ({
      joint: { nordic, armedForces, sharedWithUnits: [] },
    });
    const needs = [
      aNeed("A", { ...base, unit: "oslo", title: "Hjelmer", ...flag(true, false) }),
      aNeed("B", { ...base, unit: "vest", title: "Droner", ...flag(true, true) }),
      aNeed("C", {
        category: "ikt",
        subcategory: "nett",
        unit: "kripos",
        title: "Samband",
        ...flag(false, true),
      }),
    ];
    const proposals = proposeJointProcurements(needs);
    expect(proposals.map((p) => [p.id, p.kind, p.needIds, p.reach, p.coordinate])).toEqual([
      ["NORDISK-001", "nordic", ["A", "B"], 2, true],
      ["FORSVARET-001", "armed-forces", ["B"], 1, true],
      ["FORSVARET-002", "armed-forces", ["C"], 1, true],
    ]);
  });
});
