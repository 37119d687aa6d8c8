/**
 * The spend cube analysis: spend by category × unit × supplier × year, the top suppliers per
 * category, spend outside any contract (no KAV contract for that category and supplier) and the
 * consolidation suggestions — subcategories whose off-contract spend, counted as a four-year
 * framework agreement (the average yearly amount × 4, the way a framework's estimated value is
 * reckoned), reaches the national threshold: candidates for a new framework agreement, each with
 * the amounts, suppliers and units behind it.
 */
import type { KavContract, SpendRecord } from "../model/contract";
import { thresholdsOn, type ThresholdSet } from "../rules/thresholds";
import type { IsoDate } from "../time/isoDate";

/** Years a framework agreement normally runs (4; 7 under FOSA). */
export const FRAMEWORK_YEARS = 4;

/** One cell of the cube. */
export interface SpendCell {
  readonly category: string;
  readonly unit: string;
  readonly supplier: string;
  readonly year: number;
  readonly amount: number;
  /** True when a KAV contract exists for this category and supplier. */
  readonly onContract: boolean;
}

/** A supplier's share of a category. */
export interface SupplierSpend {
  readonly supplier: string;
  readonly amount: number;
  /** Share of the category's spend, 0–1. */
  readonly share: number;
  readonly onContract: boolean;
}

/** An amount with what it is keyed by. */
export interface KeyedAmount {
  readonly key: string;
  readonly amount: number;
}

/** A candidate for a new framework agreement, with the amounts behind it. */
export interface ConsolidationSuggestion {
  /** `KONS-<category>-<subcategory>`. */
  readonly id: string;
  readonly category: string;
  readonly subcategory?: string;
  /** Off-contract spend per year, by year. */
  readonly byYear: readonly { readonly year: number; readonly amount: number }[];
  readonly total: number;
  /** Average yearly amount × FRAMEWORK_YEARS. */
  readonly estimatedFrameworkValue: number;
  /** The threshold it reached (national threshold, NOK). */
  readonly threshold: number;
  /** Suppliers and units paid off contract, largest first. */
  readonly suppliers: readonly KeyedAmount[];
  readonly units: readonly KeyedAmount[];
}

/** The whole spend analysis. */
export interface SpendAnalysis {
  readonly years: readonly number[];
  readonly total: number;
  readonly offContractTotal: number;
  /** Category × year totals, sorted by category then year. */
  readonly byCategoryYear: readonly {
    readonly category: string;
    readonly year: number;
    readonly amount: number;
  }[];
  readonly topSuppliers: readonly {
    readonly category: string;
    readonly suppliers: readonly SupplierSpend[];
  }[];
  readonly suggestions: readonly ConsolidationSuggestion[];
}

/** Options of the analysis. */
export interface SpendOptions {
  readonly thresholds: readonly ThresholdSet[];
  /** The thresholds in force on this date apply (the plan start). */
  readonly date: IsoDate;
  /** Suppliers listed per category (default 5). */
  readonly topN?: number;
}

