/**
 * `anskaffelsesplan plan --demo | --input FILE --out DIR`: runs the planning pipeline (intake and
 * prioritisation with HiGHS) and writes DIR/plan.json (docs/schemas/plan.schema.json),
 * DIR/plan.xlsx (docs/excel.md) and the schedule as Project XML, DIR/plan.xml (docs/project.md);
 * --previous-xml keeps an earlier plan.xml's task UIDs; --workbook FILE.xlsx takes in the edits
 * typed in a saved workbook (docs/excel.md) before planning — and, with a record, stores them in it
 * with who and when; `--progress plan.xml --as-of DATE`
 * re-plans with the progress recorded in a saved Project file (and keeps its UIDs), see
 * rollingOptions.ts. With `--store DIR` or `--graph URL --site URL` and `--year Y` it plans with that
 * plan-year record's configuration and edits (src/cli/recordInput.ts). plan.json carries the insight
 * for the day --as-of (default today in Oslo); --documents writes the plan documents per unit and the
 * overview (DIR/documents/*.docx).
 */
import { writeRunOutputs, XLSX_AUTO_NEEDS } from "../planOutputs";
import type { Command } from "commander";
import type { PlanInput } from "../../domain/model/planInput";
import { runPlan } from "../../application/runPlan";
import { createHighsSolver } from "../../adapters/solver/highsSolver";
import { say, type CliContext } from "../cliContext";
import { loadInput } from "../loadInput";
import { parseInteger, parseUtilisation } from "../options";
import { printIntakeSummary } from "../report";
import { scheduleSummary } from "../../i18n/scheduleSummary";
import { rollingSummary } from "../../i18n/rollingMessages";
import { addRollingOptions, rollingFromOptions, type RollingOptions } from "../rollingOptions";
import type { RollingInput } from "../../application/scheduleStage";
import { readPreviousUids } from "../../adapters/node/projectXmlFile";
import { collectGarbage } from "../../adapters/node/fullCollection";
import { addStoreOptions, hasStore } from "../planYearConnection";
import { recordPlanning, type RecordPlanOptions } from "../recordInput";
import {
  insightOptionsFromRecord,
  type RecordInsightOptions,
} from "../../application/insight/decideSuggestion";
import { inputFromWorkbook, storeWorkbookEdits } from "../workbookInput";
import type { ScoreOverrides } from "../../application/workbook/applyEdits";
import type { SelectionMode } from "../../domain/prioritisation/selection";
import { selectionOption, withSelectionMode } from "../selectionOption";
import { todayInOslo } from "../../application/sharepoint/zonedDates";

interface PlanOptions extends RecordPlanOptions, RollingOptions {
  readonly out: string;
  readonly includeGraded?: boolean;
  readonly previousXml?: string;
  readonly workbook?: string;
  readonly utilisation: "role" | "person";
  readonly selection?: SelectionMode;
  readonly documents?: boolean;
  readonly xlsx?: boolean;
}

/** The input of the run: from the record, a file or the demo; then a saved workbook's edits. */
interface PlanRunInput {
  readonly input: PlanInput;
  readonly scoreOverrides?: ScoreOverrides;
  /** A rolling re-plan from --previous/--progress and --as-of. */
  readonly rolling?: RollingInput;
  /** From the plan-year record: the wheel's dates and the suggestion decisions. */
  readonly recordInsight?: RecordInsightOptions;
}

