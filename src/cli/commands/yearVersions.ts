/**
 * The plan versions from the command line, as subcommands of `year` (registered on the group by
 * registerYearVersionCommands, so the `year` group and the store adapter stay with the record):
 *
 *   year versions --store DIR --year Y                       list the versions, the one in force marked
 *   year draft    --store DIR --year Y --input FILE|--demo   plan the input and save it as a new draft
 *   year submit   --store DIR --year Y --version V           submit a draft for approval (content locked)
 *   year approve  --store DIR --year Y --version V --scope whole|procurement|realEstate
 *   year publish  --store DIR --year Y --version V --graph URL --site URL --list NAME --state FILE …
 *   year diff     --store DIR --year Y --from V --to V [--xlsx FILE]
 *
 * The acting account is --user or ANSKAFFELSESPLAN_USER. Refusals exit with 1, a damaged or
 * changed file with 2; publish exits like `publish` (0 published, 2 conflicts, 1 failures).
 */
import { writeFile } from "node:fs/promises";
import { Option, type Command } from "commander";
import type { PlanYearStore } from "../../application/planYear/planYearStore";
import {
  approveVersion,
  createDraftVersion,
  listVersions,
  loadVersion,
  submitVersion,
} from "../../application/planYear/planVersions";
import { NO_EDITS, versionFileName } from "../../application/planYear/planVersion";
import { publishVersion, type VersionDocumentWriters } from "../../application/planYear/publishVersion";
import { diffVersions } from "../../application/planYear/versionDiff";
import { withChangesSheet } from "../../application/workbook/diffSheet";
import { planWorkbook } from "../../application/workbook/fromPlan";
import { projectPartsOf, projectPlanForRun } from "../../application/project/projectPlanForRun";
import { runPlan } from "../../application/runPlan";
import {
  APPROVAL_SCOPES,
  type ApprovalScope,
  type VersionSummary,
} from "../../domain/planYear/planYearTypes";
import { PlanVersionError } from "../../domain/planYear/versionLifecycle";
import { writeXlsx } from "../../adapters/xlsx/writeXlsx";
import { writeMspdi } from "../../adapters/mspdi/mspdiWriter";
import { createHighsSolver } from "../../adapters/solver/highsSolver";
import { projectFieldAliases } from "../../i18n/projectMessages";
import { diffText, versionErrorText, versionText } from "../../i18n/versionMessages";
import type { Locale } from "../../i18n/locale";
import { say, type CliContext } from "../cliContext";
import { loadInput } from "../loadInput";
import { parseInteger } from "../options";
import { printIntakeSummary } from "../report";
import { CommandError, connectGateway, ioOf } from "./graphConnection";
import {
  intakeSyncState,
  printFeedbackReport,
  printPublishReport,
  publishExitCode,
  publishTargetOptions,
  type PublishCommandOptions,
} from "./publish";

/** Environment variable naming the acting account when --user is not given. */
export const USER_VARIABLE = "ANSKAFFELSESPLAN_USER";

