/**
 * Reading and writing Project's task fields through the port, for the use cases: the regional date
 * format inferred from dates Project shows and confirmed by a write-read round trip of the same
 * value before the first date write; the writes encoded in that format; progress read once with
 * % complete probed on the first task, falling back to the actual dates when the host cannot give
 * it (a known host defect of some Project builds).
 */
import type { TaskFieldWrite, TaskProgress } from "../../domain/projectPlan/taskSync";
import {
  describeDateFormat,
  formatProjectDate,
  inferDateFormat,
  isDecisiveDate,
  parsePercent,
  parseProjectDate,
  type DateFormat,
  type DateInferenceFailure,
} from "./projectDateText";
import type { ProjectTaskPort } from "./projectTaskPort";

/** Why the date format is not usable. */
export type DateFormatFailure = DateInferenceFailure | "noRoundTrip" | "noProbe";

/** The date format found, or why none is. */
export type DateFormatCheck =
  | { readonly ok: true; readonly format: DateFormat }
  | { readonly ok: false; readonly reason: DateFormatFailure; readonly sample?: string };

/** A message for the pane: a key of the projectHost catalogue and its parameters. */
export interface ProjectNotice {
  readonly key: string;
  readonly severity: "error" | "warning" | "info";
  readonly params?: Readonly<Record<string, string>>;
}

/** At most this many tasks' Start is read to find a sample that decides the day-month order. */
export const MAX_DATE_SAMPLES = 60;

/** Start of 08:00 and finish of 16:00 (the plan's working day), in minutes. */
const START_MINUTES = 8 * 60;
const FINISH_MINUTES = 16 * 60;

/**
 * Infers the date format from the Start Project shows for the given tasks, reading only: reads one
 * task after another until a sample decides the order (a day above 12, or the year first).
 * Unreadable Starts are skipped.
 */
export async function detectDateFormat(
  port: ProjectTaskPort,
  taskIds: readonly string[],
): Promise<DateFormatCheck> {
  const samples: unknown[] = [];
  for (const taskId of taskIds.slice(0, MAX_DATE_SAMPLES)) {
    try {
      samples.push(await port.readField(taskId, "start"));
    } catch {
      continue;
    }
    const inference = inferDateFormat(samples);
    if (inference.ok || inference.reason === "inconsistent") return inference;
  }
  return inferDateFormat(samples);
}

/** The notice for a date format check: the pattern found, or why nothing is written. */
export function dateFormatNotice(check: DateFormatCheck): ProjectNotice {
  if (check.ok)
    return {
      key: "dateFormat.detected",
      severity: "info",
      params: { pattern: describeDateFormat(check.format) },
    };
  return {
    key: `dateFormat.${check.reason}`,
    severity: "error",
    params: check.sample !== undefined ? { sample: check.sample } : {},
  };
}

const DATE_FIELDS = ["deadline", "start", "finish"] as const;
type DateField = (typeof DATE_FIELDS)[number];

/** True for a write of a date field. */
export function isDateWrite(write: TaskFieldWrite): write is Extract<TaskFieldWrite, { date: string }> {
  return (DATE_FIELDS as readonly string[]).includes(write.field);
}

/**
 * Confirms the format on a task the run is about to write dates to: writes the current value of
 * one of those date fields (Deadline first: it constrains nothing) back in the format and reads it
 * again. Only a value that a wrong day-month order could not read is used (a day above 12), so a
 * wrong format makes Project refuse the write instead of moving the task. Confirmed when Project
 * shows the same text; otherwise Project's own text is written back and the check fails.
 * "noValue" when none of the fields holds such a date (try the next task).
 */
export async function confirmDateFormat(
  port: ProjectTaskPort,
  format: DateFormat,
  taskId: string,
  writes: readonly TaskFieldWrite[],
): Promise<DateFormatCheck | "noValue"> {
  const fields = DATE_FIELDS.filter((f) => writes.some((w) => w.field === f));
  for (const field of fields) {
    const before = String((await port.readField(taskId, field)) ?? "").trim();
    if (!isDecisiveDate(before)) continue;
    let value: ReturnType<typeof parseProjectDate>;
    try {
      value = parseProjectDate(before, format);
    } catch {
      return { ok: false, reason: "inconsistent", sample: before };
    }
    if (value) return roundTrip(port, format, taskId, field, before, value);
  }
  return "noValue";
}

async function roundTrip(
  port: ProjectTaskPort,
  format: DateFormat,
  taskId: string,
  field: DateField,
  before: string,
  value: NonNullable<ReturnType<typeof parseProjectDate>>,
): Promise<DateFormatCheck> {
  const minutes = value.minutes ?? (field === "start" ? START_MINUTES : FINISH_MINUTES);
  try {
    await port.writeField(taskId, field, formatProjectDate(value.date, minutes, format));
  } catch {
    // Project refused the text: nothing was changed.
    return { ok: false, reason: "noRoundTrip", sample: before };
  }
  const after = String((await port.readField(taskId, field)) ?? "").trim();
  if (after === before) return { ok: true, format };
  await port.writeField(taskId, field, before).catch(() => undefined);
  return { ok: false, reason: "noRoundTrip", sample: before };
}

/** A write as the value the host takes: dates in the format (start 08:00, finish 16:00). */
export function encodeWrite(write: TaskFieldWrite, format: DateFormat): string | number {
  switch (write.field) {
    case "start":
      return formatProjectDate(write.date, START_MINUTES, format);
    case "finish":
    case "deadline":
      return formatProjectDate(write.date, FINISH_MINUTES, format);
    case "priority":
      return write.priority;
    case "notes":
      return write.text;
  }
}

/** Reads the progress of tasks; `source` says whether % complete could be read. */
export interface ProgressReader {
  readonly source: "percentComplete" | "actualDates";
  read(taskId: string): Promise<TaskProgress>;
}

/** The notice when % complete could not be read (one for the run, not one per task). */
export const NO_PERCENT_NOTICE: ProjectNotice = { key: "progress.noPercent", severity: "warning" };

/**
 * Probes % complete once on `probeTaskId`; when the host fails it (or gives no percentage), every
 * task's progress comes from its actual dates: finished 100 %, otherwise 0 % (an actual start
 * still marks it started).
 */
export async function progressReader(
  port: ProjectTaskPort,
  format: DateFormat,
  probeTaskId: string,
): Promise<ProgressReader> {
  let source: ProgressReader["source"] = "percentComplete";
  try {
    parsePercent(await port.readField(probeTaskId, "percentComplete"));
  } catch {
    source = "actualDates";
  }
  const dateOf = async (taskId: string, field: "actualStart" | "actualFinish") =>
    parseProjectDate(await port.readField(taskId, field), format)?.date;
  return {
    source,
    async read(taskId) {
      const percent =
        source === "percentComplete"
          ? parsePercent(await port.readField(taskId, "percentComplete"))
          : undefined;
      const actualStart = await dateOf(taskId, "actualStart");
      const actualFinish = await dateOf(taskId, "actualFinish");
      return {
        percentComplete: percent ?? (actualFinish !== undefined ? 100 : 0),
        ...(actualStart !== undefined ? { actualStart } : {}),
        ...(actualFinish !== undefined ? { actualFinish } : {}),
      };
    },
  };
}
