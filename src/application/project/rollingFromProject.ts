/**
 * Use case helpers: the rolling re-plan after reading progress from MS Project — live in the pane
 * (rollingFromProject, against the plan shown) or from a saved Project XML file (the CLI's
 * `--progress FILE.xml --as-of DATE`, rollingFromProjectFile). The progress records (finished
 * phases with their actual dates, the phase under way with its share done) replace the as-planned
 * progress of the needs they cover, so the next run keeps the people, fixes the past as it
 * happened, leaves completed needs out and moves what is left.
 */
import type { PlanInput } from "../../domain/model/planInput";
import { WorkCalendar } from "../../domain/calendar/workCalendar";
import type { ProgressRecord } from "../../domain/projectPlan/taskSync";
import { replanProgress } from "../../domain/projectPlan/replanProgress";
import { defaultSchedulingConfig } from "../../domain/scheduling/schedulingConfig";
import { PHASES, type PhaseId, type PreviousNeed } from "../../domain/scheduling/scheduleTypes";
import { daysBetween, minDate, toDayNumber, type IsoDate } from "../../domain/time/isoDate";
import type { PlanResult } from "../planResult";
import type { RollingInput } from "../scheduleStage";

/** The rolling input for re-planning `previous` on `asOf` with the progress read from Project. */
export function rollingFromProject(
  previous: PlanResult,
  progress: readonly ProgressRecord[],
  asOf: IsoDate,
): RollingInput {
  const schedule = previous.schedule.scheduled;
  return { previous: schedule, asOf, actual: replanProgress(schedule, progress) };
}

/** A phase task of a saved Project file as planned, with the people assigned to it. */
export interface PlannedPhaseTask {
  readonly needId: string;
  readonly phase: PhaseId;
  readonly start: IsoDate;
  readonly finish: IsoDate;
  /** Person ids (the resources' Code) assigned to the task. */
  readonly people: readonly string[];
}

/** What a saved Project XML file says about the plan and its progress (read by an adapter). */
export interface ProjectFileProgress {
  /** Progress per need and phase task (% complete, actual start and finish). */
  readonly records: readonly ProgressRecord[];
  /** The phase tasks as planned in the file. */
  readonly planned: readonly PlannedPhaseTask[];
  /** Need id → the need task's deadline, when it has one. */
  readonly deadlines: ReadonlyMap<string, IsoDate>;
}

/**
 * The rolling input for re-planning on `asOf` with the progress in a saved Project file. The
 * previous plan is `previous` when given (e.g. the plan.json the file was written with), else the
 * plan as the file has it (phase dates and assigned people). Throws a RangeError naming the need
 * when a need in the file has no procurement lead assigned.
 */
export function rollingFromProjectFile(
  input: PlanInput,
  file: ProjectFileProgress,
  asOf: IsoDate,
  previous?: readonly PreviousNeed[],
): RollingInput {
  const schedule = previous ?? previousFromProjectFile(input, file);
  return { previous: schedule, asOf, actual: replanProgress(schedule, file.records) };
}

/** The plan as the Project file has it: per need its phases' planned dates and its lead and lawyer. */
export function previousFromProjectFile(input: PlanInput, file: ProjectFileProgress): PreviousNeed[] {
  const byNeed = new Map<string, PlannedPhaseTask[]>();
  for (const t of file.planned) byNeed.set(t.needId, [...(byNeed.get(t.needId) ?? []), t]);
  const first = file.planned.reduce((d, t) => minDate(d, t.start), input.config.planStart);
  const calendar = new WorkCalendar((input.config.scheduling ?? defaultSchedulingConfig()).calendar, first);
  const roleOf = new Map(input.people.map((p) => [p.id, p.role]));
  const out: PreviousNeed[] = [];
  for (const [needId, tasks] of byNeed) {
    const phases = [...tasks]
      .sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase))
      .map(({ phase, start, finish }) => ({
        phase,
        start,
        finish,
        workingDays: calendar.workingDaysIn(toDayNumber(start), toDayNumber(finish)),
      }));
    const people = tasks.flatMap((t) => t.people);
    const leadId = people.find((id) => roleOf.get(id) === "lead");
    if (leadId === undefined)
      throw new RangeError(`Project XML, need ${needId}: no procurement lead assigned to its phases`);
    const lawyerId = people.find((id) => roleOf.get(id) === "lawyer");
    const signed = signatureOf(phases);
    const deadline = file.deadlines.get(needId);
    out.push({
      needId,
      leadId,
      ...(lawyerId !== undefined ? { lawyerId } : {}),
      phases,
      start: phases.reduce((d, p) => minDate(d, p.start), (phases[0] as { start: IsoDate }).start),
      contractSigned: signed,
      finish: phases.reduce((d, p) => (p.finish > d ? p.finish : d), signed),
      daysLate: deadline !== undefined ? Math.max(0, daysBetween(deadline, signed)) : 0,
    });
  }
  return out;
}

/** The finish of the last phase up to the contract signature. */
function signatureOf(phases: readonly { phase: PhaseId; finish: IsoDate }[]): IsoDate {
  const limit = PHASES.indexOf("signature");
  let signed = (phases[0] as { finish: IsoDate }).finish;
  for (const p of phases) if (PHASES.indexOf(p.phase) <= limit) signed = p.finish;
  return signed;
}
