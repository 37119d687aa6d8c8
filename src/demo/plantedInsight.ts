/**
 * Cases planted in the demo tenant for the insight analyses (docs/demo-tenant.md, "Planted insight
 * cases"), added after every random draw so nothing else in the tenant moves:
 * - a group of near-duplicate needs from three units, written three ways (inflection, æøå typed or
 *   not, word order) — three existing ordinary rows get these titles;
 * - off-contract spend above the threshold: a guarding company outside KAV that four units pay
 *   every year, a candidate for a new framework agreement.
 */
import type { RawRecord } from "../domain/intake/intakeTypes";
import type { SpendRecord } from "../domain/model/contract";
import { organisationLookup } from "../domain/intake/organisationLookup";
import type { PlanConfig } from "../domain/model/planInput";
import { DEMO_INVALID_ROWS } from "./invalidRows";

/** Titles of the planted near-duplicate needs, in row order. */
export const PLANTED_DUPLICATE_TITLES = [
  "Håndholdte gassdetektorer",
  "Handholdt gassdetektor",
  "Gassdetektorer, håndholdte",
] as const;

/** Subcategory of the planted near-duplicate needs. */
export const PLANTED_DUPLICATE_SUBCATEGORY = "beskyttelse";

/** The off-contract supplier planted in the spend cube. */
export const PLANTED_OFF_CONTRACT = {
  supplier: "Polarlys Vakt og Sikring AS",
  category: "tjenester-eiendom",
  subcategory: "fdv",
  /** Unit → yearly amount (NOK), the same every year of the cube. */
  amounts: [
    ["oslo", 820_000],
    ["vest", 560_000],
    ["trondelag", 430_000],
    ["nordland", 310_000],
  ],
} as const;

const isYes = (value: unknown) => value === true || value === "Ja";
const invalidRows = new Set(DEMO_INVALID_ROWS.map((r) => r.row));

/** An ordinary row the planted titles may take: valid, submitted, not graded, joint, shared or linked. */
function plain(record: RawRecord, row: number): boolean {
  return (
    !invalidRows.has(row) &&
    record["subcategory"] === PLANTED_DUPLICATE_SUBCATEGORY &&
    record["insightSource"] === "submission" &&
    !isYes(record["securityGraded"]) &&
    !isYes(record["jointNordic"]) &&
    !isYes(record["jointArmedForces"]) &&
    record["sharedWithUnits"] === undefined &&
    record["dependsOn"] === undefined &&
    record["existingContractId"] === undefined
  );
}

/** The needs with the planted titles on the first plain rows of three different units. */
export function plantDuplicateNeeds(needs: readonly RawRecord[], config: PlanConfig): RawRecord[] {
  const lookup = organisationLookup(config);
  const units = new Set<string>();
  const chosen = new Map<number, string>();
  needs.forEach((record, i) => {
    if (chosen.size === PLANTED_DUPLICATE_TITLES.length || !plain(record, i + 1)) return;
    const unit = lookup.unit(String(record["unit"]))?.id;
    if (unit === undefined || units.has(unit)) return;
    units.add(unit);
    chosen.set(i, PLANTED_DUPLICATE_TITLES[chosen.size] as string);
  });
  if (chosen.size < PLANTED_DUPLICATE_TITLES.length)
    throw new RangeError("Demo tenant: too few ordinary rows to plant the near-duplicate needs");
  return needs.map((record, i) => (chosen.has(i) ? { ...record, title: chosen.get(i) } : record));
}

/** The planted off-contract spend rows for the cube's years. */
export function plantedSpend(years: readonly number[]): SpendRecord[] {
  const { supplier, category, subcategory, amounts } = PLANTED_OFF_CONTRACT;
  return years.flatMap((year) =>
    amounts.map(([unit, amount]) => ({ unit, category, subcategory, supplier, year, amount })),
  );
}
