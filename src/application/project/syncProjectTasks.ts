/**
 * Use cases of the Project task pane: bring the existing tasks up to the current plan version
 * ("Oppdater oppgaver fra planen") and read progress back ("Les fremdrift"). Every host call is
 * awaited before the next (the Project API loses parallel calls); a failure is reported for its
 * task and the run goes on with the next task.
 */
import type { PlanTask, ProjectPlan } from "../../domain/projectPlan/projectPlanTypes";
import {
  matchTasks,
  projectNeedProgress,
  plannedWrites,
  tracksProgress,
  type ProjectNeedProgress,
  type ProgressRecord,
  type TaskProgress,
  type WritableTaskField,
} from "../../domain/projectPlan/taskSync";
import type { ProjectTaskPort, UnreadableTask } from "./projectTaskPort";

/** What happened to one task. */
export type TaskSyncStatus = "updated" | "unchanged" | "failed" | "missing" | "orphan";

/** The result for one task, shown as a row in the pane. */
export interface TaskSyncResult {
  readonly key: string;
  readonly name: string;
  readonly status: TaskSyncStatus;
  /** Fields written, in order. */
  readonly written: readonly WritableTaskField[];
  /** For failures: the step that failed and the host's message. */
  readonly failure?: { readonly step: WritableTaskField | "progress"; readonly message: string };
}

/** Counts per status. */
export type SyncCounts = Readonly<Record<TaskSyncStatus, number>>;

/** The outcome of an update run. */
export interface ProjectSyncReport {
  readonly results: readonly TaskSyncResult[];
  readonly counts: SyncCounts;
  /** Progress read on the way (needs and phases), for the rolling re-plan. */
  readonly progress: readonly ProgressRecord[];
  readonly needs: readonly ProjectNeedProgress[];
  readonly unreadable: readonly UnreadableTask[];
}

/** The outcome of a progress run. */
export interface ProjectProgressReport {
  readonly progress: readonly ProgressRecord[];
  readonly needs: readonly ProjectNeedProgress[];
  /** Tasks whose progress could not be read, and plan tasks missing in Project. */
  readonly results: readonly TaskSyncResult[];
  readonly counts: SyncCounts;
  readonly unreadable: readonly UnreadableTask[];
}

/** Reports steps to the pane: phase of the run, tasks done, tasks in total. */
export type SyncStep = (stage: "walk" | "tasks", done: number, total: number) => void;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function countOf(results: readonly TaskSyncResult[]): SyncCounts {
  const counts = { updated: 0, unchanged: 0, failed: 0, missing: 0, orphan: 0 };
  for (const r of results) counts[r.status] += 1;
  return counts;
}

function progressRecord(task: PlanTask, progress: TaskProgress): ProgressRecord {
  return {
    key: task.key,
    needId: task.needId as string,
    ...(task.phase !== undefined ? { phase: task.phase } : {}),
    ...progress,
  };
}

function missingAndOrphans(match: ReturnType<typeof matchTasks>): TaskSyncResult[] {
  return [
    ...match.missing
      .filter((t) => t.kind !== "project")
      .map((t): TaskSyncResult => ({ key: t.key, name: t.name, status: "missing", written: [] })),
    ...[...match.orphans, ...match.duplicates].map((f): TaskSyncResult => ({
      key: f.key,
      name: f.key,
      status: "orphan",
      written: [],
    })),
  ];
}

/**
 * Updates the tasks of the open project from the plan: for each of our tasks, reads its progress
 * (needs and phases), then writes the fields plannedWrites decides, one call after another.
 */
export async function syncProjectTasks(
  plan: ProjectPlan,
  port: ProjectTaskPort,
  onStep?: SyncStep,
): Promise<ProjectSyncReport> {
  const walk = await port.walkTasks((done, total) => onStep?.("walk", done, total));
  const match = matchTasks(plan, walk.tasks);
  const results: TaskSyncResult[] = [];
  const progress: ProgressRecord[] = [];
  for (const [i, { task, taskId }] of match.matched.entries()) {
    onStep?.("tasks", i, match.matched.length);
    let read: TaskProgress | undefined;
    if (tracksProgress(task)) {
      try {
        read = await port.readProgress(taskId);
        progress.push(progressRecord(task, read));
      } catch (error) {
        results.push({
          key: task.key,
          name: task.name,
          status: "failed",
          written: [],
          failure: { step: "progress", message: message(error) },
        });
        continue;
      }
    }
    const writes = plannedWrites(task, read);
    const written: WritableTaskField[] = [];
    let failure: TaskSyncResult["failure"];
    for (const write of writes) {
      try {
        await port.writeField(taskId, write);
        written.push(write.field);
      } catch (error) {
        failure = { step: write.field, message: message(error) };
        break;
      }
    }
    const status: TaskSyncStatus = failure ? "failed" : written.length > 0 ? "updated" : "unchanged";
    results.push({ key: task.key, name: task.name, status, written, ...(failure ? { failure } : {}) });
  }
  onStep?.("tasks", match.matched.length, match.matched.length);
  results.push(...missingAndOrphans(match));
  return {
    results,
    counts: countOf(results),
    progress,
    needs: projectNeedProgress(plan, progress),
    unreadable: walk.unreadable,
  };
}

/** Reads % complete and actual dates of every need and phase task of the plan, writing nothing. */
export async function readProjectProgress(
  plan: ProjectPlan,
  port: ProjectTaskPort,
  onStep?: SyncStep,
): Promise<ProjectProgressReport> {
  const walk = await port.walkTasks((done, total) => onStep?.("walk", done, total));
  const match = matchTasks(plan, walk.tasks);
  const tracked = match.matched.filter(({ task }) => tracksProgress(task));
  const progress: ProgressRecord[] = [];
  const results: TaskSyncResult[] = [];
  for (const [i, { task, taskId }] of tracked.entries()) {
    onStep?.("tasks", i, tracked.length);
    try {
      progress.push(progressRecord(task, await port.readProgress(taskId)));
    } catch (error) {
      results.push({
        key: task.key,
        name: task.name,
        status: "failed",
        written: [],
        failure: { step: "progress", message: message(error) },
      });
    }
  }
  onStep?.("tasks", tracked.length, tracked.length);
  results.push(...missingAndOrphans(match));
  return {
    progress,
    needs: projectNeedProgress(plan, progress),
    results,
    counts: countOf(results),
    unreadable: walk.unreadable,
  };
}
