/**
 * Writes a ProjectPlan as Microsoft Project XML (MSPDI, schema mspdi_pj15.xsd) with
 * fast-xml-parser's XMLBuilder. Element order follows the schema's sequences; the project's
 * working calendar carries the holidays both as Project 2003-style exception days (WeekDay with
 * DayType 0) and as Project 2007+ Exceptions, as Project itself writes them.
 */
import { XMLBuilder } from "fast-xml-parser";
import { PLAN_CUSTOM_FIELDS, type PlanCustomField } from "../../domain/projectPlan/customFields";
import type {
  PlanAssignment,
  PlanResource,
  PlanTask,
  ProjectPlan,
} from "../../domain/projectPlan/projectPlanTypes";
import {
  DAY_FINISH,
  DAY_START,
  MINUTES_PER_DAY,
  MINUTES_PER_WEEK,
  WORKING_TIMES,
  type HolidayRange,
} from "../../domain/projectPlan/projectCalendar";
import { mspdiBoolean, mspdiDateTime, mspdiDuration, xmlSafeText } from "./mspdiFormat";

/** Namespace of Project XML. */
export const MSPDI_NAMESPACE = "http://schemas.microsoft.com/project";
/** SaveVersion 14 = Project 2010 format (read by Project 2010 and later). */
export const SAVE_VERSION = 14;
/** UID of the project's base calendar. */
export const CALENDAR_UID = 1;
/** DurationFormat / LagFormat 7 = days. */
const FORMAT_DAYS = 7;
/** ConstraintType 4 = Start No Earlier Than; 0 = As Soon As Possible. */
const SNET = 4;
const ASAP = 0;

/** Options of the writer. */
export interface MspdiWriterOptions {
  /** Alias (display name) per custom field, e.g. from src/i18n/projectMessages.ts. */
  readonly fieldAliases: Readonly<Record<PlanCustomField["name"], string>>;
  /** Indent the XML (default true). */
  readonly pretty?: boolean;
}

type Xml = Record<string, unknown>;

function period(range: HolidayRange): Xml {
  return { FromDate: mspdiDateTime(range.from, "00:00:00"), ToDate: mspdiDateTime(range.to, "23:59:00") };
}

/** Non-working ranges as Project 2003 exception days (WeekDay, DayType 0) and Project 2007+ Exceptions. */
function withExceptions(calendar: Xml, weekDays: Xml[], ranges: readonly HolidayRange[]): Xml {
  const days = [...weekDays, ...ranges.map((r) => ({ DayType: 0, DayWorking: 0, TimePeriod: period(r) }))];
  const result: Xml = { ...calendar };
  if (days.length > 0) result["WeekDays"] = { WeekDay: days };
  if (ranges.length > 0) {
    result["Exceptions"] = {
      Exception: ranges.map((r) => ({
        EnteredByOccurrences: 0,
        TimePeriod: period(r),
        Occurrences: 1,
        Name: xmlSafeText(r.name ?? (r.from === r.to ? r.from : `${r.from}–${r.to}`)),
        Type: 1,
        DayWorking: 0,
      })),
    };
  }
  return result;
}

/** UID of a resource's own calendar (derived from the base calendar). */
export function resourceCalendarUid(resource: PlanResource): number {
  return CALENDAR_UID + resource.uid;
}

function calendarsXml(plan: ProjectPlan): Xml {
  const working = WORKING_TIMES.map((w) => ({ FromTime: w.from, ToTime: w.to }));
  const weekDays: Xml[] = [1, 2, 3, 4, 5, 6, 7].map((dayType) =>
    dayType === 1 || dayType === 7
      ? { DayType: dayType, DayWorking: 0 }
      : { DayType: dayType, DayWorking: 1, WorkingTimes: { WorkingTime: working } },
  );
  const base = withExceptions(
    {
      UID: CALENDAR_UID,
      Name: xmlSafeText(plan.calendar.name),
      IsBaseCalendar: 1,
      IsBaselineCalendar: 0,
      BaseCalendarUID: -1,
    },
    weekDays,
    plan.calendar.holidays,
  );
  const personal = plan.resources.map((r) =>
    withExceptions(
      {
        UID: resourceCalendarUid(r),
        Name: xmlSafeText(r.name),
        IsBaseCalendar: 0,
        IsBaselineCalendar: 0,
        BaseCalendarUID: CALENDAR_UID,
      },
      [],
      r.absences,
    ),
  );
  return { Calendar: [base, ...personal] };
}

