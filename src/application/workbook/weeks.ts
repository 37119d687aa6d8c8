/**
 * Calendar weeks for the Plan and Kapasitet sheets: the Mondays spanning the schedule, ISO week
 * numbers, and each person's weekly load from the scheduled phases.
 */
import type { ScheduledNeed } from "../../domain/scheduling/scheduleTypes";
import { addDays, isoWeekday, maxDate, minDate, toDayNumber, type IsoDate } from "../../domain/time/isoDate";

/** Monday of the week that contains `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** ISO 8601 week number of a date (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeekNumber(date: IsoDate): number {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor((toDayNumber(thursday) - toDayNumber(jan1)) / 7) + 1;
}

/** Mondays from the week of the earliest start to the week of the latest finish; empty without a schedule. */
export function scheduleWeeks(schedule: readonly ScheduledNeed[]): readonly IsoDate[] {
  if (schedule.length === 0) return [];
  const first = schedule.reduce((d, s) => minDate(d, s.start), schedule[0]?.start ?? "");
  const last = schedule.reduce((d, s) => maxDate(d, s.finish), schedule[0]?.finish ?? "");
  const weeks: IsoDate[] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

/** Weekdays (Mon–Fri) of [from, to] (inclusive) that fall inside the week starting `monday`. */
function weekdaysInWeek(monday: IsoDate, from: IsoDate, to: IsoDate): number {
  const start = Math.max(toDayNumber(monday), toDayNumber(from));
  const end = Math.min(toDayNumber(monday) + 4, toDayNumber(to));
  return Math.max(0, end - start + 1);
}

/**
 * Load per person and week as a share of a full-time week: for every phase, the phase's lead (or
 * lawyer) load × the phase's weekdays inside the week / 5, summed over needs.
 */
export function weeklyLoad(
  schedule: readonly ScheduledNeed[],
  weeks: readonly IsoDate[],
): ReadonlyMap<string, readonly number[]> {
  const index = new Map(weeks.map((w, i) => [w, i]));
  const load = new Map<string, number[]>();
  const add = (personId: string, weekIdx: number, amount: number) => {
    let row = load.get(personId);
    if (row === undefined) {
      row = weeks.map(() => 0);
      load.set(personId, row);
    }
    row[weekIdx] = (row[weekIdx] ?? 0) + amount;
  };
  for (const s of schedule) {
    for (const p of s.phases) {
      for (let monday = mondayOf(p.start); monday <= p.finish; monday = addDays(monday, 7)) {
        const i = index.get(monday);
        if (i === undefined) continue;
        const share = weekdaysInWeek(monday, p.start, p.finish) / 5;
        if (p.leadLoad > 0) add(s.leadId, i, p.leadLoad * share);
        if (p.lawyerLoad > 0 && s.lawyerId !== undefined) add(s.lawyerId, i, p.lawyerLoad * share);
      }
    }
  }
  return load;
}
