/**
 * Writes a scheduling instance as a TaskJuggler (tj3) project, for comparing our scheduler with
 * tj3 on the same instance. The mapping (docs/scheduling.md, "Comparison with TaskJuggler"):
 * a 10-hour working day so loads of 0.1 steps become whole hours; resources with a daily limit of
 * availability × 10 h and their absences as leaves; public holidays and holiday weeks as project
 * leaves; one task group per need with one sub-task per phase — effort phases as `effort` with a
 * task limit of load × 10 h a day and the category's leads as alternatives, the lawyer's share as
 * a parallel sub-task, legal periods as `duration` in calendar days with the work done during them
 * (their lead and lawyer loads) as parallel effort sub-tasks; dependencies as `depends`;
 * priorities ranked by fast-track, deadline and priority (tj3 itself ignores deadlines).
 */
import { WorkCalendar } from "../../domain/calendar/workCalendar";
import { deadlineFor } from "../../domain/scheduling/deadlines";
import { planPhases, type NeedPhasePlan, type PhaseSpec } from "../../domain/scheduling/phasePlan";
import type { ScheduleRequest } from "../../domain/scheduling/scheduleNeeds";
import { defaultSchedulingConfig } from "../../domain/scheduling/schedulingConfig";
import { PHASES } from "../../domain/scheduling/scheduleTypes";
import { addDays, daysBetween, isoFromYmd, yearOf, type IsoDate } from "../../domain/time/isoDate";
import { ownValue } from "../../domain/model/dataRecord";

/** Hours of the working day in the generated project. */
export const TJ_DAY_HOURS = 10;

/** tj3 3.7 refuses dates after 2035 ("Year out of range (1970 - 2035)"): the project ends here at the latest. */
export const TJ_LAST_DAY = "2035-12-31";

/** The project text and how to read tj3's answer back. */
export interface TjpProject {
  readonly text: string;
  /** tj3 task id of each need's signature (the last phase up to signature) → need id. */
  readonly signatureTask: ReadonlyMap<string, string>;
  /** Need id → deadline (signed on or before), for needs that have one. */
  readonly deadlines: ReadonlyMap<string, IsoDate>;
  /** Id of the CSV task report. */
  readonly reportId: string;
  /** Needs left out because no lead (or no lawyer) could carry them; they count as unscheduled. */
  readonly omitted: readonly string[];
}

/** The tj3 project for `request` (the same instance our scheduler gets). */
export function writeTjp(request: ScheduleRequest): TjpProject {
  const cfg = request.config.scheduling ?? defaultSchedulingConfig();
  const planStart = request.asOf ?? request.config.planStart;
  const wanted = isoFromYmd(yearOf(planStart) + cfg.horizonYears + 1, 1, 1);
  const end = wanted < TJ_LAST_DAY ? wanted : TJ_LAST_DAY;
  const calendar = new WorkCalendar(cfg.calendar, planStart);
  const contracts = new Map(request.contracts.map((c) => [c.id, c]));
  const lines: string[] = [
    `project plan "Anskaffelsesplan" ${planStart} - ${end} {`,
    `  timezone "UTC"`,
    `  timingresolution 60min`,
    `  dailyworkinghours ${TJ_DAY_HOURS}`,
    `  workinghours mon - fri 8:00 - 18:00`,
    `  workinghours sat, sun off`,
    `}`,
  ];
  for (const h of calendar.holidaysIn(planStart, end))
    lines.push(`leaves holiday "${h.code ?? h.kind}" ${h.date} +1d`);
  const resourceId = new Map<string, string>();
  request.people.forEach((p, i) => {
    const id = `r${i}`;
    resourceId.set(p.id, id);
    const hours = Math.round(p.availability * TJ_DAY_HOURS);
    const leaves = p.absences.map((a) => `  leaves annual ${a.from} +${daysBetween(a.from, a.to) + 1}d`);
    lines.push(`resource ${id} "${quote(p.name)}" {`, `  limits { dailymax ${hours}h }`, ...leaves, `}`);
  });
  const lawyers = request.people
    .filter((p) => p.role === "lawyer")
    .map((p) => resourceId.get(p.id) as string);
  const taskId = new Map(request.needs.map((n, i) => [n.id, `n${i}`]));
  const deadlines = new Map<string, IsoDate>();
  for (const need of request.needs) {
    const contract = need.existingContractId ? contracts.get(need.existingContractId) : undefined;
    const d = deadlineFor(need, contract, planStart, cfg);
    if (d) deadlines.set(need.id, d.date);
  }
  const rank = tjPriorities(request, deadlines);
  const signatureTask = new Map<string, string>();
  const leadsOf = (category: string) =>
    request.people
      .filter((p) => p.role === "lead" && p.category === category)
      .map((p) => resourceId.get(p.id) as string);
  const plans = new Map(
    request.needs.map((n) => [n.id, planPhases(n, cfg, request.config.thresholds, planStart)]),
  );
  // Needs nobody can carry are left out (tj3 would refuse the whole project); they count as unscheduled.
  const omitted = request.needs
    .filter((n) => {
      const lawyerNeeded = plans.get(n.id)?.phases.some((p) => p.lawyerLoad > 0) === true;
      return leadsOf(n.category).length === 0 || (lawyerNeeded && lawyers.length === 0);
    })
    .map((n) => n.id);
  for (const need of request.needs) {
    if (omitted.includes(need.id)) continue;
    const id = taskId.get(need.id) as string;
    const plan = plans.get(need.id) as NeedPhasePlan;
    const leads = leadsOf(need.category);
    const deps = need.dependsOn.flatMap((d) =>
      taskId.has(d) && !omitted.includes(d) ? [taskId.get(d) as string] : [],
    );
    lines.push(`task ${id} "${quote(need.id)}" {`, `  priority ${rank.get(need.id) ?? 500}`);
    if (deps.length > 0) lines.push(`  depends ${deps.join(", ")}`);
    let previous: string | undefined;
    let signature: string | undefined;
    plan.phases.forEach((spec, k) => {
      const sub = `p${k}`;
      lines.push(...phaseTask(sub, spec, previous, leads, lawyers));
      previous = sub;
      if (PHASES.indexOf(spec.phase) <= PHASES.indexOf("signature")) signature = `${id}.${sub}`;
    });
    lines.push(`}`);
    if (signature) signatureTask.set(signature, need.id);
  }
  const reportId = "schedule";
  lines.push(
    `taskreport ${reportId} "${reportId}" {`,
    `  formats csv`,
    `  columns id, start, end`,
    `  timeformat "%Y-%m-%d"`,
    `  hideresource 1`,
    `}`,
  );
  return { text: lines.join("\n") + "\n", signatureTask, deadlines, reportId, omitted };
}

