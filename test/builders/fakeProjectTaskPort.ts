// In-memory stand-in for the open project that behaves like Project on a PC with given regional
// settings: it shows dates as text in that region's format (its own rendering, independent of the
// add-in's codec) and parses the text it is given in the region's day-month order, refusing what is
// not a date there. % complete can be made to fail like on the Project builds with that defect, and
// failures can be injected per task and step. Records every call in order.
import type {
  ProjectTaskPort,
  ReadableProjectField,
  WritableProjectField,
} from "../../src/application/project/projectTaskPort";
import type { PlanTask } from "../../src/domain/projectPlan/projectPlanTypes";
import type { FoundTask, TaskFieldWrite, TaskProgress } from "../../src/domain/projectPlan/taskSync";
import { isValidYmd, isoFromYmd, type IsoDate } from "../../src/domain/time/isoDate";

/** Regional settings the fake knows: how it shows dates and in which order it reads them. */
export type FakeRegion = "nb-NO" | "en-US" | "en-GB";

/** A date field's value: the day and minutes after midnight. */
interface Stamp {
  readonly date: IsoDate;
  readonly minutes: number;
}

/** A task of the fake project. */
export interface FakeTask {
  readonly taskId: string;
  readonly key: string;
  progress: TaskProgress;
  /** Start, Finish and Deadline as Project holds them (a deadline may be absent). */
  readonly dates: { start?: Stamp; finish?: Stamp; deadline?: Stamp };
  /** Every write, decoded as Project understood it. */
  readonly written: TaskFieldWrite[];
  /** The raw values the add-in sent, in order (`field=value`). */
  readonly sent: string[];
}

const pad = (n: number): string => String(n).padStart(2, "0");

function show(region: FakeRegion, stamp: Stamp | IsoDate | undefined): string {
  if (stamp === undefined) return region === "nb-NO" ? "I/T" : "NA";
  const { date, minutes } = typeof stamp === "string" ? { date: stamp, minutes: 8 * 60 } : stamp;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mm] = [Math.floor(minutes / 60), pad(minutes % 60)];
  if (region === "en-US") return `${m}/${d}/${y} ${h % 12 === 0 ? 12 : h % 12}:${mm} ${h < 12 ? "AM" : "PM"}`;
  if (region === "en-GB") return `${pad(d)}/${pad(m)}/${y} ${pad(h)}:${mm}`;
  return `${pad(d)}.${pad(m)}.${y} ${pad(h)}:${mm}`;
}

/** Parses text the way the region reads it; throws like Project on a value it cannot take. */
function parseIn(order: "dmy" | "mdy", text: string): Stamp {
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})(?:\s+(\d{1,2}):(\d{2})\s*(AM|PM)?)?$/i.exec(text.trim());
  if (!m) throw new Error(`The value "${text}" is not a valid date.`);
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3]) + (m[3]!.length === 2 ? 2000 : 0)];
  const [month, day] = order === "dmy" ? [b, a] : [a, b];
  if (!isValidYmd(y, month, day)) throw new Error(`The value "${text}" is not a valid date.`);
  let hours = m[4] === undefined ? 8 : Number(m[4]) % (m[6] ? 12 : 24);
  if (m[6]?.toUpperCase() === "PM") hours += 12;
  return { date: isoFromYmd(y, month, day), minutes: hours * 60 + Number(m[5] ?? 0) };
}

/** Options of the fake project. */
export interface FakeProjectOptions {
  /** How dates are shown (default nb-NO). */
  readonly region?: FakeRegion;
  /** The order text is read in, when it differs from the region's (a misconfigured PC). */
  readonly parseOrder?: "dmy" | "mdy";
  /** Reading % complete fails for every task (the host defect of some Project builds). */
  readonly percentFails?: boolean;
  /** The next date written is kept at this time of day instead (minutes), once. */
  readonly snapNextDateWriteTo?: number;
}

