/**
 * PlanSource over the built-in demo tenant: has the demo input generated (in the pane: by the plan
 * worker, off the page's main thread) and computes the plan through the PlanComputer port (the plan
 * worker, with HiGHS), security-graded content hidden.
 */
import type { PlanComputer } from "../../application/planCompute";
import type { DemoTenantOptions } from "../../demo/demoTenant";
import type { PlanInput } from "../../domain/model/planInput";
import type { LoadedPlan, PlanSource } from "../../application/pane/planSource";

/** Options of the demo source (defaults: the demo tenant's seed and plan year). */
export interface DemoPlanSourceOptions extends DemoTenantOptions {
  /** Generates the demo input (generateDemoTenant, wherever it runs). */
  readonly generate: (options: DemoTenantOptions) => Promise<PlanInput>;
}

/** A PlanSource that computes the plan of the generated demo tenant (graded needs redacted). */
export function createDemoPlanSource(computer: PlanComputer, options: DemoPlanSourceOptions): PlanSource {
  return {
    async load(): Promise<LoadedPlan> {
      const { generate, ...tenant } = options;
      const input = await generate(tenant);
      return { result: await computer.compute(input, { includeSecurityGraded: false }), input };
    },
  };
}
