/**
 * Reads and writes the planning input file (docs/schemas/plan-input.schema.json) on disk.
 * A file that cannot be used at all raises InputFileError with every problem found.
 */
import { readFile } from "node:fs/promises";
import { resolvePlanConfig, type PlanConfigOverrides } from "../../domain/model/defaults";
import type { PlanInput } from "../../domain/model/planInput";
import { checkAgainstSchema } from "./jsonSchemas";

/** The input file could not be used: it names the file and lists the problems. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.join("; ")}`);
    this.name = "InputFileError";
  }
}

interface PlanInputDocument {
  readonly config: PlanConfigOverrides;
  readonly needs: PlanInput["needs"];
  readonly contracts?: PlanInput["contracts"];
  readonly spend?: PlanInput["spend"];
  readonly people?: PlanInput["people"];
}

/** Parses the text of a planning input document (schema-checked; config defaults applied). */
export function parsePlanInput(text: string, file: string): PlanInput {
  return planInputFromDocument(parseJson(text, file), file);
}

/** A parsed planning input document, schema-checked, with the config defaults applied. */
function planInputFromDocument(document: unknown, file: string): PlanInput {
  const problems = checkAgainstSchema("plan-input", document);
  if (problems.length > 0) throw new InputFileError(file, problems);
  const doc = document as PlanInputDocument;
  return {
    config: resolvePlanConfig(doc.config),
    needs: doc.needs,
    contracts: doc.contracts ?? [],
    spend: doc.spend ?? [],
    people: doc.people ?? [],
  };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputFileError(file, [`not valid JSON (${(error as Error).message})`]);
  }
}

/** Reads and parses a JSON file; InputFileError names the file when it cannot be read or parsed. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputFileError(file, [
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    ]);
  }
  return parseJson(text, file);
}

/** Reads a planning input file from disk (schema-checked; config defaults applied). */
export async function readPlanInputFile(file: string): Promise<PlanInput> {
  return planInputFromDocument(await readJsonFile(file), file);
}

/** The planning input as the JSON text of an input file (stable key order, trailing newline). */
export function serialisePlanInput(input: PlanInput): string {
  return `${JSON.stringify(input, null, 2)}\n`;
}
