/**
 * The pane's one plan state: the plan shown, the input it was computed from, where it came from.
 * A small reducer store shared by the App (through `usePlanState`) and the composition root's
 * actions (Excel workspace, Project re-plan, downloads), so there is one "plan", never copies.
 */
import { useSyncExternalStore } from "react";
import type { PlanResult } from "../application/planResult";
import type { SharePointConnection } from "../application/sharepoint/sharePointWorkspace";
import type { PlanSession } from "../application/workbook/workbookWorkspace";
import type { PlanInput } from "../domain/model/planInput";
import type { LoadedPlan } from "../application/pane/planSource";

/** Loading, loaded (plan and input), or failed with a reason. */
export type PlanState =
  | { readonly kind: "loading" }
  | {
      readonly kind: "loaded";
      readonly plan: PlanResult;
      readonly input: PlanInput;
      readonly from?: SharePointConnection;
      readonly notice?: string;
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
  | { readonly type: "failed"; readonly reason: string };

/** The reducer: a re-plan keeps where the plan came from; a sync replaces it and clears the notice. */
export function planReducer(state: PlanState, action: PlanAction): PlanState {
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
  }
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
