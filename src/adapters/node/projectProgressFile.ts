/**
 * Reads the progress in a saved Project XML file on disk for the CLI's rolling re-plan
 * (`--progress FILE.xml --as-of DATE`), through the one reader of CLI input files (BOM, UTF-16).
 */
import type { ProjectFileProgress } from "../../application/project/rollingFromProject";
import { projectFileProgress } from "../mspdi/mspdiProgress";
import { InputFileError, problem } from "./inputFileError";
import { readTextFile } from "./textFile";

/** The progress in `file`; an InputFileError names the file and the problem (task and field). */
export async function readProjectProgress(file: string): Promise<ProjectFileProgress> {
  const text = await readTextFile(file);
  try {
    return projectFileProgress(text);
  } catch (error) {
    throw new InputFileError(file, [
      problem("not-project-xml", { reason: error instanceof Error ? error.message : String(error) }),
    ]);
  }
}
