/**
 * The plan-year record's validator (Ajv's build-time code, about 170 KB) in a chunk of its own:
 * `planYearValidatorReady()` loads it, `lazyPlanYearValidator()` is the synchronous validator the
 * use cases take, usable once the chunk has loaded (every caller awaits it first).
 */
import type { PlanYearValidator } from "../../application/planYear/planYearFile";

let loaded: PlanYearValidator | undefined;
let loading: Promise<PlanYearValidator> | undefined;

/** Loads the validator's chunk (once); resolves when the validator can be used. */
export function planYearValidatorReady(): Promise<PlanYearValidator> {
  loading ??= import(/* webpackChunkName: "planyear-validator" */ "./planYearValidator").then(
    (m) => (loaded = m.browserPlanYearValidator()),
  );
  return loading;
}

/** The validator; throws when called before planYearValidatorReady() has resolved. */
export function lazyPlanYearValidator(): PlanYearValidator {
  return (document) => {
    if (!loaded) throw new Error("The plan-year validator is used before it has loaded.");
    return loaded(document);
  };
}
