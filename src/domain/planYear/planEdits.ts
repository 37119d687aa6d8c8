/**
 * Edits people make to a plan year (weights, score overrides, force decisions, notes, feedback) and
 * how they reach a planning input. One function, applyPlanEdits, takes edits into a PlanInput for
 * both the workbook read-back (src/application/workbook/applyEdits.ts) and the plan-year record:
 * weights go into the criteria, force decisions into the prioritisation configuration, notes and
 * feedback into `config.comments`, and score overrides into the need's raw `score_<criterion>` field.
 */
import { DEFAULT_CRITERIA } from "../prioritisation/defaultCriteria";
import type { ForceDecision } from "../prioritisation/prioritisationTypes";
import { SCORE_FIELD_PREFIX } from "../intake/intakeTypes";
import type { PlanInput } from "../model/planInput";
import { copyDataRecord, dataRecord, ownValue } from "../model/dataRecord";
import type { PlanYearEdits, Stamp, Stamped } from "./planYearTypes";

/**
 * One edit. The workbook's read-back changes (WorkbookChange) have this shape plus `from`; an empty
 * note or feedback text and a force decision of `undefined` clear the edit.
 */
export type PlanEdit =
  | { readonly kind: "weight"; readonly criterionId: string; readonly to: number }
  | { readonly kind: "score"; readonly needId: string; readonly criterionId: string; readonly to: number }
  | { readonly kind: "force"; readonly needId: string; readonly to: ForceDecision | undefined }
  | { readonly kind: "note" | "feedback"; readonly needId: string; readonly to: string };

/** Edits laid over a planning input; keys absent here leave the input as it is. */
export interface EditOverlay {
  /** Criterion id → weight in percent. */
  readonly weights: Readonly<Record<string, number>>;
  /** Need id → criterion id → score written into the raw `score_<criterion>` field. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Need id → force decision, or null to remove the input's decision for that need. */
  readonly forced: ReadonlyMap<string, ForceDecision | null>;
  /** Need id → the lead's note; "" removes it. */
  readonly notes: Readonly<Record<string, string>>;
  /** Need id → feedback text to the unit; "" removes it. */
  readonly feedback: Readonly<Record<string, string>>;
}

const rawId = (record: Readonly<Record<string, unknown>>): string => {
  const id = record["id"];
  return typeof id === "string" || typeof id === "number" ? String(id).trim() : "";
};

/** Texts of `base` with the overlay's laid over them; empty texts are dropped. */
function overlaidTexts(
  base: Readonly<Record<string, string>> | undefined,
  overlay: Readonly<Record<string, string>>,
): Record<string, string> {
  const out = copyDataRecord(base ?? dataRecord<string>());
  for (const [needId, text] of Object.entries(overlay)) out[needId] = text;
  for (const [needId, text] of Object.entries(out)) if (isBlankComment(text)) delete out[needId];
  return out;
}

/** Force decisions of `base` with the overlay's laid over them, in base order then new ones. */
function overlaidForced(
  base: readonly ForceDecision[] | undefined,
  overlay: ReadonlyMap<string, ForceDecision | null>,
): ForceDecision[] {
  const byNeed = new Map((base ?? []).map((f) => [f.needId, f] as const));
  for (const [needId, decision] of overlay) {
    if (decision === null) byNeed.delete(needId);
    else byNeed.set(needId, decision);
  }
  return [...byNeed.values()];
}

/** The planning input with the edits applied (other fields and needs untouched). */
export function applyPlanEdits(input: PlanInput, edits: EditOverlay): PlanInput {
  const base = input.config.prioritisation ?? {};
  const criteria = (base.criteria ?? DEFAULT_CRITERIA).map((c) => ({
    ...c,
    weight: ownValue(edits.weights, c.id) ?? c.weight,
  }));
  const needs = input.needs.map((record) => {
    const scores = Object.entries(ownValue(edits.scores, rawId(record)) ?? {});
    if (scores.length === 0) return record;
    const fields = scores.map(([criterion, score]) => [`${SCORE_FIELD_PREFIX}${criterion}`, String(score)]);
    return { ...record, ...Object.fromEntries(fields) };
  });
  return {
    ...input,
    needs,
    config: {
      ...input.config,
      prioritisation: { ...base, criteria, forced: overlaidForced(base.forced, edits.forced) },
      comments: {
        notes: overlaidTexts(input.config.comments?.notes, edits.notes),
        feedback: overlaidTexts(input.config.comments?.feedback, edits.feedback),
      },
    },
  };
}