function phaseTask(
  id: string,
  spec: PhaseSpec,
  previous: string | undefined,
  leads: readonly string[],
  lawyers: readonly string[],
): string[] {
  const depends = previous ? [`    depends !${previous}`] : [];
  const waiting = spec.kind === "calendar-days";
  if (spec.leadLoad <= 0 && spec.lawyerLoad <= 0) {
    const span = waiting ? `duration ${spec.days}d` : `length ${spec.days}d`;
    return [`  task ${id} "${spec.phase}" {`, ...depends, `    ${span}`, `  }`];
  }
  // Effort phases: `days` working days of work. Legal periods: the clock (`duration`, calendar
  // days) runs beside the work done in it (answering questions, award letters), which is the
  // load × the working days such a period holds; the phase ends when both are done.
  const workDays = waiting ? workingDaysInPeriod(spec.days) : spec.days;
  const part = (who: readonly string[], load: number, sub: string, name: string) => {
    const hours = Math.max(1, Math.round(load * TJ_DAY_HOURS));
    const [first, ...rest] = who;
    const alternatives =
      rest.length > 0 ? ` { alternative ${rest.join(", ")} select minloaded persistent }` : "";
    return [
      `    task ${sub} "${name}" {`,
      `      effort ${Math.max(1, Math.round(hours * workDays))}h`,
      `      allocate ${first}${alternatives}`,
      `      limits { dailymax ${hours}h }`,
      `    }`,
    ];
  };
  const body: string[] = waiting
    ? [`    task clock "period" {`, `      duration ${spec.days}d`, `    }`]
    : [];
  if (spec.leadLoad > 0) body.push(...part(leads, spec.leadLoad, "lead", "lead"));
  if (spec.lawyerLoad > 0) body.push(...part(lawyers, spec.lawyerLoad, "lawyer", "lawyer"));
  return [`  task ${id} "${spec.phase}" {`, ...depends, ...body, `  }`];
}

/**
 * Working days in a legal period of `days` calendar days, averaged over the five weekdays it may
 * start on (ours start on a working day), holidays aside: tj3 cannot know the start in advance.
 */
export function workingDaysInPeriod(days: number): number {
  let sum = 0;
  for (let weekday = 0; weekday < 5; weekday += 1) {
    for (let d = 0; d < days; d += 1) if ((weekday + d) % 7 < 5) sum += 1;
  }
  return sum / 5;
}

/** tj3 priorities 1–1000: fast-track first, then earliest deadline, then our priority (tj3 knows no deadlines). */
function tjPriorities(
  request: ScheduleRequest,
  deadlines: ReadonlyMap<string, IsoDate>,
): Map<string, number> {
  const far = addDays(request.config.planStart, 365 * 1000);
  const sorted = [...request.needs].sort(
    (a, b) =>
      Number(a.deliveryTrack !== "hurtig") - Number(b.deliveryTrack !== "hurtig") ||
      (deadlines.get(a.id) ?? far).localeCompare(deadlines.get(b.id) ?? far) ||
      (ownValue(request.priority, b.id) ?? 0) - (ownValue(request.priority, a.id) ?? 0),
  );
  const n = sorted.length;
  return new Map(sorted.map((need, i) => [need.id, n <= 1 ? 1000 : Math.round(1000 - (998 * i) / (n - 1))]));
}

function quote(text: string): string {
  return text.replace(/["\\]/g, "");
}
