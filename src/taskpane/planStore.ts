/**
 * The pane's one plan state: the plan shown, the input it was computed from, where it came from.
 * A small reducer store shared by the App (through `usePlanState`) and the composition root's
 * actions (Excel workspace, Project re-plan, downloads), so there is one "plan", never copies.
 * While a plan computes (in the worker, through the PlanComputer port) the state says which phase
 * runs, holds the intake's needs once they are known, and how to cancel (trackedPlanComputer).
 * A computation asked for a provisional plan (an edit's re-plan) shows its plan as it goes: the new
 * ranking and selection first, then the schedule, then the finished plan with its frontier. Only
 * the newest computation may change the plan shown (a newer edit supersedes an older one, which is
 * cancelled); one that ends without its plan (cancelled, failed) gives the last finished plan back.
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
import type { IsoDate } from "../domain/time/isoDate";
import type { LoadedPlan } from "../application/pane/planSource";
import {
  provisionalPlan,
  withProgress,
  type PlanParts,
  type PlanPending,
} from "../application/provisionalPlan";

/** A computation under way: its phase, the intake's needs once known, and how to stop it. */
export interface PlanComputing {
  readonly id: number;
  readonly phase: PlanPhase;
  readonly intake?: PlanIntakeView;
  readonly cancel: () => void;
}

/**
 * The plan shown is computation `id`'s provisional plan: what of it is still computed, and the
 * last finished plan with its input (shown again if the computation ends without its plan).
 */
export interface PlanProvisional {
  readonly id: number;
  readonly pending: PlanPending;
  readonly finished: PlanResult;
  readonly finishedInput: PlanInput;
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
      /** Set while the plan shown is a computation's provisional plan. */
      readonly provisional?: PlanProvisional;
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
  | {
      readonly type: "replanned";
      readonly plan: PlanResult;
      readonly input: PlanInput;
      /** The computation whose plan it is: ignored once a newer computation runs. */
      readonly id?: number;
    }
  | {
      readonly type: "provisional";
      readonly id: number;
      readonly plan: PlanResult;
      readonly input: PlanInput;
      readonly pending: PlanPending;
    }
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
    case "replanned": {
      if (state.kind !== "loaded") return { kind: "loaded", plan: action.plan, input: action.input };
      const { provisional: _shown, ...rest } = state;
      return { ...rest, plan: action.plan, input: action.input };
    }
    case "provisional":
      return state.kind !== "loaded"
        ? state
        : {
            ...state,
            plan: action.plan,
            input: action.input,
            provisional: {
              id: action.id,
              pending: action.pending,
              finished: state.provisional?.finished ?? state.plan,
              finishedInput: state.provisional?.finishedInput ?? state.input,
            },
          };
    case "failed":
      return { kind: "failed", reason: action.reason };
    default:
      return state;
  }
}

/** True when `action` is a plan of a computation that a newer one has superseded. */
function isStale(state: PlanState, action: PlanAction): boolean {
  const running = state.kind === "failed" ? undefined : state.computing?.id;
  if (action.type === "provisional") return running !== action.id;
  if (action.type === "replanned" && action.id !== undefined)
    return running !== undefined && running > action.id;
  return false;
}

/** A computation ended: its marker goes, and a provisional plan left without its plan gives way. */
function computedState(state: PlanState, id: number): PlanState {
  if (state.kind === "failed" || state.computing?.id !== id) return state;
  const { computing: _done, ...rest } = state;
  if (rest.kind !== "loaded" || !rest.provisional) return rest;
  const { provisional, ...shown } = rest;
  return { ...shown, plan: provisional.finished, input: provisional.finishedInput };
}

/**
 * The reducer: a re-plan keeps where the plan came from; a sync replaces it and clears the notice.
 * A computation's marker stays until that computation ends ("computed" with its id); its
 * provisional plans show only while it is the newest, and its plan unless a newer one runs.
 */
export function planReducer(state: PlanState, action: PlanAction): PlanState {
  if (action.type === "computing")
    return state.kind === "failed"
      ? { kind: "loading", computing: action.computing }
      : { ...state, computing: action.computing };
  if (action.type === "computed") return computedState(state, action.id);
  if (isStale(state, action)) return state;
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

/** Puts a computation's provisional plan (once its ranking is known) in the store. */
function showProvisional(
  store: PlanStore,
  id: number,
  parts: PlanParts,
  input: PlanInput,
  asOf?: IsoDate,
): void {
  const state = store.get();
  if (state.kind !== "loaded") return;
  const shown = provisionalPlan(state.plan, parts, input, asOf);
  if (shown) store.dispatch({ type: "provisional", id, input, ...shown });
}

/** A computation under way, as the tracked computer knows it. */
interface Running {
  readonly abort: AbortController;
  readonly provisional: boolean;
}

/**
 * The PlanComputer as the pane uses it: each computation shows in the store (phase, the intake's
 * needs, a cancel) until it ends; a cancelled one rejects with the pane's words for it. One asked
 * for a provisional plan (`provisional` option: an edit's re-plan) stores its plans itself — the
 * provisional ones as its progress tells them, then the finished one — and supersedes (cancels) an
 * older provisional computation still running.
 */
export function trackedPlanComputer(
  store: PlanStore,
  computer: PlanComputer,
  cancelledText: string,
): PlanComputer {
  let last = 0;
  let running: Running | undefined;
  return {
    async compute(input, options, control = {}) {
      const id = (last += 1);
      const abort = new AbortController();
      if (options.provisional && running?.provisional) running.abort.abort();
      const mine: Running = { abort, provisional: options.provisional === true };
      running = mine;
      const forward = (): void => abort.abort();
      control.signal?.addEventListener("abort", forward);
      let parts: PlanParts = {};
      const show = (phase: PlanPhase): void =>
        store.dispatch({
          type: "computing",
          computing: {
            id,
            phase,
            ...(parts.intake ? { intake: parts.intake } : {}),
            cancel: () => abort.abort(),
          },
        });
      show("intake");
      let settled = false;
      try {
        const result = await computer.compute(input, options, {
          signal: abort.signal,
          onProgress: (progress) => {
            if (abort.signal.aborted) return;
            parts = withProgress(parts, progress);
            show(progress.phase);
            if (options.provisional && (progress.ranked || progress.scheduled))
              showProvisional(store, id, parts, input, options.rolling?.asOf);
            control.onProgress?.(progress);
          },
        });
        settled = true;
        if (options.provisional) store.dispatch({ type: "replanned", id, plan: result, input });
        return result;
      } catch (error) {
        throw isPlanCancelled(error) ? new PlanCancelledError(cancelledText) : error;
      } finally {
        control.signal?.removeEventListener("abort", forward);
        if (running === mine) running = undefined;
        // A result: the marker goes once the caller has stored the plan (its promise chain runs
        // first), so the needs shown are never taken away in between.
        if (settled) setTimeout(() => store.dispatch({ type: "computed", id }), 0);
        else store.dispatch({ type: "computed", id });
      }
    },
  };
}
