/**
 * `anskaffelsesplan publish --plan plan.json --graph URL --site URL --list NAME --state FILE`:
 * writes status, rank, decision, planned start/finish and feedback back to the intake list with
 * If-Match eTags from the last sync; edits by others are merged or reported, never overwritten.
 * Conflicts stay in the state file until resolved (`--resolve keep-theirs|take-ours [--need ID]`);
 * decisions not written (sustained throttling) can be retried alone (`--retry-failed`).
 * Exit code 0 = all written, 2 = conflicts reported or still open, 1 = failures.
 * The report printers and option groups are shared with `year publish` (yearVersions.ts).
 */
import { retryableFailures } from "../../application/sharepoint/heldConflicts";
import { Option, type Command } from "commander";
import { decisionsFromPlan } from "../../application/sharepoint/planDecisions";
import {
  publishDecisions,
  type NeedDecision,
  type PublishReport,
} from "../../application/sharepoint/publishDecisions";
import { resolveConflicts, type ResolveReport } from "../../application/sharepoint/resolveConflicts";
import type { ListSyncState } from "../../application/sharepoint/syncState";
import { FileSyncStateStore } from "../../adapters/node/fileSyncStateStore";
import { InputFileError, readJsonFile } from "../../adapters/node/planInputFile";
import type { CliContext } from "../cliContext";
import { feedbackSummary, publishFailureText } from "../../i18n/graphMessages";
import {
  feedbackEntriesOf,
  publishFeedbackList,
  type FeedbackReport,
} from "../../application/sharepoint/feedbackList";
import type { PlanResult } from "../../application/planResult";
import {
  cliLocale,
  CommandError,
  connectGateway,
  ioOf,
  say,
  type CommandIo,
  commandErrorText,
} from "./graphConnection";

/** Options of the publish command. */
export interface PublishCommandOptions {
  /** The plan whose decisions to write (not with --retry-failed or --resolve). */
  readonly plan?: string;
  /** Write again just the decisions the last publish could not write. */
  readonly retryFailed?: boolean;
  /** Resolve the stored conflicts: keep the other person's value, or write the plan's. */
  readonly resolve?: "keep-theirs" | "take-ours";
  /** Resolve only this need's conflicts. */
  readonly need?: string;
  readonly graph: string;
  readonly site: string;
  readonly list: string;
  readonly state: string;
  readonly ca?: string;
  /** Also write the feedback list (one item per need and plan year) of this name on the site. */
  readonly feedbackList?: string;
}

