/**
 * Chart data of the plan's timeline: one bar per scheduled need from its start to the contract
 * signed, marked late when the signature falls after the deadline. Titles come from the plan
 * result's needs, so a security-graded need shows the redacted text the plan already carries.
 * Pure; TimelineChart draws it.
 */
import type { IsoDate } from "../../domain/time/isoDate";
import type { PlanResult } from "../planResult";

/** One need on the timeline. */
export interface TimelineBar {
  readonly needId: string;
  /** The need's title as the plan result carries it (redacted when security graded). */
  readonly title: string;
  readonly category: string;
  readonly start: IsoDate;
  readonly contractSigned: IsoDate;
  readonly deadline?: IsoDate;
  /** Calendar days the signature falls after the deadline; 0 when on time. */
  readonly daysLate: number;
  /** The constraint that delayed a late need (code), when known. */
  readonly delayedBy?: string;
}

/** The timeline chart's data. */
export interface TimelineChartData {
  /** Sorted by start, then contract signed, then id. */
  readonly bars: readonly TimelineBar[];
  readonly lateCount: number;
}

const byStart = (a: TimelineBar, b: TimelineBar): number =>
  a.start.localeCompare(b.start) ||
  a.contractSigned.localeCompare(b.contractSigned) ||
  a.needId.localeCompare(b.needId);

/** Timeline chart data of a plan's schedule. */
export function timelineChartData(plan: Pick<PlanResult, "needs" | "schedule">): TimelineChartData {
  const needs = new Map(plan.needs.map((e) => [e.id, e.need]));
  const bars = plan.schedule.scheduled
    .map((s): TimelineBar => {
      const need = needs.get(s.needId);
      return {
        needId: s.needId,
        title: need?.title ?? "",
        category: need?.category ?? "",
        start: s.start,
        contractSigned: s.contractSigned,
        ...(s.deadline !== undefined ? { deadline: s.deadline } : {}),
        daysLate: s.daysLate,
        ...(s.delayedBy !== undefined ? { delayedBy: s.delayedBy } : {}),
      };
    })
    .sort(byStart);
  return { bars, lateCount: bars.filter((b) => b.daysLate > 0).length };
}
