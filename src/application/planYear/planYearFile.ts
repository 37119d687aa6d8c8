/**
 * Reading and writing plan-year.json: JSON parse, schema version and migrations, JSON Schema
 * validation (docs/schemas/plan-year.schema.json, handed in so the browser pane can bundle it), and
 * the typed record with null-prototype maps. Every problem names the file and the JSON path; the
 * messages are in src/i18n/planYearMessages.ts. A record that does not validate is never written.
 */
import { copyDataRecord } from "../../domain/model/dataRecord";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import { resolvePlanConfig, type PlanConfigOverrides } from "../../domain/model/defaults";
import type { PlanConfig } from "../../domain/model/planInput";
import { copyEdits } from "../../domain/planYear/planEdits";
import {
  PLAN_YEAR_SCHEMA_VERSION,
  type CarriedNeed,
  type PlanYearRecord,
} from "../../domain/planYear/planYearTypes";

/** One problem in a record file: a JSON Pointer (`/edits/weights/reach`), a code and its values. */
export interface PlanYearProblem {
  readonly path: string;
  /** Message key in planYearMessages (`problem.<code>`). */
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A record file that cannot be used; nothing is written over it. */
export class PlanYearFileError extends Error {
  constructor(
    readonly location: string,
    readonly problems: readonly PlanYearProblem[],
  ) {
    super(`${location}: ${problems.map((p) => `${p.path} ${p.code}`).join("; ")}`);
    this.name = "PlanYearFileError";
  }
}

/** The JSON Schemas the validator needs: plan-year and plan-input (whose `config` it refers to). */
export interface PlanYearSchemas {
  readonly planYear: object;
  readonly planInput: object;
}

/** Checks a document against the plan-year schema; empty when valid. */
export type PlanYearValidator = (document: unknown) => readonly PlanYearProblem[];

/** RFC 6901 escaping of one path segment. */
const segment = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** A problem for one Ajv error; a missing or unknown field is named in the path. */
export function problemOfSchemaError(error: ErrorObject): PlanYearProblem {
  const p = error.params as Record<string, unknown>;
  const at = error.instancePath === "" ? "" : error.instancePath;
  const field = (name: unknown) => `${at}/${segment(String(name))}`;
  switch (error.keyword) {
    case "required":
      return { path: field(p["missingProperty"]), code: "schema.required", params: {} };
    case "additionalProperties":
      return { path: field(p["additionalProperty"]), code: "schema.unknownField", params: {} };
    case "type":
      return { path: at || "/", code: "schema.type", params: { expected: String(p["type"]) } };
    case "enum":
    case "const": {
      const allowed = (p["allowedValues"] as unknown[] | undefined) ?? [p["allowedValue"]];
      return {
        path: at || "/",
        code: "schema.allowed",
        params: { allowed: allowed.map((v) => JSON.stringify(v)).join(", ") },
      };
    }
    case "minimum":
    case "maximum":
    case "minLength":
    case "minItems":
    case "maxItems":
      return { path: at || "/", code: `schema.${error.keyword}`, params: { limit: String(p["limit"]) } };
    case "pattern":
      return { path: at || "/", code: "schema.pattern", params: {} };
    default:
      return { path: at || "/", code: "schema.other", params: { detail: error.message ?? error.keyword } };
  }
}

/** Compiles the plan-year schema (with the plan-input schema it refers to) into a validator. */
export function compilePlanYearValidator(schemas: PlanYearSchemas): PlanYearValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema(schemas.planInput);
  return planYearValidatorOf(ajv.compile(schemas.planYear));
}

/**
 * The validator over a compiled Ajv validation function: compilePlanYearValidator's, or the
 * standalone code compiled at build time for the browser (no eval under the pane's CSP).
 */
export function planYearValidatorOf(validate: {
  (document: unknown): boolean;
  errors?: readonly ErrorObject[] | null;
}): PlanYearValidator {
  return (document) => {
    if (validate(document)) return [];
    const seen = new Set<string>();
    const problems: PlanYearProblem[] = [];
    for (const error of validate.errors ?? []) {
      // oneOf/anyOf/allOf repeat what their branches said; the branches name the field.
      if (["oneOf", "anyOf", "allOf", "if"].includes(error.keyword)) continue;
      const problem = problemOfSchemaError(error);
      const key = JSON.stringify(problem);
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(problem);
    }
    return problems;
  };
}

