/**
 * Builds the Project view of a plan: the project summary task (UID 0), a summary task per main
 * category, a summary task per scheduled need and its phases as subtasks, finish-to-start links
 * with explicit lags (between phases and from dependencies), leads and lawyers as resources with
 * assignments, a deadline per need, priorities from the ranking and the extended attributes.
 * Graded needs are redacted through the one redaction policy (src/domain/rules/redaction.ts).
 */
import type { Need } from "../model/need";
import type { Person } from "../model/people";
import type { RankedNeed } from "../prioritisation/prioritisationTypes";
import { mustRedact, redactNeed } from "../rules/redaction";
import type { ScheduledNeed, ScheduledPhase } from "../scheduling/scheduleTypes";
import { fillPlaceholders } from "./fillPlaceholders";
import type {
  PlanAssignment,
  PlanLink,
  PlanResource,
  PlanTask,
  ProjectPlan,
  ProjectPlanInput,
  ProjectPlanLabels,
  ProjectPlanOptions,
} from "./projectPlanTypes";
import { formatTaskKey } from "./taskKeys";
import { assignUids, assignmentUid, phaseUid } from "./uidScheme";
import {
  holidayRanges,
  makeProjectCalendar,
  MINUTES_PER_DAY,
  workingDayLag,
  workingDaysInRange,
  type HolidayRange,
  type ProjectCalendar,
} from "./projectCalendar";
import { isIsoDate, maxDate, minDate } from "../time/isoDate";

/** Longest task name Project accepts. */
export const MAX_TASK_NAME = 255;
/** Priority of summary tasks and unranked needs (Project's default). */
export const DEFAULT_PRIORITY = 500;

/** Project priority 1–999 for the position (0 = best) among `count` ranked needs. */
export function priorityForPosition(position: number, count: number): number {
  if (count <= 1) return 999;
  return 999 - Math.round((998 * position) / (count - 1));
}

interface Checked {
  readonly scheduled: ScheduledNeed;
  readonly need: Need;
  readonly ranked?: RankedNeed;
}

function fail(index: number, needId: string, field: string, problem: string): never {
  throw new RangeError(`schedule[${index}] (need ${needId}), ${field}: ${problem}`);
}

function checkPhase(index: number, needId: string, p: ScheduledPhase, k: number): void {
  if (!isIsoDate(p.start)) fail(index, needId, `phases[${k}].start`, `"${p.start}" is not an ISO date`);
  if (!isIsoDate(p.finish)) fail(index, needId, `phases[${k}].finish`, `"${p.finish}" is not an ISO date`);
  if (p.finish < p.start)
    fail(index, needId, `phases[${k}]`, `finish ${p.finish} is before start ${p.start}`);
}

function checkInput(input: ProjectPlanInput): Checked[] {
  const needs = new Map(input.needs.map((n) => [n.id, n]));
  const ranks = new Map(input.ranking.map((r) => [r.needId, r]));
  const people = new Map(input.people.map((p) => [p.id, p]));
  const categories = new Set(input.categories.map((c) => c.id));
  const seen = new Set<string>();
  return input.schedule.map((s, i) => {
    const need = needs.get(s.needId);
    if (!need) fail(i, s.needId, "needId", "no need with this id in the plan");
    if (seen.has(s.needId)) fail(i, s.needId, "needId", "scheduled more than once");
    seen.add(s.needId);
    if (!categories.has(need.category))
      fail(i, s.needId, "category", `unknown main category "${need.category}"`);
    if (!people.has(s.leadId)) fail(i, s.needId, "leadId", `no person "${s.leadId}"`);
    if (s.lawyerId !== undefined && !people.has(s.lawyerId))
      fail(i, s.needId, "lawyerId", `no person "${s.lawyerId}"`);
    if (s.phases.length === 0) fail(i, s.needId, "phases", "no phases");
    s.phases.forEach((p, k) => checkPhase(i, s.needId, p, k));
    const ranked = ranks.get(s.needId);
    return ranked ? { scheduled: s, need, ranked } : { scheduled: s, need };
  });
}

