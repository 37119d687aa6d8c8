/**
 * Takes the editable state read back from the workbook into the planning input of the next run:
 * edited weights and force decisions into the configuration, changed scores into the raw needs.
 */
import type { ForceDecision } from "../../domain/prioritisation/prioritisationTypes";
import type { EditState } from "./readBack";
import type { PlanInput } from "../../domain/model/planInput";
import { applyPlanEdits, type EditOverlay } from "../../domain/planYear/planEdits";
import { dataRecord, ownValue } from "../../domain/model/dataRecord";

/** Need id → criterion id → a score a person set in the sheet. */
export type ScoreOverrides = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * The scores people changed in the sheet: those carried from earlier read-backs (kept in the
 * document), with every score of `edited` that differs from the state `written` on top.
 */
export function scoreOverrides(
  written: EditState,
  edited: EditState,
  carried: ScoreOverrides = {},
): ScoreOverrides {
  const out = new Map<string, Record<string, number>>(
    Object.entries(carried).map(([id, row]) => [id, Object.assign(Object.create(null) as object, row)]),
  );
  for (const [id, after] of Object.entries(edited.scores)) {
    const before = ownValue(written.scores, id);
    for (const [criterion, score] of Object.entries(after)) {
      if (before !== undefined && ownValue(before, criterion) === score) continue;
      const row = out.get(id) ?? (Object.create(null) as Record<string, number>);
      row[criterion] = score;
      out.set(id, row);
    }
  }
  return Object.assign(Object.create(null) as object, Object.fromEntries(out)) as ScoreOverrides;
}

/**
 * The planning input for the next run after workbook edits: the edited weights and force decisions
 * go into the prioritisation configuration, the notes and feedback comments into `config.comments`
 * (so the next write shows them again and the write-back adds the feedback to the unit's text), and
 * every score a person changed in the sheet (compared with the state written, plus the `carried`
 * overrides of earlier read-backs) goes into the need's raw `score_<criterion>` field. Scores left as
 * written are not copied, so derived scores stay derived. The same applyPlanEdits takes the plan-year
 * record's edits into a run.
 */
export function applyWorkbookEdits(
  input: PlanInput,
  written: EditState,
  edited: EditState,
  carried: ScoreOverrides = {},
): PlanInput {
  return applyPlanEdits(input, workbookOverlay(written, edited, carried));
}

/** The workbook's edited state as an overlay: changed scores only; removed forces and texts cleared. */
export function workbookOverlay(
  written: EditState,
  edited: EditState,
  carried: ScoreOverrides = {},
): EditOverlay {
  const scores = dataRecord(
    Object.entries(scoreOverrides(written, edited, carried)).map(
      ([needId, row]) => [needId, dataRecord(Object.entries(row))] as const,
    ),
  );
  const forced = new Map<string, ForceDecision | null>(written.forced.map((f) => [f.needId, null]));
  for (const f of edited.forced) forced.set(f.needId, f);
  const cleared = (before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>) =>
    dataRecord([...Object.keys(before).map((id) => [id, ""] as const), ...Object.entries(after)]);
  return {
    weights: edited.weights,
    scores,
    forced,
    notes: cleared(written.notes, edited.notes),
    feedback: cleared(written.feedback, edited.feedback),
  };
}
