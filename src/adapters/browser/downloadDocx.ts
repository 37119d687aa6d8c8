/**
 * Offers a plan document as a Word file download in the pane: written by writeDocx (the `docx`
 * package), then saved through a temporary object URL. The composition root loads this module
 * with a dynamic import on the first download, so `docx` stays out of the pane's start.
 */
import type { PlanDocument } from "../../application/insight/planDocuments";
import { writeDocx } from "../docx/writeDocx";
import { downloadBlob } from "./downloadFile";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Writes `doc` as .docx and starts its download as `fileName`. */
export async function downloadDocx(doc: PlanDocument, fileName: string): Promise<void> {
  const bytes = await writeDocx(doc);
  downloadBlob(fileName, new Blob([new Uint8Array(bytes)], { type: DOCX_TYPE }));
}
