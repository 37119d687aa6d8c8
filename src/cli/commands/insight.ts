/**
 * `anskaffelsesplan insight --demo | --input FILE [--as-of DATE] [--all]`: the annual wheel's status
 * and the insight analyses (contract expiry, spend, joint procurements) of a planning input, printed
 * in the user's language (docs/insight.md). The date is today unless --as-of gives one.
 */
import { InvalidArgumentError, type Command } from "commander";
import { runPlan } from "../../application/runPlan";
import { parseNorwegianDate } from "../../domain/intake/parseNorwegianDate";
import { allUnits } from "../../domain/model/defaults";
import type { IsoDate } from "../../domain/time/isoDate";
import { insightSummary } from "../../i18n/insightSummary";
import { say, type CliContext } from "../cliContext";
import { loadInput } from "../loadInput";
import { parseInteger } from "../options";

interface InsightCliOptions {
  readonly input?: string;
  readonly demo?: boolean;
  readonly seed: number;
  readonly year: number;
  readonly asOf?: IsoDate;
  readonly all?: boolean;
  readonly includeGraded?: boolean;
}

/** Parses --as-of: 15.01.2027 or 2027-01-15. */
export function parseAsOf(value: string): IsoDate {
  const parsed = parseNorwegianDate(value);
  if (!parsed.ok) throw new InvalidArgumentError(`"${value}" is not a date (15.01.2027 or 2027-01-15).`);
  return parsed.value;
}

/** Today's date in Oslo (the composition root's clock). */
export function todayInOslo(): IsoDate {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(new Date());
}

/** Registers the insight command. */
export function registerInsightCommand(program: Command, ctx: CliContext): void {
  program
    .command("insight")
    .description("print the annual wheel's status, contract expiry, spend and joint procurement analyses")
    .option("--input <file>", "planning input file")
    .option("--demo", "use the built-in demo tenant")
    .option("--seed <n>", "demo tenant seed", parseInteger, 2027)
    .option("--year <yyyy>", "demo tenant plan year", parseInteger, 2027)
    .option("--as-of <date>", "the day to report for (default today)", parseAsOf)
    .option("--all", "list every item instead of the first ten")
    .option("--include-graded", "show security-graded needs in clear text (explicit opt-in)")
    .action(async (opts: InsightCliOptions) => {
      const input = await loadInput(opts);
      if (!input) {
        ctx.err(say(ctx, "error.inputOrDemo"));
        ctx.exitCode = 2;
        return;
      }
      const includeSecurityGraded = opts.includeGraded === true;
      const asOf = opts.asOf ?? todayInOslo();
      const { insight } = await runPlan(input, { includeSecurityGraded, insight: { asOf } });
      if (!insight) throw new Error("runPlan gave no insight although asked for it");
      const names = new Map(allUnits(input.config).map((u) => [u.id, u.name]));
      const limits = { listed: opts.all ? Number.MAX_SAFE_INTEGER : 10 };
      for (const line of insightSummary(
        insight,
        input.config.planYear,
        (id) => names.get(id) ?? id,
        ctx.locale,
        limits,
      )) {
        ctx.out(line);
      }
    });
}
