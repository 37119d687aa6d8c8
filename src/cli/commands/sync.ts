/**
 * `anskaffelsesplan sync --graph URL --site URL --list NAME [--state FILE] [--out FILE]`: reads the
 * intake list through Graph (full, or only the changes when --state holds a delta link) and writes
 * a planning input file that `plan --input` reads.
 */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { InputFileError } from "../../adapters/node/inputFileError";
import { readJsonFile, readPlanInputFile } from "../../adapters/node/planInputFile";
import { DEFAULT_CRITERIA } from "../../domain/prioritisation/defaultCriteria";
import { defaultPlanConfig } from "../../domain/model/defaults";
import type { PlanInput } from "../../domain/model/planInput";
import type { SyncOutcome } from "../../application/sharepoint/syncList";
import { syncPlanningInput } from "../../application/sharepoint/syncPlanningInput";
import { parseContractMapping, type ContractMapping } from "../../application/sharepoint/contractMapping";
import {
  defaultFieldMapping,
  parseFieldMapping,
  type FieldMapping,
} from "../../application/sharepoint/listSchemas";
import { FileSyncStateStore } from "../../adapters/node/fileSyncStateStore";
import { MemorySyncStateStore } from "../../application/sharepoint/syncState";
import type { CliContext } from "../cliContext";
import { parseInteger } from "../options";
import { CommandError, connectGateway, ioOf, say, type CommandIo, commandErrorText } from "./graphConnection";
import { defaultPlanYear } from "../../domain/planYear/planYearDefaults";
import { todayInOslo } from "../../application/sharepoint/zonedDates";

/** Options of the sync command. */
export interface SyncCommandOptions {
  readonly graph: string;
  readonly site: string;
  readonly list: string;
  readonly state?: string;
  readonly out: string;
  /** A planning input whose config, contracts, spend and people the output keeps. */
  readonly base?: string;
  /** JSON file with a FieldMapping (internal column names of an existing list). */
  readonly mapping?: string;
  readonly full?: boolean;
  readonly ca?: string;
  readonly planYear?: number;
  /** KAV list on the same site whose items become the contracts of the output. */
  readonly kavList?: string;
  /** People list (leads and lawyers) on the same site whose items become the people of the output. */
  readonly peopleList?: string;
  /** JSON file with a ContractMapping (internal column names of an existing KAV list). */
  readonly kavMapping?: string;
}

/** Runs the sync; returns the outcome (the CLI prints it). */
export async function runSyncCommand(options: SyncCommandOptions, io: CommandIo): Promise<SyncOutcome> {
  let base: PlanInput | undefined;
  if (options.base) {
    base = await readPlanInputFile(options.base);
  }
  let mapping: FieldMapping | undefined;
  if (options.mapping) {
    try {
      mapping = parseFieldMapping(await readJsonFile(options.mapping));
    } catch (error) {
      if (error instanceof InputFileError) throw error;
      throw new CommandError(`--mapping ${options.mapping}: ${(error as Error).message}`);
    }
  }
  let kavMapping: ContractMapping | undefined;
  if (options.kavMapping) {
    try {
      kavMapping = parseContractMapping(await readJsonFile(options.kavMapping));
    } catch (error) {
      if (error instanceof InputFileError) throw error;
      throw new CommandError(`--kav-mapping ${options.kavMapping}: ${(error as Error).message}`);
    }
  }
  const store = options.state ? new FileSyncStateStore(options.state) : new MemorySyncStateStore();
  const previous = await store.load();
  const connection = connectGateway(io, options.graph, options.ca);
  try {
    const planYear = options.planYear ?? defaultPlanYear(todayInOslo());
    const {
      input,
      sync: outcome,
      contractIssues,
      personIssues,
    } = await syncPlanningInput(
      {
        gateway: connection.gateway,
        store,
        progress: (e) => {
          if (e.done > 0) io.err(say(io, "progress", { phase: e.phase, done: e.done }));
        },
      },
      {
        graphBaseUrl: options.graph,
        siteUrl: options.site,
        listName: options.list,
        mapping: mapping ?? previous?.mapping ?? defaultFieldMapping(DEFAULT_CRITERIA.map((c) => c.id)),
        mode: options.full ? "full" : "auto",
        ...(options.kavList ? { kavList: options.kavList } : {}),
        ...(kavMapping ? { kavMapping } : {}),
        ...(options.peopleList ? { peopleList: options.peopleList } : {}),
        base: base ?? {
          config: defaultPlanConfig(planYear),
          needs: [],
          contracts: [],
          spend: [],
          people: [],
        },
      },
    );
    for (const issue of contractIssues) io.err(say(io, "sync.contractIssue", { ...issue }));
    for (const issue of personIssues) io.err(say(io, "sync.personIssue", { ...issue }));
    await writeFile(options.out, `${JSON.stringify(input, null, 2)}\n`, "utf8");
    for (const issue of outcome.issues) io.err(say(io, "sync.issue", { ...issue }));
    io.out(
      say(io, "sync.done", {
        list: options.list,
        mode: say(io, `sync.mode.${outcome.mode}`),
        records: outcome.records.length,
        changed: outcome.changed,
        deleted: outcome.deleted,
        out: options.out,
      }),
    );
    return outcome;
  } finally {
    connection.close();
  }
}

/** Registers `sync` on the program. */
export function registerSyncCommand(program: Command, ctx: CliContext): void {
  program
    .command("sync")
    .description(
      "Read the intake list from SharePoint through Microsoft Graph (full or delta) into a planning input file",
    )
    .requiredOption("--graph <url>", "Graph base URL with version, e.g. https://graph.microsoft.com/v1.0")
    .requiredOption(
      "--site <url>",
      "SharePoint site URL, e.g. https://contoso.sharepoint.com/sites/anskaffelser",
    )
    .requiredOption("--list <name>", "list display name or id")
    .option("--state <file>", "sync state file (enables delta sync and publish)")
    .option("--out <file>", "planning input file to write", "needs.json")
    .option("--base <file>", "planning input whose config, contracts, spend and people are kept")
    .option("--mapping <file>", "field mapping JSON for an existing list")
    .option("--full", "read everything even when a delta link is stored")
    .option("--kav-list <name>", "KAV list on the same site to read the contracts from")
    .option(
      "--people-list <name>",
      "people list (leads and lawyers) on the same site to read the people from",
    )
    .option("--kav-mapping <file>", "field mapping JSON for an existing KAV list (map-list --kind kav)")
    .option("--ca <file>", "extra CA certificate (PEM) to trust, e.g. the demo server's")
    .option("--plan-year <year>", "plan year when no --base is given", parseInteger)
    .action(async (opts: SyncCommandOptions) => {
      try {
        await runSyncCommand(opts, ioOf(ctx));
      } catch (error) {
        if (error instanceof InputFileError) throw error;
        ctx.err(commandErrorText(ioOf(ctx), error));
        ctx.exitCode = error instanceof CommandError ? error.code : 1;
      }
    });
}
