/**
 * Reads a previous plan.json (docs/schemas/plan.schema.json) for a rolling re-plan.
 */
import type { PlanResult } from "../../application/planResult";
import { schemaProblems } from "./jsonSchemas";
import { InputFileError, readJsonFile } from "./planInputFile";

/** The previous plan result in `file`; InputFileError names the file and every problem. */
export async function readPreviousPlan(file: string): Promise<PlanResult> {
  const document = await readJsonFile(file);
  const problems = schemaProblems("plan", document);
  if (problems.length > 0) throw new InputFileError(file, problems);
  return document as PlanResult;
}