function checkedAbsences(person: Person): HolidayRange[] {
  return person.absences.map((a, k) => {
    const where = `people (person ${person.id}), absences[${k}]`;
    if (!isIsoDate(a.from) || !isIsoDate(a.to))
      throw new RangeError(`${where}: "${a.from}"–"${a.to}" are not ISO dates`);
    if (a.to < a.from) throw new RangeError(`${where}: to ${a.to} is before from ${a.from}`);
    return { from: a.from, to: a.to };
  });
}

function byRankThenId(a: Checked, b: Checked): number {
  const ra = a.ranked?.rank ?? Number.POSITIVE_INFINITY;
  const rb = b.ranked?.rank ?? Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra < rb ? -1 : 1;
  return a.need.id < b.need.id ? -1 : a.need.id > b.need.id ? 1 : 0;
}

/** The phase whose finish is the contract signature (the one dependants wait for). */
function signaturePhase(s: ScheduledNeed): ScheduledPhase {
  const signature = s.phases.find((p) => p.phase === "signature");
  if (signature) return signature;
  const beforeSigned = s.phases.filter((p) => p.finish <= s.contractSigned);
  return (beforeSigned[beforeSigned.length - 1] ?? s.phases[s.phases.length - 1]) as ScheduledPhase;
}

function needNotes(
  c: Checked,
  shown: Need,
  labels: ProjectPlanLabels,
  people: ReadonlyMap<string, Person>,
  scheduledIds: ReadonlySet<string>,
): string {
  const s = c.scheduled;
  const line = (key: keyof ProjectPlanLabels["notes"], value: string | number) =>
    fillPlaceholders(labels.notes[key], { value });
  const lines = [shown.description];
  lines.push(line("unit", shown.unit));
  lines.push(line("procedure", labels.procedures[s.procedure]));
  lines.push(line("lead", people.get(s.leadId)?.name ?? s.leadId));
  if (s.lawyerId !== undefined) lines.push(line("lawyer", people.get(s.lawyerId)?.name ?? s.lawyerId));
  const deadline = s.deadline ?? shown.neededBy;
  if (deadline !== undefined) lines.push(line("deadline", deadline));
  if (s.daysLate > 0) lines.push(line("late", s.daysLate));
  const inPlan = shown.dependsOn.filter((id) => scheduledIds.has(id));
  const missing = shown.dependsOn.filter((id) => !scheduledIds.has(id));
  if (inPlan.length > 0) lines.push(line("dependsOn", inPlan.join(", ")));
  if (missing.length > 0) lines.push(line("dependsOnMissing", missing.join(", ")));
  return lines.filter((l) => l.length > 0).join("\n");
}

function truncateName(name: string): string {
  return name.length <= MAX_TASK_NAME ? name : `${name.slice(0, MAX_TASK_NAME - 1)}…`;
}

interface NeedTasks {
  readonly tasks: PlanTask[];
  readonly assignments: PlanAssignment[];
}

