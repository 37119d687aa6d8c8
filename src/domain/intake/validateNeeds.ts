/**
 * Intake validation of a batch of raw needs: typed needs, or every error of every rejected record.
 * Nothing is dropped: received = accepted + rejected, each record appears exactly once, in input
 * order. Batch rules: ids are unique (the first occurrence is kept, later ones are rejected naming
 * the first row); dependencies must exist, must not be the need itself or form a cycle, and a need
 * depending on a rejected need is rejected too (docs/input-format.md).
 */
import type { Need } from "../model/need";
import type { PlanConfig } from "../model/planInput";
import { checkDependencies } from "./checkDependencies";
import { RECORD_FIELD, type IntakeErrorCode } from "./intakeErrorCodes";
import {
  SUBMITTED_FIELDS,
  type FieldError,
  type IntakeResult,
  type RawRecord,
  type RejectedRecord,
  type SubmittedField,
  type SubmittedValues,
} from "./intakeTypes";
import { organisationLookup } from "./organisationLookup";
import { displayValue, isBlank, rawKind, readText } from "./rawValue";
import { parseBoolean } from "./parseBoolean";
import { sanitiseText, SANITISED } from "./sanitiseText";
import { dataRecord, ownValue } from "../model/dataRecord";
import { readNeedFields, type FieldReaderContext } from "./readNeedFields";

/** What intake validation checks the records against. */
export interface IntakeContext {
  readonly config: PlanConfig;
  /** Ids of the configured prioritisation criteria (`score_<id>` fields must name one). */
  readonly criteriaIds: readonly string[];
  /** Ids of the contracts in KAV (`existingContractId` must name one). */
  readonly contractIds: ReadonlySet<string>;
}

/** Characters an id may not contain: they separate ids in `dependsOn`. */
const ID_FORBIDDEN = /[;,\r\n]/;

/** One record after the per-record checks. */
interface Entry {
  readonly row: number;
  readonly itemId: string;
  /** The valid id, when the record has one (duplicates included). */
  readonly id: string | undefined;
  readonly idErrors: FieldError[];
  readonly fieldErrors: readonly FieldError[];
  readonly warnings: readonly FieldError[];
  readonly need: Need | undefined;
  readonly dependsOn: readonly string[];
  /** The record is (or may be) security graded: its errors never quote its values. */
  readonly graded: boolean;
  /** What the record carried, for the rejection record (graded text left out). */
  readonly submitted: SubmittedValues;
}

/**
 * Validates raw need records against the plan configuration, criteria and KAV contract ids.
 * @returns accepted needs (with their rows) and rejected records (with every error), both in input
 * order, and the warnings of every record (text the intake had to change).
 */
export function validateNeeds(records: readonly RawRecord[], ctx: IntakeContext): IntakeResult<Need> {
  const reader: FieldReaderContext = {
    lookup: organisationLookup(ctx.config),
    textLimits: ctx.config.textLimits,
    criteriaIds: new Set(ctx.criteriaIds),
    contractIds: ctx.contractIds,
  };
  const entries = records.map((record, i) => readEntry(record, i + 1, reader));
  const nodeIds = markDuplicates(entries);
  const findings = checkDependencies(
    entries.map((entry, i) => ({
      nodeId: nodeIds[i],
      ownId: entry.id,
      dependsOn: entry.dependsOn,
      rejected: entry.idErrors.length + entry.fieldErrors.length > 0,
    })),
  );

  const accepted: Need[] = [];
  const acceptedRows: number[] = [];
  const rejected: RejectedRecord[] = [];
  const warnings: FieldError[] = [];
  entries.forEach((entry, i) => {
    const guard = (e: FieldError): FieldError => (entry.graded ? withholdValues(e) : e);
    const errors = [
      ...entry.idErrors,
      ...entry.fieldErrors,
      ...(findings[i] ?? []).map((f) => error(entry, "dependsOn", f.code, f.params)),
    ].map(guard);
    warnings.push(...entry.warnings.map(guard));
    if (errors.length === 0 && entry.need) {
      accepted.push(entry.need);
      acceptedRows.push(entry.row);
    } else rejected.push({ itemId: entry.itemId, row: entry.row, errors, submitted: entry.submitted });
  });
  return { received: records.length, accepted, acceptedRows, rejected, warnings };
}

/** Node ids for the dependency check: the first record with an id keeps it, later copies are rejected. */
function markDuplicates(entries: readonly Entry[]): (string | undefined)[] {
  const firstRow = new Map<string, number>();
  return entries.map((entry) => {
    if (entry.id === undefined) return undefined;
    const first = firstRow.get(entry.id);
    if (first === undefined) {
      firstRow.set(entry.id, entry.row);
      return entry.id;
    }
    entry.idErrors.push(error(entry, "id", "duplicate-id", { value: entry.id, firstRow: first }));
    return undefined;
  });
}

