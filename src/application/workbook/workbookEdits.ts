/**
 * Edits typed in a workbook, taken into the plan: the read-back against the baseline the document
 * remembers (its WorkbookLink), the planning input with the edits applied, the link a new write
 * leaves in the document, and the port through which the edits reach the plan-year record. Shared
 * by the task pane ("Oppdater", "Skriv") and the CLI (`plan --workbook FILE.xlsx`).
 */
import type { PlanInput } from "../../domain/model/planInput";
import type { WorkbookModel } from "../../domain/workbook/workbookModel";
import type { PlanResult } from "../planResult";
import { applyWorkbookEdits, scoreOverrides, type ScoreOverrides } from "./applyEdits";
import { stagesOfPlan, workbookInputFromPlan, type PlanStages } from "./fromPlan";
import {
  applyChanges,
  diffWorkbook,
  editStateOf,
  type EditState,
  type WorkbookChange,
  type WorkbookConflict,
  type WorkbookSnapshot,
} from "./readBack";
import type { RecordStamp, WorkbookLink } from "./workbookLink";

/**
 * Where the edits read back from a workbook are stored beyond the document: the plan-year record
 * when one is connected (the composition root points this at the record's `recordEdits`). Without
 * a sink the edits live in the document and in the planning input's configuration, as before.
 */
export interface EditsSink {
  /** Stores the accepted changes, stamped with who made them (account name, when signed in). */
  recordEdits(changes: readonly WorkbookChange[], who: string | undefined): Promise<void>;
}

/** What a read-back took in, relative to the document's baseline. */
export interface TakenEdits {
  readonly link: WorkbookLink;
  readonly changes: readonly WorkbookChange[];
  readonly conflicts: readonly WorkbookConflict[];
  /** The baseline with the changes applied. */
  readonly edited: EditState;
  /** Every score people changed so far (earlier rounds and this one). */
  readonly scoreOverrides: ScoreOverrides;
}

/** Thrown when a workbook belongs to another plan year than the input it is applied to. */
export class WorkbookYearMismatchError extends Error {
  constructor(
    readonly workbookYear: number,
    readonly inputYear: number,
  ) {
    super(`The workbook was written for plan year ${workbookYear}, the input is for ${inputYear}`);
    this.name = "WorkbookYearMismatchError";
  }
}

/** Diffs the sheets against the document's baseline and applies the accepted changes. */
export function takeEdits(link: WorkbookLink, snapshot: WorkbookSnapshot): TakenEdits {
  const { changes, conflicts } = diffWorkbook(link.layout, link.state, snapshot);
  const edited = applyChanges(link.state, changes);
  return {
    link,
    changes,
    conflicts,
    edited,
    scoreOverrides: scoreOverrides(link.state, edited, link.scoreOverrides),
  };
}

/** The planning input with the edits taken in (weights, forces, comments, changed scores). */
export function inputWithEdits(input: PlanInput, taken: TakenEdits): PlanInput {
  if (taken.link.planYear !== input.config.planYear)
    throw new WorkbookYearMismatchError(taken.link.planYear, input.config.planYear);
  return applyWorkbookEdits(input, taken.link.state, taken.edited, taken.link.scoreOverrides);
}

/** What a write records about where the plan came from (the record, when one is connected). */
export interface WorkbookOrigin {
  readonly versionId?: string;
  readonly record?: RecordStamp;
}

/** The link a write leaves in the document: the model's sheets and layout and the state written. */
export function linkForWrite(args: {
  readonly model: WorkbookModel;
  readonly result: PlanResult;
  readonly input: PlanInput;
  /** The stages the model was built with; default: those the result carries (as `planWorkbook`). */
  readonly stages?: PlanStages;
  readonly writtenAt: string;
  readonly scoreOverrides?: ScoreOverrides;
  readonly origin?: WorkbookOrigin;
}): WorkbookLink {
  const { model, result, input, origin } = args;
  const stages = args.stages ?? stagesOfPlan(result);
  return {
    planYear: result.planYear,
    ...(origin?.versionId !== undefined ? { versionId: origin.versionId } : {}),
    ...(origin?.record !== undefined ? { record: origin.record } : {}),
    writtenAt: args.writtenAt,
    sheets: model.sheets.map((s) => s.name),
    layout: model.layout,
    state: editStateOf(workbookInputFromPlan(result, input, stages)),
    scoreOverrides: args.scoreOverrides ?? {},
  };
}
