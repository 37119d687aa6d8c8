/**
 * The two actions behind the ExcelWorkspace panel, composed from the plan run, the workbook model,
 * the Office.js writer and the reader: write (remembering the layout and editable state written)
 * and "Oppdater" (read the sheets, diff, apply, keep the edited state for the next plan run).
 */
import type { PlanResult } from "../../application/planResult";
import type { PlanInput } from "../../domain/model/planInput";
import type { ReadBackLayout, WorkbookModel } from "../../domain/workbook/workbookModel";
import { planWorkbook, workbookInputFromPlan, type PlanStages } from "../../application/workbook/fromPlan";
import { applyWorkbookEdits } from "../../application/workbook/applyEdits";
import {
  applyChanges,
  conflictMessage,
  editStateOf,
  type EditState,
  type ReadBackResult,
} from "../../application/workbook/readBack";
import { excelMessages } from "../../i18n/excelMessages";
import { translate, type Locale } from "../../i18n/locale";
import type { WriteStats } from "./writeWorkbook";

/** What the actions need; the Office.js functions default to the real Excel.run entry points. */
export interface WorkspaceDeps {
  readonly locale: Locale;
  /** Runs the plan with the user's security-graded opt-in for this output. */
  readonly runPlan: (
    includeSecurityGraded: boolean,
  ) => Promise<{ readonly result: PlanResult; readonly input: PlanInput; readonly stages?: PlanStages }>;
  readonly writeModel: (
    model: WorkbookModel,
    locale: Locale,
  ) => Promise<{ stats: WriteStats; warning?: string }>;
  readonly readEdits: (layout: ReadBackLayout, state: EditState) => Promise<ReadBackResult>;
}

/** The panel's actions plus the edited state for the next plan run. */
export interface WorkspaceActions {
  readonly onWrite: (includeSecurityGraded: boolean) => Promise<{ syncs: number; warning?: string }>;
  readonly onRefresh: () => Promise<{ changes: number; conflicts: readonly string[] }>;
  /** The editable state after the last write and read-back; undefined before the first write. */
  readonly editedState: () => EditState | undefined;
  /** The input for the next run with the edits read back so far (unchanged before any write). */
  readonly applyEdits: (input: PlanInput) => PlanInput;
}

/** Builds the actions over the given dependencies. */
export function workspaceActions(deps: WorkspaceDeps): WorkspaceActions {
  let written: { layout: ReadBackLayout; state: EditState } | undefined;
  // Edits accumulate over write → Oppdater rounds: each write's state is compared with the
  // state written first for the same base input.
  let firstWritten: EditState | undefined;
  return {
    async onWrite(includeSecurityGraded) {
      const { result, input, stages } = await deps.runPlan(includeSecurityGraded);
      const model = planWorkbook(result, input, deps.locale, stages);
      const { stats, warning } = await deps.writeModel(model, deps.locale);
      written = { layout: model.layout, state: editStateOf(workbookInputFromPlan(result, input, stages)) };
      firstWritten ??= written.state;
      return warning === undefined ? { syncs: stats.syncs } : { syncs: stats.syncs, warning };
    },
    async onRefresh() {
      if (written === undefined) throw new Error(translate(excelMessages, deps.locale, "pane.notWritten"));
      const { changes, conflicts } = await deps.readEdits(written.layout, written.state);
      written = { layout: written.layout, state: applyChanges(written.state, changes) };
      return { changes: changes.length, conflicts: conflicts.map((c) => conflictMessage(c, deps.locale)) };
    },
    editedState: () => written?.state,
    applyEdits: (input) =>
      written && firstWritten ? applyWorkbookEdits(input, firstWritten, written.state) : input,
  };
}
