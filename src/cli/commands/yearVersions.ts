/**
 * The plan versions from the command line, as subcommands of the `year` group (registrars in
 * YEAR_VERSION_SUBCOMMANDS; the store options, --year and the user are the group's, see year.ts):
 *
 *   year versions --year Y                  list the versions, the one in force marked
 *   year draft    --year Y --input FILE     plan with the record's configuration and edits; save a draft
 *                 [--workbook FILE.xlsx]    … with a saved workbook's edits, stored in the record first
 *   year draft    --year Y --progress FILE.xml --as-of DATE   a revision of the version in force
 *   year submit   --year Y --version V      submit a draft for approval (content locked)
 *   year approve  --year Y --version V --scope whole|procurement|realEstate
 *   year publish  --year Y --version V --graph URL --site URL --list NAME --state FILE …
 *   year diff     --year Y --from V --to V [--xlsx FILE]
 *
 * each with `--store DIR` (the acting account from --user or ANSKAFFELSESPLAN_USER) or `--graph URL
 * --site URL` (the signed-in account). Refusals exit with 1, a damaged or changed file with 2;
 * publish exits like `publish` (0 published, 2 conflicts, 1 failures).
 */
import type { PlanVersionFile } from "../../application/planYear/planVersion";
import { writeRunOutputs } from "../planOutputs";
import { insightOptionsFromRecord } from "../../application/insight/decideSuggestion";
import { todayInOslo } from "../../application/sharepoint/zonedDates";
import { versionDocumentWriters } from "../../adapters/docx/versionDocuments";
import { writeFile } from "node:fs/promises";
import { Option } from "commander";
import {
  approveVersion,
  createDraftVersion,
  listVersions,
  loadVersion,
  submitVersion,
} from "../../application/planYear/planVersions";
import { versionFileName } from "../../application/planYear/planVersion";
import { publishVersion } from "../../application/planYear/publishVersion";
import { diffVersions } from "../../application/planYear/versionDiff";
import { withChangesSheet } from "../../application/workbook/diffSheet";
import { planWorkbook } from "../../application/workbook/fromPlan";
import { runPlan } from "../../application/runPlan";
import {
  APPROVAL_SCOPES,
  type ApprovalScope,
  type VersionSummary,
} from "../../domain/planYear/planYearTypes";
import { PlanVersionError } from "../../domain/planYear/versionLifecycle";
import { writeXlsx } from "../../adapters/xlsx/writeXlsx";
import { createHighsSolver } from "../../adapters/solver/highsSolver";
import { diffText, versionErrorText, versionText } from "../../i18n/versionMessages";
import { formatDate, type Locale } from "../../i18n/locale";
import { say, type CliContext } from "../cliContext";
import { parseInteger } from "../options";
import { printIntakeSummary } from "../report";
import type { OpenStore } from "../planYearConnection";
import { recordPlanning, type RecordPlanOptions } from "../recordInput";
import { parseIsoDate } from "../rollingOptions";
import { inputFromWorkbook, storeWorkbookEdits } from "../workbookInput";
import { draftRevision } from "../../application/planYear/versionRevision";
import { readProjectProgress } from "../../adapters/node/projectProgressFile";
import { rollingSummary } from "../../i18n/rollingMessages";
import { yearFlowSay } from "../../i18n/yearFlowMessages";
import { CommandError, connectGateway, ioOf } from "./graphConnection";
import {
  intakeSyncState,
  printFeedbackReport,
  printPublishReport,
  publishExitCode,
  publishListOptions,
} from "./publish";
import { withStore, yearSubcommand, type YearOptions, type YearSubcommand } from "./year";

/** Runs a version subcommand with the store open; version refusals become messages and exit codes. */
function withVersions(
  ctx: CliContext,
  opts: YearOptions,
  body: (store: OpenStore) => Promise<number | void>,
): Promise<void> {
  return withStore(ctx, opts, async (store) => {
    try {
      ctx.exitCode = (await body(store)) ?? 0;
    } catch (error) {
      if (!(error instanceof PlanVersionError)) throw error;
      ctx.err(versionErrorText(error, ctx.locale));
      ctx.exitCode = error.code === "tampered" || error.code === "invalid-file" ? 2 : 1;
    }
  });
}

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

