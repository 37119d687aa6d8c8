/**
 * Use case of the "Planår" tab's downloads: one unit's plan document or the overview (.docx), for
 * the plan shown or a published version, built by planDocuments (the same documents `plan
 * --documents` and `year publish` write) and handed to the site's `offerDocument` port, which writes
 * the .docx and offers it as a download. Redaction follows the plan's own result.
 */
import type { Locale } from "../../i18n/locale";
import { planDocuments, type PlanDocument } from "../insight/planDocuments";
import type { PlanYearSite, ShownPlan } from "./planYearWorkspace";
import { loadVersion } from "./planVersions";

/** Which plan the documents are of: the plan shown, or a version of the year. */
export type DocumentSource = { readonly kind: "shown" } | { readonly kind: "version"; readonly id: string };

/** What to download: a unit's document, or the overview when `unit` is absent. */
export interface DocumentRequest {
  readonly source: DocumentSource;
  readonly unit?: string;
}

/** Raised when there is nothing to build the document from (no plan shown, or no such unit). */
export class DocumentUnavailableError extends Error {
  constructor(readonly field: "source" | "unit") {
    super(`Plan document, field ${field}: not available`);
    this.name = "DocumentUnavailableError";
  }
}

/** The requested document and its file name (`<name>.docx`, `<name>-<version>.docx` for a version). */
export async function planYearDocument(
  site: PlanYearSite,
  planYear: number,
  shown: ShownPlan | undefined,
  request: DocumentRequest,
  locale: Locale,
): Promise<{ readonly doc: PlanDocument; readonly fileName: string }> {
  const { source } = request;
  const plan =
    source.kind === "version"
      ? (await loadVersion(site.deps, planYear, source.id)).file
      : shown?.input.config.planYear === planYear
        ? shown
        : undefined;
  if (!plan) throw new DocumentUnavailableError("source");
  const doc = planDocuments(plan.result, plan.input, locale).find((d) => d.unit === request.unit);
  if (!doc) throw new DocumentUnavailableError("unit");
  const suffix = source.kind === "version" ? `-${source.id}` : "";
  return { doc, fileName: `${doc.name}${suffix}.docx` };
}

/** Builds the requested document and offers it through the site's port; returns the file name. */
export async function offerPlanDocument(
  site: PlanYearSite,
  planYear: number,
  shown: ShownPlan | undefined,
  request: DocumentRequest,
  locale: Locale,
): Promise<string> {
  if (!site.offerDocument) throw new DocumentUnavailableError("source");
  const { doc, fileName } = await planYearDocument(site, planYear, shown, request, locale);
  await site.offerDocument(doc, fileName);
  return fileName;
}
