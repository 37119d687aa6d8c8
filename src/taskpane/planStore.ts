/**
 * The pane's one plan state: the plan shown, the input it was computed from, where it came from.
 * A small reducer store shared by the App (through `usePlanState`) and the composition root's
 * actions (Excel workspace, Project re-plan, downloads), so there is one "plan", never copies.
 * While a plan computes (in the worker, through the PlanComputer port) the state says which phase
 * runs, holds the intake's needs once they are known, and how to cancel (trackedPlanComputer).
 */
import { useSyncExternalStore } from "react";
import {
  isPlanCancelled,
  PlanCancelledError,
  type PlanComputer,
  type PlanIntakeView,
  type PlanPhase,
} from "../application/planCompute";
import type { PlanResult } from "../application/planResult";
import type { SharePointConnection } from "../application/sharepoint/sharePointWorkspace";
import type { PlanSession } from "../application/workbook/workbookWorkspace";
import type { PlanInput } from "../domain/model/planInput";
import type { LoadedPlan } from "../application/pane/planSource";

/** A computation under way: its phase, the intake's needs once known, and how to stop it. */
export interface PlanComputing {
  readonly id: number;
  readonly phase: PlanPhase;
  readonly intake?: PlanIntakeView;
  readonly cancel: () => void;
}

/** Loading, loaded (plan and input), or failed with a reason; loading and loaded may be computing. */
export type PlanState =
  | { readonly kind: "loading"; readonly computing?: PlanComputing }
  | {
      readonly kind: "loaded";
      readonly plan: PlanResult;
      readonly input: PlanInput;
      readonly from?: SharePointConnection;
      readonly notice?: string;
      readonly computing?: PlanComputing;
    }
  | { readonly kind: "failed"; readonly reason: string };

/** What changes the plan state. */
export type PlanAction =
  | { readonly type: "loaded"; readonly loaded: LoadedPlan }
  | {
      readonly type: "synced";
      readonly plan: PlanResult;
      readonly input: PlanInput;
      readonly from: SharePointConnection;
    }
  | { readonly type: "replanned"; readonly plan: PlanResult; readonly input: PlanInput }
  | { readonly type: "failed"; readonly reason: string }
  | { readonly type: "computing"; readonly computing: PlanComputing }
  | { readonly type: "computed"; readonly id: number };

/** The reducer (below) without the computing marker, which every state but "failed" keeps. */
function planStateOf(state: PlanState, action: PlanAction): PlanState {
  switch (action.type) {
    case "loaded": {
      const { result, input, from, notice } = action.loaded;
      return {
        kind: "loaded",
        plan: result,
        input,
        ...(from !== undefined ? { from } : {}),
        ...(notice !== undefined ? { notice } : {}),
      };
    }
    case "synced":
      return { kind: "loaded", plan: action.plan, input: action.input, from: action.from };
    case "replanned":
      return state.kind === "loaded"
        ? { ...state, plan: action.plan, input: action.input }
        : { kind: "loaded", plan: action.plan, input: action.input };
    case "failed":
      return { kind: "failed", reason: action.reason };
    default:
      return state;
  }
}

/**
 * The reducer: a re-plan keeps where the plan came from; a sync replaces it and clears the notice.
 * A computation's marker stays until that computation ends ("computed" with its id).
 */
export function planReducer(state: PlanState, action: PlanAction): PlanState {
  if (action.type === "computing")
    return state.kind === "failed"
      ? { kind: "loading", computing: action.computing }
      : { ...state, computing: action.computing };
  if (action.type === "computed") {
    if (state.kind === "failed" || state.computing?.id !== action.id) return state;
    const { computing: _done, ...rest } = state;
    return rest;
  }
  const next = planStateOf(state, action);
  const computing = state.kind === "failed" ? undefined : state.computing;
  return next.kind === "failed" || computing === undefined ? next : { ...next, computing };
}

/** The store holding the plan state. */
export interface PlanStore {
  get(): PlanState;
  dispatch(action: PlanAction): void;
  subscribe(listener: () => void): () => void;
}

/** A store starting in "loading". */
export function createPlanStore(): PlanStore {
  let state: PlanState = { kind: "loading" };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    dispatch(action) {
      state = planReducer(state, action);
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The plan state in a component (re-renders on every change). */
export function usePlanState(store: PlanStore): PlanState {
  return useSyncExternalStore(store.subscribe, store.get);
}

/** The input of the plan shown; throws while nothing is loaded. */
export function loadedInput(store: PlanStore): PlanInput {
  const state = store.get();
  if (state.kind !== "loaded") throw new Error("No plan is loaded yet");
  return state.input;
}

/** The store as the Excel workspace's plan session. */
export function planSession(store: PlanStore): PlanSession {
  return {
    input: () => loadedInput(store),
    planned: (plan, input) => store.dispatch({ type: "replanned", plan, input }),
  };
}

/**
 * The PlanComputer as the pane uses it: each computation shows in the store (phase, the intake's
 * needs, a cancel) until it ends; a cancelled one rejects with the pane's words for it.
 */
export function trackedPlanComputer(
  store: PlanStore,
  computer: PlanComputer,
  cancelledText: string,
): PlanComputer {
  let last = 0;
  return {
    async compute(input, options, control = {}) {
      const id = (last += 1);
      const abort = new AbortController();
      const forward = (): void => abort.abort();
      control.signal?.addEventListener("abort", forward);
      let intake: PlanIntakeView | undefined;
      const show = (phase: PlanPhase): void =>
        store.dispatch({
          type: "computing",
          computing: { id, phase, ...(intake ? { intake } : {}), cancel: () => abort.abort() },
        });
      show("intake");
      let settled = false;
      try {
        const result = await computer.compute(input, options, {
          signal: abort.signal,
          onProgress: (progress) => {
            intake = progress.intake ?? intake;
            show(progress.phase);
            control.onProgress?.(progress);
          },
        });
        settled = true;
        return result;
      } catch (error) {
        throw isPlanCancelled(error) ? new PlanCancelledError(cancelledText) : error;
      } finally {
        control.signal?.removeEventListener("abort", forward);
        // A result: the marker goes once the caller has stored the plan (its promise chain runs
        // first), so the needs shown are never taken away in between.
        if (settled) setTimeout(() => store.dispatch({ type: "computed", id }), 0);
        else store.dispatch({ type: "computed", id });
      }
    },
  };
}
