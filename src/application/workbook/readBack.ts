/**
 * Read-back ("Oppdater"): compares what people typed in the sheets with the model's editable state
 * and returns typed changes plus conflicts. Nothing is dropped: every edited cell becomes a change
 * or a conflict naming the sheet, the cell and the need; needs missing from a sheet keep the model's
 * value and are reported. Rows are matched by need id, so sorting or filtering a table is harmless.
 */
import type { ForceDecision, ForceReason } from "../../domain/prioritisation/prioritisationTypes";
import type { ReadBackLayout } from "../../domain/workbook/workbookModel";
import { cellRef, parseRangeRef } from "../../domain/workbook/a1";
import { SCORE_MAX, SCORE_MIN } from "../../domain/prioritisation/defaultCriteria";
import { excelMessages } from "../../i18n/excelMessages";
import { LOCALES, translate, type Locale } from "../../i18n/locale";
import { FORCE_REASONS } from "./selectionSheet";
import { criterionScore, workbookContext, type WorkbookInput } from "./workbookInput";
import { REDACT_BY_DEFAULT } from "../../domain/rules/redaction";
import { copyDataRecord, dataRecord, ownValue } from "../../domain/model/dataRecord";
import { setComment } from "../../domain/planYear/planEdits";

/** The editable state the sheets show: weights, scores, force decisions, notes and feedback. */
export interface EditState {
  /** Criterion id → weight (percent), in criteria order. */
  readonly weights: Readonly<Record<string, number>>;
  /** Need id → criterion id → score 1–5, for every accepted need. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly forced: readonly ForceDecision[];
  /** Need id → the lead's comment (Utvalg); also the comment of a force decision. */
  readonly notes: Readonly<Record<string, string>>;
  /** Need id → feedback text to the unit (Tilbakemelding). */
  readonly feedback: Readonly<Record<string, string>>;
  /** Ids of every received need (accepted or rejected), for the feedback sheet. */
  readonly entryIds: readonly string[];
}

/** A table body as read from the sheet: values (and formulas where needed) with its top-left cell. */
export interface TableSnapshot {
  readonly firstRow: number;
  readonly firstCol: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas?: readonly (readonly unknown[])[];
}

/** What the reader collected from the workbook. */
export interface WorkbookSnapshot {
  readonly weights: readonly unknown[];
  readonly matrix: TableSnapshot;
  readonly selection: TableSnapshot;
  readonly feedback: TableSnapshot;
}

/** One accepted edit. */
export type WorkbookChange =
  | { readonly kind: "weight"; readonly criterionId: string; readonly from: number; readonly to: number }
  | {
      readonly kind: "score";
      readonly needId: string;
      readonly criterionId: string;
      readonly from: number | undefined;
      readonly to: number;
    }
  | {
      readonly kind: "force";
      readonly needId: string;
      readonly from: ForceDecision | undefined;
      readonly to: ForceDecision | undefined;
    }
  | {
      readonly kind: "note" | "feedback";
      readonly needId: string;
      readonly from: string;
      readonly to: string;
    };

/** Codes of read-back conflicts; the catalogue key is `conflict.<code>`. */
export type ConflictCode =
  | "invalid-score"
  | "invalid-weight"
  | "weights-sum"
  | "unknown-need"
  | "missing-need"
  | "duplicate-need"
  | "invalid-force"
  | "force-without-reason"
  | "invalid-force-reason"
  | "formula-overwritten";

/** Something in the sheet that was not taken in as it stands, with where it is. */
export interface WorkbookConflict {
  readonly code: ConflictCode;
  readonly sheet: string;
  readonly cell?: string;
  readonly row?: number;
  readonly needId?: string;
  readonly criterionId?: string;
  readonly value?: string;
}

/** Changes to apply and conflicts to show. */
export interface ReadBackResult {
  readonly changes: readonly WorkbookChange[];
  readonly conflicts: readonly WorkbookConflict[];
}

/** The editable state exactly as the workbook builder writes it. */
export function editStateOf(input: WorkbookInput): EditState {
  const ctx = workbookContext(input, { locale: "nb", redaction: REDACT_BY_DEFAULT });
  const scores = dataRecord<Record<string, number>>();
  for (const need of ctx.needs) {
    const row = dataRecord<number>();
    for (const c of input.criteria) {
      const s = criterionScore(ctx, need, c.id);
      if (s !== undefined) row[c.id] = s;
    }
    scores[need.id] = row;
  }
  const notes = copyDataRecord(input.notes);
  for (const f of input.forced)
    if (f.comment !== undefined && ownValue(notes, f.needId) === undefined) notes[f.needId] = f.comment;
  return {
    weights: dataRecord(input.criteria.map((c) => [c.id, c.weight])),
    scores,
    forced: input.forced,
    notes,
    feedback: copyDataRecord(input.feedback),
    entryIds: input.plan.needs.map((e) => e.id),
  };
}

