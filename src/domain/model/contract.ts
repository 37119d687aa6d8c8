/**
 * Contracts from the contract database KAV and spend records from the spend cube.
 */
import type { IsoDate } from "../time/isoDate";

/** An extension option of a contract: when exercised, the contract runs until `until`. */
export interface ContractOption {
  readonly until: IsoDate;
}

/** A contract (avtale) in KAV. */
export interface KavContract {
  readonly id: string;
  readonly name: string;
  readonly supplier: string;
  /** Main category id. */
  readonly category: string;
  readonly subcategory?: string;
  readonly start: IsoDate;
  /** End of the fixed period, before options. */
  readonly end: IsoDate;
  /** Extension options in order; the last one's `until` is the latest possible end. */
  readonly options: readonly ContractOption[];
  /** Total estimated contract value in NOK excluding VAT. */
  readonly value: number;
  /** Framework agreement (rammeavtale): at most 4 years, 7 under FOSA. */
  readonly framework: boolean;
}

/** A row of the spend cube: what a unit paid a supplier in a category in a year. */
export interface SpendRecord {
  readonly unit: string;
  readonly category: string;
  readonly subcategory?: string;
  readonly supplier: string;
  readonly year: number;
  /** NOK excluding VAT. */
  readonly amount: number;
}

/** The latest date the contract can run to with every option exercised. */
export function finalExpiry(contract: KavContract): IsoDate {
  return contract.options.reduce((latest, o) => (o.until > latest ? o.until : latest), contract.end);
}
