// The workbook model: sheets in order, redaction of security-graded needs across every sheet,
// submitter text only ever in text cells, rejected needs with their errors, Kraljic quadrants.
import { buildWorkbook } from "../../../src/application/workbook/buildWorkbook";
import type { Cell, WorkbookModel } from "../../../src/domain/workbook/workbookModel";
import { isFormulaLike } from "../../../src/domain/workbook/cellText";
import { cellAt } from "../../../src/domain/workbook/modelLookup";
import type { PlanNeedEntry } from "../../../src/application/planResult";
import { aNeed, planOf, someNeeds, workbookInputFor } from "./workbookFixtures";

const nb = { locale: "nb" as const, redaction: { includeSecurityGraded: false } };

function allCells(model: WorkbookModel): { sheet: string; cell: Cell }[] {
  return model.sheets.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.cells.flatMap((line) => line.flatMap((cell) => (cell ? [{ sheet: s.name, cell }] : []))),
    ),
  );
}
const textOf = (c: Cell) =>
  c.kind === "text" ? c.value : c.kind === "formula" ? c.formula : String(c.value);

describe("buildWorkbook", () => {
  it("builds the seven sheets in order", () => {
    const model = buildWorkbook(workbookInputFor(someNeeds(5)), nb);
    expect(model.sheets.map((s) => s.name)).toEqual([
      "Innmeldinger",
      "Matrise",
      "Utvalg",
      "Plan",
      "Kapasitet",
      "Kraljic",
      "Tilbakemelding",
    ]);
  });

  it("hides security-graded content in every sheet unless the user opts in", () => {
    const graded = aNeed({
      id: "S-0001",
      title: "Hemmelig sambandsutstyr",
      description: "Detaljer om sambandet",
      contact: "agent@politiet.no",
      securityGraded: true,
      existingContractId: "KAV-77",
      scores: someNeeds(1)[0]!.scores,
    });
    const needs = [...someNeeds(4), graded];
    const input = workbookInputFor(needs, { notes: {}, feedback: {} });
    const secrets = ["Hemmelig sambandsutstyr", "Detaljer om sambandet", "agent@politiet.no", "KAV-77"];
    const hidden = allCells(buildWorkbook(input, nb)).map(({ cell }) => textOf(cell));
    for (const secret of secrets) expect(hidden.filter((t) => t.includes(secret))).toEqual([]);
    expect(hidden).toContain("[SKJERMET] S-0001");

    const shown = allCells(buildWorkbook(input, { ...nb, redaction: { includeSecurityGraded: true } })).map(
      ({ cell }) => textOf(cell),
    );
    expect(shown).toContain("Hemmelig sambandsutstyr");
  });

  it("keeps submitter text in text cells and out of every formula", () => {
    const evil = ['=HYPERLINK("http://x","klikk")', "+4722", "-2+3", "@SUM(A1)", "\tTab", "\rCR"];
    const needs = evil.map((title, i) =>
      aNeed({ id: `X-${i}`, title, unit: "oslo", scores: someNeeds(1)[0]!.scores }),
    );
    const cells = allCells(buildWorkbook(workbookInputFor(needs), nb));
    for (const title of evil) {
      expect(isFormulaLike(title)).toBe(true);
      const holders = cells.filter(({ cell }) => textOf(cell).includes(title));
      expect(holders.length).toBeGreaterThan(0);
      for (const { cell } of holders) expect(cell.kind).toBe("text");
    }
    expect(isFormulaLike("Kjøretøy")).toBe(false);
  });

  it("lists rejected needs with their errors in Innmeldinger and Tilbakemelding", () => {
    const rejected: PlanNeedEntry = {
      id: "#7",
      row: 7,
      status: "rejected",
      redacted: false,
      errors: [
        {
          itemId: "#7",
          row: 7,
          field: "estimatedValue",
          code: "invalid-number",
          params: { value: "mange" },
          message: { nb: "Verdi «mange» er ikke et tall", en: "Value “mange” is not a number" },
        },
      ],
    };
    const needs = someNeeds(3);
    const model = buildWorkbook(workbookInputFor(needs, { plan: planOf(needs, [rejected]) }), nb);
    const cells = allCells(model);
    const holders = cells.filter(({ cell }) => textOf(cell) === "Verdi «mange» er ikke et tall");
    expect(holders.map((h) => h.sheet).sort()).toEqual(["Innmeldinger", "Tilbakemelding"]);
    expect(
      cells.some(({ sheet, cell }) => sheet === "Tilbakemelding" && textOf(cell) === "Avvist ved mottak"),
    ).toBe(true);
  });

  it("places every subcategory in a Kraljic quadrant and one chart series per main category", () => {
    const model = buildWorkbook(workbookInputFor(someNeeds(40)), nb);
    const kraljic = model.sheets.find((s) => s.name === "Kraljic")!;
    const chart = kraljic.charts[0]!;
    expect(chart.series.map((s) => s.name)).toEqual([
      "Materiell og logistikk",
      "IKT og telekom",
      "Tjenester og eiendom",
    ]);
    expect(chart.xAxis).toMatchObject({ min: 1, max: 5, crossesAt: 3 });
    const split = cellAt(kraljic, 4, 2);
    expect(split?.kind).toBe("number");
    for (let row = 7; cellAt(kraljic, row, 1) !== null; row += 1) {
      const risk = cellAt(kraljic, row, 3) as { value: number };
      const value = cellAt(kraljic, row, 4) as { value: number };
      const quadrant = cellAt(kraljic, row, 6) as { kind: string; cached: string };
      const high = value.value >= (split as { value: number }).value;
      const expected =
        risk.value >= 3 ? (high ? "Strategisk" : "Flaskehals") : high ? "Innflytelse" : "Ikke-kritisk";
      expect(quadrant).toMatchObject({ kind: "formula", cached: expected });
    }
  });

  it("shows the scheduler's weekly utilisation as load ÷ capacity per person", () => {
    const needs = someNeeds(2);
    const utilisation = {
      weekStarts: ["2027-01-18", "2027-01-25"],
      people: [
        { personId: "L1", load: [0.5, 0.8], capacity: [1, 0.8] },
        { personId: "J1", load: [0, 0.2], capacity: [0, 0.4] },
      ],
    };
    const model = buildWorkbook(workbookInputFor(needs, { utilisation }), nb);
    const sheet = model.sheets.find((s) => s.name === "Kapasitet")!;
    const row = (name: string) => {
      for (let r = 4; cellAt(sheet, r, 1) !== null; r += 1) {
        const c = cellAt(sheet, r, 1);
        if (c?.kind === "text" && c.value === name) return [cellAt(sheet, r, 4), cellAt(sheet, r, 5)];
      }
      throw new Error(`no row for ${name}`);
    };
    expect(row("Kari Nordmann")).toEqual([
      { kind: "number", value: 0.5 },
      { kind: "number", value: 1 },
    ]);
    expect(row("Jon Jurist")).toEqual([
      { kind: "number", value: 0 },
      { kind: "number", value: 0.5 },
    ]);
    expect(row("Ola Hansen")).toEqual([
      { kind: "number", value: 0 },
      { kind: "number", value: 0 },
    ]);
    const stranger = { ...utilisation, people: [{ personId: "X9", load: [0, 0], capacity: [1, 1] }] };
    expect(() => buildWorkbook(workbookInputFor(needs, { utilisation: stranger }), nb)).toThrow(
      "unknown people: X9",
    );
  });

  it("gives needs the engine did not rank neither a rank value nor a rank", () => {
    const needs = someNeeds(4);
    const input = workbookInputFor(needs);
    const ranking = input.ranking.filter((r) => r.needId !== "B-0002");
    const model = buildWorkbook({ ...input, ranking }, nb);
    const matrix = model.sheets.find((s) => s.name === "Matrise")!;
    const m = model.layout.matrix;
    const rowOf = (id: string) => {
      for (let r = 7; r < 7 + needs.length; r += 1) {
        const c = cellAt(matrix, r, 1);
        if (c?.kind === "text" && c.value === id) return r;
      }
      throw new Error(id);
    };
    expect(cellAt(matrix, rowOf("B-0002"), m.rankValueCol + 1)).toBeNull();
    expect(cellAt(matrix, rowOf("B-0001"), m.rankValueCol + 1)?.kind).toBe("formula");
    expect(cellAt(matrix, rowOf("B-0002"), m.scoreCol + 1)?.kind).toBe("formula");
  });

  it("rejects a ranking that names an unknown need", () => {
    const needs = someNeeds(2);
    const input = workbookInputFor(needs);
    expect(() =>
      buildWorkbook({ ...input, ranking: [...input.ranking, { ...input.ranking[0]!, needId: "NOPE" }] }, nb),
    ).toThrow("ranking refers to need NOPE");
  });
});
