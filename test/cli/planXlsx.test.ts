// `plan --demo --out DIR` also writes DIR/plan.xlsx: the seven sheets, every received need in
// Innmeldinger, the Matrise formulas, and no security-graded title unless --include-graded.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { PlanResult } from "../../src/application/planResult";

async function run(...args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(["node", "anskaffelsesplan", ...args], {
    out: (t) => out.push(t),
    err: () => undefined,
  });
  return { code, out: out.join("\n") };
}

describe("plan --out DIR writes plan.xlsx", () => {
  it("holds the seven sheets and the Årshjul, every need, live formulas and no graded titles", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "anskaffelsesplan-xlsx-"));
    const r = await run("plan", "--demo", "--out", outDir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("plan.xlsx");
    const plan = JSON.parse(readFileSync(join(outDir, "plan.json"), "utf8")) as PlanResult;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(outDir, "plan.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Innmeldinger",
      "Matrise",
      "Utvalg",
      "Plan",
      "Kapasitet",
      "Kraljic",
      "Tilbakemelding",
      "Årshjul",
    ]);
    const ids: string[] = [];
    wb.getWorksheet("Innmeldinger")!.eachRow((row, n) => {
      if (n > 3) ids.push(String(row.getCell(1).value));
    });
    expect(ids.sort()).toEqual(plan.needs.map((e) => e.id).sort());
    const matrix = wb.getWorksheet("Matrise")!;
    const score = matrix.getCell("L7").value as ExcelJS.CellFormulaValue;
    expect(score.formula).toContain("SUMPRODUCT(");

    // The formulas carry the engine's score and rank as cached results (LibreOffice recomputes them
    // in test/adapters/xlsx/libreOfficeEngine.test.ts).
    const ranking = plan.prioritisation?.result?.ranking ?? [];
    expect(ranking.length).toBeGreaterThan(400);
    const cached = new Map<string, { score: unknown; rank: unknown }>();
    matrix.eachRow((row, n) => {
      if (n <= 6) return;
      const result = (c: number) => (row.getCell(c).value as ExcelJS.CellFormulaValue | null)?.result;
      cached.set(String(row.getCell(1).value), { score: result(12), rank: result(14) });
    });
    for (const r of ranking) expect(cached.get(r.needId)).toEqual({ score: r.score, rank: r.rank });

    const hiddenTitles = plan.needs.filter((e) => e.redacted).map((e) => e.id);
    expect(hiddenTitles.length).toBeGreaterThan(0);
    const titles = new Map<string, string>();
    wb.getWorksheet("Matrise")!.eachRow((row) =>
      titles.set(String(row.getCell(1).value), String(row.getCell(2).value)),
    );
    for (const id of hiddenTitles) expect(titles.get(id)).toBe(`[SKJERMET] ${id}`);
  });
});
