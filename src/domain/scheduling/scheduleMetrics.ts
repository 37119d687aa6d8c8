/**
 * Metrics of a finished schedule: late needs and days late, priority-weighted tardiness, makespan,
 * late needs per delay reason, and weekly load and capacity per person and per role.
 */
import type { Person, PersonRole } from "../model/people";
import type { WorkCalendar } from "../calendar/workCalendar";
import { isoWeekLabel } from "../calendar/isoWeek";
import { fromDayNumber, toDayNumber, type IsoDate } from "../time/isoDate";
import type { CapacityLedger } from "./capacityLedger";
import type {
  DelayReason,
  PersonUtilisation,
  RoleUtilisation,
  ScheduledNeed,
  ScheduleMetrics,
  UtilisationDetail,
} from "./scheduleTypes";

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * Metrics of `scheduled` with weekly utilisation read from the ledger, from the plan start's week to
 * the last finish: per role always, per person when `detail` is "person".
 */
export function computeMetrics(
  scheduled: readonly ScheduledNeed[],
  unscheduledCount: number,
  completedCount: number,
  people: readonly Person[],
  ledger: CapacityLedger,
  calendar: WorkCalendar,
  planStart: IsoDate,
  detail: UtilisationDetail = "role",
): ScheduleMetrics {
  let lateCount = 0;
  let totalDaysLate = 0;
  let maxDaysLate = 0;
  let weightedTardiness = 0;
  let makespanEnd = planStart;
  const lateByReason: Partial<Record<DelayReason, number>> = {};
  for (const s of scheduled) {
    if (s.finish > makespanEnd) makespanEnd = s.finish;
    if (s.daysLate <= 0) continue;
    lateCount += 1;
    totalDaysLate += s.daysLate;
    maxDaysLate = Math.max(maxDaysLate, s.daysLate);
    weightedTardiness += (s.priority ?? 1) * s.daysLate;
    const reason = s.delayedBy as DelayReason;
    lateByReason[reason] = (lateByReason[reason] ?? 0) + 1;
  }
  const firstWeek = calendar.weekIndex(toDayNumber(planStart));
  const lastWeek = calendar.weekIndex(toDayNumber(makespanEnd));
  const weeks: number[] = [];
  for (let w = firstWeek; w <= lastWeek; w += 1) weeks.push(w);
  const { persons, roles, peak } = weeklyUtilisation(people, ledger, weeks, detail);
  return {
    scheduledCount: scheduled.length,
    unscheduledCount,
    completedCount,
    lateCount,
    totalDaysLate,
    maxDaysLate,
    weightedTardiness: round(weightedTardiness),
    makespanDays: scheduled.length > 0 ? toDayNumber(makespanEnd) - toDayNumber(planStart) + 1 : 0,
    makespanEnd,
    lateByReason,
    utilisation: {
      weekStarts: weeks.map((w) => fromDayNumber(calendar.weekStart(w))),
      weekLabels: weeks.map((w) => isoWeekLabel(calendar.weekStart(w))),
      detail,
      people: persons,
      roles,
      peakUtilisation: round(peak),
    },
  };
}

/** Weekly load and capacity per role (with each role's busiest person-week) and, on request, per person. */
function weeklyUtilisation(
  people: readonly Person[],
  ledger: CapacityLedger,
  weeks: readonly number[],
  detail: UtilisationDetail,
): { persons: PersonUtilisation[]; roles: RoleUtilisation[]; peak: number } {
  const persons: PersonUtilisation[] = [];
  const sums = new Map<PersonRole, { load: number[]; capacity: number[]; peak: number }>();
  for (const role of ["lead", "lawyer"] as const)
    sums.set(role, { load: weeks.map(() => 0), capacity: weeks.map(() => 0), peak: 0 });
  people.forEach((p, i) => {
    const sum = sums.get(p.role) as { load: number[]; capacity: number[]; peak: number };
    const load = weeks.map((w) => ledger.used(i, w));
    const capacity = weeks.map((w) => ledger.capacity(i, w));
    weeks.forEach((_, k) => {
      const c = capacity[k] as number;
      sum.load[k] = (sum.load[k] as number) + (load[k] as number);
      sum.capacity[k] = (sum.capacity[k] as number) + c;
      if (c > 0) sum.peak = Math.max(sum.peak, (load[k] as number) / c);
    });
    if (detail === "person")
      persons.push({
        personId: p.id,
        role: p.role,
        ...(p.category ? { category: p.category } : {}),
        load: load.map(round),
        capacity: capacity.map(round),
      });
  });
  const roles: RoleUtilisation[] = [...sums].map(([role, s]) => ({
    role,
    load: s.load.map(round),
    capacity: s.capacity.map(round),
    peakUtilisation: round(s.peak),
  }));
  return { persons, roles, peak: Math.max(0, ...roles.map((r) => r.peakUtilisation ?? 0)) };
}
