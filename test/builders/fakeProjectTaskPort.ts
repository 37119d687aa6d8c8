// In-memory stand-in for the open project: tasks with a plan key, progress and written fields;
// failures can be injected per task and step. Records every call in order.
import type { ProjectTaskPort } from "../../src/application/project/projectTaskPort";
import type { FoundTask, TaskFieldWrite, TaskProgress } from "../../src/domain/projectPlan/taskSync";

/** A task of the fake project. */
export interface FakeTask {
  readonly taskId: string;
  readonly key: string;
  progress: TaskProgress;
  readonly written: TaskFieldWrite[];
}

/** The fake project and its call log. */
export class FakeProject implements ProjectTaskPort {
  readonly tasks: FakeTask[] = [];
  readonly calls: string[] = [];
  /** "taskId/step" → message: that call fails. */
  readonly failures = new Map<string, string>();
  /** Task indexes the walk cannot read. */
  readonly unreadableIndexes = new Set<number>();

  /** Adds a task carrying `key` (empty for a task of the planner's own). */
  add(key: string, progress: TaskProgress = { percentComplete: 0 }): FakeTask {
    const task: FakeTask = { taskId: `guid-${this.tasks.length}`, key, progress, written: [] };
    this.tasks.push(task);
    return task;
  }

  byKey(key: string): FakeTask {
    const task = this.tasks.find((t) => t.key === key);
    if (!task) throw new Error(`no fake task ${key}`);
    return task;
  }

  async walkTasks(onStep?: (done: number, total: number) => void) {
    this.calls.push("walk");
    const found: FoundTask[] = [];
    const unreadable: { index: number; message: string }[] = [];
    this.tasks.forEach((t, index) => {
      if (this.unreadableIndexes.has(index)) unreadable.push({ index, message: "Internal Error" });
      else found.push({ taskId: t.taskId, key: t.key });
      onStep?.(index + 1, this.tasks.length);
    });
    return { tasks: found, unreadable };
  }

  async readProgress(taskId: string): Promise<TaskProgress> {
    this.calls.push(`progress ${taskId}`);
    const failure = this.failures.get(`${taskId}/progress`);
    if (failure) throw new Error(failure);
    return this.find(taskId).progress;
  }

  async writeField(taskId: string, write: TaskFieldWrite): Promise<void> {
    this.calls.push(`write ${taskId} ${write.field}`);
    const failure = this.failures.get(`${taskId}/${write.field}`);
    if (failure) throw new Error(failure);
    this.find(taskId).written.push(write);
  }

  private find(taskId: string): FakeTask {
    const task = this.tasks.find((t) => t.taskId === taskId);
    if (!task) throw new Error(`no fake task ${taskId}`);
    return task;
  }
}
