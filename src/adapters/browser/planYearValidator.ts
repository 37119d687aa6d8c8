/**
 * The plan-year record's validator in the browser: Ajv's standalone code for the documented
 * schemas (docs/schemas), compiled at build time by scripts/lib/planYearValidatorLoader.js — the
 * pane's Content-Security-Policy allows no eval, so Ajv cannot compile in the page — and wrapped by
 * the record's own error mapping, the same as the CLI's (src/adapters/node/jsonSchemas.ts).
 */
import validatePlanYear from "../../../docs/schemas/plan-year.schema.json?validator";
import { planYearValidatorOf, type PlanYearValidator } from "../../application/planYear/planYearFile";

let wrapped: PlanYearValidator | undefined;

/** The plan-year validator over the build-time compiled schema. */
export function browserPlanYearValidator(): PlanYearValidator {
  wrapped ??= planYearValidatorOf(validatePlanYear);
  return wrapped;
}
