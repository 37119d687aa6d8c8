/**
 * Project XML on disk for the CLI: writes DIR/plan.xml and reads the UIDs of a previous plan.xml,
 * so a new plan version keeps the UIDs Project's Merge matches on.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PreviousUids } from "../../domain/projectPlan/uidScheme";
import { previousUidsFromMspdi } from "../mspdi/mspdiReader";
import { InputFileError, problem } from "./inputFileError";
import { readTextFile } from "./textFile";

/** File name of the Project XML next to plan.json. */
export const PROJECT_XML_FILE = "plan.xml";

/**
 * Writes `xml` as DIR/plan.xml and returns the path; given in pieces (mspdiChunks) it is streamed,
 * never joined into one string.
 */
export async function writeProjectXmlFile(dir: string, xml: string | Iterable<string>): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, PROJECT_XML_FILE);
  await writeFile(file, xml, "utf8");
  return file;
}

/** The UIDs in an earlier plan.xml; an InputFileError names the file when it cannot be read or parsed. */
export async function readPreviousUids(file: string): Promise<PreviousUids> {
  const text = await readTextFile(file);
  try {
    return previousUidsFromMspdi(text);
  } catch (error) {
    throw new InputFileError(file, [problem("not-project-xml", { reason: reasonOf(error) })]);
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
