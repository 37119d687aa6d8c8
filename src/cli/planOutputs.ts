/**
 * Writes a plan run's files into a folder — plan.json, plan.xlsx (with the document link that names
 * the plan year and, for a saved version, the version id), plan.xml and, on request, the unit
 * documents — for `plan` and `year draft --out` alike. plan.xlsx is written up to XLSX_AUTO_NEEDS
 * accepted needs unless asked for or against: the .xlsx writer holds the whole workbook in memory
 * (about 30 MB per 1 000 needs), so a 50 000-need plan skips it by default (docs/scheduling.md §9).
 */
import type { PlanInput } from "../domain/model/planInput";
import type { PreviousUids } from "../domain/projectPlan/uidScheme";
import type { PlanResult } from "../application/planResult";
import { planWorkbook } from "../application/workbook/fromPlan";
import { linkForWrite, type WorkbookOrigin } from "../application/workbook/workbookEdits";
import type { ScoreOverrides } from "../application/workbook/applyEdits";
import { projectPartsOf, projectPlanForRun } from "../application/project/projectPlanForRun";
import { planDocuments } from "../application/insight/planDocuments";
import { writePlanOutputs, type PlanOutputs } from "../adapters/node/planOutputDir";
import { writeProjectXmlFile } from "../adapters/node/projectXmlFile";
import { writeDocumentFiles } from "../adapters/node/documentFiles";
import { mspdiChunks } from "../adapters/mspdi/mspdiWriter";
import { projectFieldAliases } from "../i18n/projectMessages";
import { say, type CliContext } from "./cliContext";
import { formatNumber } from "../i18n/locale";

/** What goes with the result into the folder. */
export interface PlanOutputOptions {
  readonly includeGraded: boolean;
  /** Task UIDs of an earlier plan.xml, kept. */
  readonly previousUids?: PreviousUids;
  /** Scores changed in earlier read-backs of the workbook, kept in its link. */
  readonly scoreOverrides?: ScoreOverrides;
  /** The version the files belong to (year draft). */
  readonly origin?: WorkbookOrigin;
  /** Also the unit documents (.docx) and the overview. */
  readonly documents?: boolean;
  /** Write plan.xlsx (true), not (false), or up to XLSX_AUTO_NEEDS accepted needs (absent). */
  readonly xlsx?: boolean;
}

/** Up to this many accepted needs plan.xlsx is written unless asked not to. */
export const XLSX_AUTO_NEEDS = 10_000;

/** Writes the files and names each one on the output. */
export async function writeRunOutputs(
  ctx: CliContext,
  out: string,
  run: { readonly result: PlanResult; readonly input: PlanInput },
  options: PlanOutputOptions,
): Promise<void> {
  const { result, input } = run;
  const needs = result.counts.accepted;
  const xlsx = options.xlsx ?? needs <= XLSX_AUTO_NEEDS;
  if (!xlsx && options.xlsx === undefined)
    ctx.out(
      say(ctx, "xlsx.skipped", {
        needs: formatNumber(needs, ctx.locale),
        limit: formatNumber(XLSX_AUTO_NEEDS, ctx.locale),
      }),
    );
  for (const file of await writePlanOutputs(out, result, xlsx ? workbookOutputs(ctx, run, options) : {}))
    ctx.out(say(ctx, "written", { file }));
  const projectPlan = projectPlanForRun(projectPartsOf(result, input, ctx.locale), {
    locale: ctx.locale,
    redaction: { includeSecurityGraded: options.includeGraded },
    ...(options.previousUids ? { previousUids: options.previousUids } : {}),
  });
  const xml = mspdiChunks(projectPlan, { fieldAliases: projectFieldAliases(ctx.locale) });
  ctx.out(say(ctx, "written", { file: await writeProjectXmlFile(out, xml) }));
  if (options.documents) {
    for (const file of await writeDocumentFiles(out, planDocuments(result, input)))
      ctx.out(say(ctx, "written", { file }));
  }
}

/** The workbook model and the link plan.xlsx carries (built only when plan.xlsx is written). */
function workbookOutputs(
  ctx: CliContext,
  run: { readonly result: PlanResult; readonly input: PlanInput },
  options: PlanOutputOptions,
): PlanOutputs {
  const workbook = planWorkbook(run.result, run.input, ctx.locale);
  const link = linkForWrite({
    model: workbook,
    result: run.result,
    input: run.input,
    writtenAt: new Date().toISOString(),
    ...(options.scoreOverrides ? { scoreOverrides: options.scoreOverrides } : {}),
    ...(options.origin ? { origin: options.origin } : {}),
  });
  return { workbook, link };
}
