/**
 * Chart data of the annual wheel: one segment per stage of the wheel's year (from the preparation
 * date to the same day a year later), its length in days, and today's stage and place on the
 * wheel (wheelStage decides the stage, as everywhere else). Pure; WheelChart draws it.
 */
import {
  shiftYears,
  WHEEL_MILESTONES,
  wheelStage,
  type WheelStage,
} from "../../domain/planYear/planYearDefaults";
import type { WheelDates } from "../../domain/planYear/planYearTypes";
import { addDays, daysBetween, type IsoDate } from "../../domain/time/isoDate";

/** One stage of the wheel as a segment. */
export interface WheelSegment {
  readonly stage: Exclude<WheelStage, "before">;
  /** First day of the stage. */
  readonly start: IsoDate;
  /** Last day of the stage (inclusive). */
  readonly end: IsoDate;
  /** Calendar days in the stage. */
  readonly days: number;
  /** True for today's stage. */
  readonly current: boolean;
}

/** The wheel chart's data. */
export interface WheelChartData {
  readonly today: IsoDate;
  readonly stage: WheelStage;
  /** Stages in order; their days add up to the wheel's year. */
  readonly segments: readonly WheelSegment[];
  /** Days from the wheel's start to today (0 … year length − 1), absent when today is outside the year. */
  readonly dayOfWheel?: number;
  /** The next milestone on or after today, if any. */
  readonly next?: {
    readonly id: (typeof WHEEL_MILESTONES)[number];
    readonly date: IsoDate;
    readonly daysLeft: number;
  };
}

function segments(wheel: WheelDates, stage: WheelStage): WheelSegment[] {
  const end = shiftYears(wheel.preparation, 1);
  // The publication stage is its own day; the rolling plan runs from the day after to the next preparation.
  const starts: { stage: WheelSegment["stage"]; start: IsoDate }[] = [
    ...WHEEL_MILESTONES.map((id) => ({ stage: id, start: wheel[id] })),
    { stage: "rolling", start: addDays(wheel.publication, 1) },
  ];
  return starts.map(({ stage: s, start }, i) => {
    const nextStart = starts[i + 1]?.start ?? end;
    return {
      stage: s,
      start,
      end: addDays(nextStart, -1),
      days: daysBetween(start, nextStart),
      current: s === stage,
    };
  });
}

/** Wheel chart data of `wheel` on `today`. */
export function wheelChartData(wheel: WheelDates, today: IsoDate): WheelChartData {
  const stage = wheelStage(wheel, today);
  const all = segments(wheel, stage);
  const length = all.reduce((s, x) => s + x.days, 0);
  const dayOfWheel = daysBetween(wheel.preparation, today);
  const next = WHEEL_MILESTONES.map((id) => ({
    id,
    date: wheel[id],
    daysLeft: daysBetween(today, wheel[id]),
  })).find((m) => m.daysLeft >= 0);
  return {
    today,
    stage,
    segments: all,
    ...(dayOfWheel >= 0 && dayOfWheel < length ? { dayOfWheel } : {}),
    ...(next ? { next } : {}),
  };
}
