/**
 * The sync and publish features of the SharePoint panel: sync the lists (changes or everything)
 * into the plan shown, publish the plan's decisions with every conflict shown, resolve conflicts,
 * retry what could not be written, and publish the feedback list.
 */
import { useState } from "react";
import type { PaneSettings } from "../../../application/pane/paneSettings";
import type { PlanResult } from "../../../application/planResult";
import type { FeedbackReport } from "../../../application/sharepoint/feedbackList";
import type { PublishReport } from "../../../application/sharepoint/publishDecisions";
import { reportAfterResolution } from "../../../application/sharepoint/resolveConflicts";
import type {
  SharePointConnection,
  SharePointWorkspace,
  WorkspaceSync,
} from "../../../application/sharepoint/sharePointWorkspace";
import type { PanelSay } from "./panelSay";
import type { PanelTask } from "./usePanelTask";

/** The sync state and its action. */
export interface Sync {
  /** The last sync's outcome. */
  readonly synced: WorkspaceSync | undefined;
  readonly sync: (full: boolean) => Promise<void>;
}

/** The publish state and its actions. */
export interface Publish {
  readonly report: PublishReport | undefined;
  readonly feedbackReport: FeedbackReport | undefined;
  readonly publish: () => Promise<void>;
  readonly resolve: (choice: "keep-theirs" | "take-ours", needId?: string) => Promise<void>;
  readonly retryFailed: () => Promise<void>;
  readonly publishFeedback: () => Promise<void>;
  /** Forgets the last report (a new sync makes it stale). */
  readonly clear: () => void;
}

/** True when `a` is the same intake list as `b` (publishing needs the plan synced from it). */
export const sameLists = (a: SharePointConnection | undefined, b: SharePointConnection): boolean =>
  a !== undefined &&
  a.graphBaseUrl === b.graphBaseUrl &&
  a.siteUrl === b.siteUrl &&
  a.intakeList.toLowerCase() === b.intakeList.toLowerCase();

/** The sync feature; `onSynced` receives the new plan (the one plan state). */
export function useSync(
  say: PanelSay,
  workspace: SharePointWorkspace,
  settings: PaneSettings,
  task: PanelTask,
  onSynced: (sync: WorkspaceSync, connection: SharePointConnection) => void,
  afterSync: () => void,
): Sync {
  const [synced, setSynced] = useState<WorkspaceSync | undefined>();
  const sync = (full: boolean) =>
    task.run(
      say("pane.phase.resolve"),
      async (signal) => {
        const outcome = await workspace.sync(settings, { full, signal, progress: task.onProgress });
        setSynced(outcome);
        afterSync();
        onSynced(outcome, settings);
      },
      { cancellable: true },
    );
  return { synced, sync };
}

/** The publish feature, over the plan shown. */
export function usePublish(
  say: PanelSay,
  workspace: SharePointWorkspace,
  settings: PaneSettings,
  task: PanelTask,
  plan: PlanResult | undefined,
): Publish {
  const [report, setReport] = useState<PublishReport | undefined>();
  const [feedbackReport, setFeedbackReport] = useState<FeedbackReport | undefined>();
  const busy = say("pane.busy");
  const progress = task.onProgress;
  const publish = () =>
    task.run(
      busy,
      async (signal) => {
        if (plan) setReport(await workspace.publish(settings, plan, { signal, progress }));
      },
      { cancellable: true },
    );
  const resolve = (choice: "keep-theirs" | "take-ours", needId?: string) =>
    task.run(busy, async (signal) => {
      const choices = { choice, ...(needId !== undefined ? { needId } : {}) };
      const resolution = await workspace.resolveConflicts(settings, choices, { signal });
      setReport((shown) => shown && reportAfterResolution(shown, resolution));
    });
  const retryFailed = () =>
    task.run(busy, async (signal) => setReport(await workspace.retryFailed(settings, { signal, progress })), {
      cancellable: true,
    });
  const publishFeedback = () =>
    task.run(
      busy,
      async (signal) => {
        if (plan) setFeedbackReport(await workspace.publishFeedback(settings, plan, { signal, progress }));
      },
      { cancellable: true },
    );
  return {
    report,
    feedbackReport,
    publish,
    resolve,
    retryFailed,
    publishFeedback,
    clear: () => setReport(undefined),
  };
}