const registerVersions: YearSubcommand = (group, ctx) => {
  yearSubcommand(group, "versions", "list the plan year's versions, the one in force marked").action(
    (opts: YearOptions) =>
      withVersions(ctx, opts, async (store) => {
        const { versions, current } = await listVersions(store.deps, opts.year);
        if (versions.length === 0) ctx.out(versionText(ctx.locale, "list.none", { year: opts.year }));
        for (const v of versions) ctx.out(versionLine(v, current, ctx.locale));
      }),
  );
};

interface DraftOptions extends YearOptions, RecordPlanOptions {
  readonly includeGraded?: boolean;
  readonly workbook?: string;
  readonly progress?: string;
  readonly asOf?: string;
  /** Also write the version's plan.json, plan.xlsx (linked to the version) and plan.xml here. */
  readonly out?: string;
}

/** Writes the draft's files into --out, the workbook's link naming the version. */
async function writeDraftOutputs(ctx: CliContext, opts: DraftOptions, file: PlanVersionFile): Promise<void> {
  if (opts.out === undefined) return;
  await writeRunOutputs(ctx, opts.out, file, {
    includeGraded: opts.includeGraded === true,
    origin: { versionId: file.id },
  });
}

/** Plans with the record (and a saved workbook's edits, stored in the record) and saves a draft. */
async function runDraft(ctx: CliContext, opts: DraftOptions): Promise<void> {
  const planning = await recordPlanning(ctx, opts);
  if (!planning) return;
  let { input } = planning;
  let edits = planning.record.edits;
  if (opts.workbook !== undefined) {
    const edited = await inputFromWorkbook(ctx, opts.workbook, input);
    const stored = edited && (await storeWorkbookEdits(ctx, opts, edited.taken));
    if (!edited || !stored) return;
    [input, edits] = [edited.input, stored];
  }
  const solver = await createHighsSolver();
  const result = await runPlan(input, {
    includeSecurityGraded: opts.includeGraded === true,
    solver,
    insight: { ...insightOptionsFromRecord(planning.record), asOf: opts.asOf ?? todayInOslo() },
  });
  printIntakeSummary(ctx, result);
  await withVersions(ctx, opts, async (store) => {
    const file = await createDraftVersion(store.deps, opts.year, { input, edits, result }, await store.who());
    const location = store.deps.store.location(opts.year, versionFileName(file.id));
    ctx.out(versionText(ctx.locale, "draft.saved", { version: file.id, file: location }));
    await writeDraftOutputs(ctx, opts, file);
  });
}

/** Re-plans the version in force with the progress of a saved Project file; saves a revision draft. */
async function runRevision(ctx: CliContext, opts: DraftOptions): Promise<void> {
  if (opts.progress === undefined || opts.asOf === undefined || opts.workbook !== undefined) {
    ctx.err(yearFlowSay(ctx.locale, "revision.needsBoth"));
    ctx.exitCode = 2;
    return;
  }
  const [progress, asOf] = [await readProjectProgress(opts.progress), opts.asOf];
  const solver = await createHighsSolver();
  const includeSecurityGraded = opts.includeGraded === true;
  await withVersions(ctx, opts, async (store) => {
    const revision = await draftRevision(store.deps, opts.year, {
      progress,
      asOf,
      who: await store.who(),
      plan: (input, rolling) => runPlan(input, { includeSecurityGraded, solver, rolling, insight: { asOf } }),
    });
    const { file, base, diff } = revision;
    printIntakeSummary(ctx, file.result);
    for (const line of rollingSummary(file.result.schedule, asOf, ctx.locale)) ctx.out(line);
    const location = store.deps.store.location(opts.year, versionFileName(file.id));
    const params = { version: file.id, base: base.summary.id, asOf: formatDate(asOf, ctx.locale) };
    ctx.out(yearFlowSay(ctx.locale, "revision.saved", { ...params, file: location }));
    for (const line of diffText(diff, ctx.locale)) ctx.out(line);
    await writeDraftOutputs(ctx, opts, file);
  });
}

