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
} from "./scheduleTypes";

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/** Metrics of `scheduled` with weekly utilisation read from the ledger, from the plan start's week to the last finish. */
export function computeMetrics(
  scheduled: readonly ScheduledNeed[],
  unscheduledCount: number,
  completedCount: number,
  people: readonly Person[],
  ledger: CapacityLedger,
  calendar: WorkCalendar,
  planStart: IsoDate,
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
  let peak = 0;
  const persons: PersonUtilisation[] = people.map((p, i) => {
    const load = weeks.map((w) => round(ledger.used(i, w)));
    const capacity = weeks.map((w) => round(ledger.capacity(i, w)));
    weeks.forEach((w) => {
      const c = ledger.capacity(i, w);
      if (c > 0) peak = Math.max(peak, ledger.used(i, w) / c);
    });
    return { personId: p.id, role: p.role, ...(p.category ? { category: p.category } : {}), load, capacity };
  });
  const roles: RoleUtilisation[] = (["lead", "lawyer"] as const satisfies readonly PersonRole[]).map(
    (role) => {
      const mine = persons.filter((p) => p.role === role);
      const sum = (key: "load" | "capacity") =>
        weeks.map((_, k) => round(mine.reduce((acc, p) => acc + (p[key][k] as number), 0)));
      return { role, load: sum("load"), capacity: sum("capacity") };
    },
  );
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
      people: persons,
      roles,
      peakUtilisation: round(peak),
    },
  };
}
