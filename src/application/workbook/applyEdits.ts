/**
 * Takes the editable state read back from the workbook into the planning inputs: criteria with the
 * edited weights, needs with the edited scores, and the force decisions — ready for the next run.
 */
import type { Need } from "../../domain/model/need";
import type { Criterion, ForceDecision } from "../../domain/prioritisation/prioritisationTypes";
import type { EditState } from "./readBack";
import type { PlanInput } from "../../domain/model/planInput";
import { applyPlanEdits, type EditOverlay } from "../../domain/planYear/planEdits";
import { mapOf } from "../../domain/planYear/dataMaps";

/** Planning inputs after the workbook edits. */
export interface EditedInputs {
  readonly criteria: readonly Criterion[];
  readonly needs: readonly Need[];
  readonly forced: readonly ForceDecision[];
  readonly notes: Readonly<Record<string, string>>;
  readonly feedback: Readonly<Record<string, string>>;
}

/** Applies the state: weights to the criteria, scores to the needs (other fields untouched). */
export function editedInputs(
  state: EditState,
  criteria: readonly Criterion[],
  needs: readonly Need[],
): EditedInputs {
  return {
    criteria: criteria.map((c) => ({ ...c, weight: state.weights[c.id] ?? c.weight })),
    needs: needs.map((n) => {
      const scores = state.scores[n.id];
      return scores === undefined ? n : { ...n, scores: { ...n.scores, ...scores } };
    }),
    forced: state.forced,
    notes: state.notes,
    feedback: state.feedback,
  };
}

/**
 * The planning input for the next run after workbook edits: the edited weights and force decisions
 * go into the prioritisation configuration, the notes and feedback comments into `config.comments`
 * (so the next write shows them again and the write-back adds the feedback to the unit's text), and
 * every score a person changed in the sheet (compared with the state written) goes into the need's
 * raw `score_<criterion>` field. Scores left as written are not copied, so derived scores stay derived.
 * The same applyPlanEdits takes the plan-year record's edits into a run.
 */
export function applyWorkbookEdits(input: PlanInput, written: EditState, edited: EditState): PlanInput {
  return applyPlanEdits(input, workbookOverlay(written, edited));
}

/** The workbook's edited state as an overlay: changed scores only; removed forces and texts cleared. */
export function workbookOverlay(written: EditState, edited: EditState): EditOverlay {
  const scores = mapOf(
    Object.entries(edited.scores)
      .map(([needId, after]) => {
        const before = written.scores[needId] ?? {};
        return [needId, mapOf(Object.entries(after).filter(([c, score]) => before[c] !== score))] as const;
      })
      .filter(([, changed]) => Object.keys(changed).length > 0),
  );
  const forced = new Map<string, ForceDecision | null>(written.forced.map((f) => [f.needId, null]));
  for (const f of edited.forced) forced.set(f.needId, f);
  const cleared = (before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>) =>
    mapOf([...Object.keys(before).map((id) => [id, ""] as const), ...Object.entries(after)]);
  return {
    weights: edited.weights,
    scores,
    forced,
    notes: cleared(written.notes, edited.notes),
    feedback: cleared(written.feedback, edited.feedback),
  };
}
