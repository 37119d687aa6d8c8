/**
 * `anskaffelsesplan schedule --input FILE | --demo`: runs the planning pipeline (intake,
 * prioritisation with HiGHS, schedule of the selected needs) and prints the schedule's summary (counts, lateness with reasons, makespan, utilisation, the latest needs).
 * With `--previous plan.json` and/or `--progress plan.xml` and `--as-of DATE` it re-plans with the
 * started work frozen and completed needs left out (rolling plan) and prints what changed.
 */
import type { Command } from "commander";
import { runPlan } from "../../application/runPlan";
import { createHighsSolver } from "../../adapters/solver/highsSolver";
import { translate } from "../../i18n/locale";
import { SCHEDULING_MESSAGES } from "../../i18n/schedulingMessages";
import { scheduleSummary } from "../../i18n/scheduleSummary";
import { rollingSummary } from "../../i18n/rollingMessages";
import { addRollingOptions, rollingFromOptions, type RollingOptions } from "../rollingOptions";
import { say, type CliContext } from "../cliContext";
import { loadInput } from "../loadInput";
import { parseInteger, parseUtilisation } from "../options";

interface ScheduleOptions extends RollingOptions {
  readonly input?: string;
  readonly demo?: boolean;
  readonly seed: number;
  readonly year: number;
  readonly late: number;
  readonly utilisation: "role" | "person";
}

/** Registers the schedule command. */
export function registerScheduleCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command("schedule")
    .description("schedule the accepted needs and print a summary")
    .option("--input <file>", "planning input file (docs/schemas/plan-input.schema.json)")
    .option("--demo", "use the built-in demo tenant")
    .option("--seed <n>", "demo tenant seed", parseInteger, 2027)
    .option("--year <yyyy>", "demo tenant plan year", parseInteger, 2027)
    .option("--late <n>", "how many of the latest needs to list", parseInteger, 10)
    .option(
      "--utilisation <detail>",
      "weekly utilisation in the schedule: role (default) or person",
      parseUtilisation,
      "role",
    );
  addRollingOptions(command).action(async (opts: ScheduleOptions) => {
    const input = await loadInput(opts);
    const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
      translate(SCHEDULING_MESSAGES, ctx.locale, key, params);
    if (!input) {
      ctx.err(say(ctx, "error.inputOrDemo"));
      ctx.exitCode = 2;
      return;
    }
    const rolling = await rollingFromOptions(ctx, input, opts);
    if (rolling === null) return;
    const solver = await createHighsSolver();
    const result = await runPlan(input, {
      includeSecurityGraded: false,
      solver,
      frontier: false,
      utilisation: opts.utilisation,
      ...(rolling ? { rolling } : {}),
    });
    for (const line of scheduleSummary(result.schedule, ctx.locale, opts.late)) ctx.out(line);
    const diff = result.schedule.diff;
    if (!diff || !rolling) return;
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
    for (const line of rollingSummary(result.schedule, rolling.asOf, ctx.locale)) ctx.out(line);
  });
}
