/**
 * Reads the fields of one raw need record (everything except the id and the checks that need the
 * whole batch: duplicates and dependencies). Collects every error of the record, not just the first,
 * and fills defaults for optional fields (docs/input-format.md).
 */
import { AREAS } from "../model/organisation";
import {
  COMPLEXITIES,
  CONTRACT_TYPES,
  DELIVERY_TRACKS,
  FUNDING_STATUSES,
  INSIGHT_SOURCES,
  NEED_STATUSES,
  type Need,
} from "../model/need";
import type { TextLimits } from "../model/planInput";
import { SCORE_MAX, SCORE_MIN } from "../prioritisation/defaultCriteria";
import type { EnumParser } from "./enumParser";
import type { IntakeErrorCode } from "./intakeErrorCodes";
import { SCORE_FIELD_PREFIX, type FieldError, type RawRecord } from "./intakeTypes";
import {
  parseArea,
  parseComplexity,
  parseContractType,
  parseDeliveryTrack,
  parseFundingStatus,
  parseInsightSource,
  parseNeedStatus,
} from "./needEnumerations";
import type { OrganisationLookup } from "./organisationLookup";
import { parseBoolean } from "./parseBoolean";
import { parseList } from "./parseList";
import { parseNorwegianDate, type DateParseError } from "./parseNorwegianDate";
import { parseNorwegianNumber, type NumberParseError } from "./parseNorwegianNumber";
import { displayValue, isBlank, readText } from "./rawValue";
import { dataRecord, ownValue } from "../model/dataRecord";
import { sanitiseText, SANITISED } from "./sanitiseText";

/** What the field reader needs from the batch context. */
export interface FieldReaderContext {
  readonly lookup: OrganisationLookup;
  readonly textLimits: TextLimits;
  readonly criteriaIds: ReadonlySet<string>;
  readonly contractIds: ReadonlySet<string>;
}

/** The outcome of reading one record's fields. */
export interface NeedFields {
  /** The need without dependency checks, present only when no field has an error. */
  readonly need: Need | undefined;
  /** Every field error of the record, in field order. */
  readonly errors: readonly FieldError[];
  /** What the intake changed without rejecting (characters XML cannot hold removed), in field order. */
  readonly warnings: readonly FieldError[];
  /** The ids in `dependsOn` as given (empty when the field is not a list). */
  readonly dependsOn: readonly string[];
}

/** Lookup fields (unit, category, …) are checked against their lists instead of a length limit. */
const NO_LIMIT = Number.POSITIVE_INFINITY;

const NUMBER_ERRORS: Readonly<Record<NumberParseError, IntakeErrorCode>> = {
  empty: "required",
  invalid: "invalid-number",
  ambiguous: "ambiguous-number",
  negative: "negative-number",
  "too-large": "number-too-large",
};

const DATE_ERRORS: Readonly<Record<DateParseError, IntakeErrorCode>> = {
  empty: "invalid-date",
  invalid: "invalid-date",
  impossible: "impossible-date",
};

/**
 * Reads every field of `record` except `id`; `itemId` and `row` label the errors.
 * Unknown non-score fields (SharePoint system columns such as `@odata.etag`, `Modified`) are ignored.
 */
