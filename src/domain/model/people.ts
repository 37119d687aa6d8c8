/**
 * The people who carry out procurements: procurement leads (one main category each) and lawyers.
 */
import type { IsoDate } from "../time/isoDate";

/** Role of a person in the central procurement unit. */
export type PersonRole = "lead" | "lawyer";

/** A period a person is away (inclusive dates). */
export interface Absence {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** A procurement lead (anskaffelsesleder) or a lawyer (jurist). */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly role: PersonRole;
  /** Main category id for leads; absent for lawyers (shared across categories). */
  readonly category?: string;
  /** Share of a full-time week available for procurements, 0–1. */
  readonly availability: number;
  readonly absences: readonly Absence[];
}
