/**
 * PlanSource over the built-in demo tenant: generates the demo input and runs the shared plan
 * use case in the page (with the HiGHS solver), with security-graded content hidden. `prepare`
 * (the composition root's) lays edits kept in the browser over the demo input before it is planned.
 */
import { runPlan } from "../../application/runPlan";
import { createHighsSolver } from "../solver/highsSolver";
import { generateDemoTenant } from "../../demo/demoTenant";
import type { PlanInput } from "../../domain/model/planInput";
import type { LoadedPlan, PlanSource } from "../../application/pane/planSource";

/** Options of the demo source (defaults: the demo tenant's seed and plan year). */
export interface DemoPlanSourceOptions {
  readonly seed?: number;
  readonly planYear?: number;
  /** The input to plan from the generated one (e.g. with the browser's plan-year edits). */
  readonly prepare?: (input: PlanInput) => Promise<PlanInput>;
}

/** A PlanSource that runs the plan on the generated demo tenant (graded needs redacted). */
export function createDemoPlanSource(options: DemoPlanSourceOptions = {}): PlanSource {
  return {
    async load(): Promise<LoadedPlan> {
      // Let the page paint its loading state before the synchronous pipeline runs.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // HiGHS (WebAssembly) proves the selection optimal in the page, as in the CLI.
      const solver = await createHighsSolver();
      const generated = generateDemoTenant({
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.planYear !== undefined ? { planYear: options.planYear } : {}),
      });
      const input = options.prepare ? await options.prepare(generated) : generated;
      return { result: await runPlan(input, { includeSecurityGraded: false, solver }), input };
    },
  };
}
