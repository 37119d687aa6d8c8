/**
 * The documented JSON Schemas (docs/schemas) compiled with Ajv, for checking files the CLI reads
 * and writes. Errors are turned into readable lines naming the JSON path.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import { problem, type InputProblem } from "./inputFileError";
import { packageRoot } from "./packageRoot";
import { compilePlanYearValidator, type PlanYearValidator } from "../../application/planYear/planYearFile";

/** The schemas shipped in docs/schemas. */
export type SchemaName = "plan-input" | "plan" | "plan-year";

const compiled = new Map<SchemaName, ValidateFunction>();

/** Path of a documented schema file. */
export function schemaPath(name: SchemaName): string {
  return join(packageRoot(), "docs", "schemas", `${name}.schema.json`);
}

function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    validate = ajv.compile(JSON.parse(readFileSync(schemaPath(name), "utf8")) as object);
    compiled.set(name, validate);
  }
  return validate;
}

/** Human-readable lines for Ajv errors, e.g. `/contracts/3/end: must match pattern "^\d{4}-…"`. */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
}

/** Params of one schema problem: the JSON path and Ajv's keyword params as text. */
function schemaProblem(e: ErrorObject): InputProblem {
  const params: Record<string, string | number> = { path: e.instancePath, keyword: e.keyword };
  for (const [key, value] of Object.entries(e.params as Record<string, unknown>)) {
    if (typeof value === "string" || typeof value === "number") params[key] = value;
    else if (Array.isArray(value)) params[key] = value.map((v) => JSON.stringify(v)).join(", ");
  }
  return problem(`schema.${e.keyword}`, params);
}

/** Checks a document against a documented schema; the problems as catalogue codes (empty when valid). */
export function schemaProblems(name: SchemaName, document: unknown): InputProblem[] {
  const validate = validatorFor(name);
  if (validate(document)) return [];
  const errors = validate.errors ?? [];
  // An `if`/`then` failure repeats the errors inside it; those name the field better.
  const specific = errors.filter((e) => e.keyword !== "if");
  return (specific.length > 0 ? specific : errors).map(schemaProblem);
}

/** Checks a document against a documented schema; returns the error lines (empty when valid). */
export function checkAgainstSchema(name: SchemaName, document: unknown): string[] {
  const validate = validatorFor(name);
  return validate(document) ? [] : describeSchemaErrors(validate.errors);
}

let planYearValidator: PlanYearValidator | undefined;

/** The plan-year record's validator over the shipped schemas (compiled once). */
export function nodePlanYearValidator(): PlanYearValidator {
  const load = (name: SchemaName) => JSON.parse(readFileSync(schemaPath(name), "utf8")) as object;
  planYearValidator ??= compilePlanYearValidator({
    planYear: load("plan-year"),
    planInput: load("plan-input"),
  });
  return planYearValidator;
}
