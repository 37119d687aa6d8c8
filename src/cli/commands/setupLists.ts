/**
 * List set-up from the command line: `setup-lists` creates the intake, KAV, feedback and people lists a
 * site lacks (typed columns), and `map-list` writes a suggested field mapping for an existing list,
 * to be corrected by the coordinator and then given to `sync --mapping`.
 */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { createPlanningLists } from "../../application/sharepoint/setupLists";
import { ListNotFoundError } from "../../application/sharepoint/findList";
import {
  draftContractMapping,
  draftMapping,
  mappableNeedFields,
  type MappingDraft,
} from "../../application/sharepoint/siteLists";
import { CONTRACT_FIELDS } from "../../application/sharepoint/contractMapping";
import { defaultPlanConfig } from "../../domain/model/defaults";
import { DEFAULT_CRITERIA } from "../../domain/prioritisation/defaultCriteria";
import type { CliContext } from "../cliContext";
import { parseInteger } from "../options";
import { CommandError, connectGateway, ioOf, say, type CommandIo, commandErrorText } from "./graphConnection";
import { defaultPlanYear } from "../../domain/planYear/planYearDefaults";
import { todayInOslo } from "../../application/sharepoint/zonedDates";

interface SetupOptions {
  readonly graph: string;
  readonly site: string;
  readonly planYear?: number;
  readonly ca?: string;
}

interface MapOptions extends SetupOptions {
  readonly list: string;
  readonly out: string;
  /** `intake` (needs, default) or `kav` (contracts). */
  readonly kind?: string;
}

const criteriaIds = DEFAULT_CRITERIA.map((c) => c.id);
const configFor = (planYear: number | undefined) =>
  defaultPlanConfig(planYear ?? defaultPlanYear(todayInOslo()));

/** Creates the planning lists that are missing on the site; returns the names created. */
export async function runSetupLists(options: SetupOptions, io: CommandIo): Promise<readonly string[]> {
  const connection = connectGateway(io, options.graph, options.ca);
  try {
    const lists = await createPlanningLists(
      connection.gateway,
      options.site,
      configFor(options.planYear),
      criteriaIds,
    );
    const existing = [lists.kav, lists.intake, lists.feedback, lists.people]
      .map((l) => l.displayName)
      .filter((name) => !lists.created.includes(name));
    if (lists.created.length > 0) io.out(say(io, "setup.created", { lists: lists.created.join(", ") }));
    if (existing.length > 0) io.out(say(io, "setup.existing", { lists: existing.join(", ") }));
    return lists.created;
  } finally {
    connection.close();
  }
}

/** Writes a suggested mapping of our fields to an existing list's columns. */
export async function runMapList(options: MapOptions, io: CommandIo): Promise<void> {
  const connection = connectGateway(io, options.graph, options.ca);
  try {
    const kind = options.kind ?? "intake";
    if (kind !== "intake" && kind !== "kav")
      throw new CommandError(`--kind must be intake or kav (got ${kind}).`, 2);
    const request = { siteUrl: options.site, listName: options.list, config: configFor(options.planYear) };
    let draft: MappingDraft<unknown>;
    try {
      draft =
        kind === "kav"
          ? await draftContractMapping(connection.gateway, request)
          : await draftMapping(connection.gateway, { ...request, criteriaIds });
    } catch (error) {
      if (!(error instanceof ListNotFoundError)) throw error;
      throw new CommandError(
        say(io, "setup.listMissing", {
          list: options.list,
          site: options.site,
          lists: error.available.join(", "),
        }),
        2,
      );
    }
    await writeFile(options.out, `${JSON.stringify(draft.mapping, null, 2)}\n`, "utf8");
    const total = kind === "kav" ? CONTRACT_FIELDS.length : mappableNeedFields(criteriaIds).length;
    io.out(
      say(io, "setup.mapped", {
        list: draft.list.displayName,
        file: options.out,
        mapped: total - draft.unmapped.length,
        total,
      }),
    );
    if (draft.unmapped.length > 0)
      io.out(
        say(io, "setup.unmapped", {
          fields: draft.unmapped.join(", "),
          option: kind === "kav" ? "--kav-mapping" : "--mapping",
        }),
      );
  } finally {
    connection.close();
  }
}

function reportFailure(ctx: CliContext, error: unknown): void {
  ctx.err(commandErrorText(ioOf(ctx), error));
  ctx.exitCode = error instanceof CommandError ? error.code : 1;
}

/** Registers `setup-lists` and `map-list` on the program. */
export function registerSetupCommands(program: Command, ctx: CliContext): void {
  program
    .command("setup-lists")
    .description("create the intake, KAV, feedback and people lists a SharePoint site lacks (typed columns)")
    .requiredOption("--graph <url>", "Graph base URL with version, e.g. https://graph.microsoft.com/v1.0")
    .requiredOption("--site <url>", "SharePoint site URL")
    .option(
      "--plan-year <year>",
      "plan year whose units and categories the choice columns offer",
      parseInteger,
    )
    .option("--ca <file>", "extra CA certificate (PEM) to trust, e.g. the demo server's")
    .action(async (opts: SetupOptions) => {
      await runSetupLists(opts, ioOf(ctx)).catch((error: unknown) => reportFailure(ctx, error));
    });
  program
    .command("map-list")
    .description(
      "suggest a field mapping for an existing list; edit it, then pass it to sync --mapping (intake) or --kav-mapping (kav)",
    )
    .requiredOption("--graph <url>", "Graph base URL with version")
    .requiredOption("--site <url>", "SharePoint site URL")
    .requiredOption("--list <name>", "list display name or id")
    .option("--kind <kind>", "intake (needs) or kav (contracts)", "intake")
    .option("--out <file>", "mapping file to write", "mapping.json")
    .option("--plan-year <year>", "plan year", parseInteger)
    .option("--ca <file>", "extra CA certificate (PEM) to trust")
    .action(async (opts: MapOptions) => {
      await runMapList(opts, ioOf(ctx)).catch((error: unknown) => reportFailure(ctx, error));
    });
}
