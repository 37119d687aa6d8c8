/**
 * The port through which the use cases reach the tasks of the project open in MS Project: field
 * values as the host gives and takes them (dates as text in the user's regional format, numbers,
 * text). The Office.js adapter (src/adapters/project) implements it; tests use an in-memory fake
 * that behaves like Project (test/builders/fakeProjectTaskPort.ts). Encoding and decoding the
 * values is the use cases' job (projectDateText.ts, projectFieldAccess.ts).
 */
import type { FoundTask } from "../../domain/projectPlan/taskSync";

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

/** Task fields the use cases read. */
export type ReadableProjectField =
  "start" | "finish" | "deadline" | "percentComplete" | "actualStart" | "actualFinish";

/** Task fields the use cases write. */
export type WritableProjectField = "start" | "finish" | "deadline" | "priority" | "notes";

/** Access to the open project's tasks; implementations make their host calls one after another. */
export interface ProjectTaskPort {
  /** Walks every task and returns its GUID and the text of the plan-key field. */
  walkTasks(onStep?: (done: number, total: number) => void): Promise<TaskWalk>;
  /** The value of one field of a task, as the host returns it. */
  readField(taskId: string, field: ReadableProjectField): Promise<unknown>;
  /** Sets one field of a task to a value the host parses (text in the regional format, or a number). */
  writeField(taskId: string, field: WritableProjectField, value: string | number): Promise<void>;
}
