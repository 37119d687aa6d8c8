/**
 * The plan documents of a plan version as .docx files (one per unit and the overview), for
 * publishVersion's VersionDocumentWriters: built by planDocuments from the version's result and
 * input, written by writeDocx. Redaction follows the version's result.
 */
import { planDocuments } from "../../application/insight/planDocuments";
import type { PlanVersionFile } from "../../application/planYear/planVersion";
import type { NamedDocument } from "../../application/planYear/publishVersion";
import type { Locale } from "../../i18n/locale";
import { writeDocx } from "./writeDocx";

/** A writer of the version's plan documents in `locale`. */
export function versionPlanDocuments(locale: Locale): (file: PlanVersionFile) => Promise<NamedDocument[]> {
  return async (file) => {
    const written: NamedDocument[] = [];
    for (const doc of planDocuments(file.result, file.input, locale))
      written.push({ name: doc.name, content: await writeDocx(doc) });
    return written;
  };
}