function extendedValue(task: PlanTask, field: PlanCustomField): string | undefined {
  switch (field.name) {
    case "key":
      return task.key;
    case "needId":
      return task.needId;
    case "unit":
      return task.unit;
    case "score":
      return task.score === undefined ? undefined : String(Math.round(task.score * 100) / 100);
    case "rank":
      return task.rank === undefined ? undefined : String(task.rank);
    case "securityGraded":
      return task.securityGraded === undefined ? undefined : String(mspdiBoolean(task.securityGraded));
  }
}

/**
 * Work (minutes) of every task as its assignments imply: a task's own assignments, and for a summary
 * task the work of every task below it in the outline (tasks are in outline order).
 */
export function taskWorkMinutes(plan: Pick<ProjectPlan, "tasks" | "assignments">): Map<number, number> {
  const own = new Map<number, number>();
  for (const a of plan.assignments) own.set(a.taskUid, (own.get(a.taskUid) ?? 0) + a.workMinutes);
  const work = new Map<number, number>();
  plan.tasks.forEach((task, i) => {
    let total = own.get(task.uid) ?? 0;
    if (task.summary)
      for (let k = i + 1; k < plan.tasks.length; k += 1) {
        const below = plan.tasks[k] as PlanTask;
        if (below.outlineLevel <= task.outlineLevel) break;
        if (!below.summary) total += own.get(below.uid) ?? 0;
      }
    work.set(task.uid, total);
  });
  return work;
}

function taskXml(task: PlanTask, workMinutes: number): Xml {
  const xml: Xml = {
    UID: task.uid,
    ID: task.id,
    Name: xmlSafeText(task.name),
    Type: 1,
    IsNull: 0,
    WBS: task.outlineNumber,
    OutlineNumber: task.outlineNumber,
    OutlineLevel: task.outlineLevel,
    Priority: task.priority,
    Start: mspdiDateTime(task.start, DAY_START),
    Finish: mspdiDateTime(task.finish, DAY_FINISH),
    Duration: mspdiDuration(task.workingDays * MINUTES_PER_DAY),
    DurationFormat: FORMAT_DAYS,
    Work: mspdiDuration(workMinutes),
    Estimated: 0,
    Milestone: 0,
    Summary: mspdiBoolean(task.summary),
    ConstraintType: task.startNoEarlierThan === undefined ? ASAP : SNET,
  };
  if (task.startNoEarlierThan !== undefined)
    xml["ConstraintDate"] = mspdiDateTime(task.startNoEarlierThan, DAY_START);
  if (task.deadline !== undefined) xml["Deadline"] = mspdiDateTime(task.deadline, DAY_FINISH);
  if (task.notes.length > 0) xml["Notes"] = xmlSafeText(task.notes);
  if (task.predecessors.length > 0) {
    xml["PredecessorLink"] = task.predecessors.map((link) => ({
      PredecessorUID: link.predecessorUid,
      Type: 1,
      CrossProject: 0,
      LinkLag: link.lagDays * MINUTES_PER_DAY * 10,
      LagFormat: FORMAT_DAYS,
    }));
  }
  const extended = PLAN_CUSTOM_FIELDS.flatMap((field) => {
    const value = extendedValue(task, field);
    return value === undefined ? [] : [{ FieldID: field.mspdiFieldId, Value: xmlSafeText(value) }];
  });
  if (extended.length > 0) xml["ExtendedAttribute"] = extended;
  xml["Active"] = 1;
  xml["Manual"] = 0;
  return xml;
}

function resourceXml(resource: PlanResource): Xml {
  return {
    UID: resource.uid,
    ID: resource.id,
    Name: xmlSafeText(resource.name),
    Type: 1,
    IsNull: 0,
    Code: xmlSafeText(resource.personId),
    Group: xmlSafeText(resource.group),
    MaxUnits: resource.maxUnits,
    CanLevel: 1,
    CalendarUID: resourceCalendarUid(resource),
  };
}

function assignmentXml(a: PlanAssignment): Xml {
  return {
    UID: a.uid,
    TaskUID: a.taskUid,
    ResourceUID: a.resourceUid,
    Finish: mspdiDateTime(a.finish, DAY_FINISH),
    Start: mspdiDateTime(a.start, DAY_START),
    Units: a.units,
    Work: mspdiDuration(a.workMinutes),
  };
}

