/**
 * Weekly capacity and bookings per person. A person's capacity in a week is
 * availability × (working days that week, absences removed) / 5, in full-time weeks; a phase with
 * load L books L × (its working days in that week) / 5. The ledger refuses nothing itself: the
 * scheduler asks `lastOverload` before it books, so no week ever exceeds capacity. Capacities
 * depend on the people and the calendar only, so the empty ledgers a search starts from
 * (`emptyCopy`) share them: each week's capacity is computed once per scheduling run.
 */
import type { Person } from "../model/people";
import { toDayNumber } from "../time/isoDate";
import type { WorkCalendar } from "../calendar/workCalendar";

/** Slack for floating-point sums of fractional loads. */
export const CAPACITY_EPSILON = 1e-9;

interface Row {
  used: Float64Array;
  total: number;
  /** Load → first week that may host the start of a phase with that load (all earlier weeks are too full). */
  readonly openFrom: Map<number, number>;
  /** Shared by every ledger of the same people and calendar. */
  readonly capacity: CapacityRow;
}

/** A person's weekly capacity, computed on first use (NaN = not yet). */
interface CapacityRow {
  weeks: Float64Array;
  readonly availability: number;
  readonly absences: readonly (readonly [number, number])[];
}

/** Capacity and bookings of a fixed list of people, by week index of the calendar. */
export class CapacityLedger {
  private readonly rows: Row[];

  /** A ledger for `people` (index = position in the list) on `calendar`; nothing is placed before week `originWeek`. */
  constructor(
    private readonly calendar: WorkCalendar,
    people: readonly Person[],
    private readonly originWeek: number,
    shared?: readonly CapacityRow[],
  ) {
    const capacities =
      shared ??
      people.map((p) => ({
        weeks: new Float64Array(0),
        availability: p.availability,
        absences: p.absences.map((a) => [toDayNumber(a.from), toDayNumber(a.to)] as const),
      }));
    this.rows = capacities.map((capacity) => ({
      used: new Float64Array(0),
      total: 0,
      openFrom: new Map<number, number>(),
      capacity,
    }));
  }

  /** A ledger with nothing booked for the same people, calendar and origin, sharing the capacities. */
  emptyCopy(): CapacityLedger {
    return new CapacityLedger(
      this.calendar,
      [],
      this.originWeek,
      this.rows.map((r) => r.capacity),
    );
  }

  /** Capacity of person `i` in week `week`, in full-time weeks. */
  capacity(i: number, week: number): number {
    const cap = this.row(i, week).capacity;
    if (week >= cap.weeks.length) {
      const weeks = new Float64Array(Math.max(week + 1, cap.weeks.length * 2, 64)).fill(Number.NaN);
      weeks.set(cap.weeks);
      cap.weeks = weeks;
    }
    let c = cap.weeks[week] as number;
    if (Number.isNaN(c)) {
      const start = this.calendar.weekStart(week);
      let days = this.calendar.workingDaysIn(start, start + 6);
      for (const [from, to] of cap.absences) {
        days -= this.calendar.workingDaysIn(Math.max(from, start), Math.min(to, start + 6));
      }
      c = (cap.availability * days) / 5;
      cap.weeks[week] = c;
    }
    return c;
  }

  /** Booked load of person `i` in week `week`, in full-time weeks. */
  used(i: number, week: number): number {
    return this.row(i, week).used[week] as number;
  }

  /** Load a phase of `load` over days [start, end] puts on week `week`. */
  weekLoad(week: number, start: number, end: number, load: number): number {
    const ws = this.calendar.weekStart(week);
    return (load * this.calendar.workingDaysIn(Math.max(start, ws), Math.min(end, ws + 6))) / 5;
  }

  /**
   * The last week in which booking `load` over [start, end] would overload person `i`, or -1 (the
   * last, so that a placement scan can jump past as much as possible). `startWeekExtra` is load not
   * yet booked that already sits in the start week (earlier phases of the need being placed; they
   * all end before `start`, so no later week is shared).
   */
  lastOverload(i: number, start: number, end: number, load: number, startWeekExtra = 0): number {
    if (load <= 0) return -1;
    const first = this.calendar.weekIndex(start);
    const last = this.calendar.weekIndex(end);
    const used = this.row(i, last).used;
    this.capacity(i, last); // sizes the capacity row up to `last`
    const capacity = (this.rows[i] as Row).capacity.weeks;
    for (let w = last; w >= first; w -= 1) {
      const add = this.weekLoad(w, start, end, load) + (w === first ? startWeekExtra : 0);
      if (add <= 0) continue;
      const room = Number.isNaN(capacity[w]) ? this.capacity(i, w) : (capacity[w] as number);
      if ((used[w] as number) + add > room + CAPACITY_EPSILON) return w;
    }
    return -1;
  }

  /**
   * The first week from the ledger's origin week that may host the start of a phase of `load` for
   * person `i`: every earlier week has no working day or less room than one day of the load.
   * Bookings only grow, so the answer is cached and only moves forward.
   */
  openFrom(i: number, load: number): number {
    const row = this.row(i, this.originWeek);
    let w = row.openFrom.get(load) ?? this.originWeek;
    const room = load / 5 - CAPACITY_EPSILON;
    while (this.calendar.workingDaysOfWeek(w) === 0 || this.capacity(i, w) - this.used(i, w) < room) {
      w += 1;
      if (w - this.originWeek > 10_000) break; // ~190 years: the caller's horizon check ends the search
    }
    row.openFrom.set(load, w);
    return w;
  }

  /** Books `load` over days [start, end] for person `i`. */
  book(i: number, start: number, end: number, load: number): void {
    if (load <= 0) return;
    const last = this.calendar.weekIndex(end);
    for (let w = this.calendar.weekIndex(start); w <= last; w += 1) {
      const row = this.row(i, w);
      const add = this.weekLoad(w, start, end, load);
      row.used[w] = (row.used[w] as number) + add;
      row.total += add;
    }
  }

  /** Total booked load of person `i` over all weeks (used to spread work evenly). */
  totalUsed(i: number): number {
    const row = this.rows[i];
    if (!row) throw new RangeError(`No person at index ${i}`);
    return row.total;
  }

  private row(i: number, week: number): Row {
    const row = this.rows[i];
    if (!row) throw new RangeError(`No person at index ${i}`);
    if (week < 0) throw new RangeError(`Week ${week} lies before the calendar's start`);
    if (week >= row.used.length) {
      const used = new Float64Array(Math.max(week + 1, row.used.length * 2, 64));
      used.set(row.used);
      row.used = used;
    }
    return row;
  }
}