/** What the version subcommands need from the CLI's composition root. */
export interface YearVersionDeps {
  readonly ctx: CliContext;
  /** The plan-year store of `--store DIR` (the local-folder adapter). */
  readonly openStore: (dir: string) => PlanYearStore;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

interface StoreOptions {
  readonly store: string;
  readonly year: number;
  readonly user?: string;
}

/** Adds --store, --year and --user. */
function storeOptions(command: Command): Command {
  return command
    .requiredOption("--store <dir>", "plan-year store: a local folder")
    .requiredOption("--year <yyyy>", "plan year", parseInteger)
    .option("--user <account>", `acting account (default: $${USER_VARIABLE})`);
}

/** Runs a subcommand's body, turning refusals into messages and exit codes. */
function guarded<T>(
  deps: YearVersionDeps,
  body: (opts: T) => Promise<number | void>,
): (opts: T) => Promise<void> {
  return async (opts) => {
    const { ctx } = deps;
    try {
      ctx.exitCode = (await body(opts)) ?? 0;
    } catch (error) {
      if (error instanceof PlanVersionError) {
        ctx.err(versionErrorText(error, ctx.locale));
        ctx.exitCode = error.code === "tampered" || error.code === "invalid-file" ? 2 : 1;
      } else if (error instanceof CommandError) {
        ctx.err(error.message);
        ctx.exitCode = error.code;
      } else throw error;
    }
  };
}

const userOf = (deps: YearVersionDeps, opts: StoreOptions): string =>
  opts.user ?? (deps.env ?? process.env)[USER_VARIABLE] ?? "";

const scopeNames = (scopes: readonly ApprovalScope[], locale: Locale): string =>
  scopes.map((s) => versionText(locale, `scope.${s}`)).join("; ");

/** One line of `year versions`. */
function versionLine(v: VersionSummary, current: string | undefined, locale: Locale): string {
  const approvals = v.approvals.length
    ? versionText(locale, "list.approvals", {
        scopes: v.approvals.map((a) => `${a.scope} (${a.stamp.by})`).join(", "),
      })
    : "";
  return versionText(locale, "list.line", {
    version: v.id,
    statusName: versionText(locale, `status.${v.status}`),
    kindName: versionText(locale, `kind.${v.kind}`),
    created: v.created.at,
    by: v.created.by,
    approvals,
    current: v.id === current ? versionText(locale, "list.current") : "",
  });
}

function registerVersions(year: Command, deps: YearVersionDeps): void {
  storeOptions(year.command("versions").description("list the plan year's versions")).action(
    guarded(deps, async (opts: StoreOptions) => {
      const { ctx } = deps;
      const { versions, current } = await listVersions(deps.openStore(opts.store), opts.year);
      if (versions.length === 0) ctx.out(versionText(ctx.locale, "list.none", { year: opts.year }));
      for (const v of versions) ctx.out(versionLine(v, current, ctx.locale));
    }),
  );
}

interface DraftOptions extends StoreOptions {
  readonly input?: string;
  readonly demo?: boolean;
  readonly includeGraded?: boolean;
  readonly seed: number;
}

function registerDraft(year: Command, deps: YearVersionDeps): void {
  storeOptions(year.command("draft").description("plan an input and save the run as a new draft version"))
    .option("--input <file>", "planning input file")
    .option("--demo", "use the built-in demo tenant")
    .option("--seed <n>", "demo tenant seed", parseInteger, 2027)
    .option("--include-graded", "show security-graded needs in clear text (explicit opt-in)")
    .action(
      guarded(deps, async (opts: DraftOptions) => {
        const { ctx } = deps;
        const input = await loadInput(opts);
        if (!input) {
          ctx.err(say(ctx, "error.inputOrDemo"));
          return 2;
        }
        const solver = await createHighsSolver();
        const result = await runPlan(input, { includeSecurityGraded: opts.includeGraded === true, solver });
        printIntakeSummary(ctx, result);
        const store = deps.openStore(opts.store);
        const file = await createDraftVersion(
          store,
          opts.year,
          { input, edits: NO_EDITS, result },
          userOf(deps, opts),
        );
        const location = store.location(opts.year, versionFileName(file.id));
        ctx.out(versionText(ctx.locale, "draft.saved", { version: file.id, file: location }));
        return 0;
      }),
    );
}

interface VersionOptions extends StoreOptions {
  readonly version: string;
}

function registerSubmit(year: Command, deps: YearVersionDeps): void {
  storeOptions(
    year.command("submit").description("submit a draft version for approval (its content is locked)"),
  )
    .requiredOption("--version <id>", "version id, e.g. v001")
    .action(
      guarded(deps, async (opts: VersionOptions) => {
        const summary = await submitVersion(
          deps.openStore(opts.store),
          opts.year,
          opts.version,
          userOf(deps, opts),
        );
        const hash = summary.contentHash ?? "";
        deps.ctx.out(versionText(deps.ctx.locale, "submit.done", { version: summary.id, hash }));
      }),
    );
}

interface ApproveOptions extends VersionOptions {
  readonly scope: ApprovalScope;
}

function registerApprove(year: Command, deps: YearVersionDeps): void {
  storeOptions(
    year.command("approve").description("approve one scope of a submitted version as the signed-in approver"),
  )
    .requiredOption("--version <id>", "version id, e.g. v001")
    .addOption(
      new Option("--scope <scope>", "what is approved").choices([...APPROVAL_SCOPES]).makeOptionMandatory(),
    )
    .action(
      guarded(deps, async (opts: ApproveOptions) => {
        const { ctx } = deps;
        const user = userOf(deps, opts);
        const store = deps.openStore(opts.store);
        const { summary, required } = await approveVersion(store, opts.year, opts.version, opts.scope, user);
        const scopeName = versionText(ctx.locale, `scope.${opts.scope}`);
        ctx.out(
          versionText(ctx.locale, "approve.done", {
            scopeName,
            version: summary.id,
            user: user.trim().toLowerCase(),
          }),
        );
        const missing = required.filter((s) => !summary.approvals.some((a) => a.scope === s));
        ctx.out(
          missing.length > 0
            ? versionText(ctx.locale, "approve.missing", { scopes: scopeNames(missing, ctx.locale) })
            : versionText(ctx.locale, "approve.complete", { version: summary.id }),
        );
      }),
    );
}

/** The .xlsx workbook and the Project XML of a version, as publish saves them under documents/. */
export function versionDocumentWriters(locale: Locale): VersionDocumentWriters {
  return {
    workbook: async (file) => writeXlsx(planWorkbook(file.result, file.input, locale)),
    projectXml: async (file) => {
      const plan = projectPlanForRun(projectPartsOf(file.result, file.input, locale), {
        locale,
        redaction: { includeSecurityGraded: file.result.redaction.includeSecurityGraded },
      });
      return new TextEncoder().encode(writeMspdi(plan, { fieldAliases: projectFieldAliases(locale) }));
    },
  };
}

interface PublishVersionOptions extends VersionOptions, Omit<PublishCommandOptions, "plan"> {
  readonly acceptConflicts?: boolean;
  /** False with --no-documents. */
  readonly documents: boolean;
}

async function runYearPublish(deps: YearVersionDeps, opts: PublishVersionOptions): Promise<number> {
  const { ctx } = deps;
  const io = ioOf(ctx, deps.env);
  const syncState = await intakeSyncState(opts, io);
  const connection = connectGateway(io, opts.graph, opts.ca);
  try {
    const ports = {
      gateway: connection.gateway,
      syncState,
      siteUrl: opts.site,
      ...(opts.feedbackList ? { feedbackList: opts.feedbackList } : {}),
      ...(opts.documents ? { documents: versionDocumentWriters(ctx.locale) } : {}),
    };
    const store = deps.openStore(opts.store);
    const outcome = await publishVersion(store, opts.year, opts.version, ports, userOf(deps, opts), {
      acceptConflicts: opts.acceptConflicts === true,
    });
    if (outcome.decisions) printPublishReport(io, outcome.decisions, opts.list);
    if (outcome.feedback && opts.feedbackList) printFeedbackReport(io, outcome.feedback, opts.feedbackList);
    for (const name of outcome.documents) ctx.out(versionText(ctx.locale, "publish.document", { name }));
    const key = {
      published: "publish.published",
      "already-published": "publish.already",
      "not-published": "publish.notPublished",
    };
    (outcome.status === "not-published" ? ctx.err : ctx.out)(
      versionText(ctx.locale, key[outcome.status], { version: outcome.version }),
    );
    if (outcome.status !== "not-published" || !outcome.decisions) return 0;
    return publishExitCode(outcome.decisions, outcome.feedback) || 2;
  } finally {
    connection.close();
  }
}

function registerPublish(year: Command, deps: YearVersionDeps): void {
  publishTargetOptions(
    storeOptions(
      year.command("publish").description("publish exactly the approved version's decisions and feedback"),
    ).requiredOption("--version <id>", "version id, e.g. v001"),
  )
    .option("--accept-conflicts", "mark the version published even when others' edits were left standing")
    .option("--no-documents", "do not save the version's .xlsx and Project XML under documents/")
    .action(guarded(deps, async (opts: PublishVersionOptions) => runYearPublish(deps, opts)));
}

interface DiffOptions extends StoreOptions {
  readonly from: string;
  readonly to: string;
  readonly xlsx?: string;
}

function registerDiff(year: Command, deps: YearVersionDeps): void {
  storeOptions(year.command("diff").description("what changed from one version to another"))
    .requiredOption("--from <id>", "the earlier version")
    .requiredOption("--to <id>", "the later version")
    .option("--xlsx <file>", "also write the later version's workbook with the Endringer sheet")
    .action(
      guarded(deps, async (opts: DiffOptions) => {
        const { ctx } = deps;
        const store = deps.openStore(opts.store);
        const from = await loadVersion(store, opts.year, opts.from);
        const to = await loadVersion(store, opts.year, opts.to);
        const diff = diffVersions(
          { id: from.summary.id, result: from.file.result },
          { id: to.summary.id, result: to.file.result },
        );
        for (const line of diffText(diff, ctx.locale)) ctx.out(line);
        if (opts.xlsx) {
          const workbook = withChangesSheet(
            planWorkbook(to.file.result, to.file.input, ctx.locale),
            diff,
            ctx.locale,
          );
          await writeFile(opts.xlsx, await writeXlsx(workbook));
          ctx.out(say(ctx, "written", { file: opts.xlsx }));
        }
      }),
    );
}

/** Registers versions, draft, submit, approve, publish and diff on the `year` command group. */
export function registerYearVersionCommands(year: Command, deps: YearVersionDeps): void {
  registerVersions(year, deps);
  registerDraft(year, deps);
  registerSubmit(year, deps);
  registerApprove(year, deps);
  registerPublish(year, deps);
  registerDiff(year, deps);
}
