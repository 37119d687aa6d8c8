/**
 * `anskaffelsesplan publish --plan plan.json --graph URL --site URL --list NAME --state FILE`:
 * writes status, rank, decision, planned start/finish and feedback back to the intake list with
 * If-Match eTags from the last sync; edits by others are merged or reported, never overwritten.
 * Exit code 0 = all written, 2 = conflicts reported, 1 = failures.
 */
import type { Command } from "commander";
import { decisionsFromPlan } from "../../application/sharepoint/planDecisions";
import { publishDecisions, type PublishReport } from "../../application/sharepoint/publishDecisions";
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
  readonly plan: string;
  readonly graph: string;
  readonly site: string;
  readonly list: string;
  readonly state: string;
  readonly ca?: string;
  /** Also write the feedback list (one item per need and plan year) of this name on the site. */
  readonly feedbackList?: string;
}

function show(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

/** Runs the write-back; returns the report and the exit code. */
export async function runPublishCommand(
  options: PublishCommandOptions,
  io: CommandIo,
): Promise<{ report: PublishReport; feedback?: FeedbackReport; exitCode: number }> {
  const plan = await readJsonFile(options.plan);
  const decisions = decisionsFromPlan(plan);
  const store = new FileSyncStateStore(options.state);
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
  const connection = connectGateway(io, options.graph, options.ca);
  try {
    const report = await publishDecisions({ gateway: connection.gateway, store }, decisions);
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
        list: options.list,
        written: report.written.length,
        merged: report.merged.length,
        unchanged: report.unchanged.length,
        missing: report.missing.length,
        conflicts: report.conflicts.length,
        failed: report.failed.length,
      }),
    );
    let feedback: FeedbackReport | undefined;
    if (options.feedbackList) {
      const result = plan as Partial<PlanResult>;
      if (
        typeof result.planYear !== "number" ||
        !Array.isArray(result.needs) ||
        !Array.isArray(result.decisions)
      )
        throw new CommandError(say(io, "error.feedbackPlan", { plan: options.plan }));
      feedback = await publishFeedbackList(
        { gateway: connection.gateway },
        {
          siteUrl: options.site,
          listName: options.feedbackList,
          planYear: result.planYear,
          entries: feedbackEntriesOf(result as PlanResult),
        },
      );
      for (const f of feedback.failed) io.err(publishFailureText(cliLocale(io), f));
      for (const needId of feedback.conflicts) io.err(say(io, "publish.feedbackConflict", { needId }));
      io.out(feedbackSummary(cliLocale(io), feedback, options.feedbackList));
    }
    const failed = report.failed.length + (feedback?.failed.length ?? 0);
    const conflicts = report.conflicts.length + (feedback?.conflicts.length ?? 0);
    const exitCode = failed > 0 ? 1 : conflicts > 0 ? 2 : 0;
    return { report, ...(feedback ? { feedback } : {}), exitCode };
  } finally {
    connection.close();
  }
}

/** Registers `publish` on the program. */
export function registerPublishCommand(program: Command, ctx: CliContext): void {
  program
    .command("publish")
    .description(
      "Write decisions and feedback back to the SharePoint intake list (If-Match; conflicts are reported)",
    )
    .requiredOption("--plan <file>", "plan result (plan.json)")
    .requiredOption("--graph <url>", "Graph base URL with version")
    .requiredOption("--site <url>", "SharePoint site URL")
    .requiredOption("--list <name>", "list display name or id")
    .requiredOption("--state <file>", "sync state file written by sync")
    .option("--ca <file>", "extra CA certificate (PEM) to trust")
    .option(
      "--feedback-list <name>",
      "also write the feedback to the units into this list (e.g. Tilbakemeldinger; one item per need and year)",
    )
    .action(async (opts: PublishCommandOptions) => {
      try {
        ctx.exitCode = (await runPublishCommand(opts, ioOf(ctx))).exitCode;
      } catch (error) {
        if (error instanceof InputFileError) throw error;
        ctx.err(commandErrorText(ioOf(ctx), error));
        ctx.exitCode = error instanceof CommandError ? error.code : 1;
      }
    });
}
