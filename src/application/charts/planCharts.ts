/**
 * The data of every chart of the task pane's "Diagrammer" tab from one plan: the efficient
 * frontier, the Kraljic matrix, capacity per role per week, the timeline and the annual wheel on
 * a day (the plan-year record's wheel when known, else the seed's wheel of the plan year).
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

/** Every chart's data; a chart without data is absent. */
export interface PlanChartsData {
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
}

/** The data of every chart of a plan. */
export function planChartsData({ plan, input, wheel, today }: PlanChartsSource): PlanChartsData {
  const frontier = frontierChartData(plan.prioritisation);
  const kraljic = kraljicChartData(plan.prioritisation, input?.config.mainCategories ?? []);
  return {
    ...(frontier ? { frontier } : {}),
    ...(kraljic ? { kraljic } : {}),
    capacity: capacityChartData(plan.schedule),
    timeline: timelineChartData(plan),
    wheel: wheelChartData(wheel ?? defaultWheel(plan.planYear), today),
  };
}
