/**
 * Takes the editable state read back from the workbook into the planning inputs: criteria with the
 * edited weights, needs with the edited scores, and the force decisions — ready for the next run.
 */
import type { Need } from "../../domain/model/need";
import type { Criterion, ForceDecision } from "../../domain/prioritisation/prioritisationTypes";
import type { EditState } from "./readBack";
import type { PlanInput } from "../../domain/model/planInput";
import { DEFAULT_CRITERIA } from "../../domain/prioritisation/defaultCriteria";
import { SCORE_FIELD_PREFIX } from "../../domain/intake/intakeTypes";
import { dataRecord, ownValue } from "../../domain/model/dataRecord";

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
    criteria: criteria.map((c) => ({ ...c, weight: ownValue(state.weights, c.id) ?? c.weight })),
    needs: needs.map((n) => {
      const scores = ownValue(state.scores, n.id);
      return scores === undefined
        ? n
        : { ...n, scores: dataRecord([...Object.entries(n.scores), ...Object.entries(scores)]) };
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
 */
export function applyWorkbookEdits(input: PlanInput, written: EditState, edited: EditState): PlanInput {
  const base = input.config.prioritisation ?? {};
  const criteria = (base.criteria ?? DEFAULT_CRITERIA).map((c) => ({
    ...c,
    weight: ownValue(edited.weights, c.id) ?? c.weight,
  }));
  const needs = input.needs.map((record) => {
    const id =
      typeof record["id"] === "string" || typeof record["id"] === "number" ? String(record["id"]).trim() : "";
    const after = ownValue(edited.scores, id);
    if (after === undefined) return record;
    const before = ownValue(written.scores, id);
    const changed = Object.entries(after).filter(
      ([criterion, score]) => ownValue(before, criterion) !== score,
    );
    if (changed.length === 0) return record;
    return {
      ...record,
      ...Object.fromEntries(
        changed.map(([criterion, score]) => [`${SCORE_FIELD_PREFIX}${criterion}`, String(score)]),
      ),
    };
  });
  const kept = (texts: Readonly<Record<string, string>>) =>
    dataRecord(Object.entries(texts).filter(([, text]) => text.trim() !== ""));
  return {
    ...input,
    needs,
    config: {
      ...input.config,
      prioritisation: { ...base, criteria, forced: edited.forced },
      comments: { notes: kept(edited.notes), feedback: kept(edited.feedback) },
    },
  };
}
