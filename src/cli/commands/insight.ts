/**
 * `anskaffelsesplan insight --demo | --input FILE [--as-of DATE] [--all]`: the annual wheel's status
 * and the insight analyses (contract expiry, spend, joint procurements) of a planning input, printed
 * in the user's language (docs/insight.md). The date is today unless --as-of gives one.
 * `insight decide --store DIR | --graph URL --site URL --year Y --suggestion ID --accept|--dismiss
 * --reason TEXT [--needs ID,ID]` records a decision on a suggestion in the plan-year record.
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
import { DEMO_DEFAULT_PLAN_YEAR } from "../../demo/demoTenant";
import { decideSuggestion, SuggestionDecisionError } from "../../application/insight/decideSuggestion";
import { translate } from "../../i18n/locale";
import { SUGGESTION_DECISION_MESSAGES } from "../../i18n/suggestionDecisionMessages";
import {
  addStoreOptions,
  openStore,
  reportFailure,
  type OpenStore,
  type StoreOptions,
} from "../planYearConnection";
import { ioOf } from "./graphConnection";
import { todayInOslo } from "../../application/sharepoint/zonedDates";

interface InsightCliOptions {
  readonly input?: string;
  readonly demo?: boolean;
  readonly seed: number;
  readonly year?: number;
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

interface DecideOptions extends StoreOptions {
  readonly year?: number;
  readonly suggestion: string;
  readonly accept?: boolean;
  readonly dismiss?: boolean;
  readonly reason?: string;
  readonly needs?: string;
}

const decisionSay = (ctx: CliContext, key: string, params?: Readonly<Record<string, string | number>>) =>
  translate(SUGGESTION_DECISION_MESSAGES, ctx.locale, key, params);

/** Records the decision of `insight decide` in the plan-year record. */
async function runDecide(ctx: CliContext, opts: DecideOptions): Promise<void> {
  if (opts.year === undefined) {
    ctx.err(decisionSay(ctx, "error.year"));
    ctx.exitCode = 2;
    return;
  }
  if (opts.accept === opts.dismiss) {
    ctx.err(decisionSay(ctx, "error.choice"));
    ctx.exitCode = 2;
    return;
  }
  const action = opts.accept ? "accepted" : "dismissed";
  let store: OpenStore | undefined;
  try {
    store = await openStore(opts, ioOf(ctx));
    const outcome = await decideSuggestion(
      store.deps,
      opts.year,
      {
        suggestionId: opts.suggestion,
        action,
        ...(opts.reason !== undefined ? { reason: opts.reason } : {}),
        ...(opts.needs !== undefined ? { needIds: opts.needs.split(",") } : {}),
      },
      await store.who(),
    );
    const id = opts.suggestion.trim();
    ctx.out(
      decisionSay(ctx, "recorded", {
        file: outcome.location,
        id,
        action: decisionSay(ctx, `action.${action}`),
      }),
    );
    if (outcome.conflicts.length > 0)
      ctx.err(decisionSay(ctx, "conflicts", { count: outcome.conflicts.length }));
  } catch (error) {
    if (!(error instanceof SuggestionDecisionError)) return reportFailure(error, ctx, opts.year, store);
    ctx.err(decisionSay(ctx, `error.${error.field}`, { id: error.suggestionId }));
    ctx.exitCode = 2;
  } finally {
    store?.close();
  }
}

/** Registers `insight decide` on the insight command. */
function registerDecide(insight: Command, ctx: CliContext): void {
  addStoreOptions(
    insight
      .command("decide")
      .description(
        "accept or dismiss an insight suggestion; saved in the plan-year record for every later run",
      ),
  )
    .requiredOption("--suggestion <id>", "FORSLAG-<contract>, FELLES-nnn, NORDISK-nnn or FORSVARET-nnn")
    .option("--accept", "accept the suggestion")
    .option("--dismiss", "dismiss the suggestion (needs --reason)")
    .option("--reason <text>", "why (required to dismiss)")
    .option("--needs <ids>", "a joint proposal's need ids, comma-separated, as insight lists them")
    // --year is the insight command's own option (commander reads it there).
    .action((_opts: unknown, command: Command) => runDecide(ctx, command.optsWithGlobals<DecideOptions>()));
}

/** Registers the insight command. */
export function registerInsightCommand(program: Command, ctx: CliContext): void {
  const insight = program
    .command("insight")
    .description("print the annual wheel's status, contract expiry, spend and joint procurement analyses")
    .option("--input <file>", "planning input file")
    .option("--demo", "use the built-in demo tenant")
    .option("--seed <n>", "demo tenant seed", parseInteger, 2027)
    .option(
      "--year <yyyy>",
      "demo tenant plan year (default 2027); the record's year with decide",
      parseInteger,
    )
    .option("--as-of <date>", "the day to report for (default today)", parseAsOf)
    .option("--all", "list every item instead of the first ten")
    .option("--include-graded", "show security-graded needs in clear text (explicit opt-in)")
    .action(async (opts: InsightCliOptions) => {
      const input = await loadInput({ ...opts, year: opts.year ?? DEMO_DEFAULT_PLAN_YEAR });
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
  registerDecide(insight, ctx);
}
