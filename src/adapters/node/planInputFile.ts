/**
 * Reads and writes the planning input file (docs/schemas/plan-input.schema.json) on disk.
 * A file that cannot be used at all raises InputFileError with every problem found.
 */
import { resolvePlanConfig, type PlanConfigOverrides } from "../../domain/model/defaults";
import type { PlanInput } from "../../domain/model/planInput";
import { InputFileError, problem } from "./inputFileError";
import { schemaProblems } from "./jsonSchemas";
import { readTextFile } from "./textFile";

export { InputFileError } from "./inputFileError";

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
  const problems = schemaProblems("plan-input", document);
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
    throw new InputFileError(file, [notJson(text, (error as Error).message)]);
  }
}

/** "Not valid JSON", with the line and column when the parser names a position. */
function notJson(text: string, parserMessage: string): ReturnType<typeof problem> {
  const lineColumn = /line (\d+) column (\d+)/.exec(parserMessage);
  if (lineColumn)
    return problem("not-json-at", { line: Number(lineColumn[1]), column: Number(lineColumn[2]) });
  const position = /position (\d+)/.exec(parserMessage);
  if (!position) return problem(text.trim() === "" ? "empty-file" : "not-json");
  const before = text.slice(0, Number(position[1])).split("\n");
  return problem("not-json-at", { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 });
}

/** Reads and parses a JSON file (any Windows encoding, see textFile); InputFileError names the file. */
export async function readJsonFile(file: string): Promise<unknown> {
  return parseJson(await readTextFile(file), file);
}

/** Reads a planning input file from disk (schema-checked; config defaults applied). */
export async function readPlanInputFile(file: string): Promise<PlanInput> {
  return planInputFromDocument(await readJsonFile(file), file);
}

/** The planning input as the JSON text of an input file (stable key order, trailing newline). */
export function serialisePlanInput(input: PlanInput): string {
  return `${JSON.stringify(input, null, 2)}\n`;
}
