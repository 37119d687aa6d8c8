/**
 * The plan-year record's validator in the browser: the documented schemas (docs/schemas) bundled
 * by webpack's JSON import and compiled once with the record's own compile function, the same
 * schemas the CLI reads from disk (src/adapters/node/jsonSchemas.ts).
 */
import planYearSchema from "../../../docs/schemas/plan-year.schema.json";
import planInputSchema from "../../../docs/schemas/plan-input.schema.json";
import { compilePlanYearValidator, type PlanYearValidator } from "../../application/planYear/planYearFile";

let compiled: PlanYearValidator | undefined;

/** The plan-year validator over the bundled schemas (compiled on first use). */
export function browserPlanYearValidator(): PlanYearValidator {
  compiled ??= compilePlanYearValidator({
    planYear: planYearSchema as object,
    planInput: planInputSchema as object,
  });
  return compiled;
}
