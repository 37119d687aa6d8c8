/**
 * Use cases of the Project task pane: bring the existing tasks up to the current plan version
 * ("Oppdater oppgaver fra planen") and read progress back ("Les fremdrift"). Every host call is
 * awaited before the next (the Project API loses parallel calls); a failure is reported for its
 * task and the run goes on with the next task. Both first infer the regional date format from the
 * dates Project shows, and read nothing when it cannot be told; an update writes nothing until the
 * format has survived a write-read round trip of an unchanged date (projectFieldAccess.ts).
 */
import type { PlanTask, ProjectPlan } from "../../domain/projectPlan/projectPlanTypes";
import {
  matchTasks,
  projectNeedProgress,
  plannedWrites,
  tracksProgress,
  type ProjectNeedProgress,
  type ProgressRecord,
  type TaskFieldWrite,
  type TaskMatch,
  type TaskProgress,
  type WritableTaskField,
} from "../../domain/projectPlan/taskSync";
import type { DateFormat } from "./projectDateText";
import {
  confirmDateFormat,
  dateFormatNotice,
  detectDateFormat,
  encodeWrite,
  isDateWrite,
  NO_PERCENT_NOTICE,
  progressReader,
  type ProgressReader,
  type ProjectNotice,
} from "./projectFieldAccess";
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
  /** The date format found (or why nothing was written), and % complete falling back to dates. */
  readonly notices: readonly ProjectNotice[];
}

