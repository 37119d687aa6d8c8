/**
 * Procurement thresholds with effective-from dates, and the regime and default procedure they imply.
 * Values are NOK excluding VAT (source: regjeringen.no "Terskelverdier", see docs/domain.md).
 */
import type { IsoDate } from "../time/isoDate";
import type { ContractType } from "../model/need";

/** One row of the threshold table, valid from `effectiveFrom` until the next row. */
export interface ThresholdSet {
  readonly effectiveFrom: IsoDate;
  /** Below this the procurement act does not apply (PFT still governs above it). */
  readonly actLowerBound: number;
  /** Part II (national rules) from this value. */
  readonly national: number;
  /** EEA threshold for state authorities, goods and services (part III). */
  readonly eeaGoodsServices: number;
  /** EEA threshold for building works (part III). */
  readonly eeaWorks: number;
  /** EEA threshold under FOSA (defence and security), goods and services. */
  readonly fosaGoodsServices: number;
}

/** The default table; configurable per plan, since values change every two years. */
export const DEFAULT_THRESHOLDS: readonly ThresholdSet[] = [
  {
    effectiveFrom: "2024-03-14",
    actLowerBound: 100_000,
    national: 1_300_000,
    eeaGoodsServices: 1_490_000,
    eeaWorks: 57_800_000,
    fosaGoodsServices: 4_600_000,
  },
];

/** Legal regime a procurement falls under. */
export type Regime = "outside-act" | "part-I" | "part-II" | "part-III" | "fosa";

/** Procedure (prosedyre); the phase templates are keyed by it. */
export const PROCEDURES = [
  "direct",
  "mini-competition",
  "part-II",
  "open",
  "negotiated",
  "security-graded",
] as const;
/** A procurement procedure. */
export type Procedure = (typeof PROCEDURES)[number];

/** The threshold set in force on `date` (the latest with effectiveFrom ≤ date; the earliest if none). */
export function thresholdsOn(table: readonly ThresholdSet[], date: IsoDate): ThresholdSet {
  if (table.length === 0) throw new RangeError("The threshold table is empty");
  const sorted = [...table].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  let current = sorted[0] as ThresholdSet;
  for (const row of sorted) if (row.effectiveFrom <= date) current = row;
  return current;
}

/** Facts about a procurement that decide its regime. */
export interface RegimeInput {
  readonly estimatedValue: number;
  readonly contractType: ContractType;
  readonly securityGraded: boolean;
}

/** The regime for a procurement announced on `date`. */
export function regimeFor(input: RegimeInput, table: readonly ThresholdSet[], date: IsoDate): Regime {
  const t = thresholdsOn(table, date);
  const v = input.estimatedValue;
  if (input.securityGraded) {
    const fosaThreshold = input.contractType === "works" ? t.eeaWorks : t.fosaGoodsServices;
    if (v >= fosaThreshold) return "fosa";
  }
  if (v < t.actLowerBound) return "outside-act";
  const eea = input.contractType === "works" ? t.eeaWorks : t.eeaGoodsServices;
  if (v >= eea) return "part-III";
  if (v >= t.national) return "part-II";
  return "part-I";
}

/** The default procedure for a procurement; a user may override it per need. */
export function defaultProcedure(
  input: RegimeInput,
  table: readonly ThresholdSet[],
  date: IsoDate,
): Procedure {
  if (input.securityGraded) return "security-graded";
  switch (regimeFor(input, table, date)) {
    case "outside-act":
    case "part-I":
      return "direct";
    case "part-II":
      return "part-II";
    case "part-III":
      return input.contractType === "works" ? "negotiated" : "open";
    case "fosa":
      return "security-graded";
  }
}
