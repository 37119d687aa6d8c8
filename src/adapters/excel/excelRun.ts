/**
 * Thin Excel.run entry points for the task pane: the open workbook as a WorkbookDocument (read the
 * link and the sheets, write the model with its link), with the requirement sets checked at run
 * time. All work happens in helpers that take a RequestContext.
 */
import type { WorkbookDocument } from "../../application/workbook/workbookWorkspace";
import { WorkbookLinkError } from "../../application/workbook/workbookLink";
import { workbookLinkMessages } from "../../i18n/workbookLinkMessages";
import { translate, type Locale } from "../../i18n/locale";
import { excelSupport, supportMessage, type ExcelSupport } from "./requirements";
import { WorkbookClashError, writeWorkbookModel } from "./writeWorkbook";
import { readWorkbookDocument } from "./readWorkbook";

/** The requirement sets of the running host. */
function hostSupport(): ExcelSupport {
  return excelSupport((name, version) => Office.context.requirements.isSetSupported(name, version));
}

/** Errors the user can act on, as sentences in the UI locale; others unchanged. */
export function userError(error: unknown, locale: Locale): unknown {
  const t = (key: string, params: Readonly<Record<string, string>>) =>
    translate(workbookLinkMessages, locale, key, params);
  if (error instanceof WorkbookClashError)
    return new Error(
      error.kind === "sheet"
        ? t("write.sheetClash", { sheet: error.sheet })
        : t("write.tableClash", { sheet: error.sheet, table: error.table ?? "" }),
    );
  if (error instanceof WorkbookLinkError) return new Error(t("pane.linkInvalid", { field: error.field }));
  return error;
}

/**
 * The open workbook through Office.js. `run` defaults to `Excel.run`; tests pass a runner over a
 * fake context, and the requirement sets likewise.
 */
export function excelWorkbookDocument(
  locale: Locale,
  run: <T>(work: (context: Excel.RequestContext) => Promise<T>) => Promise<T> = (work) => Excel.run(work),
  support: () => ExcelSupport = hostSupport,
): WorkbookDocument {
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw userError(error, locale);
    }
  };
  return {
    read: () => guarded(() => run((context) => readWorkbookDocument(context, support()))),
    write: (model, link) =>
      guarded(async () => {
        const s = support();
        const warning = supportMessage(s, locale);
        if (!s.base) throw new Error(warning);
        const stats = await run((context) => writeWorkbookModel(context, model, { support: s, link }));
        return warning === undefined ? { syncs: stats.syncs } : { syncs: stats.syncs, warning };
      }),
  };
}
