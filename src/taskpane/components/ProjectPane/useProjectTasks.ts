/**
 * State of the Project pane's two actions: update the tasks from the plan and read progress back.
 * Runs the use cases one at a time, tracks the step counter and keeps the last report or error.
 */
import { useCallback, useState } from "react";
import type { ProjectTaskPort } from "../../../application/project/projectTaskPort";
import {
  readProjectProgress,
  syncProjectTasks,
  type ProjectProgressReport,
  type ProjectSyncReport,
} from "../../../application/project/syncProjectTasks";
import type { ProjectPlan } from "../../../domain/projectPlan/projectPlanTypes";
import { errorText } from "../../../i18n/errorMessages";
import type { Locale } from "../../../i18n/locale";

/** The last finished run. */
export type ProjectRun =
  | { readonly kind: "update"; readonly report: ProjectSyncReport }
  | { readonly kind: "progress"; readonly report: ProjectProgressReport };

/** What the pane shows and can do. */
export interface ProjectTasksState {
  readonly busy: boolean;
  readonly step?: { readonly done: number; readonly total: number };
  readonly run?: ProjectRun;
  readonly error?: string;
  readonly update: () => Promise<void>;
  readonly readProgress: () => Promise<void>;
}

/**
 * Drives the pane. `onProgress` receives the progress of every run (updates read it too), to feed
 * the rolling re-plan and the SharePoint write-back.
 */
export function useProjectTasks(
  plan: ProjectPlan | undefined,
  port: ProjectTaskPort | undefined,
  locale: Locale,
  onProgress?: (report: ProjectProgressReport | ProjectSyncReport) => void,
): ProjectTasksState {
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<{ done: number; total: number }>();
  const [run, setRun] = useState<ProjectRun>();
  const [error, setError] = useState<string>();

  const start = useCallback(
    async (kind: ProjectRun["kind"]) => {
      if (!plan || !port || busy) return;
      setBusy(true);
      setError(undefined);
      const onStep = (_stage: string, done: number, total: number) => setStep({ done, total });
      try {
        if (kind === "update") {
          const report = await syncProjectTasks(plan, port, onStep);
          setRun({ kind, report });
          onProgress?.(report);
        } else {
          const report = await readProjectProgress(plan, port, onStep);
          setRun({ kind, report });
          onProgress?.(report);
        }
      } catch (e) {
        setError(errorText(e, locale));
      } finally {
        setBusy(false);
        setStep(undefined);
      }
    },
    [plan, port, busy, locale, onProgress],
  );

  return {
    busy,
    ...(step ? { step } : {}),
    ...(run ? { run } : {}),
    ...(error !== undefined ? { error } : {}),
    update: () => start("update"),
    readProgress: () => start("progress"),
  };
}
