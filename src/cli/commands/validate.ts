/**
 * `anskaffelsesplan validate --input FILE`: reports accepted and rejected needs with reasons.
 * Exits non-zero only when the file itself cannot be used.
 */
import type { Command } from "commander";
import { runPlan } from "../../application/runPlan";
import { readPlanInputFile } from "../../adapters/node/planInputFile";
import type { CliContext } from "../cliContext";
import { printIntakeSummary } from "../report";

/** Registers the validate command. */
export function registerValidateCommand(program: Command, ctx: CliContext): void {
  program
    .command("validate")
    .description("validate a planning input file and report accepted and rejected needs")
    .requiredOption("--input <file>", "planning input file (docs/schemas/plan-input.schema.json)")
    .action(async (opts: { input: string }) => {
      const input = await readPlanInputFile(opts.input);
      const result = await runPlan(input, { includeSecurityGraded: false });
      printIntakeSummary(ctx, result);
    });
}
