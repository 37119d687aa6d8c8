/**
 * PlanSource over the built-in demo tenant: has the demo input generated (in the pane: by the plan
 * worker, off the page's main thread) and computes the plan through the PlanComputer port (the plan
 * worker, with HiGHS), security-graded content hidden. `prepare` (the composition root's) lays edits
 * kept in the browser over the demo input before it is planned.
 */
import type { PlanComputer } from "../../application/planCompute";
import type { DemoTenantOptions } from "../../demo/demoTenant";
import type { PlanInput } from "../../domain/model/planInput";
import type { LoadedPlan, PlanSource } from "../../application/pane/planSource";

/** Options of the demo source (defaults: the demo tenant's seed and plan year). */
export interface DemoPlanSourceOptions extends DemoTenantOptions {
  /** Generates the demo input (generateDemoTenant, wherever it runs). */
  readonly generate: (options: DemoTenantOptions) => Promise<PlanInput>;
  /** The input to plan from the generated one (e.g. with the browser's plan-year edits). */
  readonly prepare?: (input: PlanInput) => Promise<PlanInput>;
}

/** A PlanSource that computes the plan of the generated demo tenant (graded needs redacted). */
export function createDemoPlanSource(computer: PlanComputer, options: DemoPlanSourceOptions): PlanSource {
  return {
    async load(): Promise<LoadedPlan> {
      const { generate, prepare, ...tenant } = options;
      const generated = await generate(tenant);
      const input = prepare ? await prepare(generated) : generated;
      return { result: await computer.compute(input, { includeSecurityGraded: false }), input };
    },
  };
}
