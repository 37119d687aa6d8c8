/**
 * Person-weeks available in the plan year: per main category for procurement leads, and in one
 * pool for lawyers. Per person: availability × (working weeks − absence weeks), where absence weeks
 * are the absent weekdays inside the plan year divided by 5 (public holidays are already out of
 * the working weeks, so an absence on one is counted once more — a small, conservative error).
 */
import type { Person } from "../model/people";
import { isoFromYmd, isoWeekday, maxDate, minDate, addDays } from "../time/isoDate";
import { dataRecord, ownValue } from "../model/dataRecord";

/** Capacity for the selection. */
export interface Capacity {
  /** Main category id → lead person-weeks. */
  readonly leadWeeksByCategory: Readonly<Record<string, number>>;
  readonly lawyerWeeks: number;
}

/** Weekdays (Mon–Fri) from `from` to `to`, inclusive. */
export function weekdaysBetween(from: string, to: string): number {
  let count = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (isoWeekday(d) <= 5) count += 1;
  return count;
}

/** Person-weeks one person gives in the plan year. */
export function personWeeks(person: Person, planYear: number, workingWeeksPerYear: number): number {
  const yearStart = isoFromYmd(planYear, 1, 1);
  const yearEnd = isoFromYmd(planYear, 12, 31);
  const absentDays = person.absences.reduce((sum, a) => {
    const from = maxDate(a.from, yearStart);
    const to = minDate(a.to, yearEnd);
    return from <= to ? sum + weekdaysBetween(from, to) : sum;
  }, 0);
  const weeks = Math.max(0, workingWeeksPerYear - absentDays / 5);
  return Math.round(person.availability * weeks * 100) / 100;
}

/** Lead weeks per category (every category in `categories` appears, 0 when nobody) and lawyer weeks. */
export function capacityFromPeople(
  people: readonly Person[],
  categories: readonly string[],
  planYear: number,
  workingWeeksPerYear: number,
): Capacity {
  const leads = dataRecord<number>();
  for (const c of categories) leads[c] = 0;
  let lawyers = 0;
  for (const p of people) {
    const w = personWeeks(p, planYear, workingWeeksPerYear);
    if (p.role === "lawyer") lawyers += w;
    else if (p.category !== undefined) leads[p.category] = (ownValue(leads, p.category) ?? 0) + w;
  }
  for (const c of Object.keys(leads)) leads[c] = Math.round((leads[c] as number) * 100) / 100;
  return { leadWeeksByCategory: leads, lawyerWeeks: Math.round(lawyers * 100) / 100 };
}
