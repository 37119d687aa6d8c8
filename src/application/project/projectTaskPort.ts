/**
 * The port through which the use cases reach the tasks of the project open in MS Project.
 * The Office.js adapter (src/adapters/project) implements it; tests use an in-memory fake.
 */
import type { FoundTask, TaskFieldWrite, TaskProgress } from "../../domain/projectPlan/taskSync";

/** A task index the walk could not read, with the host's message. */
export interface UnreadableTask {
  readonly index: number;
  readonly message: string;
}

/** What a walk over the project's tasks found. */
export interface TaskWalk {
  readonly tasks: readonly FoundTask[];
  readonly unreadable: readonly UnreadableTask[];
}

/** Access to the open project's tasks; implementations make their host calls one after another. */
export interface ProjectTaskPort {
  /** Walks every task and returns its GUID and the text of the plan-key field. */
  walkTasks(onStep?: (done: number, total: number) => void): Promise<TaskWalk>;
  /** Reads % complete, actual start and actual finish of a task. */
  readProgress(taskId: string): Promise<TaskProgress>;
  /** Writes one field of a task. */
  writeField(taskId: string, write: TaskFieldWrite): Promise<void>;
}
