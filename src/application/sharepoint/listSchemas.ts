/**
 * The SharePoint lists the tool works with (intake, KAV, feedback): their columns as the tool
 * creates them, and the default mapping between internal column names and our raw need fields.
 */
import { RAW_NEED_FIELDS, SCORE_FIELD_PREFIX } from "../../domain/intake/intakeTypes";
import { allUnits } from "../../domain/model/defaults";
import {
  COMPLEXITIES,
  CONTRACT_TYPES,
  DELIVERY_TRACKS,
  FUNDING_STATUSES,
  INSIGHT_SOURCES,
  NEED_STATUSES,
} from "../../domain/model/need";
import { AREAS } from "../../domain/model/organisation";
import type { PlanConfig } from "../../domain/model/planInput";

/** Kinds of SharePoint column the tool reads and creates. */
export type ColumnKind =
  | "text"
  | "note"
  | "number"
  | "currency"
  | "date"
  | "dateTime"
  | "choice"
  | "multiChoice"
  | "boolean"
  | "lookup"
  | "person";

/** A column as the tool sees it (read from Graph's columnDefinition or to be created). */
export interface ColumnSpec {
  /** Internal name: the key in `fields`. */
  readonly name: string;
  readonly displayName: string;
  readonly kind: ColumnKind;
  readonly required?: boolean;
  readonly choices?: readonly string[];
  /** For lookup columns: the list looked up and the column shown. */
  readonly lookupListId?: string;
  readonly lookupColumn?: string;
  /** True for columns SharePoint maintains (Created, Modified, ...). */
  readonly readOnly?: boolean;
}

/** A list to create: display name and columns (Title exists on every list). */
export interface ListDefinition {
  readonly displayName: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
}

/** Fields the tool writes back to the intake list. */
export const WRITE_BACK_FIELDS = [
  "status",
  "rank",
  "decision",
  "plannedStart",
  "plannedFinish",
  "feedback",
] as const;
/** A field the tool writes back. */
export type WriteBackField = (typeof WRITE_BACK_FIELDS)[number];

/** Decisions the coordinator records per need. */
export const DECISIONS = ["include", "defer", "decline"] as const;
/** A decision on a need. */
export type Decision = (typeof DECISIONS)[number];

/** Raw need field → internal column name, and write-back field → internal column name. */
export interface FieldMapping {
  readonly needFields: Readonly<Record<string, string>>;
  readonly writeBack: Readonly<Record<WriteBackField, string>>;
}

/** Display names of the lists the tool creates. */
export const LIST_NAMES = {
  intake: "Anskaffelsesbehov",
  kav: "KAV-avtaler",
  feedback: "Tilbakemeldinger",
  people: "Anskaffelsesressurser",
} as const;

function pascal(field: string): string {
  return field.charAt(0).toUpperCase() + field.slice(1);
}

/** The internal column name the tool uses for a raw need field (`id` → `NeedId`, `title` → `Title`). */
export function defaultColumnName(field: string): string {
  if (field === "id") return "NeedId";
  if (field === "receivedDate") return "Created";
  if (field === "title") return "Title";
  if (field === "contact") return "Contact";
  if (field === "existingContractId") return "ExistingContract";
  if (field.startsWith(SCORE_FIELD_PREFIX)) return `Score${pascal(field.slice(SCORE_FIELD_PREFIX.length))}`;
  return pascal(field);
}

/**
 * Raw fields read from a column every SharePoint list has (never created by the tool):
 * `receivedDate` is the item's creation time (`Created`), as a date in the site's time zone.
 */
export const BUILT_IN_COLUMN_FIELDS: ReadonlySet<string> = new Set(["receivedDate"]);

/** The default mapping for the intake list the tool creates (and the demo tenant's list). */
export function defaultFieldMapping(criteriaIds: readonly string[]): FieldMapping {
  const fields = [...RAW_NEED_FIELDS, ...criteriaIds.map((c) => `${SCORE_FIELD_PREFIX}${c}`)];
  return {
    needFields: Object.fromEntries(fields.map((f) => [f, defaultColumnName(f)])),
    writeBack: {
      status: "Status",
      rank: "Rank",
      decision: "Decision",
      plannedStart: "PlannedStart",
      plannedFinish: "PlannedFinish",
      feedback: "Feedback",
    },
  };
}