function buildNeedTasks(
  c: Checked,
  ctx: {
    readonly uid: number;
    readonly outlineNumber: string;
    readonly priority: number;
    readonly calendar: ProjectCalendar;
    readonly options: ProjectPlanOptions;
    readonly people: ReadonlyMap<string, Person>;
    readonly resourceUids: ReadonlyMap<string, number>;
    readonly scheduledIds: ReadonlySet<string>;
    readonly dependencyLinks: readonly PlanLink[];
    readonly nextId: () => number;
  },
): NeedTasks {
  const { scheduled: s, need } = c;
  const labels = ctx.options.labels;
  const shown = redactNeed(need, ctx.options.redaction);
  const redacted = mustRedact(need, ctx.options.redaction);
  const start = s.phases.reduce((d, p) => minDate(d, p.start), s.phases[0]?.start ?? s.start);
  const finish = s.phases.reduce((d, p) => maxDate(d, p.finish), s.phases[0]?.finish ?? s.finish);
  const extras = {
    needId: need.id,
    categoryId: need.category,
    unit: need.unit,
    securityGraded: need.securityGraded,
    ...(c.ranked ? { score: c.ranked.score, rank: c.ranked.rank } : {}),
  };
  const deadline = s.deadline ?? need.neededBy;
  const needTask: PlanTask = {
    uid: ctx.uid,
    id: ctx.nextId(),
    key: formatTaskKey({ kind: "need", needId: need.id }),
    kind: "need",
    name: truncateName(redacted ? shown.title : `${need.id} – ${shown.title}`),
    outlineLevel: 2,
    outlineNumber: ctx.outlineNumber,
    summary: true,
    start,
    finish,
    workingDays: workingDaysInRange(ctx.calendar, start, finish),
    priority: ctx.priority,
    ...(deadline !== undefined ? { deadline } : {}),
    notes: needNotes(c, shown, labels, ctx.people, ctx.scheduledIds),
    predecessors: [],
    ...extras,
  };
  const tasks: PlanTask[] = [needTask];
  const assignments: PlanAssignment[] = [];
  let previous: { uid: number; finish: string } | undefined;
  s.phases.forEach((p, k) => {
    const uid = phaseUid(ctx.uid, p.phase);
    const workingDays = workingDaysInRange(ctx.calendar, p.start, p.finish);
    const predecessors: PlanLink[] = previous
      ? [{ predecessorUid: previous.uid, lagDays: workingDayLag(ctx.calendar, previous.finish, p.start) }]
      : [...ctx.dependencyLinks];
    tasks.push({
      uid,
      id: ctx.nextId(),
      key: formatTaskKey({ kind: "phase", needId: need.id, phase: p.phase }),
      kind: "phase",
      name: labels.phases[p.phase],
      outlineLevel: 3,
      outlineNumber: `${ctx.outlineNumber}.${k + 1}`,
      summary: false,
      start: p.start,
      finish: p.finish,
      workingDays,
      priority: ctx.priority,
      notes: "",
      ...(previous ? {} : { startNoEarlierThan: p.start }),
      predecessors,
      phase: p.phase,
      needId: need.id,
      securityGraded: need.securityGraded,
    });
    const assign = (personId: string, role: "lead" | "lawyer", units: number) => {
      if (units <= 0) return;
      assignments.push({
        uid: assignmentUid(uid, role),
        taskUid: uid,
        resourceUid: ctx.resourceUids.get(personId) as number,
        role,
        units,
        start: p.start,
        finish: p.finish,
        workMinutes: Math.round(workingDays * MINUTES_PER_DAY * units),
      });
    };
    assign(s.leadId, "lead", p.leadLoad);
    if (s.lawyerId !== undefined) assign(s.lawyerId, "lawyer", p.lawyerLoad);
    previous = { uid, finish: p.finish };
  });
  return { tasks, assignments };
}

