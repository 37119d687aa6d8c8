/**
 * The data of every chart of the task pane's role views from one plan: the efficient frontier, the
 * Kraljic matrix, capacity per role per week, the timeline and the annual wheel on a day (the
 * plan-year record's wheel when known, else the seed's wheel of the plan year). For the procurement
 * lead's category, each chart shows what means something for one category: the Kraljic points and
 * the timeline's bars of the category only; the frontier, capacity and wheel stay the whole plan's
 * (one budget, one set of people, one year for all categories) and say so (`scope`).
 */
import type { PlanInput } from "../../domain/model/planInput";
import { defaultWheel } from "../../domain/planYear/planYearDefaults";
import type { WheelDates } from "../../domain/planYear/planYearTypes";
import type { IsoDate } from "../../domain/time/isoDate";
import type { PlanResult } from "../planResult";
import { capacityChartData, type RoleCapacitySeries } from "./capacityChart";
import { frontierChartData, type FrontierChartData } from "./frontierChart";
import { kraljicChartData, type KraljicChartData } from "./kraljicChart";
import { timelineChartData, type TimelineChartData } from "./timelineChart";
import { wheelChartData, type WheelChartData } from "./wheelChart";

/** Whose data a chart shows: the whole plan, or the chosen category's part of it. */
export type ChartScope = { readonly kind: "plan" } | { readonly kind: "category"; readonly name: string };

/** A category the charts are narrowed to (its id in the needs, its name for the texts). */
export interface ChartCategory {
  readonly id: string;
  readonly name: string;
}

/** Every chart's data; a chart without data is absent. */
export interface PlanChartsData {
  /** Set when a category was chosen: what each chart covers (absent: everything is the whole plan). */
  readonly scope?: Readonly<Record<"frontier" | "kraljic" | "capacity" | "timeline" | "wheel", ChartScope>>;
  readonly frontier?: FrontierChartData;
  readonly kraljic?: KraljicChartData;
  readonly capacity: readonly RoleCapacitySeries[];
  readonly timeline: TimelineChartData;
  readonly wheel: WheelChartData;
}

/** What the charts are drawn from. */
export interface PlanChartsSource {
  readonly plan: PlanResult;
  /** The plan's input (category names); without it categories show their ids. */
  readonly input?: PlanInput;
  /** The plan-year record's wheel; the seed's wheel of the plan year when absent. */
  readonly wheel?: WheelDates;
  readonly today: IsoDate;
  /** The procurement lead's category (absent: the whole plan). `plan` is still the whole plan. */
  readonly category?: ChartCategory;
}

/** What each chart covers when `category` is chosen. */
function scopeOf(category: ChartCategory): NonNullable<PlanChartsData["scope"]> {
  const plan = { kind: "plan" } as const;
  const mine = { kind: "category", name: category.name } as const;
  return { frontier: plan, kraljic: mine, capacity: plan, timeline: mine, wheel: plan };
}

/** The timeline narrowed to one category's needs, its late count recounted. */
function timelineOf(data: TimelineChartData, categoryId: string): TimelineChartData {
  const bars = data.bars.filter((b) => b.category === categoryId);
  return { bars, lateCount: bars.filter((b) => b.daysLate > 0).length };
}

/** The data of every chart of a plan (narrowed to `category` where that has a meaning). */
export function planChartsData({ plan, input, wheel, today, category }: PlanChartsSource): PlanChartsData {
  const frontier = frontierChartData(plan.prioritisation);
  const kraljic = kraljicChartData(plan.prioritisation, input?.config.mainCategories ?? [], category?.id);
  const timeline = timelineChartData(plan);
  return {
    ...(category ? { scope: scopeOf(category) } : {}),
    ...(frontier ? { frontier } : {}),
    ...(kraljic ? { kraljic } : {}),
    capacity: capacityChartData(plan.schedule),
    timeline: category ? timelineOf(timeline, category.id) : timeline,
    wheel: wheelChartData(wheel ?? defaultWheel(plan.planYear), today),
  };
}
