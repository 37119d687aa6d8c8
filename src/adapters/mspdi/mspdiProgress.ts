/**
 * Progress from a saved Project XML (MSPDI) file for the rolling re-plan: our tasks are found by
 * the plan key in Text30; for each need and phase task it reads % complete, actual start and
 * finish, and for each phase task its planned dates and the people assigned (resource Code).
 * Tasks without our key (the planner's own) are ignored; bad values name the task and the field.
 */
import type { PlannedPhaseTask, ProjectFileProgress } from "../../application/project/rollingFromProject";
import { parseTaskKey } from "../../domain/projectPlan/taskKeys";
import type { ProgressRecord } from "../../domain/projectPlan/taskSync";
import { isIsoDate, type IsoDate } from "../../domain/time/isoDate";
import { readMspdi, type ReadTask } from "./mspdiReader";

/** The progress and the plan in a Project XML document; throws a RangeError naming the task and field. */
export function projectFileProgress(xml: string): ProjectFileProgress {
  const project = readMspdi(xml);
  const codeByUid = new Map(project.resources.map((r) => [r.uid, r.code.trim()]));
  const peopleByTask = new Map<number, string[]>();
  for (const a of project.assignments) {
    const code = codeByUid.get(a.resourceUid);
    if (code) peopleByTask.set(a.taskUid, [...(peopleByTask.get(a.taskUid) ?? []), code]);
  }
  const records: ProgressRecord[] = [];
  const planned: PlannedPhaseTask[] = [];
  const deadlines = new Map<string, IsoDate>();
  for (const task of project.tasks) {
    const keyText = task.fields.key ?? "";
    const key = parseTaskKey(keyText);
    if (key?.kind !== "need" && key?.kind !== "phase") continue;
    const where = `Task ${keyText.trim()} (UID ${task.uid})`;
    const percent = task.percentComplete;
    if (!(percent >= 0 && percent <= 100)) throw new RangeError(`${where}: PercentComplete must be 0–100`);
    const actualStart = optionalDate(task.actualStart, where, "ActualStart");
    const actualFinish = optionalDate(task.actualFinish, where, "ActualFinish");
    records.push({
      key: keyText.trim(),
      needId: key.needId,
      ...(key.kind === "phase" ? { phase: key.phase } : {}),
      percentComplete: percent,
      ...(actualStart !== undefined ? { actualStart } : {}),
      ...(actualFinish !== undefined ? { actualFinish } : {}),
    });
    if (key.kind === "need") {
      const deadline = optionalDate(task.deadline, where, "Deadline");
      if (deadline !== undefined) deadlines.set(key.needId, deadline);
      continue;
    }
    planned.push({
      needId: key.needId,
      phase: key.phase,
      start: requiredDate(task, "start", where),
      finish: requiredDate(task, "finish", where),
      people: peopleByTask.get(task.uid) ?? [],
    });
  }
  return { records, planned, deadlines };
}

function optionalDate(value: string | undefined, where: string, field: string): IsoDate | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const day = value.trim().slice(0, 10);
  if (!isIsoDate(day)) throw new RangeError(`${where}: ${field} is not a date`);
  return day;
}

function requiredDate(task: ReadTask, field: "start" | "finish", where: string): IsoDate {
  const name = field === "start" ? "Start" : "Finish";
  const day = optionalDate(task[field], where, name);
  if (day === undefined) throw new RangeError(`${where}: ${name} is missing`);
  return day;
}
