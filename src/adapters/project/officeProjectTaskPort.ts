/**
 * ProjectTaskPort over the Office.js Project API (Project on Windows): walks the tasks with
 * getMaxTaskIndexAsync / getTaskByIndexAsync, reads the plan key (Text30) and other fields with
 * getTaskFieldAsync, writes with setTaskFieldAsync, passing values through as the host gives and
 * takes them (the use cases encode dates in the format Project uses). Every call goes through one
 * queue, so the host never sees two calls at once (parallel getTaskByIndexAsync calls get lost,
 * docs issue 584).
 */
import type {
  ProjectTaskPort,
  ReadableProjectField,
  TaskWalk,
  UnreadableTask,
  WritableProjectField,
} from "../../application/project/projectTaskPort";
import { KEY_FIELD } from "../../domain/projectPlan/customFields";
import type { FoundTask } from "../../domain/projectPlan/taskSync";
import { callOffice, FAILED_STATUS, type AsyncResultLike } from "./officeAsync";

/** Values of Office.ProjectTaskFields used here (from office.js). */
export const TASK_FIELD_IDS = {
  actualFinish: 2,
  actualStart: 5,
  deadline: 181,
  notes: 221,
  percentComplete: 248,
  priority: 253,
  finish: 268,
  start: 269,
} as const;

const FIELD_ID: Readonly<Record<ReadableProjectField | WritableProjectField, number>> = {
  start: TASK_FIELD_IDS.start,
  finish: TASK_FIELD_IDS.finish,
  deadline: TASK_FIELD_IDS.deadline,
  priority: TASK_FIELD_IDS.priority,
  notes: TASK_FIELD_IDS.notes,
  percentComplete: TASK_FIELD_IDS.percentComplete,
  actualStart: TASK_FIELD_IDS.actualStart,
  actualFinish: TASK_FIELD_IDS.actualFinish,
};

type Callback<T> = (result: AsyncResultLike<T>) => void;

/** The methods of Office.context.document the adapter uses (Project documents). */
export interface ProjectDocumentApi {
  getMaxTaskIndexAsync(callback: Callback<number>): void;
  getTaskByIndexAsync(index: number, callback: Callback<string>): void;
  getTaskFieldAsync(taskId: string, fieldId: number, callback: Callback<{ fieldValue: unknown }>): void;
  setTaskFieldAsync(taskId: string, fieldId: number, value: string | number, callback: Callback<void>): void;
}

/** Options of the adapter. */
export interface OfficeProjectTaskPortOptions {
  /** Office.AsyncResultStatus.Failed of the running host (default "failed"). */
  readonly failedStatus?: unknown;
}

/** Creates the port over a Project document (pass Office.context.document). */
export function createOfficeProjectTaskPort(
  doc: ProjectDocumentApi,
  options: OfficeProjectTaskPortOptions = {},
): ProjectTaskPort {
  const failed = options.failedStatus ?? FAILED_STATUS;
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs host calls strictly one after another, whoever calls. */
  function serial<T>(operation: string, invoke: (callback: Callback<T>) => void): Promise<T> {
    const run = queue.then(() => callOffice<T>(operation, invoke, failed));
    queue = run.catch(() => undefined);
    return run;
  }
  const readField = async (taskId: string, fieldId: number, name: string): Promise<unknown> => {
    const value = await serial<{ fieldValue: unknown }>(`getTaskFieldAsync(${name})`, (cb) =>
      doc.getTaskFieldAsync(taskId, fieldId, cb),
    );
    return value?.fieldValue;
  };

  return {
    async walkTasks(onStep) {
      const max = await serial<number>("getMaxTaskIndexAsync", (cb) => doc.getMaxTaskIndexAsync(cb));
      const tasks: FoundTask[] = [];
      const unreadable: UnreadableTask[] = [];
      for (let index = 0; index <= max; index += 1) {
        try {
          const taskId = await serial<string>(`getTaskByIndexAsync(${index})`, (cb) =>
            doc.getTaskByIndexAsync(index, cb),
          );
          const key = await readField(taskId, KEY_FIELD.officeFieldId, KEY_FIELD.projectField);
          tasks.push({ taskId, key: typeof key === "string" ? key : "" });
        } catch (error) {
          unreadable.push({ index, message: error instanceof Error ? error.message : String(error) });
        }
        onStep?.(index + 1, max + 1);
      }
      const walk: TaskWalk = { tasks, unreadable };
      return walk;
    },

    readField: (taskId, field) => readField(taskId, FIELD_ID[field], field),

    async writeField(taskId, field, value) {
      await serial<void>(`setTaskFieldAsync(${field})`, (cb) =>
        doc.setTaskFieldAsync(taskId, FIELD_ID[field], value, cb),
      );
    },
  };
}