/** The overlay of a plan year's recorded edits. */
export function overlayOfRecordEdits(edits: PlanYearEdits): EditOverlay {
  const forced = new Map<string, ForceDecision>();
  for (const [needId, f] of Object.entries(edits.forced)) {
    const { stamp: _stamp, ...decision } = f;
    forced.set(needId, { needId, ...decision });
  }
  return {
    weights: copyDataRecord(edits.weights, (w) => w.value),
    scores: copyDataRecord(edits.scores, (row) => copyDataRecord(row, (s) => s.value)),
    forced,
    notes: copyDataRecord(edits.notes, (n) => n.text),
    feedback: copyDataRecord(edits.feedback, (f) => f.text),
  };
}

/** The planning input with the plan year's recorded edits applied. */
export function applyRecordEdits(input: PlanInput, edits: PlanYearEdits): PlanInput {
  return applyPlanEdits(input, overlayOfRecordEdits(edits));
}

function stamped<T extends object>(value: T, stamp: Stamp): Stamped<T> {
  return { ...value, stamp };
}

/** Null-prototype copies of every map of the edits (recording never changes the edits it was given). */
export function copyEdits(edits: PlanYearEdits) {
  return {
    weights: copyDataRecord(edits.weights),
    scores: copyDataRecord(edits.scores, (row) => copyDataRecord(row)),
    forced: copyDataRecord(edits.forced),
    notes: copyDataRecord(edits.notes),
    feedback: copyDataRecord(edits.feedback),
  };
}

/** Whether a comment (a note or feedback text) is blank: empty or only whitespace. */
export function isBlankComment(text: string): boolean {
  return text.trim() === "";
}

/**
 * Sets the comment on `needId` in `texts` to `entry(text)`, or removes it when `text` is blank —
 * the one rule for the pane, the workbook read-back and the plan-year record.
 */
export function setComment<T>(
  texts: Record<string, T>,
  needId: string,
  text: string,
  entry: (text: string) => T,
): void {
  if (isBlankComment(text)) delete texts[needId];
  else texts[needId] = entry(text);
}

/** Records the edits, each stamped with who and when; clearing an edit removes it. */
export function recordPlanEdits(
  edits: PlanYearEdits,
  list: readonly PlanEdit[],
  stamp: Stamp,
): PlanYearEdits {
  const out = copyEdits(edits);
  for (const edit of list) {
    switch (edit.kind) {
      case "weight":
        out.weights[edit.criterionId] = stamped({ value: edit.to }, stamp);
        break;
      case "score":
        out.scores[edit.needId] = copyDataRecord(out.scores[edit.needId] ?? dataRecord());
        (out.scores[edit.needId] as Record<string, Stamped<{ value: number }>>)[edit.criterionId] = stamped(
          { value: edit.to },
          stamp,
        );
        break;
      case "force":
        if (edit.to === undefined) delete out.forced[edit.needId];
        else {
          const { needId: _needId, ...decision } = edit.to;
          out.forced[edit.needId] = stamped(decision, stamp);
        }
        break;
      case "note":
      case "feedback":
        setComment(edit.kind === "note" ? out.notes : out.feedback, edit.needId, edit.to, (text) =>
          stamped({ text }, stamp),
        );
        break;
    }
  }
  return out;
}

/** How many edits of each kind the record holds. */
export function countEdits(edits: PlanYearEdits): Readonly<Record<keyof PlanYearEdits, number>> {
  return {
    weights: Object.keys(edits.weights).length,
    scores: Object.values(edits.scores).reduce((n, row) => n + Object.keys(row).length, 0),
    forced: Object.keys(edits.forced).length,
    notes: Object.keys(edits.notes).length,
    feedback: Object.keys(edits.feedback).length,
  };
}
