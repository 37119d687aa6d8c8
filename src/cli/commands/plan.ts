/**
 * `anskaffelsesplan plan --demo | --input FILE --out DIR`: runs the planning pipeline (intake and
 * prioritisation with HiGHS) and writes DIR/plan.json (docs/schemas/plan.schema.json),
 * DIR/plan.xlsx (docs/excel.md) and the schedule as Project XML, DIR/plan.xml (docs/project.md);
 * --previous-xml keeps an earlier plan.xml's task UIDs; plan.json carries the insight (--as-of DATE);
 * --documents writes the plan documents per unit and the overview (DIR/documents/*.docx).
 */
import type { Command } from "commander";
import { runPlan } from "../../application/runPlan";
import { planWorkbook } from "../../application/workbook/fromPlan";
import { writePlanOutputs } from "../../adapters/node/planOutputDir";
import { createHighsSolver } from "../../adapters/solver/highsSolver";
import { say, type CliContext } from "../cliContext";
import { loadInput } from "../loadInput";
import { parseInteger } from "../options";
import { printIntakeSummary } from "../report";
import { scheduleSummary } from "../../i18n/scheduleSummary";
import { projectPartsOf, projectPlanForRun } from "../../application/project/projectPlanForRun";
import { writeMspdi } from "../../adapters/mspdi/mspdiWriter";
import { readPreviousUids, writeProjectXmlFile } from "../../adapters/node/projectXmlFile";
import { projectFieldAliases } from "../../i18n/projectMessages";
import { parseAsOf, todayInOslo } from "./insight";
import { planDocuments } from "../../application/insight/planDocuments";
import { writeDocumentFiles } from "../../adapters/node/documentFiles";

interface PlanOptions {
  readonly input?: string;
  readonly demo?: boolean;
  readonly out: string;
  readonly includeGraded?: boolean;
  readonly seed: number;
  readonly year: number;
  readonly previousXml?: string;
  readonly asOf?: string;
  readonly documents?: boolean;
}

/** Registers the plan command. */
export function registerPlanCommand(program: Command, ctx: CliContext): void {
  program
    .command("plan")
    .description("run the planning pipeline and write DIR/plan.json and DIR/plan.xlsx")
    .option("--input <file>", "planning input file")
    .option("--demo", "use the built-in demo tenant")
    .requiredOption("--out <dir>", "output folder")
    .option("--include-graded", "show security-graded needs in clear text (explicit opt-in)")
    .option("--seed <n>", "demo tenant seed", parseInteger, 2027)
    .option("--year <yyyy>", "demo tenant plan year", parseInteger, 2027)
    .option("--previous-xml <file>", "plan.xml of the previous plan version (its task UIDs are kept)")
    .option("--as-of <date>", "the day the insight's annual wheel is reported for (default today)", parseAsOf)
    .option("--documents", "also write the plan documents (.docx) per unit and the overview to DIR/documents")
    .action(async (opts: PlanOptions) => {
      const input = await loadInput(opts);
      if (!input) {
        ctx.err(say(ctx, "error.inputOrDemo"));
        ctx.exitCode = 2;
        return;
      }
      const previousUids =
        opts.previousXml === undefined ? undefined : await readPreviousUids(opts.previousXml);
      const solver = await createHighsSolver();
      const result = await runPlan(input, {
        includeSecurityGraded: opts.includeGraded === true,
        solver,
        insight: { asOf: opts.asOf ?? todayInOslo() },
      });
      printIntakeSummary(ctx, result);
      for (const line of scheduleSummary(result.schedule, ctx.locale, 0)) ctx.out(line);
      const workbook = planWorkbook(result, input, ctx.locale);
      for (const file of await writePlanOutputs(opts.out, result, { workbook })) {
        ctx.out(say(ctx, "written", { file }));
      }
      const projectPlan = projectPlanForRun(projectPartsOf(result, input, ctx.locale), {
        locale: ctx.locale,
        redaction: { includeSecurityGraded: opts.includeGraded === true },
        ...(previousUids ? { previousUids } : {}),
      });
      const xml = writeMspdi(projectPlan, { fieldAliases: projectFieldAliases(ctx.locale) });
      ctx.out(say(ctx, "written", { file: await writeProjectXmlFile(opts.out, xml) }));
      if (opts.documents) {
        const files = await writeDocumentFiles(opts.out, planDocuments(result, input));
        for (const file of files) ctx.out(say(ctx, "written", { file }));
      }
    });
}
