/**
 * Writes the outputs of a plan run into a directory: plan.json (and later plan.xlsx, plan.xml).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PlanResult } from "../../application/planResult";

/** Writes DIR/plan.json and returns the paths written. */
export async function writePlanOutputs(dir: string, result: PlanResult): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const planJson = join(dir, "plan.json");
  await writeFile(planJson, `${JSON.stringify(result, null, 2)}\n`, "utf8");
  return [planJson];
}
