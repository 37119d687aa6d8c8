/**
 * The rolling re-plan options shared by `plan` and `schedule`: `--as-of DATE` with `--previous
 * plan.json` (progress as planned) and/or `--progress plan.xml` (progress read from a saved Project
 * file; without --previous the file's own plan is the previous plan).
 */
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { rollingFromProjectFile } from "../application/project/rollingFromProject";
import type { RollingInput } from "../application/scheduleStage";
import { readPreviousPlan } from "../adapters/node/previousPlanFile";
import { readProjectProgress } from "../adapters/node/projectProgressFile";
import type { PlanInput } from "../domain/model/planInput";
import { isIsoDate } from "../domain/time/isoDate";
import { translate } from "../i18n/locale";
import { ROLLING_MESSAGES } from "../i18n/rollingMessages";
import type { CliContext } from "./cliContext";

/** The rolling options as commander gives them. */
export interface RollingOptions {
  readonly previous?: string;
  readonly progress?: string;
  readonly asOf?: string;
}

/** Parses a YYYY-MM-DD option value (commander's InvalidArgumentError otherwise). */
export function parseIsoDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError(`"${value}" is not a date (YYYY-MM-DD).`);
  return value;
}

/** Adds --previous, --progress and --as-of (described by `asOfText`) to `command`. */
export function addRollingOptions(
  command: Command,
  asOfText = "re-planning date (YYYY-MM-DD), with --previous or --progress",
): Command {
  return command
    .option("--previous <plan.json>", "previous plan: re-plan with its started work frozen")
    .option("--progress <plan.xml>", "saved Project XML: re-plan with the progress recorded in it")
    .option("--as-of <date>", asOfText, parseIsoDate);
}

/**
 * The rolling input the options ask for: undefined for an ordinary run, null after telling the
 * user that --as-of and a source go together (exit code 2). With `asOfAlone` (plan: --as-of is also
 * the day the insight reports for) --as-of without a source is an ordinary run. File problems raise
 * InputFileError.
 */
export async function rollingFromOptions(
  ctx: CliContext,
  input: PlanInput,
  opts: RollingOptions,
  asOfAlone = false,
): Promise<RollingInput | undefined | null> {
  const source = opts.previous !== undefined || opts.progress !== undefined;
  if (!source && (opts.asOf === undefined || asOfAlone)) return undefined;
  if (!source || opts.asOf === undefined) {
    ctx.err(translate(ROLLING_MESSAGES, ctx.locale, "cli.asOfNeedsSource"));
    ctx.exitCode = 2;
    return null;
  }
  const previous =
    opts.previous !== undefined ? (await readPreviousPlan(opts.previous)).schedule.scheduled : undefined;
  if (opts.progress === undefined) return { previous: previous ?? [], asOf: opts.asOf };
  const file = await readProjectProgress(opts.progress);
  return rollingFromProjectFile(input, file, opts.asOf, previous);
}
