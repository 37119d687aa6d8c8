/**
 * Reads Project XML (MSPDI) back with fast-xml-parser's XMLParser: tasks with their outline,
 * links, dates, progress (% complete, actual start and finish) and custom fields, resources and
 * assignments. Used for the round-trip check and to
 * recover the UIDs of an earlier plan version (previousUidsFromMspdi), so a new version keeps them.
 */
import { XMLParser } from "fast-xml-parser";
import { PLAN_CUSTOM_FIELDS, type PlanFieldName } from "../../domain/projectPlan/customFields";
import { parseTaskKey } from "../../domain/projectPlan/taskKeys";
import type { PreviousUids } from "../../domain/projectPlan/uidScheme";

/** A link as read from the file (lag in tenths of minutes, as stored). */
export interface ReadLink {
  readonly predecessorUid: number;
  readonly type: number;
  readonly linkLag: number;
}

/** A task as read from the file; dates are the file's `YYYY-MM-DDTHH:MM:SS` text. */
export interface ReadTask {
  readonly uid: number;
  readonly id: number;
  readonly name: string;
  readonly outlineNumber: string;
  readonly outlineLevel: number;
  readonly summary: boolean;
  readonly start: string;
  readonly finish: string;
  readonly duration: string;
  /** The task's work as written (`PT…H…M…S`), "" when the file has none. */
  readonly work: string;
  readonly priority: number;
  readonly deadline?: string;
  readonly constraintType: number;
  readonly constraintDate?: string;
  readonly notes: string;
  /** 0–100 (Project's % complete; 0 when absent). */
  readonly percentComplete: number;
  readonly actualStart?: string;
  readonly actualFinish?: string;
  readonly predecessors: readonly ReadLink[];
  /** Custom field values by our field name. */
  readonly fields: Readonly<Partial<Record<PlanFieldName, string>>>;
}

/** A resource as read from the file. */
export interface ReadResource {
  readonly uid: number;
  readonly name: string;
  /** The person id (Project's resource Code field). */
  readonly code: string;
  readonly group: string;
  readonly maxUnits: number;
  readonly calendarUid: number;
}

/** An assignment as read from the file. */
export interface ReadAssignment {
  readonly uid: number;
  readonly taskUid: number;
  readonly resourceUid: number;
  readonly units: number;
  readonly work: string;
  readonly start: string;
  readonly finish: string;
}

/** A calendar exception as read from the file. */
export interface ReadException {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly working: boolean;
}

/** A calendar as read from the file. */
export interface ReadCalendar {
  readonly uid: number;
  readonly name: string;
  readonly isBase: boolean;
  readonly baseUid: number;
  readonly exceptions: readonly ReadException[];
}

/** The parts of a Project XML file the plan uses. */
export interface ReadProject {
  readonly name: string;
  readonly saveVersion: number;
  readonly minutesPerDay: number;
  readonly tasks: readonly ReadTask[];
  readonly resources: readonly ReadResource[];
  readonly assignments: readonly ReadAssignment[];
  /** The calendars, the project's base calendar first. */
  readonly calendars: readonly ReadCalendar[];
}

const ARRAYS = new Set([
  "Project.Tasks.Task",
  "Project.Tasks.Task.PredecessorLink",
  "Project.Tasks.Task.ExtendedAttribute",
  "Project.Resources.Resource",
  "Project.Assignments.Assignment",
  "Project.Calendars.Calendar",
  "Project.Calendars.Calendar.Exceptions.Exception",
  "Project.ExtendedAttributes.ExtendedAttribute",
]);

type Node = Record<string, unknown>;

function text(node: Node, key: string): string {
  const value = node[key];
  return value === undefined || value === null ? "" : String(value);
}
function num(node: Node, key: string): number {
  return Number(text(node, key) || "0");
}
function list(node: Node | undefined, key: string): Node[] {
  const value = node?.[key];
  return Array.isArray(value) ? (value as Node[]) : [];
}

const FIELD_BY_ID = new Map(PLAN_CUSTOM_FIELDS.map((f) => [f.mspdiFieldId, f.name]));