/** Column kinds of the raw need fields in the intake list the tool creates. */
function intakeColumn(field: string, config: PlanConfig, kavListId: string | undefined): ColumnSpec {
  const name = defaultColumnName(field);
  const displayNames: Record<string, string> = {
    id: "Behov-ID",
    title: "Tittel",
    description: "Beskrivelse",
    rationale: "Begrunnelse",
    unit: "Enhet",
    contact: "Kontaktperson",
    area: "Fagområde",
    category: "Hovedkategori",
    subcategory: "Underkategori",
    insightSource: "Innsiktskilde",
    deliveryTrack: "Leveranse",
    contractType: "Kontraktstype",
    estimatedValue: "Estimert verdi (NOK eks. mva)",
    neededBy: "Behov innen",
    existingContractId: "Eksisterende avtale (KAV)",
    securityGraded: "Skjermingsbehov",
    fundingStatus: "Finansiering",
    dependsOn: "Avhenger av (behov-ID-er)",
    jointNordic: "Nordisk fellesanskaffelse",
    jointArmedForces: "Fellesanskaffelse med Forsvaret",
    sharedWithUnits: "Delt med enheter",
    complexity: "Kompleksitet",
    status: "Status",
  };
  const displayName = displayNames[field] ?? field;
  const choice = (choices: readonly string[]): ColumnSpec => ({ name, displayName, kind: "choice", choices });
  switch (field) {
    case "id":
    case "title":
      return { name, displayName, kind: "text", required: true };
    case "description":
    case "rationale":
      return { name, displayName, kind: "note" };
    case "unit":
      return choice(allUnits(config).map((u) => u.id));
    case "sharedWithUnits":
      return { name, displayName, kind: "multiChoice", choices: allUnits(config).map((u) => u.id) };
    case "contact":
      return { name, displayName, kind: "person" };
    case "area":
      return choice(AREAS);
    case "category":
      return choice(config.mainCategories.map((c) => c.id));
    case "insightSource":
      return choice(INSIGHT_SOURCES);
    case "deliveryTrack":
      return choice(DELIVERY_TRACKS);
    case "contractType":
      return choice(CONTRACT_TYPES);
    case "fundingStatus":
      return choice(FUNDING_STATUSES);
    case "complexity":
      return choice(COMPLEXITIES);
    case "status":
      return choice(NEED_STATUSES);
    case "estimatedValue":
      return { name, displayName, kind: "currency" };
    case "neededBy":
      return { name, displayName, kind: "date" };
    case "securityGraded":
    case "jointNordic":
    case "jointArmedForces":
      return { name, displayName, kind: "boolean" };
    case "existingContractId":
      return kavListId
        ? { name, displayName, kind: "lookup", lookupListId: kavListId, lookupColumn: "KavId" }
        : { name, displayName, kind: "text" };
    default:
      if (field.startsWith(SCORE_FIELD_PREFIX))
        return { name, displayName: `Poeng: ${field.slice(6)}`, kind: "number" };
      return { name, displayName, kind: "text" };
  }
}

/** The intake list: every raw need field, the criterion scores and the write-back columns. */
export function intakeListDefinition(
  config: PlanConfig,
  criteriaIds: readonly string[],
  kavListId?: string,
): ListDefinition {
  const fields = [...RAW_NEED_FIELDS, ...criteriaIds.map((c) => `${SCORE_FIELD_PREFIX}${c}`)].filter(
    (f) => !BUILT_IN_COLUMN_FIELDS.has(f),
  );
  return {
    displayName: LIST_NAMES.intake,
    description: "Innmeldte anskaffelsesbehov fra politidistrikter og særorganer",
    columns: [
      ...fields.map((f) => intakeColumn(f, config, kavListId)),
      { name: "Rank", displayName: "Rangering", kind: "number" },
      { name: "Decision", displayName: "Beslutning", kind: "choice", choices: DECISIONS },
      { name: "PlannedStart", displayName: "Planlagt start", kind: "date" },
      { name: "PlannedFinish", displayName: "Planlagt slutt", kind: "date" },
      { name: "Feedback", displayName: "Tilbakemelding til enheten", kind: "note" },
    ],
  };
}

