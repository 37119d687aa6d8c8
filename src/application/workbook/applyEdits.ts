/**
 * Takes the editable state read back from the workbook into the planning inputs: criteria with the
 * edited weights, needs with the edited scores, and the force decisions — ready for the next run.
 */
import type { Need } from "../../domain/model/need";
import type { Criterion, ForceDecision } from "../../domain/prioritisation/prioritisationTypes";
import type { EditState } from "./readBack";

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
