/**
 * `anskaffelsesplan plan --demo | --input FILE --out DIR`: runs the planning pipeline (intake and
 * prioritisation with HiGHS) and writes DIR/plan.json (docs/schemas/plan.schema.json).
 */
import type { Command } from "commander";
import { runPlan } from "../../application/runPlan";
import { writePlanOutputs } from "../../adapters/node/planOutputDir";
import { createHighsSolver } from "../../adapters/solver/highsSolver";
import { say, type CliContext } from "../cliContext";
import { loadInput } from "../loadInput";
import { parseInteger } from "../options";
import { printIntakeSummary } from "../report";
import { scheduleSummary } from "../../i18n/scheduleSummary";

interface PlanOptions {
  readonly input?: string;
  readonly demo?: boolean;
  readonly out: string;
  readonly includeGraded?: boolean;
  readonly seed: number;
  readonly year: number;
}

/** Registers the plan command. */
export function registerPlanCommand(program: Command, ctx: CliContext): void {
  program
    .command("plan")
    .description("run the planning pipeline and write DIR/plan.json")
    .option("--input <file>", "planning input file")
    .option("--demo", "use the built-in demo tenant")
    .requiredOption("--out <dir>", "output folder")
    .option("--include-graded", "show security-graded needs in clear text (explicit opt-in)")
    .option("--seed <n>", "demo tenant seed", parseInteger, 2027)
    .option("--year <yyyy>", "demo tenant plan year", parseInteger, 2027)
    .action(async (opts: PlanOptions) => {
      const input = await loadInput(opts);
      if (!input) {
        ctx.err(say(ctx, "error.inputOrDemo"));
        ctx.exitCode = 2;
        return;
      }
      const solver = await createHighsSolver();
      const result = await runPlan(input, { includeSecurityGraded: opts.includeGraded === true, solver });
      printIntakeSummary(ctx, result);
      for (const line of scheduleSummary(result.schedule, ctx.locale, 0)) ctx.out(line);
      for (const file of await writePlanOutputs(opts.out, result)) ctx.out(say(ctx, "written", { file }));
    });
}
