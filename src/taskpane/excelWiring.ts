/**
 * The Excel host's wiring, loaded by the composition root only in Excel: the workbook workspace
 * over Office.js and the pane's plan state.
 */
import { excelWorkbookDocument } from "../adapters/excel/excelRun";
import type { PlanComputer } from "../application/planCompute";
import { workbookWorkspace, type WorkspaceActions } from "../application/workbook/workbookWorkspace";
import type { Locale } from "../i18n/locale";
import { planSession, type PlanStore } from "./planStore";
import type { PlanYearWiring } from "./planYearWiring";

/**
 * The Excel workspace's actions over the open workbook and the pane's plan state: "Oppdater" and
 * "Skriv" take the edits typed in the workbook in and plan again (in the plan worker). When
 * the plan shown was synced from a site with a plan-year record, "Oppdater" also stores the edits
 * in that record as the signed-in account (the wiring's sink; it is set once SharePoint is wired).
 */
export function excelWorkspace(
  locale: Locale,
  store: PlanStore,
  computer: PlanComputer,
  year: { wiring?: PlanYearWiring },
): WorkspaceActions {
  return workbookWorkspace({
    sink: { recordEdits: async (changes, who) => year.wiring?.sink.recordEdits(changes, who) },
    who: () => year.wiring?.who(),
    locale,
    document: excelWorkbookDocument(locale),
    session: planSession(store),
    runPlan: (input, includeSecurityGraded) => computer.compute(input, { includeSecurityGraded }),
    now: () => new Date().toISOString(),
  });
}
