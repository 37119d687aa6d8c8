/**
 * Placing one phase in time for one or two people without overloading anyone in any week, and
 * the capacity-free ("nominal") placement used for slack and for explaining lateness.
 *
 * The scan starts at the earliest working day and moves the start forward. When a week after the
 * start week is overloaded, every start before that week's Monday overloads it at least as much
 * (the phase covers that week with as many or more days), so the scan jumps to the Monday of the
 * last such week.
 */
import type { WorkCalendar } from "../calendar/workCalendar";
import { CAPACITY_EPSILON, type CapacityLedger } from "./capacityLedger";
import type { PhaseSpec } from "./phasePlan";

/** A person taking part in a phase, with the load the phase puts on them. */
export interface Participant {
  /** Index in the ledger. */
  readonly index: number;
  readonly load: number;
  readonly role: "lead" | "lawyer";
}

/** A phase of the need being placed, not booked yet (its load still counts). */
export interface PendingLoad {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly load: number;
}

/** Days a placement waited on each role's capacity (used to explain lateness). */
export interface WaitTally {
  lead: number;
  lawyer: number;
}

/** The last day of a phase that starts on `start`. */
export function phaseEnd(
  calendar: WorkCalendar,
  spec: Pick<PhaseSpec, "kind" | "days">,
  start: number,
): number {
  return spec.kind === "working-days" ? calendar.workingDayEnd(start, spec.days) : start + spec.days - 1;
}

/**
 * The earliest [start, end] at or after `earliest` (phases start on working days) at which every
 * participant has room in every week, or null when the start would pass `lastStart`.
 */
export function placePhase(
  calendar: WorkCalendar,
  ledger: CapacityLedger,
  spec: Pick<PhaseSpec, "kind" | "days">,
  earliest: number,
  participants: readonly Participant[],
  pending: readonly PendingLoad[],
  lastStart: number,
  tally: WaitTally,
): { start: number; end: number } | null {
  let start = calendar.nextWorkingDay(earliest);
  for (const p of participants) {
    if (p.load <= 0) continue;
    const open = calendar.weekStart(ledger.openFrom(p.index, p.load));
    if (open > start) {
      const moved = calendar.nextWorkingDay(open);
      tally[p.role] += moved - start;
      start = moved;
    }
  }
  for (;;) {
    if (start > lastStart) return null;
    const end = phaseEnd(calendar, spec, start);
    const startWeek = calendar.weekIndex(start);
    let next = start;
    let culprit: Participant | undefined;
    const monday = calendar.weekStart(startWeek);
    for (const p of participants) {
      let extra = 0;
      // Pending phases end in phase order before `start`: only the last ones can end in its week.
      for (let k = pending.length - 1; k >= 0 && (pending[k] as PendingLoad).end >= monday; k -= 1) {
        const q = pending[k] as PendingLoad;
        if (q.index === p.index) extra += ledger.weekLoad(startWeek, q.start, q.end, q.load);
      }
      const week = ledger.lastOverload(p.index, start, end, p.load, extra);
      if (week < 0) continue;
      let candidate: number;
      if (week > startWeek) candidate = calendar.weekStart(week);
      else {
        // Start late enough in this week that the days it still covers fit the room left.
        const room = ledger.capacity(p.index, week) - ledger.used(p.index, week) - extra;
        const days = Math.floor(((room + CAPACITY_EPSILON) * 5) / p.load);
        const weekEnd = calendar.weekStart(week) + 6;
        candidate = start + 1;
        while (candidate <= weekEnd && calendar.workingDaysIn(candidate, weekEnd) > days) candidate += 1;
      }
      if (candidate > next) {
        next = candidate;
        culprit = p;
      }
    }
    if (!culprit) return { start, end };
    const moved = calendar.nextWorkingDay(next);
    tally[culprit.role] += moved - start;
    start = moved;
  }
}

/** Places phases back to back from `earliest` ignoring capacity; returns each phase's [start, end]. */
export function placeNominal(
  calendar: WorkCalendar,
  phases: readonly Pick<PhaseSpec, "kind" | "days">[],
  earliest: number,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let t = earliest;
  for (const spec of phases) {
    const start = calendar.nextWorkingDay(t);
    const end = phaseEnd(calendar, spec, start);
    out.push({ start, end });
    t = end + 1;
  }
  return out;
}
