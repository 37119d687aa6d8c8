/**
 * PlanSource over the built-in demo tenant: generates the demo input and computes the plan through
 * the PlanComputer port (in the pane: the plan worker, with HiGHS), security-graded content hidden.
 */
import type { PlanComputer } from "../../application/planCompute";
import { generateDemoTenant } from "../../demo/demoTenant";
import type { LoadedPlan, PlanSource } from "../../application/pane/planSource";

/** Options of the demo source (defaults: the demo tenant's seed and plan year). */
export interface DemoPlanSourceOptions {
  readonly seed?: number;
  readonly planYear?: number;
}

/** A PlanSource that computes the plan of the generated demo tenant (graded needs redacted). */
export function createDemoPlanSource(
  computer: PlanComputer,
  options: DemoPlanSourceOptions = {},
): PlanSource {
  return {
    async load(): Promise<LoadedPlan> {
      const input = generateDemoTenant(options);
      return { result: await computer.compute(input, { includeSecurityGraded: false }), input };
    },
  };
}