const registerDraft: YearSubcommand = (group, ctx) => {
  yearSubcommand(
    group,
    "draft",
    "plan with the record's configuration and edits; save the run as a new draft (a revision with --progress)",
  )
    .option("--input <file>", "needs, contracts and people from a planning input file (local store)")
    .option("--demo", "needs from the built-in demo tenant (local store)")
    .option("--seed <n>", "demo tenant seed", parseInteger, 2027)
    .option("--list <name>", "intake list on the site, with --graph/--site")
    .option("--kav-list <name>", "KAV list on the site, with --graph/--site")
    .option("--people-list <name>", "people list on the site, with --graph/--site")
    .option("--include-graded", "show security-graded needs in clear text (explicit opt-in)")
    .option("--workbook <file>", "a saved plan.xlsx whose edits are stored in the record and planned with")
    .option("--progress <plan.xml>", "saved Project XML: re-plan the version in force with its progress")
    .option("--as-of <date>", "re-planning date (YYYY-MM-DD), with --progress", parseIsoDate)
    .option(
      "--out <dir>",
      "also write the version's plan.json, plan.xlsx (linked to the version) and plan.xml",
    )
    .action((opts: DraftOptions) =>
      opts.progress !== undefined || opts.asOf !== undefined ? runRevision(ctx, opts) : runDraft(ctx, opts),
    );
};

interface VersionOptions extends YearOptions {
  readonly version: string;
}

const registerSubmit: YearSubcommand = (group, ctx) => {
  yearSubcommand(group, "submit", "submit a draft version for approval (its content is locked)")
    .requiredOption("--version <id>", "version id, e.g. v001")
    .action((opts: VersionOptions) =>
      withVersions(ctx, opts, async (store) => {
        const summary = await submitVersion(store.deps, opts.year, opts.version, await store.who());
        const hash = summary.contentHash ?? "";
        ctx.out(versionText(ctx.locale, "submit.done", { version: summary.id, hash }));
      }),
    );
};

interface ApproveOptions extends VersionOptions {
  readonly scope: ApprovalScope;
}

const registerApprove: YearSubcommand = (group, ctx) => {
  yearSubcommand(group, "approve", "approve one scope of a submitted version as the signed-in approver")
    .requiredOption("--version <id>", "version id, e.g. v001")
    .addOption(
      new Option("--scope <scope>", "what is approved").choices([...APPROVAL_SCOPES]).makeOptionMandatory(),
    )
    .action((opts: ApproveOptions) =>
      withVersions(ctx, opts, async (store) => {
        const user = await store.who();
        const { summary, missing, approvedBy } = await approveVersion(
          store.deps,
          opts.year,
          opts.version,
          opts.scope,
          user,
        );
        const scopeName = versionText(ctx.locale, `scope.${opts.scope}`);
        ctx.out(
          versionText(ctx.locale, "approve.done", { scopeName, version: summary.id, user: approvedBy }),
        );
        ctx.out(
          missing.length > 0
            ? versionText(ctx.locale, "approve.missing", { scopes: scopeNames(missing, ctx.locale) })
            : versionText(ctx.locale, "approve.complete", { version: summary.id }),
        );
      }),
    );
};

interface PublishVersionOptions extends VersionOptions {
  readonly list: string;
  readonly state: string;
  readonly feedbackList?: string;
  readonly acceptConflicts?: boolean;
  /** False with --no-documents. */
  readonly documents: boolean;
}

