/**
 * PlanSource over the built-in demo tenant: generates the demo input and runs the shared plan
 * use case in the page (with the HiGHS solver), with security-graded content hidden.
 */
import { runPlan } from "../../application/runPlan";
import { createHighsSolver } from "../solver/highsSolver";
import { generateDemoTenant } from "../../demo/demoTenant";
import type { LoadedPlan, PlanSource } from "../../application/pane/planSource";

/** Options of the demo source (defaults: the demo tenant's seed and plan year). */
export interface DemoPlanSourceOptions {
  readonly seed?: number;
  readonly planYear?: number;
}

/** A PlanSource that runs the plan on the generated demo tenant (graded needs redacted). */
export function createDemoPlanSource(options: DemoPlanSourceOptions = {}): PlanSource {
  return {
    async load(): Promise<LoadedPlan> {
      // Let the page paint its loading state before the synchronous pipeline runs.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // HiGHS (WebAssembly) proves the selection optimal in the page, as in the CLI.
      const solver = await createHighsSolver();
      const input = generateDemoTenant(options);
      return { result: await runPlan(input, { includeSecurityGraded: false, solver }), input };
    },
  };
}