export function readNeedFields(
  record: RawRecord,
  id: string,
  itemId: string,
  row: number,
  ctx: FieldReaderContext,
): NeedFields {
  const errors: FieldError[] = [];
  const warnings: FieldError[] = [];
  const fail = (field: string, code: IntakeErrorCode, params: Record<string, string | number> = {}): void => {
    errors.push({ itemId, row, field, code, params });
  };
  const clean = (field: string, value: string): string => {
    const safe = sanitiseText(value);
    if (safe.removed > 0)
      warnings.push({ itemId, row, field, code: SANITISED, params: { count: safe.removed } });
    return safe.text;
  };

  const text = (field: string, max: number, required: boolean): string | undefined => {
    const raw = ownValue(record, field);
    const result = readText(raw);
    if (!result.ok) {
      fail(field, "not-text", { value: displayValue(raw) });
      return undefined;
    }
    const value = result.value === undefined ? undefined : clean(field, result.value);
    if (value === undefined && required) fail(field, "required");
    if (value !== undefined && value.length > max) fail(field, "too-long", { length: value.length, max });
    return value;
  };

  const choice = <T extends string>(
    field: string,
    parse: EnumParser<T>,
    allowed: readonly T[],
    fallback?: T,
  ): T | undefined => {
    const raw = ownValue(record, field);
    const result = readText(raw);
    if (!result.ok) {
      fail(field, "not-text", { value: displayValue(raw) });
      return undefined;
    }
    if (result.value === undefined) {
      if (fallback === undefined) fail(field, "required");
      return fallback;
    }
    const value = parse(result.value);
    if (value === undefined)
      fail(field, "unknown-value", { value: displayValue(raw), allowed: allowed.join(", ") });
    return value;
  };

  const flag = (field: string): boolean => {
    const result = parseBoolean(ownValue(record, field));
    if (!result.ok) fail(field, "invalid-boolean", { value: displayValue(ownValue(record, field)) });
    return result.ok && result.value;
  };

  const list = (field: string): readonly string[] => {
    const result = parseList(ownValue(record, field));
    if (!result.ok) fail(field, "not-a-list", { value: displayValue(ownValue(record, field)) });
    if (!result.ok) return [];
    const items = result.value.map((item) => sanitiseText(item));
    const removed = items.reduce((sum, item) => sum + item.removed, 0);
    if (removed > 0) warnings.push({ itemId, row, field, code: SANITISED, params: { count: removed } });
    return [...new Set(items.map((item) => item.text).filter((item) => item !== ""))];
  };

  const { title: titleMax, text: textMax } = ctx.textLimits;
  const title = text("title", titleMax, true);
  const description = text("description", textMax, false) ?? "";
  const rationale = text("rationale", textMax, false) ?? "";

  const unitText = text("unit", NO_LIMIT, true);
  const unit = unitText === undefined ? undefined : ctx.lookup.unit(unitText);
  if (unitText !== undefined && !unit) fail("unit", "unknown-unit", { value: unitText });

  const contact = text("contact", titleMax, false) ?? "";
  const area = choice("area", parseArea, AREAS);

  const categoryText = text("category", NO_LIMIT, true);
  const category = categoryText === undefined ? undefined : ctx.lookup.category(categoryText);
  if (categoryText !== undefined && !category) fail("category", "unknown-category", { value: categoryText });
  const subcategory = readSubcategory(text("subcategory", NO_LIMIT, false));

  const insightSource = choice("insightSource", parseInsightSource, INSIGHT_SOURCES, "submission");
  const deliveryTrack = choice("deliveryTrack", parseDeliveryTrack, DELIVERY_TRACKS);
  const contractType = choice("contractType", parseContractType, CONTRACT_TYPES);
  const estimatedValue = readAmount("estimatedValue");
  const neededBy = readDate("neededBy");
  const receivedDate = readDate("receivedDate");

  const existingContractId = text("existingContractId", NO_LIMIT, false);
  if (existingContractId !== undefined && !ctx.contractIds.has(existingContractId)) {
    fail("existingContractId", "unknown-contract", { value: existingContractId });
  }

  const securityGraded = flag("securityGraded");
  const fundingStatus = choice("fundingStatus", parseFundingStatus, FUNDING_STATUSES, "unfunded");
  const dependsOn = list("dependsOn");
  const jointNordic = flag("jointNordic");
  const jointArmedForces = flag("jointArmedForces");
  const sharedWithUnits = readSharedWithUnits();
  const complexity = choice("complexity", parseComplexity, COMPLEXITIES, "medium");
  const status = choice("status", parseNeedStatus, NEED_STATUSES, "submitted");
  const scores = readScores();

  const complete =
    errors.length === 0 &&
    title !== undefined &&
    unit !== undefined &&
    area !== undefined &&
    category !== undefined &&
    insightSource !== undefined &&
    deliveryTrack !== undefined &&
    contractType !== undefined &&
    estimatedValue !== undefined &&
    fundingStatus !== undefined &&
    complexity !== undefined &&
    status !== undefined;
  const need: Need | undefined = complete
    ? {
        id,
        title,
        description,
        rationale,
        unit: unit.id,
        contact,
        area,
        category: category.id,
        ...(subcategory !== undefined && { subcategory }),
        insightSource,
        deliveryTrack,
        contractType,
        estimatedValue,
        ...(neededBy !== undefined && { neededBy }),
        ...(receivedDate !== undefined && { receivedDate }),
        ...(existingContractId !== undefined && { existingContractId }),
        securityGraded,
        fundingStatus,
        dependsOn,
        joint: { nordic: jointNordic, armedForces: jointArmedForces, sharedWithUnits },
        complexity,
        scores,
        status,
      }
    : undefined;
  return { need, errors, warnings, dependsOn };

  function readSubcategory(subText: string | undefined): string | undefined {
    if (subText === undefined) return undefined;
    const match = ctx.lookup.subcategory(subText, category);
    if (match.kind === "found") return match.subcategory.id;
    if (match.kind === "unknown") fail("subcategory", "unknown-subcategory", { value: subText });
    else if (category) {
      fail("subcategory", "subcategory-not-in-category", { value: subText, category: category.id });
    }
    return undefined;
  }

  function readAmount(field: string): number | undefined {
    const raw = ownValue(record, field);
    if (isBlank(raw)) {
      fail(field, "required");
      return undefined;
    }
    const result = typeof raw === "string" || typeof raw === "number" ? parseNorwegianNumber(raw) : undefined;
    if (result?.ok) return result.value;
    fail(field, result ? NUMBER_ERRORS[result.error] : "invalid-number", { value: displayValue(raw) });
    return undefined;
  }

  function readDate(field: string): string | undefined {
    const raw = ownValue(record, field);
    if (isBlank(raw)) return undefined;
    const result = typeof raw === "string" ? parseNorwegianDate(raw) : undefined;
    if (result?.ok) return result.value;
    fail(field, result ? DATE_ERRORS[result.error] : "invalid-date", { value: displayValue(raw) });
    return undefined;
  }

  function readSharedWithUnits(): readonly string[] {
    const ids = new Set<string>();
    for (const name of list("sharedWithUnits")) {
      const found = ctx.lookup.unit(name);
      if (found) ids.add(found.id);
      else fail("sharedWithUnits", "unknown-unit", { value: name });
    }
    return [...ids];
  }

  function readScores(): Record<string, number> {
    const result = dataRecord<number>();
    for (const field of Object.keys(record).filter((k) => k.startsWith(SCORE_FIELD_PREFIX))) {
      const raw = ownValue(record, field);
      if (isBlank(raw)) continue;
      const criterion = field.slice(SCORE_FIELD_PREFIX.length);
      if (!ctx.criteriaIds.has(criterion)) {
        fail(field, "unknown-criterion", { criterion, value: displayValue(raw) });
        continue;
      }
      const parsedScore =
        typeof raw === "string" || typeof raw === "number"
          ? parseNorwegianNumber(raw, { allowNegative: true })
          : undefined;
      if (parsedScore?.ok && isScore(parsedScore.value)) result[criterion] = parsedScore.value;
      else fail(field, "invalid-score", { value: displayValue(raw), min: SCORE_MIN, max: SCORE_MAX });
    }
    return result;
  }
}

/** True for a whole score in SCORE_MIN..SCORE_MAX. */
function isScore(value: number): boolean {
  return Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;
}