const asText = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());
const isBlankRow = (row: readonly unknown[]) => row.every((v) => asText(v) === "");

/** A number from a cell value: numbers as they are, numeric text with `.` or `,` decimals. */
function asNumber(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  const s = asText(v).replace(/\s/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/** All labels (both locales) and codes that mean a force direction or reason. */
function lookupTable<T extends string>(codes: readonly T[], key: (code: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(code.toLowerCase(), code);
    for (const locale of LOCALES) map.set(translate(excelMessages, locale, key(code)).toLowerCase(), code);
  }
  return map;
}
const DIRECTIONS = lookupTable<"in" | "out">(["in", "out"], (d) => `force.${d}`);
const REASONS = lookupTable<ForceReason>(FORCE_REASONS, (r) => `forceReason.${r}`);

/**
 * Rows of a table keyed by need id; unknown and missing ids become conflicts, and so does an id
 * seen more often than the plan lists it (the feedback sheet lists a duplicate-id entry as often
 * as it was received).
 */
function rowsById(
  sheet: string,
  table: TableSnapshot,
  idCol: number,
  known: readonly string[],
  conflicts: WorkbookConflict[],
): Map<string, { index: number; row: readonly unknown[] }[]> {
  const expected = new Map<string, number>();
  for (const id of known) expected.set(id, (expected.get(id) ?? 0) + 1);
  const byId = new Map<string, { index: number; row: readonly unknown[] }[]>();
  table.values.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const needId = asText(row[idCol]);
    const sheetRow = table.firstRow + index;
    const seen = byId.get(needId) ?? [];
    if (!expected.has(needId)) conflicts.push({ code: "unknown-need", sheet, row: sheetRow, needId });
    else if (seen.length >= (expected.get(needId) ?? 0))
      conflicts.push({ code: "duplicate-need", sheet, row: sheetRow, needId });
    else byId.set(needId, [...seen, { index, row }]);
  });
  for (const needId of expected.keys())
    if (!byId.has(needId)) conflicts.push({ code: "missing-need", sheet, needId });
  return byId;
}

/** The first row of each need (the matrix and selection list a need once). */
const firstRows = (rows: Map<string, { index: number; row: readonly unknown[] }[]>) =>
  new Map([...rows].flatMap(([id, list]) => (list[0] === undefined ? [] : [[id, list[0]] as const])));

