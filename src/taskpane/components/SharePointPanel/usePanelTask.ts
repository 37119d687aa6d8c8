/**
 * The SharePoint panel's one-action-at-a-time runner, as a reducer: what is running (its label,
 * progress and cancel), and the last error or notice. Every feature hook (set-up, mapping, sync,
 * publish) runs its Graph work through it, so errors and cancellation end up in one message bar.
 */
import { useReducer, useRef } from "react";
import type { ProgressEvent } from "../../../application/sharepoint/listGateway";
import { ListNotFoundError } from "../../../application/sharepoint/findList";
import { NotSyncedError } from "../../../application/sharepoint/sharePointWorkspace";
import type { PanelSay } from "./panelSay";
import { errorText } from "../../../i18n/errorMessages";
import type { Locale } from "../../../i18n/locale";

/** The action running now. */
export interface Busy {
  readonly label: string;
  readonly progress?: ProgressEvent;
  readonly cancel?: AbortController;
}

/** What the runner shows. */
export interface TaskState {
  readonly busy?: Busy;
  readonly error?: string;
  readonly info?: string;
}

/** What changes the runner's state. */
export type TaskAction =
  | { readonly type: "started"; readonly busy: Busy }
  | { readonly type: "progress"; readonly progress: ProgressEvent }
  | { readonly type: "finished" }
  | { readonly type: "failed"; readonly error: string }
  | { readonly type: "info"; readonly info: string };

/** The runner's reducer. */
export function taskReducer(state: TaskState, action: TaskAction): TaskState {
  switch (action.type) {
    case "started":
      return { busy: action.busy };
    case "progress":
      return state.busy ? { ...state, busy: { ...state.busy, progress: action.progress } } : state;
    case "finished":
      return {
        ...(state.error !== undefined ? { error: state.error } : {}),
        ...(state.info !== undefined ? { info: state.info } : {}),
      };
    case "failed":
      return { ...state, error: action.error };
    case "info":
      return { ...state, info: action.info };
  }
}

/** Options of one run. */
export interface RunOptions {
  /** Offers Cancel while it runs. */
  readonly cancellable?: boolean;
  /** Saves the settings shown before the work (default true), so the next session starts from them. */
  readonly save?: boolean;
}

/** The runner as the feature hooks use it. */
export interface PanelTask {
  readonly state: TaskState;
  readonly isBusy: boolean;
  /** Runs `work` unless something runs already; errors and cancellation go to the message bar. */
  readonly run: (
    label: string,
    work: (signal: AbortSignal) => Promise<void>,
    options?: RunOptions,
  ) => Promise<void>;
  readonly onProgress: (event: ProgressEvent) => void;
  readonly notify: (info: string) => void;
}

/** The user's reason for a failure: the adapter's message key, a known use-case error, or the message. */
export function reasonOf(say: PanelSay, locale: Locale, e: unknown): string {
  if (e instanceof NotSyncedError) return say("pane.publish.needsSync");
  if (e instanceof ListNotFoundError)
    return say("setup.listMissing", { list: e.listName, site: e.siteUrl, lists: e.available.join(", ") });
  if ((e as { name?: unknown })?.name === "AbortError") return say("pane.cancelled");
  return errorText(e, locale);
}

/** The runner; `save` stores the settings shown, `after` runs when any action ends. */
export function usePanelTask(
  say: PanelSay,
  locale: Locale,
  save: () => Promise<void>,
  after: () => void,
): PanelTask {
  const [state, dispatch] = useReducer(taskReducer, {});
  const running = useRef(false);
  const run: PanelTask["run"] = async (label, work, options = {}) => {
    if (running.current) return;
    running.current = true;
    const controller = new AbortController();
    dispatch({ type: "started", busy: { label, ...(options.cancellable ? { cancel: controller } : {}) } });
    try {
      if (options.save !== false) await save();
      await work(controller.signal);
    } catch (e) {
      if (controller.signal.aborted) dispatch({ type: "info", info: say("pane.cancelled") });
      else dispatch({ type: "failed", error: reasonOf(say, locale, e) });
    } finally {
      running.current = false;
      dispatch({ type: "finished" });
      after();
    }
  };
  return {
    state,
    isBusy: state.busy !== undefined,
    run,
    onProgress: (progress) => dispatch({ type: "progress", progress }),
    notify: (info) => dispatch({ type: "info", info }),
  };
}
