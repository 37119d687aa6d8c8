// Spend cube: cells per category × unit × supplier × year, top suppliers, off-contract spend and the
// consolidation suggestions with the amounts behind them.
import fc from "fast-check";
import { analyseSpend, spendCube, supplierKey } from "../../../src/domain/insight/spendCube";
import type { SpendRecord } from "../../../src/domain/model/contract";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/rules/thresholds";
import { aContract } from "../scheduling/builders";

const row = (
  unit: string,
  supplier: string,
  year: number,
  amount: number,
  subcategory = "nett",
): SpendRecord => ({
  unit,
  category: "ikt",
  subcategory,
  supplier,
  year,
  amount,
});
const contracts = [aContract("K1", "2028-12-31", { supplier: "Nordlysdata AS", category: "ikt" })];
const options = { thresholds: DEFAULT_THRESHOLDS, date: "2027-01-15" };

describe("spend cube", () => {
  it("sums rows into cells and marks spend with a KAV contract for the category and supplier", () => {
    const cells = spendCube(
      [
        row("oslo", "Nordlysdata AS", 2025, 100, "nett"),
        row("oslo", "nordlysdata  as", 2025, 50, "programvare"),
        row("oslo", "Bodø Data AS", 2025, 70),
        { ...row("oslo", "Nordlysdata AS", 2025, 10), category: "materiell" },
      ],
      contracts,
    );
    expect(cells).toEqual([
      { category: "ikt", unit: "oslo", supplier: "Bodø Data AS", year: 2025, amount: 70, onContract: false },
      {
        category: "ikt",
        unit: "oslo",
        supplier: "Nordlysdata AS",
        year: 2025,
        amount: 100,
        onContract: true,
      },
      {
        category: "ikt",
        unit: "oslo",
        supplier: "nordlysdata  as",
        year: 2025,
        amount: 50,
        onContract: true,
      },
      {
        category: "materiell",
        unit: "oslo",
        supplier: "Nordlysdata AS",
        year: 2025,
        amount: 10,
        onContract: false,
      },
    ]);
    expect(supplierKey("  Ærlig   Øst AS ")).toBe("ærlig øst as");
  });

  it("suggests a framework where off-contract spend × 4 years reaches the national threshold, with the amounts", () => {
    const spend = [
      row("oslo", "Bodø Data AS", 2024, 200_000),
      row("vest", "Bodø Data AS", 2025, 150_000),
      row("vest", "Voss Nett AS", 2026, 850_000),
      row("oslo", "Nordlysdata AS", 2026, 9_000_000),
      row("agder", "Lite AS", 2026, 90_000, "maskinvare"),
    ];
    const a = analyseSpend(spend, contracts, options);
    expect(a.years).toEqual([2024, 2025, 2026]);
    expect(a.total).toBe(10_290_000);
    expect(a.offContractTotal).toBe(1_290_000);
    expect(a.suggestions).toEqual([
      {
        id: "KONS-ikt-nett",
        category: "ikt",
        subcategory: "nett",
        byYear: [
          { year: 2024, amount: 200_000 },
          { year: 2025, amount: 150_000 },
          { year: 2026, amount: 850_000 },
        ],
        total: 1_200_000,
        estimatedFrameworkValue: 1_600_000,
        threshold: 1_300_000,
        suppliers: [
          { key: "Voss Nett AS", amount: 850_000 },
          { key: "Bodø Data AS", amount: 350_000 },
        ],
        units: [
          { key: "vest", amount: 1_000_000 },
          { key: "oslo", amount: 200_000 },
        ],
      },
    ]);
  });

  it("reports the threshold crossing exactly and ranks top suppliers with shares", () => {
    const spend = [
      row("oslo", "Bodø Data AS", 2025, 650_000),
      row("vest", "Voss Nett AS", 2026, 325_000),
      row("oslo", "Nordlysdata AS", 2026, 1_025_000),
    ];
    const a = analyseSpend(spend, contracts, options);
    expect(a.suggestions.map((s) => [s.id, s.total, s.estimatedFrameworkValue])).toEqual([
      ["KONS-ikt-nett", 975_000, 1_950_000],
    ]);
    expect(a.suggestions[0]?.suppliers.map((s) => s.key)).toEqual(["Bodø Data AS", "Voss Nett AS"]);
    const top = a.topSuppliers.find((t) => t.category === "ikt")?.suppliers ?? [];
    expect(top.map((s) => [s.supplier, s.share, s.onContract])).toEqual([
      ["Nordlysdata AS", 0.5125, true],
      ["Bodø Data AS", 0.325, false],
      ["Voss Nett AS", 0.1625, false],
    ]);
    const below = analyseSpend([row("oslo", "Bodø Data AS", 2025, 324_999)], contracts, options);
    expect(below.suggestions).toEqual([]);
    const at = analyseSpend([row("oslo", "Bodø Data AS", 2025, 325_000)], contracts, options);
    expect(at.suggestions.map((s) => s.estimatedFrameworkValue)).toEqual([1_300_000]);
  });

  it("property: cube, category totals and off-contract spend add up to the input", () => {
    const rec = fc.record({
      unit: fc.constantFrom("oslo", "vest", "agder"),
      category: fc.constantFrom("ikt", "materiell"),
      subcategory: fc.constantFrom("a", "b"),
      supplier: fc.constantFrom("Nordlysdata AS", "Bodø Data AS", "Æøå AS", "x"),
      year: fc.integer({ min: 2024, max: 2026 }),
      amount: fc.integer({ min: 0, max: 5_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(rec, { maxLength: 60 }), (spend) => {
        const a = analyseSpend(spend, contracts, options);
        const sum = spend.reduce((s, r) => s + r.amount, 0);
        expect(a.total).toBe(sum);
        expect(a.byCategoryYear.reduce((s, c) => s + c.amount, 0)).toBe(sum);
        const off = spend.filter((r) => !(r.category === "ikt" && r.supplier === "Nordlysdata AS"));
        expect(a.offContractTotal).toBe(off.reduce((s, r) => s + r.amount, 0));
        for (const s of a.suggestions) {
          expect(s.estimatedFrameworkValue).toBeGreaterThanOrEqual(s.threshold);
          expect(s.suppliers.reduce((t, x) => t + x.amount, 0)).toBe(s.total);
          expect(s.units.reduce((t, x) => t + x.amount, 0)).toBe(s.total);
        }
      }),
    );
  });
});