/** One step of the migration chain: a document of schema version `from` to version `from + 1`. */
export interface PlanYearMigration {
  readonly from: number;
  readonly migrate: (document: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * The migration chain, oldest first. A change to the record's shape bumps PLAN_YEAR_SCHEMA_VERSION
 * and adds the step here. 1 → 2: `suggestionDecisions` (decisions on insight suggestions), empty.
 */
export const PLAN_YEAR_MIGRATIONS: readonly PlanYearMigration[] = [
  { from: 1, migrate: (doc) => ({ ...doc, suggestionDecisions: {} }) },
];

/** The schema version this code writes and the steps that lead to it (tests pass their own). */
export interface MigrationSettings {
  readonly current: number;
  readonly migrations: readonly PlanYearMigration[];
}

const DEFAULT_MIGRATIONS: MigrationSettings = {
  current: PLAN_YEAR_SCHEMA_VERSION,
  migrations: PLAN_YEAR_MIGRATIONS,
};

/** The oldest version the chain can bring up to `current`. */
function oldestMigratable(settings: MigrationSettings): number {
  let oldest = settings.current;
  while (settings.migrations.some((m) => m.from === oldest - 1)) oldest -= 1;
  return oldest;
}

/** The document brought to the current schema version; an unknown or newer version is refused. */
export function migratePlanYearDocument(
  document: unknown,
  location: string,
  settings: MigrationSettings = DEFAULT_MIGRATIONS,
): unknown {
  if (typeof document !== "object" || document === null || Array.isArray(document))
    throw new PlanYearFileError(location, [
      { path: "/", code: "schema.type", params: { expected: "object" } },
    ]);
  const found = (document as Record<string, unknown>)["schemaVersion"];
  const fail = (code: string) =>
    new PlanYearFileError(location, [
      {
        path: "/schemaVersion",
        code,
        params: { found: JSON.stringify(found) ?? "", supported: settings.current },
      },
    ]);
  if (found === undefined) throw fail("schemaVersion.missing");
  if (typeof found !== "number" || !Number.isInteger(found)) throw fail("schemaVersion.unknown");
  if (found > settings.current) throw fail("schemaVersion.newer");
  if (found < oldestMigratable(settings)) throw fail("schemaVersion.unknown");
  let doc = document as Record<string, unknown>;
  for (let version = found; version < settings.current; version += 1) {
    const step = settings.migrations.find((m) => m.from === version) as PlanYearMigration;
    doc = { ...step.migrate(doc), schemaVersion: version + 1 };
  }
  return doc;
}

/** The configuration with defaults for what the file leaves out; maps keyed by need id null-prototype. */
function configOf(overrides: PlanConfigOverrides): PlanConfig {
  const config = resolvePlanConfig(overrides);
  const { comments, scheduling } = config;
  return {
    ...config,
    ...(scheduling ? { scheduling: { ...scheduling, overrides: copyDataRecord(scheduling.overrides) } } : {}),
    ...(comments
      ? {
          comments: {
            ...(comments.notes ? { notes: copyDataRecord(comments.notes) } : {}),
            ...(comments.feedback ? { feedback: copyDataRecord(comments.feedback) } : {}),
          },
        }
      : {}),
  };
}

/** A validated document as the typed record, every map keyed by data null-prototype. */
function recordOf(doc: PlanYearRecord): PlanYearRecord {
  return {
    ...doc,
    config: configOf(doc.config as PlanConfigOverrides),
    edits: copyEdits(doc.edits),
    carriedOver: doc.carriedOver.map((c): CarriedNeed => ({ ...c, record: copyDataRecord(c.record) })),
    suggestionDecisions: copyDataRecord(doc.suggestionDecisions ?? {}),
  };
}

/** Problems beyond the schema: the record's year must be the year it is filed under. */
function semanticProblems(doc: PlanYearRecord, year: number | undefined): PlanYearProblem[] {
  const problems: PlanYearProblem[] = [];
  if (year !== undefined && doc.planYear !== year)
    problems.push({
      path: "/planYear",
      code: "planYear.mismatch",
      params: { found: doc.planYear, expected: year },
    });
  if (doc.config.planYear !== doc.planYear)
    problems.push({
      path: "/config/planYear",
      code: "planYear.mismatch",
      params: { found: doc.config.planYear, expected: doc.planYear },
    });
  const ids = doc.versions.map((v) => v.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      problems.push({ path: `/versions/${i}/id`, code: "version.duplicate", params: { id } });
  });
  return problems;
}

/** Options of parsing: the year the file is filed under, and the migration chain. */
export interface ParseOptions {
  readonly year?: number;
  readonly migrations?: MigrationSettings;
}

/** Parses, migrates and validates the text of plan-year.json stored at `location`. */
export function parsePlanYearRecord(
  text: string,
  location: string,
  validate: PlanYearValidator,
  options: ParseOptions = {},
): PlanYearRecord {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    // The parser's message quotes the text around the error, which may be a need's text: not passed on.
    throw new PlanYearFileError(location, [{ path: "/", code: "json", params: {} }]);
  }
  const migrated = migratePlanYearDocument(document, location, options.migrations);
  const problems = validate(migrated);
  if (problems.length > 0) throw new PlanYearFileError(location, problems);
  const more = semanticProblems(migrated as PlanYearRecord, options.year);
  if (more.length > 0) throw new PlanYearFileError(location, more);
  return recordOf(migrated as PlanYearRecord);
}

/** The record as the text of plan-year.json, validated first: an invalid record is never written. */
export function serialisePlanYearRecord(
  record: PlanYearRecord,
  location: string,
  validate: PlanYearValidator,
): string {
  const text = `${JSON.stringify(record, null, 2)}\n`;
  const problems = [...validate(JSON.parse(text)), ...semanticProblems(record, undefined)];
  if (problems.length > 0) throw new PlanYearFileError(location, problems);
  return text;
}
