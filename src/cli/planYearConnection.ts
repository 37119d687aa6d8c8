/**
 * Where the CLI keeps the plan-year record and who is working: `--store DIR` (a local folder; the
 * user from --user or ANSKAFFELSESPLAN_USER) or `--graph URL --site URL` (the site's document
 * library; the user is the signed-in account, GET /me). Shared by `year …` and `plan --store/--graph`,
 * with one place that turns the record's errors into messages naming the file and field.
 */
import type { Command } from "commander";
import { GraphPlanYearStore, currentAccount } from "../adapters/graph/graphPlanYearStore";
import type { GraphListGateway } from "../adapters/graph/graphListGateway";
import { nodePlanYearValidator } from "../adapters/node/jsonSchemas";
import { InputFileError } from "../adapters/node/planInputFile";
import { LocalPlanYearStore } from "../adapters/node/localPlanYearStore";
import { ConfigChangeError } from "../application/planYear/configChange";
import { PlanYearFileError } from "../application/planYear/planYearFile";
import {
  PlanYearBusyError,
  PlanYearMissingError,
  recordLocation,
  type PlanYearDeps,
} from "../application/planYear/planYearRecords";
import { AlreadyExistsError } from "../application/planYear/planYearStore";
import { conflictLine, fileErrorLines } from "../application/planYear/planYearReport";
import type { RecordConflict } from "../domain/planYear/planYearTypes";
import { PlanVersionError } from "../domain/planYear/versionLifecycle";
import { planYearSay } from "../i18n/planYearMessages";
import { versionErrorText } from "../i18n/versionMessages";
import type { CliContext } from "./cliContext";
import { CommandError, connectGraph, type CommandIo } from "./commands/graphConnection";

/** Environment variable naming the user of a local store. */
export const USER_VARIABLE = "ANSKAFFELSESPLAN_USER";

/** The options that choose the store and the user. */
export interface StoreOptions {
  readonly store?: string;
  readonly graph?: string;
  readonly site?: string;
  readonly ca?: string;
  readonly user?: string;
}

/** An open store: the use cases' dependencies, the user, and the Graph connection when there is one. */
export interface OpenStore {
  readonly deps: PlanYearDeps;
  /** The account working: --user / ANSKAFFELSESPLAN_USER locally, GET /me over Graph. */
  who(): Promise<string>;
  /** True on a SharePoint site: nothing of the demo tenant may be used. */
  readonly realTenant: boolean;
  readonly graph?: {
    readonly gateway: GraphListGateway;
    readonly graphUrl: string;
    readonly siteUrl: string;
  };
  close(): void;
}

/** Adds --store, --graph, --site, --ca and --user to a command. */
export function addStoreOptions(command: Command): Command {
  return command
    .option("--store <dir>", "local folder holding Anskaffelsesplan/<year>/plan-year.json")
    .option("--graph <url>", "Graph base URL with version (the SharePoint site's document library)")
    .option("--site <url>", "SharePoint site URL, with --graph")
    .option("--ca <file>", "extra CA certificate (PEM) to trust, e.g. the demo server's")
    .option("--user <account>", `who is working, for a local store (else ${USER_VARIABLE})`);
}

/** True when the options name a store. */
export function hasStore(opts: StoreOptions): boolean {
  return opts.store !== undefined || opts.graph !== undefined;
}

/** Opens the store the options name; a CommandError (exit 2) when they name none or both. */
export async function openStore(opts: StoreOptions, io: CommandIo): Promise<OpenStore> {
  const locale = io.locale ?? "nb";
  const validate = nodePlanYearValidator();
  if (
    (opts.store === undefined) === (opts.graph === undefined) ||
    (opts.graph !== undefined) !== (opts.site !== undefined)
  )
    throw new CommandError(planYearSay(locale, "cli.storeChoice"), 2);
  if (opts.store !== undefined) {
    const user = opts.user ?? io.env[USER_VARIABLE];
    return {
      deps: { store: new LocalPlanYearStore(opts.store), validate },
      who: async () => {
        if (user === undefined || user.trim() === "")
          throw new CommandError(planYearSay(locale, "cli.userMissing", { variable: USER_VARIABLE }), 2);
        return user;
      },
      realTenant: false,
      close: () => undefined,
    };
  }
  const connection = connectGraph(io, opts.graph as string, opts.ca);
  try {
    const site = await connection.gateway.resolveSite(opts.site as string);
    const store = new GraphPlanYearStore(connection.client, site.id, opts.site as string);
    return {
      deps: { store, validate },
      who: () => currentAccount(connection.client),
      realTenant: true,
      graph: { gateway: connection.gateway, graphUrl: opts.graph as string, siteUrl: opts.site as string },
      close: connection.close,
    };
  } catch (error) {
    connection.close();
    throw error;
  }
}

/** Prints the merge conflicts of a change (the field and who stored the value kept). */
export function printConflicts(ctx: CliContext, conflicts: readonly RecordConflict[]): void {
  if (conflicts.length === 0) return;
  ctx.err(planYearSay(ctx.locale, "cli.conflicts", { count: conflicts.length }));
  for (const conflict of conflicts) ctx.err(`  ${conflictLine(conflict, ctx.locale)}`);
}

/** Lines for an error of the record, or undefined when it is not one of the record's errors. */
function recordErrorLines(
  error: unknown,
  ctx: CliContext,
  year: number,
  store?: OpenStore,
): string[] | undefined {
  const say = (key: string, params: Record<string, string | number>) => planYearSay(ctx.locale, key, params);
  const file = store ? recordLocation(store.deps.store, year) : "";
  if (error instanceof PlanYearFileError) return fileErrorLines(error, ctx.locale);
  if (error instanceof PlanYearMissingError)
    return [say("record.missing", { year: error.year, file: error.location })];
  if (error instanceof AlreadyExistsError) return [say("record.exists", { year, file: error.location })];
  if (error instanceof PlanYearBusyError)
    return [say("record.busy", { file: error.location, attempts: error.attempts })];
  if (error instanceof ConfigChangeError) return [say(error.code, { subject: error.subject, file })];
  if (error instanceof PlanVersionError) return [versionErrorText(error, ctx.locale)];
  if (error instanceof CommandError) return [error.message];
  return undefined;
}

/**
 * Prints a failed command's error and sets the exit code: 2 for the record's errors (the file and
 * field named), the command's own code for a CommandError, 1 for anything else (e.g. Graph unreachable).
 */
export function reportFailure(error: unknown, ctx: CliContext, year: number, store?: OpenStore): void {
  // An unusable input file is reported by the CLI's root like every command's (main.ts).
  if (error instanceof InputFileError) throw error;
  const lines = recordErrorLines(error, ctx, year, store);
  if (lines === undefined) {
    ctx.err(error instanceof Error ? error.message : String(error));
    ctx.exitCode = 1;
    return;
  }
  for (const line of lines) ctx.err(line);
  ctx.exitCode =
    error instanceof CommandError
      ? error.code
      : error instanceof PlanVersionError && error.code !== "tampered" && error.code !== "invalid-file"
        ? 1
        : 2;
}
