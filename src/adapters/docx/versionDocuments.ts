/**
 * The documents of a plan version as publishVersion saves them under documents/ (its
 * VersionDocumentWriters): the .xlsx workbook (writeXlsx), the Project XML (writeMspdi) and the
 * plan documents (.docx, one per unit and the overview, built by planDocuments and written by
 * writeDocx). Redaction follows the version's result. The CLI imports this module; the pane loads it
 * with a dynamic import at its first publish, so exceljs and docx stay out of the pane's start.
 */
import { planDocuments } from "../../application/insight/planDocuments";
import type { PlanVersionFile } from "../../application/planYear/planVersion";
import type { NamedDocument, VersionDocumentWriters } from "../../application/planYear/publishVersion";
import { projectPartsOf, projectPlanForRun } from "../../application/project/projectPlanForRun";
import { planWorkbook } from "../../application/workbook/fromPlan";
import type { Locale } from "../../i18n/locale";
import { projectFieldAliases } from "../../i18n/projectMessages";
import { writeMspdi } from "../mspdi/mspdiWriter";
import { writeXlsx } from "../xlsx/writeXlsx";
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

/** The writers of every document a publish saves: workbook, Project XML and plan documents. */
export function versionDocumentWriters(locale: Locale): VersionDocumentWriters {
  return {
    workbook: async (file) => writeXlsx(planWorkbook(file.result, file.input, locale)),
    projectXml: async (file) => {
      const plan = projectPlanForRun(projectPartsOf(file.result, file.input, locale), {
        locale,
        redaction: { includeSecurityGraded: file.result.redaction.includeSecurityGraded },
      });
      return new TextEncoder().encode(writeMspdi(plan, { fieldAliases: projectFieldAliases(locale) }));
    },
    planDocuments: versionPlanDocuments(locale),
  };
}