/** The outcome of a progress run. */
export interface ProjectProgressReport {
  readonly progress: readonly ProgressRecord[];
  readonly needs: readonly ProjectNeedProgress[];
  /** Tasks whose progress could not be read, and plan tasks missing in Project. */
  readonly results: readonly TaskSyncResult[];
  readonly counts: SyncCounts;
  readonly unreadable: readonly UnreadableTask[];
  /** The date format found (or why nothing was read), and % complete falling back to dates. */
  readonly notices: readonly ProjectNotice[];
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

type Matched = TaskMatch["matched"][number];

/** A task whose writes wait for the date format to be confirmed. */
interface PendingWrites {
  readonly task: PlanTask;
  readonly taskId: string;
  readonly writes: readonly TaskFieldWrite[];
}

/** Writes one task's fields in order; stops at the first failure. */
async function writeTask(
  port: ProjectTaskPort,
  format: DateFormat,
  p: PendingWrites,
): Promise<TaskSyncResult> {
  const written: WritableTaskField[] = [];
  let failure: TaskSyncResult["failure"];
  for (const write of p.writes) {
    try {
      await port.writeField(p.taskId, write.field, encodeWrite(write, format));
      written.push(write.field);
    } catch (error) {
      failure = { step: write.field, message: message(error) };
      break;
    }
  }
  const status: TaskSyncStatus = failure ? "failed" : written.length > 0 ? "updated" : "unchanged";
  return { key: p.task.key, name: p.task.name, status, written, ...(failure ? { failure } : {}) };
}

/** Reads a task's progress; a failure becomes the task's result. */
async function readTaskProgress(
  reader: ProgressReader | undefined,
  { task, taskId }: Matched,
): Promise<{ progress?: TaskProgress; failed?: TaskSyncResult }> {
  if (!reader || !tracksProgress(task)) return {};
  try {
    return { progress: await reader.read(taskId) };
  } catch (error) {
    return {
      failed: {
        key: task.key,
        name: task.name,
        status: "failed",
        written: [],
        failure: { step: "progress", message: message(error) },
      },
    };
  }
}

/** What the start of a run found: the match, the date format and the progress reader. */
interface RunStart {
  readonly walk: Awaited<ReturnType<ProjectTaskPort["walkTasks"]>>;
  readonly match: TaskMatch;
  readonly format?: DateFormat;
  readonly reader?: ProgressReader;
  readonly notices: ProjectNotice[];
}

/** Walks and matches the tasks, infers the date format (reading only) and probes % complete once. */
async function startRun(plan: ProjectPlan, port: ProjectTaskPort, onStep?: SyncStep): Promise<RunStart> {
  const walk = await port.walkTasks((done, total) => onStep?.("walk", done, total));
  const match = matchTasks(plan, walk.tasks);
  if (match.matched.length === 0) return { walk, match, notices: [] };
  const check = await detectDateFormat(
    port,
    match.matched.map((m) => m.taskId),
  );
  const notices = [dateFormatNotice(check)];
  if (!check.ok) return { walk, match, notices };
  const firstTracked = match.matched.find((m) => tracksProgress(m.task));
  const reader = firstTracked ? await progressReader(port, check.format, firstTracked.taskId) : undefined;
  if (reader?.source === "actualDates") notices.push(NO_PERCENT_NOTICE);
  return { walk, match, format: check.format, reader, notices };
}

/**
 * Updates the tasks of the open project from the plan: for each of our tasks, reads its progress
 * (needs and phases), then writes the fields plannedWrites decides, one call after another. No
 * write happens before the date format is confirmed on the first task with a date to write; if it
 * is not, nothing is written and the report says why.
 */
export async function syncProjectTasks(
  plan: ProjectPlan,
  port: ProjectTaskPort,
  onStep?: SyncStep,
): Promise<ProjectSyncReport> {
  const run = await startRun(plan, port, onStep);
  const notices = [...run.notices];
  const results: TaskSyncResult[] = [];
  const progress: ProgressRecord[] = [];
  const { format } = run;
  const ready = format ? run.match.matched : [];
  let pending: PendingWrites[] = [];
  let confirmed = false;
  for (const [i, matched] of ready.entries()) {
    onStep?.("tasks", i, ready.length);
    const read = await readTaskProgress(run.reader, matched);
    if (read.failed) {
      results.push(read.failed);
      continue;
    }
    if (read.progress) progress.push(progressRecord(matched.task, read.progress));
    const writes = plannedWrites(matched.task, read.progress);
    pending.push({ task: matched.task, taskId: matched.taskId, writes });
    if (format && !confirmed && writes.some(isDateWrite)) {
      const check = await confirmDateFormat(port, format, matched.taskId, writes);
      if (check === "noValue") continue;
      if (!check.ok) {
        notices.push(dateFormatNotice(check));
        pending = [];
        break;
      }
      confirmed = true;
    }
    if (format && confirmed) pending = await flush(port, format, pending, results);
  }
  if (pending.some((p) => p.writes.some(isDateWrite)))
    notices.push(dateFormatNotice({ ok: false, reason: "noProbe" }));
  else if (format) await flush(port, format, pending, results);
  onStep?.("tasks", ready.length, ready.length);
  results.push(...missingAndOrphans(run.match));
  return {
    results,
    counts: countOf(results),
    progress,
    needs: projectNeedProgress(plan, progress),
    unreadable: run.walk.unreadable,
    notices,
  };
}

/** Writes the waiting tasks and adds their results; returns the empty queue. */
async function flush(
  port: ProjectTaskPort,
  format: DateFormat,
  pending: readonly PendingWrites[],
  results: TaskSyncResult[],
): Promise<PendingWrites[]> {
  for (const p of pending) results.push(await writeTask(port, format, p));
  return [];
}

/** Reads % complete and actual dates of every need and phase task of the plan, writing nothing. */
export async function readProjectProgress(
  plan: ProjectPlan,
  port: ProjectTaskPort,
  onStep?: SyncStep,
): Promise<ProjectProgressReport> {
  const run = await startRun(plan, port, onStep);
  const tracked = run.reader ? run.match.matched.filter(({ task }) => tracksProgress(task)) : [];
  const progress: ProgressRecord[] = [];
  const results: TaskSyncResult[] = [];
  for (const [i, matched] of tracked.entries()) {
    onStep?.("tasks", i, tracked.length);
    const read = await readTaskProgress(run.reader, matched);
    if (read.failed) results.push(read.failed);
    else if (read.progress) progress.push(progressRecord(matched.task, read.progress));
  }
  onStep?.("tasks", tracked.length, tracked.length);
  results.push(...missingAndOrphans(run.match));
  return {
    progress,
    needs: projectNeedProgress(plan, progress),
    results,
    counts: countOf(results),
    unreadable: run.walk.unreadable,
    notices: run.notices,
  };
}
