/**
 * The deliberately invalid rows of the demo tenant: eleven rows (about 2 %), each with one fault,
 * at fixed rows whatever the seed, so the intake has errors to show and tests can expect them.
 */
import type { RawRecord } from "../domain/intake/intakeTypes";
import { needIdOfRow } from "./needIds";

/** The kind of fault planted in a row, named like the intake error code it should produce. */
export type DemoFault =
  | "invalid-number"
  | "impossible-date"
  | "unknown-unit"
  | "required"
  | "duplicate-id"
  | "unknown-dependency"
  | "dependency-cycle"
  | "invalid-score"
  | "too-long"
  | "unknown-contract";

/** One planted fault: which row, which field, what is wrong. */
export interface DemoInvalidRow {
  /** 1-based row in `PlanInput.needs`. */
  readonly row: number;
  /** The id the row carries. */
  readonly id: string;
  /** The offending field. */
  readonly field: string;
  readonly fault: DemoFault;
  /** The fault in words. */
  readonly detail: string;
}

/** The row whose id the duplicate-id row repeats. */
const DUPLICATED_ROW = 42;

function planted(row: number, field: string, fault: DemoFault, detail: string): DemoInvalidRow {
  const id = needIdOfRow(fault === "duplicate-id" ? DUPLICATED_ROW : row);
  return { row, id, field, fault, detail };
}

/** The invalid rows, in row order. Every other row satisfies the input rules. */
export const DEMO_INVALID_ROWS: readonly DemoInvalidRow[] = [
  planted(37, "estimatedValue", "invalid-number", 'The value "1,5,5" is not a number.'),
  planted(84, "neededBy", "impossible-date", "31.02.<plan year>: February has no 31st."),
  planted(131, "unit", "unknown-unit", '"Bergen politidistrikt" (merged into Vest in 2017) is not a unit.'),
  planted(178, "title", "required", "The title is empty."),
  planted(
    219,
    "id",
    "duplicate-id",
    `Repeats the id ${needIdOfRow(DUPLICATED_ROW)} of row ${DUPLICATED_ROW}.`,
  ),
  planted(263, "dependsOn", "unknown-dependency", "Depends on BH-0999, which no row has."),
  planted(305, "dependsOn", "dependency-cycle", "Depends on BH-0306, which depends on it."),
  planted(306, "dependsOn", "dependency-cycle", "Depends on BH-0305, which depends on it."),
  planted(352, "score_operationalCriticality", "invalid-score", 'The score "7" is outside 1–5.'),
  planted(398, "title", "too-long", "The title is longer than 255 characters."),
  planted(446, "existingContractId", "unknown-contract", "Renews KAV-99999, which is not in KAV."),
];

function cyclePartner(invalid: DemoInvalidRow): string {
  const partner = DEMO_INVALID_ROWS.find((r) => r.fault === "dependency-cycle" && r.row !== invalid.row);
  if (!partner) throw new RangeError("The demo's dependency cycle needs two rows");
  return partner.id;
}

function tooLongTitle(record: RawRecord): string {
  const title = `${String(record.title)} – ${String(record.description)} ${String(record.rationale)}`;
  return title.length > 255 ? title : title.padEnd(300, ".");
}

/** The valid record with the row's fault planted in it. */
export function plantFault(record: RawRecord, invalid: DemoInvalidRow, planYear: number): RawRecord {
  switch (invalid.fault) {
    case "invalid-number":
      return { ...record, estimatedValue: "1,5,5" };
    case "impossible-date":
      return { ...record, neededBy: `31.02.${planYear}` };
    case "unknown-unit":
      return { ...record, unit: "Bergen politidistrikt" };
    case "required":
      return { ...record, title: "" };
    case "duplicate-id":
      return { ...record, id: invalid.id };
    case "unknown-dependency":
      return { ...record, dependsOn: "BH-0999" };
    case "dependency-cycle":
      return { ...record, dependsOn: cyclePartner(invalid) };
    case "invalid-score":
      return { ...record, [invalid.field]: "7" };
    case "too-long":
      return { ...record, title: tooLongTitle(record) };
    case "unknown-contract":
      return { ...record, insightSource: "kav-expiry", existingContractId: "KAV-99999" };
  }
}