/** Supplier names compared without case and extra spaces ("Fjord  Bygg as" = "Fjord Bygg AS"). */
export function supplierKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("nb");
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function add(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

function sortedAmounts(map: ReadonlyMap<string, number>): KeyedAmount[] {
  return [...map.entries()]
    .map(([key, amount]) => ({ key, amount }))
    .sort((a, b) => b.amount - a.amount || compareText(a.key, b.key));
}

/** The cube: spend records summed per category × unit × supplier × year, with on-contract flags. */
export function spendCube(spend: readonly SpendRecord[], contracts: readonly KavContract[]): SpendCell[] {
  const covered = new Set(contracts.map((c) => `${c.category}|${supplierKey(c.supplier)}`));
  const cells = new Map<string, SpendCell>();
  for (const r of spend) {
    if (!Number.isFinite(r.amount))
      throw new RangeError(`Spend ${r.unit}/${r.supplier}/${r.year}, field amount: not a number`);
    const key = [r.category, r.unit, r.supplier, r.year].join("\u0000");
    const prev = cells.get(key);
    const onContract = covered.has(`${r.category}|${supplierKey(r.supplier)}`);
    cells.set(key, {
      category: r.category,
      unit: r.unit,
      supplier: r.supplier,
      year: r.year,
      amount: (prev?.amount ?? 0) + r.amount,
      onContract,
    });
  }
  return [...cells.values()].sort(
    (a, b) =>
      compareText(a.category, b.category) ||
      compareText(a.unit, b.unit) ||
      compareText(a.supplier, b.supplier) ||
      a.year - b.year,
  );
}

function topSuppliers(cells: readonly SpendCell[], topN: number): SpendAnalysis["topSuppliers"] {
  const byCategory = new Map<string, Map<string, number>>();
  const onContract = new Map<string, boolean>();
  for (const c of cells) {
    const m = byCategory.get(c.category) ?? new Map<string, number>();
    add(m, c.supplier, c.amount);
    byCategory.set(c.category, m);
    onContract.set(`${c.category}|${c.supplier}`, c.onContract);
  }
  return [...byCategory.entries()]
    .sort((a, b) => compareText(a[0], b[0]))
    .map(([category, m]) => {
      const total = [...m.values()].reduce((s, v) => s + v, 0);
      const suppliers = sortedAmounts(m)
        .slice(0, topN)
        .map((s) => ({
          supplier: s.key,
          amount: s.amount,
          share: total > 0 ? s.amount / total : 0,
          onContract: onContract.get(`${category}|${s.key}`) ?? false,
        }));
      return { category, suppliers };
    });
}

interface Group {
  readonly category: string;
  readonly subcategory?: string;
  readonly years: Map<string, number>;
  readonly suppliers: Map<string, number>;
  readonly units: Map<string, number>;
}

function offContractGroups(spend: readonly SpendRecord[], contracts: readonly KavContract[]): Group[] {
  const covered = new Set(contracts.map((c) => `${c.category}|${supplierKey(c.supplier)}`));
  const groups = new Map<string, Group>();
  for (const r of spend) {
    if (covered.has(`${r.category}|${supplierKey(r.supplier)}`)) continue;
    const key = `${r.category}\u0000${r.subcategory ?? ""}`;
    const g = groups.get(key) ?? {
      category: r.category,
      ...(r.subcategory !== undefined ? { subcategory: r.subcategory } : {}),
      years: new Map<string, number>(),
      suppliers: new Map<string, number>(),
      units: new Map<string, number>(),
    };
    add(g.years, String(r.year), r.amount);
    add(g.suppliers, r.supplier, r.amount);
    add(g.units, r.unit, r.amount);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Runs the spend analysis; pure and deterministic. */
export function analyseSpend(
  spend: readonly SpendRecord[],
  contracts: readonly KavContract[],
  options: SpendOptions,
): SpendAnalysis {
  const cells = spendCube(spend, contracts);
  const years = [...new Set(spend.map((r) => r.year))].sort((a, b) => a - b);
  const threshold = thresholdsOn(options.thresholds, options.date).national;
  const byCategoryYear = new Map<string, number>();
  for (const c of cells) add(byCategoryYear, `${c.category}\u0000${c.year}`, c.amount);
  const suggestions = offContractGroups(spend, contracts)
    .map((g): ConsolidationSuggestion => {
      const total = [...g.years.values()].reduce((s, v) => s + v, 0);
      const estimatedFrameworkValue = Math.round((total / Math.max(1, years.length)) * FRAMEWORK_YEARS);
      return {
        id: `KONS-${g.category}${g.subcategory !== undefined ? `-${g.subcategory}` : ""}`,
        category: g.category,
        ...(g.subcategory !== undefined ? { subcategory: g.subcategory } : {}),
        byYear: [...g.years.entries()]
          .map(([y, amount]) => ({ year: Number(y), amount }))
          .sort((a, b) => a.year - b.year),
        total,
        estimatedFrameworkValue,
        threshold,
        suppliers: sortedAmounts(g.suppliers),
        units: sortedAmounts(g.units),
      };
    })
    .filter((s) => s.estimatedFrameworkValue >= threshold)
    .sort((a, b) => b.estimatedFrameworkValue - a.estimatedFrameworkValue || compareText(a.id, b.id));
  return {
    years,
    total: cells.reduce((s, c) => s + c.amount, 0),
    offContractTotal: cells.filter((c) => !c.onContract).reduce((s, c) => s + c.amount, 0),
    byCategoryYear: [...byCategoryYear.entries()]
      .map(([k, amount]) => {
        const [category, year] = k.split("\u0000") as [string, string];
        return { category, year: Number(year), amount };
      })
      .sort((a, b) => compareText(a.category, b.category) || a.year - b.year),
    topSuppliers: topSuppliers(cells, options.topN ?? 5),
    suggestions,
  };
}
