/**
 * Picks the planning input for a command: the demo tenant (--demo) or a file (--input FILE).
 */
import { readPlanInputFile } from "../adapters/node/planInputFile";
import type { PlanInput } from "../domain/model/planInput";
import { generateDemoTenant } from "../demo/demoTenant";

/** Options that choose the input. */
export interface InputOptions {
  readonly input?: string;
  readonly demo?: boolean;
  readonly seed: number;
  readonly year: number;
}

/** The chosen input, or undefined when neither or both of --input and --demo were given. */
export async function loadInput(opts: InputOptions): Promise<PlanInput | undefined> {
  if (Boolean(opts.input) === Boolean(opts.demo)) return undefined;
  if (opts.demo) return generateDemoTenant({ seed: opts.seed, planYear: opts.year });
  return readPlanInputFile(opts.input as string);
}