function show(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(show).join("; ");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** Loads the state of --state and checks that it is the list the options name. */
async function stateFor(
  options: Pick<PublishCommandOptions, "graph" | "site" | "list" | "state">,
  io: CommandIo,
  store: FileSyncStateStore,
): Promise<ListSyncState> {
  const state = await store.load();
  if (!state) throw new CommandError(say(io, "error.state", { state: options.state }));
  if (
    state.graphBaseUrl !== options.graph ||
    state.siteUrl !== options.site ||
    state.listName !== options.list
  ) {
    throw new CommandError(
      say(io, "error.stateMismatch", {
        state: options.state,
        stateList: state.listName,
        stateSite: state.siteUrl,
        list: options.list,
        site: options.site,
      }),
    );
  }
  return state;
}

/** The sync state store of the intake list, checked to be the one of --graph, --site and --list. */
export async function intakeSyncState(
  options: Pick<PublishCommandOptions, "graph" | "site" | "list" | "state">,
  io: CommandIo,
): Promise<FileSyncStateStore> {
  const store = new FileSyncStateStore(options.state);
  await stateFor(options, io, store);
  return store;
}

/** Prints a publish report: conflicts, failures, missing needs, the counts and what to do next. */
export function printPublishReport(io: CommandIo, report: PublishReport, list: string): void {
  for (const c of report.conflicts) {
    io.err(
      say(io, "publish.conflict", {
        needId: c.needId,
        field: c.field,
        theirs: show(c.theirs),
        base: show(c.base),
        ours: show(c.ours),
      }),
    );
  }
  for (const f of report.failed) io.err(publishFailureText(cliLocale(io), f));
  for (const m of report.missing) io.err(say(io, "publish.missing", { needId: m }));
  io.out(
    say(io, "publish.done", {
      list,
      written: report.written.length,
      merged: report.merged.length,
      unchanged: report.unchanged.length,
      conflicts: report.conflicts.length,
      missing: report.missing.length,
      failed: report.failed.length,
    }),
  );
  const retryable = retryableFailures(report.failed).length;
  if (retryable > 0) io.out(say(io, "publish.retryHint", { count: retryable }));
}

/** Prints a feedback-list report. */
export function printFeedbackReport(io: CommandIo, feedback: FeedbackReport, list: string): void {
  for (const f of feedback.failed) io.err(publishFailureText(cliLocale(io), f));
  for (const needId of feedback.conflicts) io.err(say(io, "publish.feedbackConflict", { needId }));
  io.out(feedbackSummary(cliLocale(io), feedback, list));
}

/** Exit code of a publish: 1 when anything failed, 2 with conflicts, else 0. */
export function publishExitCode(report: PublishReport, feedback: FeedbackReport | undefined): number {
  const failed = report.failed.length + (feedback?.failed.length ?? 0);
  const conflicts = report.conflicts.length + (feedback?.conflicts.length ?? 0);
  return failed > 0 ? 1 : conflicts > 0 ? 2 : 0;
}

/** Prints what a resolution did. */
function printResolution(io: CommandIo, report: ResolveReport): void {
  const lines: [string, readonly { needId: string; field: string; theirs: unknown; ours: unknown }[]][] = [
    ["resolve.kept", report.kept],
    ["resolve.written", report.written],
    ["resolve.still", report.stillConflicting],
  ];
  for (const [key, conflicts] of lines)
    for (const c of conflicts)
      io.out(say(io, key, { needId: c.needId, field: c.field, theirs: show(c.theirs), ours: show(c.ours) }));
  for (const f of report.failed) io.err(publishFailureText(cliLocale(io), f));
  const total =
    report.kept.length + report.written.length + report.stillConflicting.length + report.failed.length;
  if (total === 0) io.out(say(io, "resolve.none"));
  else
    io.out(
      say(io, "resolve.done", {
        kept: report.kept.length,
        written: report.written.length,
        still: report.stillConflicting.length,
        failed: report.failed.length,
      }),
    );
}

/** Which run the options ask for; exactly one of --plan, --retry-failed and --resolve. */
function modeOf(options: PublishCommandOptions, io: CommandIo): "plan" | "retry" | "resolve" {
  const modes = [options.plan !== undefined, options.retryFailed === true, options.resolve !== undefined];
  if (modes.filter(Boolean).length !== 1) throw new CommandError(say(io, "error.publishMode"), 2);
  return modes[0] ? "plan" : modes[1] ? "retry" : "resolve";
}

/** Runs the write-back; returns the report and the exit code. */
export async function runPublishCommand(
  options: PublishCommandOptions,
  io: CommandIo,
): Promise<{
  report?: PublishReport;
  resolution?: ResolveReport;
  feedback?: FeedbackReport;
  exitCode: number;
}> {
  const mode = modeOf(options, io);
  const plan = options.plan === undefined ? undefined : await readJsonFile(options.plan);
  const store = new FileSyncStateStore(options.state);
  const state = await stateFor(options, io, store);
  const connection = connectGateway(io, options.graph, options.ca);
  const deps = { gateway: connection.gateway, store };
  try {
    if (mode === "resolve") {
      const resolution = await resolveConflicts(deps, {
        choice: options.resolve as "keep-theirs" | "take-ours",
        ...(options.need !== undefined ? { needId: options.need } : {}),
      });
      printResolution(io, resolution);
      const open = resolution.stillConflicting.length > 0 ? 2 : 0;
      return { resolution, exitCode: resolution.failed.length > 0 ? 1 : open };
    }
    const decisions: readonly NeedDecision[] =
      mode === "retry" ? (state.failedDecisions ?? []) : decisionsFromPlan(plan);
    if (mode === "retry" && decisions.length === 0) io.out(say(io, "publish.nothingToRetry"));
    const report = await publishDecisions(deps, decisions);
    printPublishReport(io, report, options.list);
    const feedback =
      options.feedbackList && plan !== undefined
        ? await publishFeedback(io, options, plan, connection)
        : undefined;
    return { report, ...(feedback ? { feedback } : {}), exitCode: publishExitCode(report, feedback) };
  } finally {
    connection.close();
  }
}

/** Writes the feedback list of --feedback-list from the plan's decisions. */
async function publishFeedback(
  io: CommandIo,
  options: PublishCommandOptions,
  plan: unknown,
  connection: ReturnType<typeof connectGateway>,
): Promise<FeedbackReport> {
  const result = plan as Partial<PlanResult>;
  if (typeof result.planYear !== "number" || !Array.isArray(result.needs) || !Array.isArray(result.decisions))
    throw new CommandError(say(io, "error.feedbackPlan", { plan: options.plan ?? "" }));
  const list = options.feedbackList as string;
  const feedback = await publishFeedbackList(
    { gateway: connection.gateway },
    {
      siteUrl: options.site,
      listName: list,
      planYear: result.planYear,
      entries: feedbackEntriesOf(result as PlanResult),
    },
  );
  printFeedbackReport(io, feedback, list);
  return feedback;
}

/** Adds the options naming where a publish writes: --graph, --site, --ca and the list options. */
export function publishTargetOptions(command: Command): Command {
  return publishListOptions(
    command
      .requiredOption("--graph <url>", "Graph base URL with version")
      .requiredOption("--site <url>", "SharePoint site URL")
      .option("--ca <file>", "extra CA certificate (PEM) to trust"),
  );
}

/** Adds the list options of a publish: --list, --state and --feedback-list. */
export function publishListOptions(command: Command): Command {
  return command
    .requiredOption("--list <name>", "list display name or id")
    .requiredOption("--state <file>", "sync state file written by sync")
    .option(
      "--feedback-list <name>",
      "also write the feedback to the units into this list (e.g. Tilbakemeldinger; one item per need and year)",
    );
}

/** Registers `publish` on the program. */
export function registerPublishCommand(program: Command, ctx: CliContext): void {
  publishTargetOptions(
    program
      .command("publish")
      .description(
        "Write decisions and feedback back to the SharePoint intake list (If-Match; conflicts are reported)",
      )
      .option("--plan <file>", "plan result (plan.json) whose decisions to write")
      .option("--retry-failed", "write again just the decisions the last publish could not write")
      .addOption(
        new Option(
          "--resolve <choice>",
          "resolve the open conflicts: keep the other person's value or take the plan's",
        ).choices(["keep-theirs", "take-ours"]),
      )
      .option("--need <id>", "with --resolve: only this need's conflicts"),
  ).action(async (opts: PublishCommandOptions) => {
    try {
      ctx.exitCode = (await runPublishCommand(opts, ioOf(ctx))).exitCode;
    } catch (error) {
      if (error instanceof InputFileError) throw error;
      ctx.err(commandErrorText(ioOf(ctx), error));
      ctx.exitCode = error instanceof CommandError ? error.code : 1;
    }
  });
}
