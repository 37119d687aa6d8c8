/**
 * Pure decisions for keeping Project's tasks in step with the plan: which task in the open
 * project is which plan task (by the plan key in Text30), which fields to write given the task's
 * progress, and the per-need progress that feeds the rolling re-plan and the SharePoint write-back.
 */
import type { PhaseId } from "../scheduling/scheduleTypes";
import type { IsoDate } from "../time/isoDate";
import type { PlanTask, ProjectPlan } from "./projectPlanTypes";
import { parseTaskKey } from "./taskKeys";

/** A task found in the open project: its GUID and the text of its key field (empty when none). */
export interface FoundTask {
  readonly taskId: string;
  readonly key: string;
}

/** The fields the add-in writes. */
export type WritableTaskField = "start" | "finish" | "deadline" | "priority" | "notes";

/** One field write, with the plan's value. */
export type TaskFieldWrite =
  | { readonly field: "start" | "finish" | "deadline"; readonly date: IsoDate }
  | { readonly field: "priority"; readonly priority: number }
  | { readonly field: "notes"; readonly text: string };

/** Progress as read from a task. */
export interface TaskProgress {
  /** 0–100. */
  readonly percentComplete: number;
  readonly actualStart?: IsoDate;
  readonly actualFinish?: IsoDate;
}

/** The outcome of matching the open project's tasks with the plan. */
export interface TaskMatch {
  /** Plan tasks found in Project (in plan order). */
  readonly matched: readonly { readonly task: PlanTask; readonly taskId: string }[];
  /** Plan tasks not in Project: the user merges the Project XML to create them. */
  readonly missing: readonly PlanTask[];
  /** Tasks with our key that the current plan version no longer has (left alone). */
  readonly orphans: readonly FoundTask[];
  /** Further tasks carrying a key already matched (copies; left alone). */
  readonly duplicates: readonly FoundTask[];
}

/** Matches the tasks found in Project with the plan's tasks by plan key; other tasks are ignored. */
export function matchTasks(plan: ProjectPlan, found: readonly FoundTask[]): TaskMatch {
  const byKey = new Map(plan.tasks.map((t) => [t.key, t]));
  const taskIdByKey = new Map<string, string>();
  const orphans: FoundTask[] = [];
  const duplicates: FoundTask[] = [];
  for (const f of found) {
    const key = f.key.trim();
    if (parseTaskKey(key) === undefined) continue;
    if (!byKey.has(key)) orphans.push(f);
    else if (taskIdByKey.has(key)) duplicates.push(f);
    else taskIdByKey.set(key, f.taskId);
  }
  const matched: { task: PlanTask; taskId: string }[] = [];
  const missing: PlanTask[] = [];
  for (const task of plan.tasks) {
    const taskId = taskIdByKey.get(task.key);
    if (taskId === undefined) missing.push(task);
    else matched.push({ task, taskId });
  }
  return { matched, missing, orphans, duplicates };
}

/** True when the task's progress should be read (needs and phases; not the summaries above them). */
export function tracksProgress(task: PlanTask): boolean {
  return task.kind === "need" || task.kind === "phase";
}

/**
 * The writes that bring a task to the current plan version, in the order to make them:
 * - project and category summaries: none (Project rolls them up);
 * - need summaries: deadline, priority, notes (dates roll up from the phases);
 * - phases not started: start, finish, priority (Start and Finish fix the duration in the task's
 *   calendar; writing Duration as well would be a third, conflicting value);
 * - phases in progress: finish and priority (the actual start stays);
 * - completed phases: none.
 */
export function plannedWrites(task: PlanTask, progress: TaskProgress | undefined): TaskFieldWrite[] {
  switch (task.kind) {
    case "project":
    case "category":
      return [];
    case "need": {
      const writes: TaskFieldWrite[] = [];
      if (task.deadline !== undefined) writes.push({ field: "deadline", date: task.deadline });
      writes.push({ field: "priority", priority: task.priority });
      writes.push({ field: "notes", text: task.notes });
      return writes;
    }
    case "phase": {
      const percent = progress?.percentComplete ?? 0;
      if (percent >= 100) return [];
      if (percent > 0 || progress?.actualStart !== undefined) {
        return [
          { field: "finish", date: task.finish },
          { field: "priority", priority: task.priority },
        ];
      }
      return [
        { field: "start", date: task.start },
        { field: "finish", date: task.finish },
        { field: "priority", priority: task.priority },
      ];
    }
  }
}

/** Progress of one plan task as read from Project. */
export interface ProgressRecord extends TaskProgress {
  readonly key: string;
  readonly needId: string;
  /** Absent for the need's summary task. */
  readonly phase?: PhaseId;
}

/** Where a need stands in Project. */
export type ProjectNeedStatus = "not-started" | "in-progress" | "completed";

/** A need's progress, for the rolling re-plan and the feedback to the submitting unit. */
export interface ProjectNeedProgress {
  readonly needId: string;
  readonly status: ProjectNeedStatus;
  /** 0–100: the need summary task's value, else the working-day-weighted mean of its phases. */
  readonly percentComplete: number;
  readonly actualStart?: IsoDate;
  readonly actualFinish?: IsoDate;
  /** Actual finish of the contract signature phase, when signed. */
  readonly contractSigned?: IsoDate;
}

/** Sums up the progress records of each need (needs in first-seen order). */
export function projectNeedProgress(
  plan: ProjectPlan,
  records: readonly ProgressRecord[],
): ProjectNeedProgress[] {
  const taskByKey = new Map(plan.tasks.map((t) => [t.key, t]));
  const byNeed = new Map<string, ProgressRecord[]>();
  for (const r of records) byNeed.set(r.needId, [...(byNeed.get(r.needId) ?? []), r]);
  return [...byNeed.entries()].map(([needId, list]) => {
    const summary = list.find((r) => r.phase === undefined);
    const phases = list.filter((r) => r.phase !== undefined);
    const weight = (r: ProgressRecord) => Math.max(1, taskByKey.get(r.key)?.workingDays ?? 1);
    const totalWeight = phases.reduce((s, r) => s + weight(r), 0);
    const weighted =
      totalWeight === 0 ? 0 : phases.reduce((s, r) => s + weight(r) * r.percentComplete, 0) / totalWeight;
    const percentComplete = Math.round(summary?.percentComplete ?? weighted);
    const starts = list
      .map((r) => r.actualStart)
      .filter((d): d is IsoDate => d !== undefined)
      .sort();
    const allDone = phases.length > 0 && phases.every((p) => p.percentComplete >= 100);
    const completed = percentComplete >= 100 || allDone;
    const finishes = list
      .map((r) => r.actualFinish)
      .filter((d): d is IsoDate => d !== undefined)
      .sort();
    const signed = phases.find((p) => p.phase === "signature")?.actualFinish;
    const status: ProjectNeedStatus = completed
      ? "completed"
      : percentComplete > 0 || starts.length > 0
        ? "in-progress"
        : "not-started";
    return {
      needId,
      status,
      percentComplete: completed ? 100 : percentComplete,
      ...(starts[0] !== undefined ? { actualStart: starts[0] } : {}),
      ...(completed && finishes.length > 0 ? { actualFinish: finishes[finishes.length - 1] as IsoDate } : {}),
      ...(signed !== undefined ? { contractSigned: signed } : {}),
    };
  });
}