/** Publishes through the site of --graph/--site (the record's store may be a local folder). */
async function runYearPublish(
  ctx: CliContext,
  store: OpenStore,
  opts: PublishVersionOptions,
): Promise<number> {
  const io = ioOf(ctx);
  if (opts.graph === undefined || opts.site === undefined)
    throw new CommandError(versionText(ctx.locale, "publish.siteMissing"), 2);
  const target = { graph: opts.graph, site: opts.site, list: opts.list, state: opts.state };
  const syncState = await intakeSyncState(target, io);
  const connection = connectGateway(io, opts.graph, opts.ca);
  try {
    const ports = {
      gateway: connection.gateway,
      syncState,
      siteUrl: opts.site,
      ...(opts.feedbackList ? { feedbackList: opts.feedbackList } : {}),
      ...(opts.documents ? { documents: versionDocumentWriters(ctx.locale) } : {}),
    };
    const outcome = await publishVersion(store.deps, opts.year, opts.version, ports, await store.who(), {
      acceptConflicts: opts.acceptConflicts === true,
    });
    if (outcome.decisions) printPublishReport(io, outcome.decisions, opts.list);
    if (outcome.feedback && opts.feedbackList) printFeedbackReport(io, outcome.feedback, opts.feedbackList);
    for (const name of outcome.documents) ctx.out(versionText(ctx.locale, "publish.document", { name }));
    const say = (key: string) => versionText(ctx.locale, key, { version: outcome.version });
    if (outcome.status === "published") ctx.out(say("publish.published"));
    if (outcome.status === "already-published") ctx.out(say("publish.already"));
    if (outcome.status !== "not-published" || !outcome.decisions) return 0;
    ctx.err(say("publish.notPublished"));
    return publishExitCode(outcome.decisions, outcome.feedback) || 2;
  } finally {
    connection.close();
  }
}

const registerPublish: YearSubcommand = (group, ctx) => {
  publishListOptions(
    yearSubcommand(
      group,
      "publish",
      "publish exactly the approved version's decisions and feedback to the site",
    ).requiredOption("--version <id>", "version id, e.g. v001"),
  )
    .option("--accept-conflicts", "mark the version published even when others' edits were left standing")
    .option("--no-documents", "do not save the version's .xlsx, Project XML and .docx under documents/")
    .action((opts: PublishVersionOptions) =>
      // The record may be local (--store) while the decisions go to the site of --graph/--site.
      withVersions(
        ctx,
        opts.store === undefined ? opts : { ...opts, graph: undefined, site: undefined },
        (store) => runYearPublish(ctx, store, opts),
      ),
    );
};

interface DiffOptions extends YearOptions {
  readonly from: string;
  readonly to: string;
  readonly xlsx?: string;
}

const registerDiff: YearSubcommand = (group, ctx) => {
  yearSubcommand(group, "diff", "what changed from one version to another")
    .requiredOption("--from <id>", "the earlier version")
    .requiredOption("--to <id>", "the later version")
    .option("--xlsx <file>", "also write the later version's workbook with the Endringer sheet")
    .action((opts: DiffOptions) =>
      withVersions(ctx, opts, async (store) => {
        const from = await loadVersion(store.deps, opts.year, opts.from);
        const to = await loadVersion(store.deps, opts.year, opts.to);
        const diff = diffVersions(
          { id: from.summary.id, result: from.file.result },
          { id: to.summary.id, result: to.file.result },
        );
        for (const line of diffText(diff, ctx.locale)) ctx.out(line);
        if (!opts.xlsx) return;
        const workbook = withChangesSheet(
          planWorkbook(to.file.result, to.file.input, ctx.locale),
          diff,
          ctx.locale,
        );
        await writeFile(opts.xlsx, await writeXlsx(workbook));
        ctx.out(say(ctx, "written", { file: opts.xlsx }));
      }),
    );
};

/** The version subcommands of `year`: versions, draft, submit, approve, publish, diff. */
export const YEAR_VERSION_SUBCOMMANDS: readonly YearSubcommand[] = [
  registerVersions,
  registerDraft,
  registerSubmit,
  registerApprove,
  registerPublish,
  registerDiff,
];
