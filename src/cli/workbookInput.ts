/**
 * `plan --workbook FILE.xlsx`: reads a saved workbook (its link and sheets), takes the edits in
 * through the same read-back as the task pane's "Oppdater", and returns the input to plan with.
 * Conflicts are printed as sentences naming sheet, cell and need; nothing is silently dropped.
 * With a plan-year record (--store or --graph/--site) the edits are stored in it with who and when
 * (storeWorkbookEdits, through the record's EditsSink), so the next run and another person get them.
 */
import { readFile } from "node:fs/promises";
import { readSavedWorkbook } from "../adapters/xlsx/readXlsx";
import type { PlanInput } from "../domain/model/planInput";
import { conflictMessage } from "../application/workbook/readBack";
import { WorkbookLinkError } from "../application/workbook/workbookLink";
import { inputWithEdits, takeEdits, type TakenEdits } from "../application/workbook/workbookEdits";
import { workbookLinkMessages } from "../i18n/workbookLinkMessages";
import { translate } from "../i18n/locale";
import { loadPlanYear } from "../application/planYear/planYearRecords";
import { recordEditsSink } from "../application/planYear/recordEditsSink";
import type { PlanYearEdits } from "../domain/planYear/planYearTypes";
import { yearFlowSay } from "../i18n/yearFlowMessages";
import type { CliContext } from "./cliContext";
import { ioOf } from "./commands/graphConnection";
import {
  openStore,
  printConflicts,
  reportFailure,
  type OpenStore,
  type StoreOptions,
} from "./planYearConnection";

/** The input with the workbook's edits, and what was taken in; undefined after an error (printed). */
export async function inputFromWorkbook(
  ctx: CliContext,
  file: string,
  input: PlanInput,
): Promise<{ input: PlanInput; taken: TakenEdits } | undefined> {
  const t = (key: string, params: Readonly<Record<string, string | number>>) =>
    translate(workbookLinkMessages, ctx.locale, key, { file, ...params });
  const fail = (message: string) => {
    ctx.err(message);
    ctx.exitCode = 2;
    return undefined;
  };
  let taken: TakenEdits;
  try {
    const saved = await readSavedWorkbook(new Uint8Array(await readFile(file)));
    if (saved.link === undefined) return fail(t("cli.workbook.noLink", {}));
    if (saved.link.planYear !== input.config.planYear)
      return fail(
        t("cli.workbook.otherYear", { workbookYear: saved.link.planYear, inputYear: input.config.planYear }),
      );
    taken = takeEdits(saved.link, saved.snapshot(saved.link.layout));
  } catch (error) {
    if (error instanceof WorkbookLinkError || (error instanceof Error && error.name === "WorkbookFileError"))
      return fail(t("cli.workbook.invalid", { reason: error.message }));
    throw error;
  }
  ctx.out(t("cli.workbook.read", { changes: taken.changes.length, conflicts: taken.conflicts.length }));
  for (const c of taken.conflicts) ctx.out(`  ${conflictMessage(c, ctx.locale)}`);
  return { input: inputWithEdits(input, taken), taken };
}

/**
 * Stores the workbook's changes in the plan year's record as the acting account (--user /
 * ANSKAFFELSESPLAN_USER, or GET /me over Graph). Returns the record's edits afterwards; undefined
 * after an error (printed, exit code set).
 */
export async function storeWorkbookEdits(
  ctx: CliContext,
  opts: StoreOptions & { readonly year: number },
  taken: TakenEdits,
): Promise<PlanYearEdits | undefined> {
  let store: OpenStore | undefined;
  try {
    store = await openStore(opts, ioOf(ctx));
    const who = await store.who();
    const sink = recordEditsSink(store.deps, opts.year, async () => who);
    await sink.recordEdits(taken.changes, undefined);
    const outcome = sink.outcomes.at(-1);
    if (outcome === undefined) {
      ctx.out(yearFlowSay(ctx.locale, "edits.none"));
      return (await loadPlanYear(store.deps, opts.year)).record.edits;
    }
    printConflicts(ctx, outcome.conflicts);
    const params = { count: taken.changes.length, user: who.trim().toLowerCase(), file: outcome.location };
    ctx.out(yearFlowSay(ctx.locale, "edits.recorded", params));
    return outcome.record.edits;
  } catch (error) {
    reportFailure(error, ctx, opts.year, store);
    return undefined;
  } finally {
    store?.close();
  }
}