/** The fake project and its call log. */
export class FakeProject implements ProjectTaskPort {
  readonly tasks: FakeTask[] = [];
  readonly calls: string[] = [];
  /** "taskId/step" → message: that call fails (step: progress, or a written field). */
  readonly failures = new Map<string, string>();
  /** Task indexes the walk cannot read. */
  readonly unreadableIndexes = new Set<number>();
  readonly region: FakeRegion;
  private readonly parseOrder: "dmy" | "mdy";
  private readonly percentFails: boolean;
  private snapNext: number | undefined;

  constructor(options: FakeProjectOptions = {}) {
    this.region = options.region ?? "nb-NO";
    this.parseOrder = options.parseOrder ?? (this.region === "en-US" ? "mdy" : "dmy");
    this.percentFails = options.percentFails ?? false;
    this.snapNext = options.snapNextDateWriteTo;
  }

  /** Adds a task carrying `key` (empty for a task of the planner's own), with its dates. */
  add(
    key: string,
    progress: TaskProgress = { percentComplete: 0 },
    dates: { start?: IsoDate; finish?: IsoDate; deadline?: IsoDate } = {},
  ): FakeTask {
    const stamp = (date: IsoDate | undefined, minutes: number) => (date ? { date, minutes } : undefined);
    const task: FakeTask = {
      taskId: `guid-${this.tasks.length}`,
      key,
      progress,
      dates: {
        start: stamp(dates.start, 8 * 60),
        finish: stamp(dates.finish, 16 * 60),
        deadline: stamp(dates.deadline, 16 * 60),
      },
      written: [],
      sent: [],
    };
    this.tasks.push(task);
    return task;
  }

  /** Adds a plan task as Project holds it after the plan XML was opened (its key and dates). */
  addPlanTask(task: PlanTask, progress: TaskProgress = { percentComplete: 0 }): FakeTask {
    return this.add(task.key, progress, {
      start: task.start,
      finish: task.finish,
      ...(task.deadline !== undefined ? { deadline: task.deadline } : {}),
    });
  }

  byKey(key: string): FakeTask {
    const task = this.tasks.find((t) => t.key === key);
    if (!task) throw new Error(`no fake task ${key}`);
    return task;
  }

  /** How the fake shows a date (for expectations). */
  show(date: IsoDate, minutes = 8 * 60): string {
    return show(this.region, { date, minutes });
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

  async readField(taskId: string, field: ReadableProjectField): Promise<unknown> {
    this.calls.push(`read ${taskId} ${field}`);
    const task = this.find(taskId);
    switch (field) {
      case "start":
      case "finish":
      case "deadline":
        return show(this.region, task.dates[field]);
      case "percentComplete":
        if (this.percentFails)
          throw new Error("getTaskFieldAsync(percentComplete): An internal error has occurred.");
        this.failIfSet(`${taskId}/progress`);
        return task.progress.percentComplete;
      case "actualStart":
      case "actualFinish":
        this.failIfSet(`${taskId}/progress`);
        return show(this.region, task.progress[field]);
    }
  }

  async writeField(taskId: string, field: WritableProjectField, value: string | number): Promise<void> {
    this.calls.push(`write ${taskId} ${field}`);
    this.failIfSet(`${taskId}/${field}`);
    const task = this.find(taskId);
    task.sent.push(`${field}=${value}`);
    if (field === "priority") task.written.push({ field, priority: Number(value) });
    else if (field === "notes") task.written.push({ field, text: String(value) });
    else {
      const parsed = parseIn(this.parseOrder, String(value));
      const stamp = this.snapNext === undefined ? parsed : { date: parsed.date, minutes: this.snapNext };
      this.snapNext = undefined;
      task.dates[field] = stamp;
      task.written.push({ field, date: stamp.date });
    }
  }

  private failIfSet(key: string): void {
    const failure = this.failures.get(key);
    if (failure) throw new Error(failure);
  }

  private find(taskId: string): FakeTask {
    const task = this.tasks.find((t) => t.taskId === taskId);
    if (!task) throw new Error(`no fake task ${taskId}`);
    return task;
  }
}
