/**
 * Reads a previous plan.json (docs/schemas/plan.schema.json) for a rolling re-plan.
 */
import { readFile } from "node:fs/promises";
import type { PlanResult } from "../../application/planResult";
import { checkAgainstSchema } from "./jsonSchemas";
import { InputFileError } from "./planInputFile";

/** The previous plan result in `file`; InputFileError names the file and every problem. */
export async function readPreviousPlan(file: string): Promise<PlanResult> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new InputFileError(file, [`cannot be read as JSON (${(error as Error).message})`]);
  }
  const problems = checkAgainstSchema("plan", document);
  if (problems.length > 0) throw new InputFileError(file, problems);
  return document as PlanResult;
}
