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
import type { FieldError, IntakeResult, RawRecord, RejectedRecord } from "./intakeTypes";
import { organisationLookup } from "./organisationLookup";
import { displayValue, readText } from "./rawValue";
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
  readonly need: Need | undefined;
  readonly dependsOn: readonly string[];
}

/**
 * Validates raw need records against the plan configuration, criteria and KAV contract ids.
 * @returns accepted needs and rejected records (with every error), both in input order.
 */
export function validateNeeds(records: readonly RawRecord[], ctx: IntakeContext): IntakeResult<Need> {
  const reader: FieldReaderContext = {
    lookup: organisationLookup(ctx.config),
    textLimits: ctx.config.textLimits,
    criteriaIds: new Set(ctx.criteriaIds),
    contractIds: ctx.contractIds,
  };
  const entries = records.map((record, i) => readEntry(record, i + 1, reader));

  const firstRow = new Map<string, number>();
  const nodeIds = entries.map((entry) => {
    if (entry.id === undefined) return undefined;
    const first = firstRow.get(entry.id);
    if (first === undefined) {
      firstRow.set(entry.id, entry.row);
      return entry.id;
    }
    entry.idErrors.push(error(entry, "id", "duplicate-id", { value: entry.id, firstRow: first }));
    return undefined;
  });

  const findings = checkDependencies(
    entries.map((entry, i) => ({
      nodeId: nodeIds[i],
      ownId: entry.id,
      dependsOn: entry.dependsOn,
      rejected: entry.idErrors.length + entry.fieldErrors.length > 0,
    })),
  );

  const accepted: Need[] = [];
  const rejected: RejectedRecord[] = [];
  entries.forEach((entry, i) => {
    const errors = [
      ...entry.idErrors,
      ...entry.fieldErrors,
      ...(findings[i] ?? []).map((f) => error(entry, "dependsOn", f.code, f.params)),
    ];
    if (errors.length === 0 && entry.need) accepted.push(entry.need);
    else rejected.push({ itemId: entry.itemId, row: entry.row, errors });
  });
  return { received: records.length, accepted, rejected };
}

/** Per-record checks: the record is an object, its id, and all its fields. */
function readEntry(record: unknown, row: number, reader: FieldReaderContext): Entry {
  const anonymous = `#${row}`;
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    const notObject = error({ itemId: anonymous, row }, RECORD_FIELD, "not-an-object", {
      value: displayValue(record),
    });
    return {
      row,
      itemId: anonymous,
      id: undefined,
      idErrors: [notObject],
      fieldErrors: [],
      need: undefined,
      dependsOn: [],
    };
  }
  const raw = record as RawRecord;
  const idText = readText(raw.id);
  const text = idText.ok ? idText.value : undefined;
  const itemId = text ?? anonymous;
  const idErrors: FieldError[] = [];
  if (!idText.ok) idErrors.push(error({ itemId, row }, "id", "not-text", { value: displayValue(raw.id) }));
  else if (text === undefined) idErrors.push(error({ itemId, row }, "id", "required"));
  else if (ID_FORBIDDEN.test(text))
    idErrors.push(error({ itemId, row }, "id", "invalid-id", { value: displayValue(text) }));
  const id = idErrors.length === 0 ? text : undefined;
  const fields = readNeedFields(raw, id ?? itemId, itemId, row, reader);
  return {
    row,
    itemId,
    id,
    idErrors,
    fieldErrors: fields.errors,
    need: fields.need,
    dependsOn: fields.dependsOn,
  };
}

function error(
  at: { readonly itemId: string; readonly row: number },
  field: string,
  code: IntakeErrorCode,
  params: Readonly<Record<string, string | number>> = {},
): FieldError {
  return { itemId: at.itemId, row: at.row, field, code, params };
}
