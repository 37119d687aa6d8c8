/**
 * Saves the plan documents (one per unit and the overview) as DIR/documents/<name>.docx.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PlanDocument } from "../../application/insight/planDocuments";
import { writeDocx } from "../docx/writeDocx";

/** Writes every document and returns the paths written, in the documents' order. */
export async function writeDocumentFiles(dir: string, documents: readonly PlanDocument[]): Promise<string[]> {
  const folder = join(dir, "documents");
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const doc of documents) {
    const file = join(folder, `${doc.name}.docx`);
    await writeFile(file, await writeDocx(doc));
    written.push(file);
  }
  return written;
}
