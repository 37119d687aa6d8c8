/**
 * Weekly load and capacity per person recomputed from a schedule's phases, the way the scheduler's
 * ledger counts them (load × working days of the phase in the week ÷ 5; capacity = availability ×
 * working days of the week, absences removed, ÷ 5). plan.json keeps utilisation per role by
 * default; readers that show people (Excel's Kapasitet sheet) get the per-person figures from here.
 */
import { WorkCalendar, type CalendarConfig } from "../calendar/workCalendar";
import type { Person } from "../model/people";
import { minDate, toDayNumber, type IsoDate } from "../time/isoDate";
import { CapacityLedger } from "./capacityLedger";
import type { PersonUtilisation, ScheduledNeed } from "./scheduleTypes";

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/** Per person and week of `weekStarts` (Mondays): booked load and capacity in full-time weeks. */
export function personUtilisation(
  scheduled: readonly ScheduledNeed[],
  people: readonly Person[],
  calendarConfig: CalendarConfig,
  weekStarts: readonly IsoDate[],
): PersonUtilisation[] {
  if (weekStarts.length === 0)
    return people.map((p) => ({ personId: p.id, role: p.role, load: [], capacity: [] }));
  let first = weekStarts[0] as IsoDate;
  for (const s of scheduled) first = minDate(first, s.start);
  const calendar = new WorkCalendar(calendarConfig, first);
  const ledger = new CapacityLedger(calendar, people, 0);
  const index = new Map(people.map((p, i) => [p.id, i]));
  for (const s of scheduled) {
    const lead = index.get(s.leadId);
    const lawyer = s.lawyerId === undefined ? undefined : index.get(s.lawyerId);
    for (const ph of s.phases) {
      const [a, b] = [toDayNumber(ph.start), toDayNumber(ph.finish)];
      if (lead !== undefined) ledger.book(lead, a, b, ph.leadLoad);
      if (lawyer !== undefined) ledger.book(lawyer, a, b, ph.lawyerLoad);
    }
  }
  const weeks = weekStarts.map((w) => calendar.weekIndex(toDayNumber(w)));
  return people.map((p, i) => ({
    personId: p.id,
    role: p.role,
    ...(p.category ? { category: p.category } : {}),
    load: weeks.map((w) => round(ledger.used(i, w))),
    capacity: weeks.map((w) => round(ledger.capacity(i, w))),
  }));
}