/**
 * True when a record is security graded or may be: its `securityGraded` field says yes, or cannot be
 * read (then nobody can tell, so its values are treated as graded).
 */
function mayBeGraded(raw: RawRecord): boolean {
  const flag = parseBoolean(ownValue(raw, "securityGraded"));
  return !flag.ok || flag.value;
}

/** Per-record checks: the record is an object, its id, and all its fields. */
function readEntry(record: unknown, row: number, reader: FieldReaderContext): Entry {
  const anonymous = `#${row}`;
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    const notObject = error({ itemId: anonymous, row }, RECORD_FIELD, "not-an-object", {
      kind: rawKind(record),
      value: displayValue(record),
    });
    return {
      row,
      itemId: anonymous,
      id: undefined,
      idErrors: [notObject],
      fieldErrors: [],
      warnings: [],
      need: undefined,
      dependsOn: [],
      graded: false,
      submitted: {},
    };
  }
  const raw = record as RawRecord;
  const { id, itemId, idErrors, idWarnings } = readId(ownValue(raw, "id"), anonymous, row);
  const fields = readNeedFields(raw, id ?? itemId, itemId, row, reader);
  const graded = mayBeGraded(raw);
  return {
    row,
    itemId,
    id,
    idErrors,
    fieldErrors: fields.errors,
    warnings: [...idWarnings, ...fields.warnings],
    need: fields.need,
    dependsOn: fields.dependsOn,
    graded,
    submitted: submittedValues(raw, graded),
  };
}

/**
 * The printable raw values of SUBMITTED_FIELDS. A (maybe) graded record keeps none: the one
 * redaction policy hides every value of a graded record, as its errors do ("verdi skjult").
 */
function submittedValues(raw: RawRecord, graded: boolean): SubmittedValues {
  const kept: [SubmittedField, string][] = [];
  if (graded) return dataRecord(kept);
  for (const field of SUBMITTED_FIELDS) {
    const value = ownValue(raw, field);
    if (isBlank(value)) continue;
    kept.push([field, displayValue(value)]);
  }
  return dataRecord(kept);
}

/** The id of a record: text or a number (anything else is an error naming the field and the kind). */
function readId(
  value: unknown,
  anonymous: string,
  row: number,
): { id: string | undefined; itemId: string; idErrors: FieldError[]; idWarnings: FieldError[] } {
  const idErrors: FieldError[] = [];
  const idWarnings: FieldError[] = [];
  const usable =
    value === undefined || value === null || typeof value === "string" || typeof value === "number";
  const idText = usable ? readText(value) : undefined;
  const safe = idText?.ok && idText.value !== undefined ? sanitiseText(idText.value) : undefined;
  const text = safe?.text === "" ? undefined : safe?.text;
  const itemId = text ?? anonymous;
  if (safe !== undefined && safe.removed > 0)
    idWarnings.push(error({ itemId, row }, "id", SANITISED, { count: safe.removed }));
  if (!usable)
    idErrors.push(
      error({ itemId, row }, "id", "invalid-id-type", { kind: rawKind(value), value: displayValue(value) }),
    );
  else if (text === undefined) idErrors.push(error({ itemId, row }, "id", "required"));
  else if (ID_FORBIDDEN.test(text))
    idErrors.push(error({ itemId, row }, "id", "invalid-id", { value: displayValue(text) }));
  return { id: idErrors.length === 0 ? text : undefined, itemId, idErrors, idWarnings };
}

/** Params that may carry a graded record's raw text; a graded record's errors leave them out. */
const RAW_PARAMS: ReadonlySet<string> = new Set(["value", "cycle"]);

/**
 * The error without the values that quote the record (marked `withheld`, catalogues say so). The
 * yes/no flag `securityGraded` itself is no graded text and stays quoted.
 */
function withholdValues(e: FieldError): FieldError {
  if (e.field === "securityGraded") return e;
  const params = Object.entries(e.params).filter(([key]) => !RAW_PARAMS.has(key));
  return { ...e, params: dataRecord(params), withheld: true };
}

function error(
  at: { readonly itemId: string; readonly row: number },
  field: string,
  code: IntakeErrorCode | typeof SANITISED,
  params: Readonly<Record<string, string | number>> = {},
): FieldError {
  return { itemId: at.itemId, row: at.row, field, code, params };
}