function readTask(node: Node): ReadTask {
  const fields: Partial<Record<PlanFieldName, string>> = {};
  for (const ext of list(node, "ExtendedAttribute")) {
    const name = FIELD_BY_ID.get(text(ext, "FieldID"));
    if (name) fields[name] = text(ext, "Value");
  }
  const deadline = text(node, "Deadline");
  const constraintDate = text(node, "ConstraintDate");
  const actualStart = text(node, "ActualStart");
  const actualFinish = text(node, "ActualFinish");
  return {
    uid: num(node, "UID"),
    id: num(node, "ID"),
    name: text(node, "Name"),
    outlineNumber: text(node, "OutlineNumber"),
    outlineLevel: num(node, "OutlineLevel"),
    summary: text(node, "Summary") === "1",
    start: text(node, "Start"),
    finish: text(node, "Finish"),
    duration: text(node, "Duration"),
    work: text(node, "Work"),
    priority: num(node, "Priority"),
    ...(deadline ? { deadline } : {}),
    constraintType: num(node, "ConstraintType"),
    ...(constraintDate ? { constraintDate } : {}),
    notes: text(node, "Notes"),
    percentComplete: num(node, "PercentComplete"),
    ...(actualStart ? { actualStart } : {}),
    ...(actualFinish ? { actualFinish } : {}),
    predecessors: list(node, "PredecessorLink").map((l) => ({
      predecessorUid: num(l, "PredecessorUID"),
      type: num(l, "Type"),
      linkLag: num(l, "LinkLag"),
    })),
    fields,
  };
}

/** Parses a Project XML document; throws when the root is not a Project element. */
export function readMspdi(xml: string): ReadProject {
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: false,
    isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
  });
  const doc = parser.parse(xml) as Node;
  const project = doc["Project"] as Node | undefined;
  if (!project || typeof project !== "object")
    throw new RangeError("Not a Project XML document: no <Project> root");
  return {
    name: text(project, "Name"),
    saveVersion: num(project, "SaveVersion"),
    minutesPerDay: num(project, "MinutesPerDay"),
    tasks: list(project["Tasks"] as Node | undefined, "Task").map(readTask),
    resources: list(project["Resources"] as Node | undefined, "Resource").map((r) => ({
      uid: num(r, "UID"),
      name: text(r, "Name"),
      code: text(r, "Code"),
      group: text(r, "Group"),
      maxUnits: num(r, "MaxUnits"),
      calendarUid: num(r, "CalendarUID"),
    })),
    assignments: list(project["Assignments"] as Node | undefined, "Assignment").map((a) => ({
      uid: num(a, "UID"),
      taskUid: num(a, "TaskUID"),
      resourceUid: num(a, "ResourceUID"),
      units: num(a, "Units"),
      work: text(a, "Work"),
      start: text(a, "Start"),
      finish: text(a, "Finish"),
    })),
    calendars: list(project["Calendars"] as Node | undefined, "Calendar").map((c) => ({
      uid: num(c, "UID"),
      name: text(c, "Name"),
      isBase: text(c, "IsBaseCalendar") === "1",
      baseUid: num(c, "BaseCalendarUID"),
      exceptions: list(c["Exceptions"] as Node | undefined, "Exception").map((e) => {
        const period = (e["TimePeriod"] ?? {}) as Node;
        return {
          name: text(e, "Name"),
          from: text(period, "FromDate"),
          to: text(period, "ToDate"),
          working: text(e, "DayWorking") === "1",
        };
      }),
    })),
  };
}

/**
 * The UIDs of the needs, categories (by the plan key in Text30) and people (by the resource Code)
 * in an earlier plan.xml, to pass as `previousUids` when building the next version.
 */
export function previousUidsFromMspdi(xml: string): PreviousUids {
  const project = readMspdi(xml);
  const needs = new Map<string, number>();
  const categories = new Map<string, number>();
  for (const task of project.tasks) {
    const key = parseTaskKey(task.fields.key ?? "");
    if (key?.kind === "need") needs.set(key.needId, task.uid);
    if (key?.kind === "category") categories.set(key.categoryId, task.uid);
  }
  const resources = new Map(project.resources.filter((r) => r.code.length > 0).map((r) => [r.code, r.uid]));
  return { needs, categories, resources };
}
