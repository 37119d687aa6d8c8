/**
 * `anskaffelsesplan year …`: the plan-year record. `year init --year Y [--from PREV]` sets a year up
 * (create-only, from the seed or the previous year), `year status --year Y [--as-of DATE]` summarises it with the annual wheel's status on that day, and
 * `year config --year Y --set path=value | --file config.json` changes its configuration (validated).
 * Every subcommand takes `--store DIR` or `--graph URL --site URL` (planYearConnection.ts).
 * Subcommands are registrars in YEAR_SUBCOMMANDS; further ones (versions, submit, approve, publish,
 * diff) are added to that list.
 */
import { parseIsoDate } from "../rollingOptions";
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { IsoDate } from "../../domain/time/isoDate";
import { parseSetting, updateConfig } from "../../application/planYear/configChange";
import { initPlanYear } from "../../application/planYear/planYearInit";
import { loadPlanYear } from "../../application/planYear/planYearRecords";
import { statusLines } from "../../application/planYear/planYearReport";
import { yearWheelStatus } from "../../application/planYear/yearWheel";
import { allUnits } from "../../domain/model/defaults";
import { wheelSummary } from "../../i18n/insightSummary";
import { yearFlowSay } from "../../i18n/yearFlowMessages";
import { todayInOslo } from "../../application/sharepoint/zonedDates";
import { planYearSay } from "../../i18n/planYearMessages";
import type { CliContext } from "../cliContext";
import { parseInteger } from "../options";
import {
  addStoreOptions,
  openStore,
  printConflicts,
  reportFailure,
  type OpenStore,
  type StoreOptions,
} from "../planYearConnection";
import { CommandError, ioOf } from "./graphConnection";

/** Options every `year` subcommand has. */
export interface YearOptions extends StoreOptions {
  readonly year: number;
}

/** Registers one `year` subcommand on the `year` command group. */
export type YearSubcommand = (year: Command, ctx: CliContext) => void;

/**
 * Runs a subcommand's body with the store open; the record's errors become messages naming the
 * file and field, and the store is closed afterwards.
 */
export async function withStore(
  ctx: CliContext,
  opts: YearOptions,
  body: (store: OpenStore) => Promise<void>,
): Promise<void> {
  let store: OpenStore | undefined;
  try {
    store = await openStore(opts, ioOf(ctx));
    await body(store);
  } catch (error) {
    reportFailure(error, ctx, opts.year, store);
  } finally {
    store?.close();
  }
}

/** A `year` subcommand with the store options and --year. */
export function yearSubcommand(group: Command, name: string, description: string): Command {
  return addStoreOptions(group.command(name).description(description)).requiredOption(
    "--year <yyyy>",
    "plan year",
    parseInteger,
  );
}

const registerInit: YearSubcommand = (group, ctx) => {
  yearSubcommand(group, "init", "set a plan year up (never overwrites an existing one)")
    .option(
      "--from <yyyy>",
      "previous plan year to reuse (configuration, wheel, carried-over needs)",
      parseInteger,
    )
    .action((opts: YearOptions & { from?: number }) =>
      withStore(ctx, opts, async (store) => {
        const who = await store.who();
        const loaded = await initPlanYear(store.deps, {
          year: opts.year,
          who,
          ...(opts.from === undefined ? {} : { from: opts.from }),
        });
        ctx.out(planYearSay(ctx.locale, "cli.initDone", { year: opts.year, file: loaded.location }));
        if (opts.from === undefined) return;
        const carried = loaded.record.carriedOver;
        ctx.out(
          planYearSay(ctx.locale, "cli.initFrom", {
            from: opts.from,
            count: carried.length,
            deferred: carried.filter((c) => c.reason === "deferred").length,
            unfinished: carried.filter((c) => c.reason === "unfinished").length,
          }),
        );
      }),
    );
};

/** Prints the annual wheel's status on `asOf` (insight's wheelStatus on the record's dates). */
async function printWheel(ctx: CliContext, store: OpenStore, year: number, asOf: IsoDate): Promise<void> {
  const { record, status, versionId } = await yearWheelStatus(store.deps, year, asOf);
  const names = new Map(allUnits(record.config).map((u) => [u.id, u.name]));
  ctx.out("");
  for (const line of wheelSummary(status, year, (id) => names.get(id) ?? id, ctx.locale)) ctx.out(line);
  ctx.out(
    versionId === undefined
      ? yearFlowSay(ctx.locale, "wheel.noVersion")
      : yearFlowSay(ctx.locale, "wheel.fromVersion", { version: versionId }),
  );
}

const registerStatus: YearSubcommand = (group, ctx) => {
  yearSubcommand(group, "status", "summarise the plan year: configuration, wheel and stage, edits, versions")
    .option(
      "--as-of <date>",
      "the day to report the annual wheel for (default: today in Norway)",
      parseIsoDate,
    )
    .option("--today <date>", "older name of --as-of", parseIsoDate)
    .action((opts: YearOptions & { asOf?: IsoDate; today?: IsoDate }) =>
      withStore(ctx, opts, async (store) => {
        const { record, location } = await loadPlanYear(store.deps, opts.year);
        const asOf = opts.asOf ?? opts.today ?? todayInOslo();
        for (const line of statusLines(record, location, asOf, ctx.locale)) ctx.out(line);
        await printWheel(ctx, store, opts.year, asOf);
      }),
    );
};

/** Reads a configuration document (JSON) for `year config --file`. */
async function readConfigDocument(ctx: CliContext, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new CommandError(planYearSay(ctx.locale, "cli.configFileUnreadable", { file }), 2);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The parser's message quotes the text around the error: not passed on.
    throw new CommandError(planYearSay(ctx.locale, "cli.configFile", { file }), 2);
  }
}

const registerConfig: YearSubcommand = (group, ctx) => {
  yearSubcommand(group, "config", "change the plan year's configuration, wheel or approvers (validated)")
    .option(
      "--set <path=value>",
      "a setting, e.g. prioritisation.budgetNok=50000000 (repeatable)",
      (v, all: string[]) => [...all, v],
      [],
    )
    .option("--file <config.json>", 'a document { "config": {…}, "wheel": {…}, "approvers": {…} }')
    .action((opts: YearOptions & { set: string[]; file?: string }) =>
      withStore(ctx, opts, async (store) => {
        if (opts.set.length === 0 && opts.file === undefined)
          throw new CommandError(planYearSay(ctx.locale, "cli.configNothing"), 2);
        const settings = opts.set.map(parseSetting);
        const document = opts.file === undefined ? undefined : await readConfigDocument(ctx, opts.file);
        const change = document === undefined ? { settings } : { settings, document };
        const outcome = await updateConfig(store.deps, opts.year, change, await store.who());
        printConflicts(ctx, outcome.conflicts);
        const key = outcome.attempts === 0 ? "cli.configUnchanged" : "cli.configDone";
        ctx.out(planYearSay(ctx.locale, key, { year: opts.year, file: outcome.location }));
      }),
    );
};

/** The `year` subcommands; add a registrar here to add a subcommand. */
export const YEAR_SUBCOMMANDS: readonly YearSubcommand[] = [registerInit, registerStatus, registerConfig];

/** Registers the `year` command group with its subcommands. */
export function registerYearCommands(
  program: Command,
  ctx: CliContext,
  subcommands: readonly YearSubcommand[] = YEAR_SUBCOMMANDS,
): void {
  const group = program.command("year").description("the plan-year record: set-up, status, configuration");
  for (const register of subcommands) register(group, ctx);
}
