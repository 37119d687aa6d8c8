/**
 * The health check's column comparison: the columns each list must have (the intake list through
 * its field mapping, the KAV, people and feedback lists as the tool creates them, see
 * listSchemas.ts) against the columns the site's list has — missing columns (a renamed or never
 * created column), columns of an incompatible type, and write-back choice columns that lack our
 * values. Kinds that read and write the same values count as compatible (text/note, number/currency,
 * date/dateTime, choice/text, lookup/text); a field the intake only reads may also be plain text,
 * since the intake reads needs as they are typed ("1,5 mill.", "15.01.2027", e-mail addresses).
 */
import { SCORE_FIELD_PREFIX } from "../../domain/intake/intakeTypes";
import type { PlanConfig } from "../../domain/model/planInput";
import {
  defaultColumnName,
  defaultFieldMapping,
  intakeListDefinition,
  WRITE_BACK_FIELDS,
  type ColumnKind,
  type ColumnSpec,
  type FieldMapping,
  type ListDefinition,
  BUILT_IN_COLUMN_FIELDS,
} from "../sharepoint/listSchemas";
import type { Finding } from "./healthFindings";

/** A column a list must have: the field it serves, its internal name and kind. */
export interface ExpectedColumn {
  readonly field: string;
  readonly column: string;
  readonly kind: ColumnKind;
  /** For choice columns the tool writes: the values it writes. */
  readonly choices?: readonly string[];
  /** True for fields the intake only reads (typed text is then accepted too). */
  readonly readByIntake?: boolean;
}

/** Kinds the intake can read any raw need field from. */
const TYPED_TEXT: readonly ColumnKind[] = ["text", "note"];

/** Column kinds that hold what the expected kind holds (the expected kind first). */
const COMPATIBLE: Readonly<Record<ColumnKind, readonly ColumnKind[]>> = {
  text: ["text", "note", "choice", "lookup"],
  note: ["note", "text"],
  number: ["number", "currency"],
  currency: ["currency", "number"],
  date: ["date", "dateTime"],
  dateTime: ["dateTime", "date"],
  choice: ["choice", "text"],
  multiChoice: ["multiChoice"],
  boolean: ["boolean"],
  lookup: ["lookup", "text"],
  person: ["person"],
};

/** Write-back fields → the intake definition's column for it. */
const WRITE_BACK_DEFAULTS = defaultFieldMapping([]).writeBack;

/** The columns the intake list needs under `mapping` (default: the tool's own list). */
export function expectedIntakeColumns(
  config: PlanConfig,
  criteriaIds: readonly string[],
  mapping: FieldMapping = defaultFieldMapping(criteriaIds),
  kavListId?: string,
): readonly ExpectedColumn[] {
  const definition = new Map(
    intakeListDefinition(config, criteriaIds, kavListId).columns.map((c) => [c.name, c]),
  );
  const expected: ExpectedColumn[] = [];
  for (const [field, column] of Object.entries(mapping.needFields)) {
    const spec = definition.get(defaultColumnName(field));
    // Built-in columns (receivedDate ← Created) are in every SharePoint list: nothing to check.
    if (BUILT_IN_COLUMN_FIELDS.has(field)) continue;
    const kind = spec?.kind ?? (field.startsWith(SCORE_FIELD_PREFIX) ? "number" : "text");
    expected.push({ field, column, kind, readByIntake: true });
  }
  for (const field of WRITE_BACK_FIELDS) {
    const column = mapping.writeBack[field];
    if (expected.some((e) => e.column === column)) continue;
    const spec = definition.get(WRITE_BACK_DEFAULTS[field]);
    if (!spec) continue;
    expected.push({ field, column, kind: spec.kind, ...(spec.choices ? { choices: spec.choices } : {}) });
  }
  return expected;
}

/** The columns a list the tool creates must have (Title included). */
export function expectedColumnsOf(definition: ListDefinition): readonly ExpectedColumn[] {
  return definition.columns.map((c) => ({ field: c.name, column: c.name, kind: c.kind }));
}

/** Findings for one list's columns; empty when every expected column is there with a usable type. */
export function compareColumns(
  listName: string,
  expected: readonly ExpectedColumn[],
  actual: readonly ColumnSpec[],
): Finding[] {
  const byName = new Map(actual.map((c) => [c.name.toLowerCase(), c]));
  const findings: Finding[] = [];
  for (const want of expected) {
    const have = byName.get(want.column.toLowerCase());
    const params = { list: listName, column: want.column, field: want.field, kind: want.kind };
    if (!have) {
      findings.push({ severity: "error", code: "column.missing", params });
      continue;
    }
    const usable =
      COMPATIBLE[want.kind].includes(have.kind) || (want.readByIntake && TYPED_TEXT.includes(have.kind));
    if (!usable) {
      findings.push({
        severity: "error",
        code: "column.wrongType",
        params: { ...params, actual: have.kind, expected: want.kind },
      });
      continue;
    }
    const lacking =
      have.kind === "choice" ? (want.choices ?? []).filter((c) => !have.choices?.includes(c)) : [];
    if (lacking.length > 0)
      findings.push({
        severity: "warning",
        code: "column.choices",
        params: { ...params, choices: lacking.join(", ") },
      });
  }
  return findings;
}