/** Compares the sheet snapshot with the model's editable state. */
export function diffWorkbook(
  layout: ReadBackLayout,
  state: EditState,
  snap: WorkbookSnapshot,
): ReadBackResult {
  const changes: WorkbookChange[] = [];
  const conflicts: WorkbookConflict[] = [];
  const m = layout.matrix;

  // Weights.
  const w = parseRangeRef(m.weightsRef);
  const finalWeights: number[] = [];
  m.criteriaIds.forEach((criterionId, i) => {
    const raw = snap.weights[i];
    const value = asNumber(raw);
    const from = ownValue(state.weights, criterionId) ?? 0;
    const cell = cellRef(w.row1, w.col1 + i);
    if (value === undefined || value < 0 || value > 100) {
      conflicts.push({ code: "invalid-weight", sheet: m.sheet, cell, criterionId, value: asText(raw) });
      finalWeights.push(from);
      return;
    }
    finalWeights.push(value);
    if (value !== from) changes.push({ kind: "weight", criterionId, from, to: value });
  });
  const sum = finalWeights.reduce((s, v) => s + v, 0);
  if (Math.abs(sum - 100) > 1e-9) conflicts.push({ code: "weights-sum", sheet: m.sheet, value: String(sum) });

  // Scores, and the score/rank formulas that must still be formulas.
  const needIds = Object.keys(state.scores);
  const matrixRows = firstRows(rowsById(m.sheet, snap.matrix, m.idCol, needIds, conflicts));
  for (const [needId, { index, row }] of matrixRows) {
    const sheetRow = snap.matrix.firstRow + index;
    m.criteriaIds.forEach((criterionId, i) => {
      const col = m.firstScoreCol + i;
      const raw = row[col];
      const from = ownValue(ownValue(state.scores, needId), criterionId);
      const cell = cellRef(sheetRow, snap.matrix.firstCol + col);
      if (asText(raw) === "" && from === undefined) return;
      const value = asNumber(raw);
      if (value === undefined || !Number.isInteger(value) || value < SCORE_MIN || value > SCORE_MAX) {
        conflicts.push({
          code: "invalid-score",
          sheet: m.sheet,
          cell,
          needId,
          criterionId,
          value: asText(raw),
        });
      } else if (value !== from) {
        changes.push({ kind: "score", needId, criterionId, from, to: value });
      }
    });
    // A constant typed over a formula; an emptied cell is not reported (unranked rows are empty).
    for (const col of [m.scoreCol, m.rankValueCol, m.rankCol]) {
      const f = snap.matrix.formulas?.[index]?.[col];
      if (asText(f) !== "" && !asText(f).startsWith("=")) {
        const cell = cellRef(sheetRow, snap.matrix.firstCol + col);
        conflicts.push({ code: "formula-overwritten", sheet: m.sheet, cell, needId, value: asText(f) });
      }
    }
  }

  // Force decisions and notes.
  const s = layout.selection;
  const forcedById = new Map(state.forced.map((f) => [f.needId, f]));
  const selectionRows = firstRows(rowsById(s.sheet, snap.selection, s.idCol, needIds, conflicts));
  for (const [needId, { index, row }] of selectionRows) {
    const sheetRow = snap.selection.firstRow + index;
    const at = (col: number) => cellRef(sheetRow, snap.selection.firstCol + col);
    const note = asText(row[s.commentCol]);
    const fromNote = ownValue(state.notes, needId) ?? "";
    if (note !== fromNote) changes.push({ kind: "note", needId, from: fromNote, to: note });

    const dirText = asText(row[s.forceCol]);
    const reasonText = asText(row[s.forceReasonCol]);
    const from = forcedById.get(needId);
    let to: ForceDecision | undefined;
    if (dirText !== "") {
      const direction = DIRECTIONS.get(dirText.toLowerCase());
      const reason = REASONS.get(reasonText.toLowerCase());
      if (direction === undefined) {
        conflicts.push({
          code: "invalid-force",
          sheet: s.sheet,
          cell: at(s.forceCol),
          needId,
          value: dirText,
        });
        continue;
      }
      if (reasonText === "") {
        conflicts.push({ code: "force-without-reason", sheet: s.sheet, cell: at(s.forceReasonCol), needId });
        continue;
      }
      if (reason === undefined) {
        conflicts.push({
          code: "invalid-force-reason",
          sheet: s.sheet,
          cell: at(s.forceReasonCol),
          needId,
          value: reasonText,
        });
        continue;
      }
      to = note === "" ? { needId, direction, reason } : { needId, direction, reason, comment: note };
    }
    if (from?.direction !== to?.direction || from?.reason !== to?.reason)
      changes.push({ kind: "force", needId, from, to });
  }

  // Feedback to units.
  const fb = layout.feedback;
  const feedbackRows = rowsById(fb.sheet, snap.feedback, fb.idCol, state.entryIds, conflicts);
  for (const [needId, rows] of feedbackRows) {
    // One feedback text per id: the first row whose comment was edited gives it.
    const from = ownValue(state.feedback, needId) ?? "";
    const text = rows.map(({ row }) => asText(row[fb.commentCol])).find((t) => t !== from);
    if (text !== undefined) changes.push({ kind: "feedback", needId, from, to: text });
  }
  return { changes, conflicts };
}

/** The state after the changes; force decisions carry the need's note as their comment. */
export function applyChanges(state: EditState, changes: readonly WorkbookChange[]): EditState {
  const weights = copyDataRecord(state.weights);
  const scores = dataRecord(Object.entries(state.scores).map(([id, row]) => [id, copyDataRecord(row)]));
  const forced = new Map(state.forced.map((f) => [f.needId, f]));
  const notes = copyDataRecord(state.notes);
  const feedback = copyDataRecord(state.feedback);
  for (const c of changes) {
    switch (c.kind) {
      case "weight":
        weights[c.criterionId] = c.to;
        break;
      case "score":
        scores[c.needId] = dataRecord([
          ...Object.entries(ownValue(scores, c.needId) ?? {}),
          [c.criterionId, c.to],
        ]);
        break;
      case "force":
        if (c.to === undefined) forced.delete(c.needId);
        else forced.set(c.needId, c.to);
        break;
      case "note":
      case "feedback":
        setComment(c.kind === "note" ? notes : feedback, c.needId, c.to, (text) => text);
        break;
    }
  }
  const withComments = [...forced.values()].map((f) => {
    const note = ownValue(notes, f.needId);
    const { comment: _old, ...rest } = f;
    return note === undefined ? rest : { ...rest, comment: note };
  });
  return { ...state, weights, scores, forced: withComments, notes, feedback };
}

/** A conflict as a sentence in the UI locale. */
export function conflictMessage(conflict: WorkbookConflict, locale: Locale): string {
  const params: Record<string, string | number> = {
    sheet: conflict.sheet,
    cell: conflict.cell ?? "",
    row: conflict.row ?? "",
    needId: conflict.needId ?? "",
    criterionId: conflict.criterionId ?? "",
    value: conflict.value ?? "",
  };
  return translate(excelMessages, locale, `conflict.${conflict.code}`, params);
}