/** The KAV list: one item per contract (KavId is what intake lookups show). */
export function kavListDefinition(config: PlanConfig): ListDefinition {
  return {
    displayName: LIST_NAMES.kav,
    description: "Avtaler fra avtaledatabasen KAV",
    columns: [
      { name: "Title", displayName: "Avtalenavn", kind: "text", required: true },
      { name: "KavId", displayName: "KAV-ID", kind: "text", required: true },
      { name: "Supplier", displayName: "Leverandør", kind: "text" },
      {
        name: "Category",
        displayName: "Hovedkategori",
        kind: "choice",
        choices: config.mainCategories.map((c) => c.id),
      },
      { name: "Subcategory", displayName: "Underkategori", kind: "text" },
      { name: "StartDate", displayName: "Startdato", kind: "date" },
      { name: "EndDate", displayName: "Sluttdato", kind: "date" },
      { name: "FinalEndDate", displayName: "Sluttdato med opsjoner", kind: "date" },
      { name: "ContractValue", displayName: "Avtaleverdi (NOK eks. mva)", kind: "currency" },
      { name: "Framework", displayName: "Rammeavtale", kind: "boolean" },
    ],
  };
}

/** The feedback list: one item per need and plan version, readable by the submitting unit. */
export function feedbackListDefinition(config: PlanConfig): ListDefinition {
  return {
    displayName: LIST_NAMES.feedback,
    description: "Tilbakemelding til enhetene på hvert innmeldt behov",
    columns: [
      { name: "Title", displayName: "Tittel", kind: "text", required: true },
      { name: "NeedId", displayName: "Behov-ID", kind: "text", required: true },
      { name: "Unit", displayName: "Enhet", kind: "choice", choices: allUnits(config).map((u) => u.id) },
      { name: "Decision", displayName: "Beslutning", kind: "choice", choices: DECISIONS },
      { name: "Feedback", displayName: "Tilbakemelding", kind: "note" },
      { name: "PlanYear", displayName: "Planår", kind: "number" },
    ],
  };
}

/**
 * The people list: the procurement leads and lawyers whose capacity the schedule levels. Availability
 * is the share of a full week for procurements in percent; absences are date ranges, one per line or
 * separated by ";" (`2027-07-05–2027-07-23`, `05.07.2027-23.07.2027`).
 */
export function peopleListDefinition(config: PlanConfig): ListDefinition {
  return {
    displayName: LIST_NAMES.people,
    description: "Anskaffelsesledere og jurister med tilgjengelighet og fravær",
    columns: [
      { name: "Title", displayName: "Navn", kind: "text", required: true },
      { name: "PersonId", displayName: "Person-ID", kind: "text", required: true },
      { name: "Role", displayName: "Rolle", kind: "choice", choices: ["lead", "lawyer"] },
      {
        name: "Category",
        displayName: "Hovedkategori (ledere)",
        kind: "choice",
        choices: config.mainCategories.map((c) => c.id),
      },
      { name: "Availability", displayName: "Tilgjengelighet (%)", kind: "number" },
      { name: "Absences", displayName: "Fravær (periode per linje)", kind: "note" },
    ],
  };
}

/** Checks a mapping read from a file; returns it, or throws naming the first bad entry. */
export function parseFieldMapping(value: unknown): FieldMapping {
  const v = value as { needFields?: unknown; writeBack?: unknown } | null;
  if (v === null || typeof v !== "object") throw new Error("A field mapping must be a JSON object.");
  const needFields = v.needFields;
  if (needFields === null || typeof needFields !== "object" || Array.isArray(needFields)) {
    throw new Error("The field mapping needs `needFields` (our field → internal column name).");
  }
  for (const [field, column] of Object.entries(needFields)) {
    if (typeof column !== "string" || column === "")
      throw new Error(`needFields.${field} must be an internal column name.`);
  }
  const writeBack = (v.writeBack ?? {}) as Record<string, unknown>;
  const defaults = defaultFieldMapping([]).writeBack;
  const resolved = {} as Record<WriteBackField, string>;
  for (const field of WRITE_BACK_FIELDS) {
    const column = writeBack[field] ?? defaults[field];
    if (typeof column !== "string" || column === "")
      throw new Error(`writeBack.${field} must be an internal column name.`);
    resolved[field] = column;
  }
  return { needFields: needFields as Record<string, string>, writeBack: resolved };
}
