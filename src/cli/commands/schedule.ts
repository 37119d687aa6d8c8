/**
 * `anskaffelsesplan schedule --input FILE | --demo`: runs the planning pipeline (intake,
 * prioritisation with HiGHS, schedule of the selected needs) and prints the schedule's summary (counts, lateness with reasons, makespan, utilisation, the latest needs).
 * With `--previous plan.json --as-of DATE` it re-plans with the started work frozen (rolling plan)
 * and prints what changed.
 */
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { runPlan } from "../../application/runPlan";
import { readPreviousPlan } from "../../adapters/node/previousPlanFile";
import { createHighsSolver } from "../../adapters/solver/highsSolver";
import { isIsoDate } from "../../domain/time/isoDate";
import { translate } from "../../i18n/locale";
import { SCHEDULING_MESSAGES } from "../../i18n/schedulingMessages";
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
  readonly previous?: string;
  readonly asOf?: string;
}

function parseIsoDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError(`"${value}" is not a date (YYYY-MM-DD).`);
  return value;
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
    .option("--previous <plan.json>", "previous plan: re-plan with its started work frozen")
    .option("--as-of <date>", "re-planning date (YYYY-MM-DD), with --previous", parseIsoDate)
    .action(async (opts: ScheduleOptions) => {
      const input = await loadInput(opts);
      const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
        translate(SCHEDULING_MESSAGES, ctx.locale, key, params);
      if (!input) {
        ctx.err(say(ctx, "error.inputOrDemo"));
        ctx.exitCode = 2;
        return;
      }
      if (Boolean(opts.previous) !== Boolean(opts.asOf)) {
        ctx.err(t("cli.previousNeedsAsOf"));
        ctx.exitCode = 2;
        return;
      }
      const rolling =
        opts.previous && opts.asOf
          ? { previous: (await readPreviousPlan(opts.previous)).schedule.scheduled, asOf: opts.asOf }
          : undefined;
      const solver = await createHighsSolver();
      const result = await runPlan(input, {
        includeSecurityGraded: false,
        solver,
        frontier: false,
        ...(rolling ? { rolling } : {}),
      });
      for (const line of scheduleSummary(result.schedule, ctx.locale, opts.late)) ctx.out(line);
      const diff = result.schedule.diff;
      if (!diff) return;
      ctx.out(
        t("diff.summary", {
          moved: diff.moved.length,
          added: diff.added.length,
          dropped: diff.dropped.length,
          newlyLate: diff.newlyLate.length,
          unchanged: diff.unchanged,
        }),
      );
      for (const n of diff.newlyLate) ctx.out(t("diff.newlyLate", { ...n }));
    });
}
