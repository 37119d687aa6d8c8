/**
 * The field mapping of a KAV list: which internal column holds each contract field. The tool's own
 * KAV list has fixed columns (the default); an existing contract list is mapped by the coordinator,
 * starting from a suggestion matched on column names (see columnMatch.ts).
 */
import type { PlanConfig } from "../../domain/model/planInput";
import { matchColumn } from "./columnMatch";
import { kavListDefinition, type ColumnSpec } from "./listSchemas";

/** Contract fields read from a KAV list, in display order. */
export const CONTRACT_FIELDS = [
  "kavId",
  "title",
  "supplier",
  "category",
  "subcategory",
  "startDate",
  "endDate",
  "finalEndDate",
  "contractValue",
  "framework",
] as const;
/** A contract field. */
export type ContractField = (typeof CONTRACT_FIELDS)[number];

/** Fields without which an item cannot become a contract. */
export const REQUIRED_CONTRACT_FIELDS: readonly ContractField[] = ["kavId", "startDate", "endDate"];

/** Contract field → internal column name (fields left out are not read). */
export interface ContractMapping {
  readonly contractFields: Readonly<Partial<Record<ContractField, string>>>;
}

/** Column of the tool's own KAV list for each contract field. */
const OWN_COLUMNS: Readonly<Record<ContractField, string>> = {
  kavId: "KavId",
  title: "Title",
  supplier: "Supplier",
  category: "Category",
  subcategory: "Subcategory",
  startDate: "StartDate",
  endDate: "EndDate",
  finalEndDate: "FinalEndDate",
  contractValue: "ContractValue",
  framework: "Framework",
};

/** The mapping of the KAV list the tool creates (and of the demo tenant's). */
export function defaultContractMapping(): ContractMapping {
  return { contractFields: { ...OWN_COLUMNS } };
}

/** A suggested mapping for an existing contract list; unmatched fields are left out. */
export function suggestContractMapping(columns: readonly ColumnSpec[], config: PlanConfig): ContractMapping {
  const own = kavListDefinition(config);
  const contractFields: Partial<Record<ContractField, string>> = {};
  for (const field of CONTRACT_FIELDS) {
    const ours = OWN_COLUMNS[field];
    const hit = matchColumn(columns, [
      ours,
      field,
      own.columns.find((c) => c.name === ours)?.displayName ?? "",
    ]);
    if (hit) contractFields[field] = hit;
  }
  return { contractFields };
}

/** Checks a contract mapping read from a file or storage; throws naming the first bad entry. */
export function parseContractMapping(value: unknown): ContractMapping {
  const fields = (value as { contractFields?: unknown } | null)?.contractFields;
  if (fields === null || typeof fields !== "object" || Array.isArray(fields))
    throw new Error("A KAV field mapping needs `contractFields` (our field → internal column name).");
  const out: Partial<Record<ContractField, string>> = {};
  for (const [field, column] of Object.entries(fields)) {
    if (!(CONTRACT_FIELDS as readonly string[]).includes(field))
      throw new Error(`contractFields.${field} is not a contract field (${CONTRACT_FIELDS.join(", ")}).`);
    if (typeof column !== "string" || column === "")
      throw new Error(`contractFields.${field} must be an internal column name.`);
    out[field as ContractField] = column;
  }
  for (const field of REQUIRED_CONTRACT_FIELDS)
    if (!out[field]) throw new Error(`contractFields.${field} is required.`);
  return { contractFields: out };
}
