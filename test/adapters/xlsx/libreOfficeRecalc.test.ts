// The .xlsx recomputed by LibreOffice headless (full recalculation forced): every score and rank
// the Matrise formulas produce equals the ranking's; after a weight edit, ranks move as the rule says.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWorkbook } from "../../../src/application/workbook/buildWorkbook";
import { writeXlsx } from "../../../src/adapters/xlsx/writeXlsx";
import { MATRIX_HEADER_ROW } from "../../../src/application/workbook/matrixSheet";
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";
import type { RankedNeed } from "../../../src/domain/prioritisation/prioritisationTypes";
import type { Need } from "../../../src/domain/model/need";
import type { WorkbookModel } from "../../../src/domain/workbook/workbookModel";
import {
  aNeed,
  referenceRanking,
  someNeeds,
  workbookInputFor,
} from "../../application/workbook/workbookFixtures";
import { recalcWithLibreOffice } from "./libreOffice";

const options = { locale: "nb" as const, redaction: { includeSecurityGraded: false } };

/** Needs with deliberate ties: equal score vectors under ids that sort differently from input order. */
function needsWithTies(): Need[] {
  const base = someNeeds(60);
  const twin = base[3]!.scores;
  return [
    ...base,
    aNeed({ id: "A-0001", scores: twin }),
    aNeed({ id: "Z-0001", scores: twin }),
    aNeed({ id: "B-0000", scores: twin }),
    // Same score, earlier deadline: ranks before the twins despite its id; no deadline: after them.
    aNeed({ id: "Z-0002", scores: twin, neededBy: "2027-03-01" }),
    aNeed({ id: "A-0000", scores: twin, neededBy: undefined }),
  ];
}

async function matrixResults(file: string, scoreCol: number, rankCol: number) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Matrise");
  if (!ws) throw new Error("no Matrise sheet");
  const out = new Map<string, { score: number; rank: number }>();
  for (let r = MATRIX_HEADER_ROW + 1; r <= ws.rowCount; r += 1) {
    const id = ws.getCell(r, 1).value;
    if (typeof id !== "string") continue;
    const result = (c: number) => {
      const v = ws.getCell(r, c).value as ExcelJS.CellFormulaValue | number;
      return typeof v === "number" ? v : Number(v.result);
    };
    out.set(id, { score: result(scoreCol), rank: result(rankCol) });
  }
  return out;
}

function expectMatches(
  name: string,
  actual: Map<string, { score: number; rank: number }>,
  expected: readonly RankedNeed[],
) {
  expect(actual.size).toBe(expected.length);
  for (const r of expected) {
    const got = actual.get(r.needId);
    expect(got).toBeDefined();
    expect(got!.score).toBeCloseTo(r.score, 9);
    expect({ name, id: r.needId, rank: got!.rank }).toEqual({ name, id: r.needId, rank: r.rank });
  }
}

describe("Matrise formulas recomputed by LibreOffice", () => {
  it("give the ranking's scores and ranks in every mode, and move ranks as the rule says after a weight edit", async () => {
    const needs = needsWithTies();
    const input = workbookInputFor(needs);

    // The weight edit: the same workbook with other weights in row 4, cached results left stale.
    const edited = DEFAULT_CRITERIA.map((c) => ({
      ...c,
      weight: c.id === "supplyRisk" ? 40 : c.id === "maturity" ? 5 : 11,
    }));
    expect(edited.reduce((s, c) => s + c.weight, 0)).toBe(100);
    const expectedAfter = referenceRanking(needs, edited);
    expect(expectedAfter.map((r) => r.needId)).not.toEqual(input.ranking.map((r) => r.needId));

    const cases: { name: string; model: WorkbookModel; expected: readonly RankedNeed[] }[] = [
      { name: "weighted", model: buildWorkbook(input, options), expected: input.ranking },
      {
        name: "weights-edited",
        model: buildWorkbook({ ...input, criteria: edited }, options),
        expected: expectedAfter,
      },
      ...(["wsjf", "value-effort"] as const).map((mode) => {
        const ranking = referenceRanking(needs, DEFAULT_CRITERIA, mode);
        return { name: mode, model: buildWorkbook({ ...input, mode, ranking }, options), expected: ranking };
      }),
    ];
    for (const mode of ["wsjf", "value-effort"]) {
      expect(cases.find((c) => c.name === mode)!.expected.map((r) => r.needId)).not.toEqual(
        input.ranking.map((r) => r.needId),
      );
    }

    const dir = mkdtempSync(join(tmpdir(), "excel-xlsx-"));
    const files = await Promise.all(
      cases.map(async (c) => {
        const file = join(dir, `${c.name}.xlsx`);
        writeFileSync(file, await writeXlsx(c.model));
        return file;
      }),
    );
    const recalculated = recalcWithLibreOffice(files);

    const m = cases[0]!.model.layout.matrix;
    const scoreCol = m.scoreCol + 1;
    const rankCol = m.rankCol + 1;
    for (const [i, c] of cases.entries()) {
      expectMatches(c.name, await matrixResults(recalculated[i]!, scoreCol, rankCol), c.expected);
    }

    // Ties: equal scores are ordered by deadline (none last), then id.
    const after = await matrixResults(recalculated[0]!, scoreCol, rankCol);
    const twins = ["Z-0002", "A-0001", "B-0000", "B-0004", "Z-0001", "A-0000"].map(
      (id) => after.get(id)!.rank,
    );
    expect(twins).toEqual([...twins].sort((a, b) => a - b));
    expect(new Set(twins).size).toBe(6);

    // LibreOffice read the chart: the recalculated file still holds a bubble chart.
    const zip = await JSZip.loadAsync(readFileSync(recalculated[0]!));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBe(1);
    expect(await zip.file(charts[0]!)!.async("string")).toContain("bubbleChart");
  });
});
