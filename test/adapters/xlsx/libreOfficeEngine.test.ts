// The Matrise formulas recomputed by LibreOffice equal the prioritisation engine's scores and
// ranks in every ranking mode, and after a weight edit the recomputed ranks equal the engine's
// ranking under the new weights (the file's cached values left stale on purpose).
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWorkbook } from "../../../src/application/workbook/buildWorkbook";
import { writeXlsx } from "../../../src/adapters/xlsx/writeXlsx";
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import { prioritise } from "../../../src/domain/prioritisation/prioritise";
import { prioritisationConfig } from "../../../src/domain/prioritisation/prioritisationConfig";
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";
import type { Criterion, PrioritisationMode } from "../../../src/domain/prioritisation/prioritisationTypes";
import type { MilpSolver } from "../../../src/domain/prioritisation/milpSolver";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import { MATRIX_HEADER_ROW } from "../../../src/application/workbook/matrixSheet";
import type { Need } from "../../../src/domain/model/need";
import type { WorkbookModel } from "../../../src/domain/workbook/workbookModel";
import { aNeed, someNeeds, workbookInputFor } from "../../application/workbook/workbookFixtures";
import { recalcWithLibreOffice } from "./libreOffice";

const options = { locale: "nb" as const, redaction: { includeSecurityGraded: false } };

function needsWithTies(): Need[] {
  const base = someNeeds(80);
  const twin = base[3]!.scores;
  return [
    ...base,
    aNeed({ id: "A-0001", scores: twin }),
    aNeed({ id: "Z-0001", scores: twin }),
    aNeed({ id: "Z-0002", scores: twin, neededBy: "2027-03-01" }),
    aNeed({ id: "A-0000", scores: twin, neededBy: undefined }),
  ];
}

function engine(
  needs: readonly Need[],
  solver: MilpSolver,
  mode: PrioritisationMode,
  criteria: readonly Criterion[],
) {
  return prioritise(
    {
      needs,
      contracts: [],
      people: null,
      planConfig: defaultPlanConfig(2027),
      config: prioritisationConfig({ mode, criteria }),
    },
    solver,
    { frontier: false },
  );
}

async function matrixResults(file: string, scoreCol: number, rankCol: number) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Matrise")!;
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

describe("Matrise formulas against the prioritisation engine (LibreOffice recalculation)", () => {
  it("equal the engine's scores and ranks in every mode and after a weight edit", async () => {
    const solver = await createHighsSolver();
    const needs = needsWithTies();
    const base = workbookInputFor(needs);
    const edited = DEFAULT_CRITERIA.map((c) => ({
      ...c,
      weight: c.id === "supplyRisk" ? 40 : c.id === "maturity" ? 5 : 11,
    }));
    const cases: { name: string; model: WorkbookModel; expected: ReturnType<typeof engine>["ranking"] }[] =
      [];
    for (const mode of ["weighted", "wsjf", "value-effort"] as const) {
      const r = engine(needs, solver, mode, DEFAULT_CRITERIA);
      cases.push({
        name: mode,
        model: buildWorkbook({ ...base, mode, ranking: r.ranking }, options),
        expected: r.ranking,
      });
    }
    const before = engine(needs, solver, "weighted", DEFAULT_CRITERIA);
    const after = engine(needs, solver, "weighted", edited);
    expect(after.ranking.map((r) => r.needId)).not.toEqual(before.ranking.map((r) => r.needId));
    cases.push({
      name: "weights-edited",
      model: buildWorkbook({ ...base, criteria: edited, ranking: before.ranking }, options),
      expected: after.ranking,
    });

    const dir = mkdtempSync(join(tmpdir(), "excel-engine-"));
    const files = await Promise.all(
      cases.map(async (c) => {
        const file = join(dir, `${c.name}.xlsx`);
        writeFileSync(file, await writeXlsx(c.model));
        return file;
      }),
    );
    const recalculated = recalcWithLibreOffice(files);
    const m = cases[0]!.model.layout.matrix;
    for (const [i, c] of cases.entries()) {
      const got = await matrixResults(recalculated[i]!, m.scoreCol + 1, m.rankCol + 1);
      expect({ name: c.name, ranked: c.expected.length }).toEqual({ name: c.name, ranked: needs.length });
      for (const r of c.expected) {
        const g = got.get(r.needId)!;
        expect(g.score).toBeCloseTo(r.score, 9);
        expect({ name: c.name, id: r.needId, rank: g.rank }).toEqual({
          name: c.name,
          id: r.needId,
          rank: r.rank,
        });
      }
    }
  });
});
