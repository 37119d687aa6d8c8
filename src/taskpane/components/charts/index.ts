/**
 * The charts, loaded on demand: LazyPlanCharts pulls PlanCharts and @fluentui/react-charts in a
 * separate chunk when first rendered (inside a Suspense boundary), so the initial bundle stays light.
 */
import { lazy } from "react";

/** PlanCharts, loaded when first shown. */
export const LazyPlanCharts = lazy(() => import("./PlanCharts"));
export type { ChartId, PlanChartsProps } from "./PlanCharts";