/** Builds the Project plan; throws a RangeError naming the schedule entry and field on bad input. */
export function buildProjectPlan(input: ProjectPlanInput, options: ProjectPlanOptions): ProjectPlan {
  const calendar = makeProjectCalendar(input.holidays);
  const checked = checkInput(input);
  const people = new Map(input.people.map((p) => [p.id, p]));
  const usedCategories = input.categories.filter((cat) => checked.some((c) => c.need.category === cat.id));
  const uids = assignUids(
    {
      needs: checked.map((c) => c.need.id),
      categories: usedCategories.map((cat) => cat.id),
      people: input.people.map((p) => p.id),
    },
    options.previousUids,
  );
  const needUid = (id: string) => uids.needs.get(id) as number;
  const scheduledIds = new Set(checked.map((c) => c.need.id));
  const byId = new Map(checked.map((c) => [c.need.id, c]));
  const ranked = checked.filter((c) => c.ranked !== undefined).sort(byRankThenId);
  const priorities = new Map(ranked.map((c, i) => [c.need.id, priorityForPosition(i, ranked.length)]));

  let nextId = 1;
  const takeId = () => nextId++;
  const tasks: PlanTask[] = [];
  const assignments: PlanAssignment[] = [];
  usedCategories.forEach((cat, ci) => {
    const members = checked.filter((c) => c.need.category === cat.id).sort(byRankThenId);
    const catNumber = String(ci + 1);
    const catId = takeId();
    const children: PlanTask[] = [];
    members.forEach((c, ni) => {
      const dependencyLinks: PlanLink[] = c.need.dependsOn
        .map((depId) => byId.get(depId))
        .filter((dep): dep is Checked => dep !== undefined)
        .map((dep) => {
          const pred = signaturePhase(dep.scheduled);
          const first = c.scheduled.phases[0] as ScheduledPhase;
          return {
            predecessorUid: phaseUid(needUid(dep.need.id), pred.phase),
            lagDays: workingDayLag(calendar, pred.finish, first.start),
          };
        });
      const built = buildNeedTasks(c, {
        uid: needUid(c.need.id),
        outlineNumber: `${catNumber}.${ni + 1}`,
        priority: priorities.get(c.need.id) ?? DEFAULT_PRIORITY,
        calendar,
        options,
        people,
        resourceUids: uids.resources,
        scheduledIds,
        dependencyLinks,
        nextId: takeId,
      });
      children.push(...built.tasks);
      assignments.push(...built.assignments);
    });
    const start = children.reduce((d, t) => minDate(d, t.start), children[0]?.start ?? "");
    const finish = children.reduce((d, t) => maxDate(d, t.finish), children[0]?.finish ?? "");
    tasks.push({
      uid: uids.categories.get(cat.id) as number,
      id: catId,
      key: formatTaskKey({ kind: "category", categoryId: cat.id }),
      kind: "category",
      name: truncateName(cat.name),
      outlineLevel: 1,
      outlineNumber: catNumber,
      summary: true,
      start,
      finish,
      workingDays: workingDaysInRange(calendar, start, finish),
      priority: DEFAULT_PRIORITY,
      notes: "",
      predecessors: [],
      categoryId: cat.id,
    });
    tasks.push(...children);
  });

  const startDate = tasks.reduce((d, t) => minDate(d, t.start), tasks[0]?.start ?? `${input.planYear}-01-01`);
  const finishDate = tasks.reduce(
    (d, t) => maxDate(d, t.finish),
    tasks[0]?.finish ?? `${input.planYear}-12-31`,
  );
  const projectTask: PlanTask = {
    uid: 0,
    id: 0,
    key: formatTaskKey({ kind: "project" }),
    kind: "project",
    name: options.labels.projectName,
    outlineLevel: 0,
    outlineNumber: "0",
    summary: true,
    start: startDate,
    finish: finishDate,
    workingDays: workingDaysInRange(calendar, startDate, finishDate),
    priority: DEFAULT_PRIORITY,
    notes: "",
    predecessors: [],
  };
  const resources: PlanResource[] = input.people.map((p, i) => ({
    uid: uids.resources.get(p.id) as number,
    id: i + 1,
    personId: p.id,
    name: p.name,
    role: p.role,
    group: options.labels.roles[p.role],
    maxUnits: p.availability,
    absences: checkedAbsences(p),
  }));
  return {
    planYear: input.planYear,
    name: options.labels.projectName,
    title: options.labels.projectName,
    startDate,
    finishDate,
    calendar: { name: options.labels.calendarName, holidays: holidayRanges(calendar, input.holidayNames) },
    tasks: [projectTask, ...tasks],
    resources,
    assignments,
  };
}
