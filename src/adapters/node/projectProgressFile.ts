/**
 * Reads the progress in a saved Project XML file on disk for the CLI's rolling re-plan
 * (`--progress FILE.xml --as-of DATE`).
 */
import { readFile } from "node:fs/promises";
import type { ProjectFileProgress } from "../../application/project/rollingFromProject";
import { projectFileProgress } from "../mspdi/mspdiProgress";
import { InputFileError } from "./planInputFile";

/** The progress in `file`; an InputFileError names the file and the problem (task and field). */
export async function readProjectProgress(file: string): Promise<ProjectFileProgress> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputFileError(file, [`cannot read the Project XML (${reasonOf(error)})`]);
  }
  try {
    return projectFileProgress(text);
  } catch (error) {
    throw new InputFileError(file, [reasonOf(error)]);
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
