/**
 * State of the pane's edits ("Vekter og valg") in a reducer: which dialog is open, whether an edit
 * is being stored and planned, what the last edit moved, and why one failed. `apply` runs the one
 * edit function the composition root gives, whose re-plan puts its provisional plan (new ranking
 * and selection, then the schedule) and then the finished plan in the pane's plan store; it shows
 * what came in and went out as soon as the ranking is known (then the lead may edit again: a newer
 * edit supersedes the older one's computation, whose end is then not shown) and keeps what moved.
 */
import { useCallback, useReducer, useRef } from "react";
import {
  EditStoredNotPlannedError,
  NoEditsRecordError,
  PaneEditError,
  followRankedChange,
  planChange,
  type EditedPlan,
  type PlanChange,
} from "../../../application/planYear/paneEdits";
import type { PlanProgress } from "../../../application/planCompute";
import type { PlanEdit } from "../../../domain/planYear/planEdits";
import { errorText } from "../../../i18n/errorMessages";
import type { Locale } from "../../../i18n/locale";
import { planEditsSay } from "../../../i18n/planEditsMessages";
import type { PlanStore } from "../../planStore";

/** An open dialog: none, the pairwise comparison, or one need's edits. */
export type EditsDialog =
  | { readonly kind: "none" }
  | { readonly kind: "pairwise" }
  | { readonly kind: "need"; readonly needId: string };

/** The edits' state. */
export interface PlanEditsState {
  /** Working: storing and planning until the new ranking shows; ranked: the rest still computes. */
  readonly status: "idle" | "working" | "ranked" | "failed";
  readonly dialog: EditsDialog;
  /** What the last edit moved. */
  readonly change?: PlanChange;
  /** JSON pointers where someone else's value won the merge in the last edit. */
  readonly conflicts: readonly string[];
  /** Why the last edit failed, worded. */
  readonly error?: string;
}

/** What changes the edits' state. */
export type PlanEditsAction =
  | { readonly type: "open"; readonly dialog: EditsDialog }
  | { readonly type: "started" }
  | { readonly type: "ranked"; readonly change: PlanChange }
  | { readonly type: "done"; readonly change: PlanChange; readonly conflicts: readonly string[] }
  | { readonly type: "failed"; readonly error: string };

/** The state before any edit. */
export const INITIAL_EDITS_STATE: PlanEditsState = {
  status: "idle",
  dialog: { kind: "none" },
  conflicts: [],
};

/** The reducer: an edit closes its dialog when it starts; a failure keeps the last change shown. */
export function planEditsReducer(state: PlanEditsState, action: PlanEditsAction): PlanEditsState {
  switch (action.type) {
    case "open":
      return { ...state, dialog: action.dialog };
    case "started": {
      const { error: _error, ...rest } = state;
      return { ...rest, status: "working", dialog: { kind: "none" }, conflicts: [] };
    }
    case "ranked":
      return { ...state, status: "ranked", change: action.change };
    case "done":
      return { status: "idle", dialog: { kind: "none" }, change: action.change, conflicts: action.conflicts };
    case "failed":
      return { ...state, status: "failed", error: action.error };
  }
}

/** Why an edit failed, in the user's language. */
export function editErrorText(error: unknown, locale: Locale): string {
  if (error instanceof PaneEditError) return planEditsSay(locale, `error.${error.code}`, error.params);
  if (error instanceof NoEditsRecordError)
    return planEditsSay(locale, "failed.noRecord", { year: error.planYear });
  if (error instanceof EditStoredNotPlannedError)
    return error.cancelled
      ? planEditsSay(locale, "storedNotPlanned.cancelled")
      : planEditsSay(locale, "storedNotPlanned.failed", { reason: errorText(error.reason, locale) });
  return planEditsSay(locale, "failed", { reason: errorText(error, locale) });
}

/** The edits' state and actions over the pane's plan store and the composition root's edit function. */
export function usePlanEdits(
  store: PlanStore,
  edit: (edits: readonly PlanEdit[], onProgress?: (progress: PlanProgress) => void) => Promise<EditedPlan>,
  locale: Locale,
) {
  const [state, reduce] = useReducer(planEditsReducer, INITIAL_EDITS_STATE);
  // Only the newest edit tells its outcome (an older one's computation is superseded).
  const newest = useRef(0);
  const open = useCallback((dialog: EditsDialog) => reduce({ type: "open", dialog }), []);
  const apply = useCallback(
    async (edits: readonly PlanEdit[]) => {
      const shown = store.get();
      if (shown.kind !== "loaded" || edits.length === 0) return;
      const mine = (newest.current += 1);
      const dispatch = (action: PlanEditsAction) => {
        if (newest.current === mine) reduce(action);
      };
      dispatch({ type: "started" });
      try {
        // what moved shows once the ranking is known; the finished plan confirms it
        const onRanked = followRankedChange(shown.plan, (change) => dispatch({ type: "ranked", change }));
        const edited = await edit(edits, onRanked);
        // the re-plan stored its plan (a provisional computation); an edit function that did not
        const now = store.get();
        if (newest.current === mine && (now.kind !== "loaded" || now.plan !== edited.result))
          store.dispatch({ type: "replanned", plan: edited.result, input: edited.input });
        const conflicts = edited.conflicts.map((c) => c.path);
        dispatch({ type: "done", change: planChange(shown.plan, edited.result), conflicts });
      } catch (error) {
        dispatch({ type: "failed", error: editErrorText(error, locale) });
      }
    },
    [store, edit, locale],
  );
  return { state, open, apply };
}
