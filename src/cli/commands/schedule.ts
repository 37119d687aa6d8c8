/**
 * `anskaffelsesplan schedule --input FILE | --demo`: runs the planning pipeline and prints the
 * schedule's summary (counts, lateness with reasons, makespan, utilisation, the latest needs).
 */
import type { Command } from "commander";
import { runPlan } from "../../application/runPlan";
import { scheduleSummary } from "../../i18n/scheduleSummary";
import { say, type CliContext } from "../cliContext";
import { loadInput } from "../loadInput";
import { parseInteger } from "../options";

interface ScheduleOptions {
  readonly input?: string;
  readonly demo?: boolean;
  readonly seed: number;
  readonly year: number;
  readonly late: number;
}

/** Registers the schedule command. */
export function registerScheduleCommand(program: Command, ctx: CliContext): void {
  program
    .command("schedule")
    .description("schedule the accepted needs and print a summary")
    .option("--input <file>", "planning input file (docs/schemas/plan-input.schema.json)")
    .option("--demo", "use the built-in demo tenant")
    .option("--seed <n>", "demo tenant seed", parseInteger, 2027)
    .option("--year <yyyy>", "demo tenant plan year", parseInteger, 2027)
    .option("--late <n>", "how many of the latest needs to list", parseInteger, 10)
    .action(async (opts: ScheduleOptions) => {
      const input = await loadInput(opts);
      if (!input) {
        ctx.err(say(ctx, "error.inputOrDemo"));
        ctx.exitCode = 2;
        return;
      }
      const result = await runPlan(input, { includeSecurityGraded: false });
      for (const line of scheduleSummary(result.schedule, ctx.locale, opts.late)) ctx.out(line);
    });
}