/** Registers the plan command. */
export function registerPlanCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command("plan")
    .description(
      "run the planning pipeline and write DIR/plan.json and DIR/plan.xlsx; with --store or --graph/--site, plan with the plan-year record's configuration and edits",
    )
    .option("--input <file>", "planning input file")
    .option("--demo", "use the built-in demo tenant")
    .requiredOption("--out <dir>", "output folder")
    .option("--include-graded", "show security-graded needs in clear text (explicit opt-in)")
    .option("--seed <n>", "demo tenant seed", parseInteger, 2027)
    .option(
      "--year <yyyy>",
      "plan year (of the record with --store/--graph; of the demo tenant)",
      parseInteger,
      2027,
    )
    .option("--previous-xml <file>", "plan.xml of the previous plan version (its task UIDs are kept)")
    .option(
      "--workbook <file>",
      "a saved plan.xlsx whose edits (weights, scores, forces, comments) are taken in",
    )
    .option("--list <name>", "intake list on the site, with --graph/--site")
    .option("--kav-list <name>", "KAV list on the site, with --graph/--site")
    .option("--people-list <name>", "people list on the site, with --graph/--site")
    .option(
      "--utilisation <detail>",
      "weekly utilisation in the schedule: role (default) or person",
      parseUtilisation,
      "role",
    )
    .addOption(selectionOption())
    .option("--xlsx", "write plan.xlsx also above 10 000 accepted needs")
    .option("--no-xlsx", "do not write plan.xlsx (the workbook is not built)")
    .option(
      "--documents",
      "also write the plan documents (.docx) per unit and the overview to DIR/documents",
    );
  const asOfText =
    "re-planning date with --previous or --progress; also the day the insight reports for (default today)";
  addRollingOptions(addStoreOptions(command), asOfText).action(async (opts: PlanOptions) => {
    const run = await planRunInput(ctx, opts);
    if (run) await planAndWrite(ctx, opts, run);
  });
}

/** Reads the input; undefined (with the exit code set) when it cannot be used. */
async function planRunInput(ctx: CliContext, opts: PlanOptions): Promise<PlanRunInput | undefined> {
  const planning = hasStore(opts) ? await recordPlanning(ctx, opts) : undefined;
  const loaded = hasStore(opts) ? planning?.input : await loadInput(opts);
  if (!loaded) {
    if (hasStore(opts)) return undefined;
    ctx.err(say(ctx, "error.inputOrDemo"));
    ctx.exitCode = 2;
    return undefined;
  }
  const edited =
    opts.workbook === undefined ? undefined : await inputFromWorkbook(ctx, opts.workbook, loaded);
  if (opts.workbook !== undefined && edited === undefined) return undefined;
  if (edited && hasStore(opts) && !(await storeWorkbookEdits(ctx, opts, edited.taken))) return undefined;
  const input = withSelectionMode(edited?.input ?? loaded, opts.selection);
  const rolling = await rollingFromOptions(ctx, input, opts, true);
  if (rolling === null) return undefined;
  return {
    input,
    ...(edited ? { scoreOverrides: edited.taken.scoreOverrides } : {}),
    ...(rolling ? { rolling } : {}),
    ...(planning ? { recordInsight: insightOptionsFromRecord(planning.record) } : {}),
  };
}

/** Runs the plan and writes plan.json, plan.xlsx (with its document link) and plan.xml. */
async function planAndWrite(ctx: CliContext, opts: PlanOptions, run: PlanRunInput): Promise<void> {
  const { input, rolling } = run;
  const uidSource = opts.previousXml ?? opts.progress;
  const previousUids = uidSource === undefined ? undefined : await readPreviousUids(uidSource);
  const solver = await createHighsSolver();
  const result = await runPlan(input, {
    includeSecurityGraded: opts.includeGraded === true,
    solver,
    utilisation: opts.utilisation,
    ...(rolling ? { rolling } : {}),
    insight: { ...run.recordInsight, asOf: opts.asOf ?? todayInOslo() },
    // collect where little is live: after the intake and after the prioritisation (memory at scale)
    onProgress: (progress) => {
      if (progress.phase === "prioritisation" || progress.phase === "schedule") collectGarbage();
    },
  });
  printIntakeSummary(ctx, result);
  for (const line of scheduleSummary(result.schedule, ctx.locale, 0)) ctx.out(line);
  if (rolling) for (const line of rollingSummary(result.schedule, rolling.asOf, ctx.locale)) ctx.out(line);
  // the raw records serve plan.xlsx and the documents only: without them they may go (memory at scale)
  const raw = opts.documents === true || (opts.xlsx ?? result.counts.accepted <= XLSX_AUTO_NEEDS);
  collectGarbage();
  await writeRunOutputs(
    ctx,
    opts.out,
    { result, input: raw ? input : { ...input, needs: [] } },
    {
      includeGraded: opts.includeGraded === true,
      ...(previousUids ? { previousUids } : {}),
      ...(run.scoreOverrides ? { scoreOverrides: run.scoreOverrides } : {}),
      documents: opts.documents === true,
      ...(opts.xlsx !== undefined ? { xlsx: opts.xlsx } : {}),
    },
  );
}
