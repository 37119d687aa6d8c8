/**
 * The documented JSON Schemas (docs/schemas) compiled with Ajv, for checking files the CLI reads
 * and writes. Errors are turned into readable lines naming the JSON path.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
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