/** Tasks, resources or assignments per piece of mspdiChunks. */
const ITEMS_PER_CHUNK = 500;

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The Project element's own fields and calendars, everything before its tasks. */
function projectHead(plan: ProjectPlan, options: MspdiWriterOptions): Xml {
  return {
    "@_xmlns": MSPDI_NAMESPACE,
    SaveVersion: SAVE_VERSION,
    Name: xmlSafeText(plan.name),
    Title: xmlSafeText(plan.title),
    ScheduleFromStart: 1,
    StartDate: mspdiDateTime(plan.startDate, DAY_START),
    FinishDate: mspdiDateTime(plan.finishDate, DAY_FINISH),
    CurrencyDigits: 2,
    CurrencySymbol: "kr",
    CurrencyCode: "NOK",
    CurrencySymbolPosition: 2,
    CalendarUID: CALENDAR_UID,
    DefaultStartTime: DAY_START,
    DefaultFinishTime: DAY_FINISH,
    MinutesPerDay: MINUTES_PER_DAY,
    MinutesPerWeek: MINUTES_PER_WEEK,
    DaysPerMonth: 20,
    DefaultTaskType: 1,
    DurationFormat: FORMAT_DAYS,
    WorkFormat: 2,
    HonorConstraints: 1,
    NewTasksEffortDriven: 0,
    WeekStartDay: 1,
    NewTasksAreManual: 0,
    ExtendedAttributes: {
      ExtendedAttribute: PLAN_CUSTOM_FIELDS.map((f) => ({
        FieldID: f.mspdiFieldId,
        FieldName: f.projectField,
        CFType: f.cfType,
        ElemType: 20,
        Alias: xmlSafeText(options.fieldAliases[f.name]),
      })),
    },
    Calendars: calendarsXml(plan),
  };
}

/** `text` without `prefix` and `suffix`; both must be there (the builder's own wrapping). */
function unwrap(text: string, prefix: string, suffix: string): string {
  if (!text.startsWith(prefix) || !text.endsWith(suffix))
    throw new Error(`Project XML piece not wrapped as expected: ${prefix.trim()}…${suffix.trim()}`);
  return text.slice(prefix.length, text.length - suffix.length);
}

/**
 * A list element of the Project (Tasks, Resources, Assignments) in pieces of ITEMS_PER_CHUNK
 * items: each piece is built inside the same wrapper elements as in one whole document and cut
 * out of them, so the text (indentation included) is the same as the whole document's.
 */
function* listChunks<T>(
  builder: XMLBuilder,
  pretty: boolean,
  list: string,
  item: string,
  items: readonly T[],
  toXml: (t: T) => Xml,
): Generator<string> {
  const nl = pretty ? "\n" : "";
  const indent = pretty ? "  " : "";
  if (items.length === 0) {
    yield unwrap(builder.build({ Project: { [list]: { [item]: [] } } }), `<Project>${nl}`, `</Project>${nl}`);
    return;
  }
  const open = `${indent}<${list}>${nl}`;
  const close = `${indent}</${list}>${nl}`;
  yield open;
  for (let i = 0; i < items.length; i += ITEMS_PER_CHUNK) {
    const batch = items.slice(i, i + ITEMS_PER_CHUNK).map(toXml);
    const text = builder.build({ Project: { [list]: { [item]: batch } } });
    yield unwrap(text, `<Project>${nl}${open}`, `${close}</Project>${nl}`);
  }
  yield close;
}

/**
 * The plan as a Project XML document in pieces, in order: the header, the Project element's
 * fields and calendars, its tasks, resources and assignments ITEMS_PER_CHUNK at a time, and the
 * closing tag. Joined they are writeMspdi's text; the CLI streams them to plan.xml so a large plan
 * never exists as one string (50 000 needs: a 60 MB document).
 */
export function* mspdiChunks(plan: ProjectPlan, options: MspdiWriterOptions): Generator<string> {
  const pretty = options.pretty ?? true;
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    format: pretty,
    indentBy: "  ",
    suppressEmptyNode: false,
  });
  const end = pretty ? "</Project>\n" : "</Project>";
  yield XML_HEADER;
  const head = builder.build({ Project: projectHead(plan, options) });
  yield unwrap(head, "", end);
  const work = taskWorkMinutes(plan);
  yield* listChunks(builder, pretty, "Tasks", "Task", plan.tasks, (t) => taskXml(t, work.get(t.uid) ?? 0));
  if (plan.resources.length > 0)
    yield* listChunks(builder, pretty, "Resources", "Resource", plan.resources, resourceXml);
  if (plan.assignments.length > 0)
    yield* listChunks(builder, pretty, "Assignments", "Assignment", plan.assignments, assignmentXml);
  yield end;
}

/** The plan as a Project XML document (UTF-8 text). */
export function writeMspdi(plan: ProjectPlan, options: MspdiWriterOptions): string {
  return [...mspdiChunks(plan, options)].join("");
}
