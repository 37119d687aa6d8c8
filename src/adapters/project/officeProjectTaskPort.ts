/**
 * ProjectTaskPort over the Office.js Project API (Project on Windows): walks the tasks with
 * getMaxTaskIndexAsync / getTaskByIndexAsync, reads the plan key (Text30) and progress with
 * getTaskFieldAsync, writes with setTaskFieldAsync. Every call goes through one queue, so the
 * host never sees two calls at once (parallel getTaskByIndexAsync calls get lost, docs issue 584).
 */
import type { ProjectTaskPort, TaskWalk, UnreadableTask } from "../../application/project/projectTaskPort";
import { KEY_FIELD } from "../../domain/projectPlan/customFields";
import type {
  FoundTask,
  TaskFieldWrite,
  TaskProgress,
  WritableTaskField,
} from "../../domain/projectPlan/taskSync";
import { callOffice, FAILED_STATUS, type AsyncResultLike } from "./officeAsync";
import { NORWEGIAN_CODEC, type ProjectValueCodec } from "./projectValueCodec";

/** Values of Office.ProjectTaskFields used here (from office.js). */
export const TASK_FIELD_IDS = {
  actualFinish: 2,
  actualStart: 5,
  deadline: 181,
  duration: 192,
  notes: 221,
  percentComplete: 248,
  priority: 253,
  finish: 268,
  start: 269,
} as const;

const WRITE_FIELD: Readonly<Record<WritableTaskField, number>> = {
  start: TASK_FIELD_IDS.start,
  finish: TASK_FIELD_IDS.finish,
  duration: TASK_FIELD_IDS.duration,
  deadline: TASK_FIELD_IDS.deadline,
  priority: TASK_FIELD_IDS.priority,
  notes: TASK_FIELD_IDS.notes,
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
  /** Field value formats for the user's regional settings (default Norwegian). */
  readonly codec?: ProjectValueCodec;
  /** Office.AsyncResultStatus.Failed of the running host (default "failed"). */
  readonly failedStatus?: unknown;
}

/** Creates the port over a Project document (pass Office.context.document). */
export function createOfficeProjectTaskPort(
  doc: ProjectDocumentApi,
  options: OfficeProjectTaskPortOptions = {},
): ProjectTaskPort {
  const codec = options.codec ?? NORWEGIAN_CODEC;
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

    async readProgress(taskId) {
      const percent = codec.parsePercent(
        await readField(taskId, TASK_FIELD_IDS.percentComplete, "PercentComplete"),
      );
      const actualStart = codec.parseDate(await readField(taskId, TASK_FIELD_IDS.actualStart, "ActualStart"));
      const actualFinish = codec.parseDate(
        await readField(taskId, TASK_FIELD_IDS.actualFinish, "ActualFinish"),
      );
      const progress: TaskProgress = {
        percentComplete: percent,
        ...(actualStart !== undefined ? { actualStart } : {}),
        ...(actualFinish !== undefined ? { actualFinish } : {}),
      };
      return progress;
    },

    async writeField(taskId, write: TaskFieldWrite) {
      const value = encode(write, codec);
      await serial<void>(`setTaskFieldAsync(${write.field})`, (cb) =>
        doc.setTaskFieldAsync(taskId, WRITE_FIELD[write.field], value, cb),
      );
    },
  };
}

function encode(write: TaskFieldWrite, codec: ProjectValueCodec): string | number {
  switch (write.field) {
    case "start":
      return codec.formatDate(write.date, "start");
    case "finish":
    case "deadline":
      return codec.formatDate(write.date, "finish");
    case "duration":
      return codec.formatDuration(write.workingDays);
    case "priority":
      return write.priority;
    case "notes":
      return write.text;
  }
}
