/**
 * `plan --workbook FILE.xlsx`: reads a saved workbook (its link and sheets), takes the edits in
 * through the same read-back as the task pane's "Oppdater", and returns the input to plan with.
 * Conflicts are printed as sentences naming sheet, cell and need; nothing is silently dropped.
 */
import { readFile } from "node:fs/promises";
import { readSavedWorkbook } from "../adapters/xlsx/readXlsx";
import type { PlanInput } from "../domain/model/planInput";
import { conflictMessage } from "../application/workbook/readBack";
import { WorkbookLinkError } from "../application/workbook/workbookLink";
import { inputWithEdits, takeEdits, type TakenEdits } from "../application/workbook/workbookEdits";
import { workbookLinkMessages } from "../i18n/workbookLinkMessages";
import { translate } from "../i18n/locale";
import type { CliContext } from "./cliContext";

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
