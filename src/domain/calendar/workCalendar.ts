/**
 * The Norwegian working calendar: weekends, public holidays (Easter-based ones included), the
 * collective holiday weeks (fellesferie, configurable ISO weeks) and extra closed days.
 * Works on day numbers for speed and grows forward on demand; effort counts working days,
 * legal periods count calendar days (callers pick which).
 */
import { fromDayNumber, toDayNumber, yearOf, type IsoDate } from "../time/isoDate";
import { isoWeekOf, mondayOnOrBefore, weekdayIndex } from "./isoWeek";
import { norwegianPublicHolidays, type PublicHolidayCode } from "./norwegianHolidays";

/** Configuration of non-working time beyond weekends and public holidays. */
export interface CalendarConfig {
  /** ISO week numbers that are collective holiday weeks every year (default: 28, 29, 30 in July). */
  readonly holidayWeeks: readonly number[];
  /** Further closed dates (e.g. a unit-wide closure); may be empty. */
  readonly closedDays: readonly IsoDate[];
}

/** Default calendar: the three July fellesferie weeks 28–30, no extra closed days. */
export const DEFAULT_CALENDAR_CONFIG: CalendarConfig = { holidayWeeks: [28, 29, 30], closedDays: [] };

/** Why a weekday is not a working day. */
export type HolidayKind = "public-holiday" | "holiday-week" | "closed";

/** A weekday that is not a working day (weekends are never listed). */
export interface CalendarHoliday {
  readonly date: IsoDate;
  readonly kind: HolidayKind;
  /** The public holiday's code when kind is `public-holiday`. */
  readonly code?: PublicHolidayCode;
}

const WORKING = 0;
const WEEKEND = 1;
const PUBLIC = 2;
const HOLIDAY_WEEK = 3;
const CLOSED = 4;

/** A working calendar anchored at the Monday on or before its first day; grows forward on demand. */
export class WorkCalendar {
  /** Day number of the anchor Monday (week index 0 starts here). */
  readonly base: number;
  private kinds: Uint8Array = new Uint8Array(0);
  /** cum[i] = working days in [base, base + i). */
  private cum: Int32Array = new Int32Array(1);
  /** nth[k] = offset from base of the (k + 1)-th working day. */
  private nth: Int32Array = new Int32Array(0);
  private readonly holidayCodes = new Map<number, PublicHolidayCode>();
  private readonly holidayWeeks: ReadonlySet<number>;
  private readonly closed: ReadonlySet<number>;
  private coveredYears = new Set<number>();

  /** A calendar from `firstDay` (inclusive) under `config`. */
  constructor(
    readonly config: CalendarConfig,
    firstDay: IsoDate,
  ) {
    for (const w of config.holidayWeeks) {
      if (!Number.isInteger(w) || w < 1 || w > 53)
        throw new RangeError(`Holiday week must be 1–53, got ${w}`);
    }
    this.holidayWeeks = new Set(config.holidayWeeks);
    this.closed = new Set(config.closedDays.map(toDayNumber));
    this.base = mondayOnOrBefore(toDayNumber(firstDay));
    this.grow(this.base + 3 * 366);
  }

  /** True when the day is a working day (not weekend, public holiday, holiday week or closed). */
  isWorkingDay(day: number): boolean {
    return this.kindOf(day) === WORKING;
  }

  /** Working days in [from, to] inclusive (0 when to < from). */
  workingDaysIn(from: number, to: number): number {
    if (to < from) return 0;
    this.ensure(to);
    return (this.cum[to - this.base + 1] as number) - (this.cum[from - this.base] as number);
  }

  /** The first working day on or after `day`. */
  nextWorkingDay(day: number): number {
    let d = day;
    while (!this.isWorkingDay(d)) d += 1;
    return d;
  }

  /** The day on which `count` working days (≥ 1) starting at working day `start` are complete. */
  workingDayEnd(start: number, count: number): number {
    this.ensure(start);
    const target = (this.cum[start - this.base] as number) + count; // cum value just after the end day
    let hi = start + Math.ceil(count * 1.5) + 14;
    this.ensure(hi);
    while ((this.cum[hi - this.base + 1] as number) < target) {
      hi += 60;
      this.ensure(hi);
    }
    return this.base + (this.nth[target - 1] as number);
  }

  /** Index of the week (0 = the anchor week) holding `day`. */
  weekIndex(day: number): number {
    return Math.floor((day - this.base) / 7);
  }

  /** Day number of the Monday of week `index`. */
  weekStart(index: number): number {
    return this.base + 7 * index;
  }

  /** Working days of week `index` (0–5). */
  workingDaysOfWeek(index: number): number {
    const start = this.weekStart(index);
    return this.workingDaysIn(start, start + 6);
  }

  /** Weekdays in [from, to] that are not working days, with the reason, in date order. */
  holidaysIn(from: IsoDate, to: IsoDate): readonly CalendarHoliday[] {
    const out: CalendarHoliday[] = [];
    const last = toDayNumber(to);
    for (let d = Math.max(toDayNumber(from), this.base); d <= last; d += 1) {
      const kind = this.kindOf(d);
      const date = fromDayNumber(d);
      if (kind === PUBLIC) out.push({ date, kind: "public-holiday", code: this.holidayCodes.get(d) });
      else if (kind === HOLIDAY_WEEK) out.push({ date, kind: "holiday-week" });
      else if (kind === CLOSED) out.push({ date, kind: "closed" });
    }
    return out;
  }

  private kindOf(day: number): number {
    if (day < this.base) throw new RangeError(`Day ${fromDayNumber(day)} lies before the calendar's start`);
    this.ensure(day);
    return this.kinds[day - this.base] as number;
  }

  private ensure(day: number): void {
    if (day - this.base < this.kinds.length) return;
    this.grow(Math.max(day, this.base + 2 * this.kinds.length));
  }

  private grow(lastDay: number): void {
    const length = lastDay - this.base + 1;
    const kinds = new Uint8Array(length);
    kinds.set(this.kinds);
    for (let y = yearOf(fromDayNumber(this.base)); y <= yearOf(fromDayNumber(lastDay)); y += 1) {
      if (this.coveredYears.has(y)) continue;
      this.coveredYears.add(y);
      for (const h of norwegianPublicHolidays(y)) this.holidayCodes.set(toDayNumber(h.date), h.code);
    }
    for (let i = this.kinds.length; i < length; i += 1) kinds[i] = this.classify(this.base + i);
    const cum = new Int32Array(length + 1);
    for (let i = 0; i < length; i += 1) cum[i + 1] = (cum[i] as number) + (kinds[i] === WORKING ? 1 : 0);
    const nth = new Int32Array(cum[length] as number);
    for (let i = 0; i < length; i += 1) if (kinds[i] === WORKING) nth[cum[i] as number] = i;
    this.kinds = kinds;
    this.cum = cum;
    this.nth = nth;
  }

  private classify(day: number): number {
    if (weekdayIndex(day) >= 5) return WEEKEND;
    if (this.holidayCodes.has(day)) return PUBLIC;
    if (this.holidayWeeks.size > 0 && this.holidayWeeks.has(isoWeekOf(day).week)) return HOLIDAY_WEEK;
    if (this.closed.has(day)) return CLOSED;
    return WORKING;
  }
}
