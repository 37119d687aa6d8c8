/**
 * Chart data of capacity per role per week: the schedule's weekly load and capacity summed over
 * each role (full-time weeks), as the scheduler's utilisation reports them, with each role's
 * totals and busiest week. Pure; CapacityChart draws it.
 */
import type { PersonRole } from "../../domain/model/people";
import type { IsoDate } from "../../domain/time/isoDate";
import type { PlanSchedule } from "../scheduleStage";

/** One week of one role. */
export interface CapacityWeek {
  /** Monday of the week. */
  readonly weekStart: IsoDate;
  /** ISO week label, e.g. `2027-W03`. */
  readonly weekLabel: string;
  /** Booked full-time weeks. */
  readonly load: number;
  /** Available full-time weeks. */
  readonly capacity: number;
}

/** One role's series. */
export interface RoleCapacitySeries {
  readonly role: PersonRole;
  readonly weeks: readonly CapacityWeek[];
  /** Σ load over the weeks. */
  readonly totalLoad: number;
  /** Σ capacity over the weeks. */
  readonly totalCapacity: number;
  /** The week with the highest load ÷ capacity of the role as a whole; absent when no capacity. */
  readonly busiest?: { readonly weekLabel: string; readonly share: number };
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

function busiestWeek(weeks: readonly CapacityWeek[]): RoleCapacitySeries["busiest"] {
  let best: RoleCapacitySeries["busiest"];
  for (const w of weeks) {
    if (w.capacity <= 0) continue;
    const share = w.load / w.capacity;
    if (best === undefined || share > best.share) best = { weekLabel: w.weekLabel, share: round(share) };
  }
  return best;
}

/** Capacity chart data per role (roles without any capacity in the plan are left out). */
export function capacityChartData(schedule: PlanSchedule): RoleCapacitySeries[] {
  const { weekStarts, weekLabels, roles } = schedule.metrics.utilisation;
  return roles
    .map((r) => {
      const weeks = weekStarts.map((weekStart, i) => ({
        weekStart,
        weekLabel: weekLabels[i] ?? weekStart,
        load: r.load[i] ?? 0,
        capacity: r.capacity[i] ?? 0,
      }));
      const busiest = busiestWeek(weeks);
      return {
        role: r.role,
        weeks,
        totalLoad: round(weeks.reduce((s, w) => s + w.load, 0)),
        totalCapacity: round(weeks.reduce((s, w) => s + w.capacity, 0)),
        ...(busiest ? { busiest } : {}),
      };
    })
    .filter((r) => r.totalCapacity > 0);
}
