/**
 * Named slots in the role views for the charts each view asks for: `ChartSlot` draws them with the
 * lazily loaded `PlanCharts` (its code and the chart library arrive when a view first shows a chart)
 * for the plan shown, on today's date in Oslo.
 */
import { Spinner } from "@fluentui/react-components";
import { Suspense } from "react";
import { calendarDateOfInstant, DEFAULT_SITE_TIME_ZONE } from "../../../application/sharepoint/zonedDates";
import { chartSay } from "../../../i18n/chartMessages";
import { LazyPlanCharts, type ChartId } from "../charts";
import { usePane } from "./paneContext";

/** The charts the views ask for: lead → frontier, Kraljic; planner → capacity, timeline; coordinator → wheel. */
export type PaneChartKind = ChartId;

/** Props of ChartSlot. */
export interface ChartSlotProps {
  readonly charts: readonly PaneChartKind[];
}

/** The view's charts for the plan shown (nothing while no plan is loaded). */
export function ChartSlot({ charts }: ChartSlotProps) {
  const { plan, input, locale } = usePane();
  if (!plan) return null;
  const today = calendarDateOfInstant(new Date().toISOString(), DEFAULT_SITE_TIME_ZONE);
  return (
    <Suspense fallback={<Spinner size="tiny" label={chartSay(locale, "loading")} />}>
      <LazyPlanCharts plan={plan} input={input} today={today} locale={locale} only={charts} />
    </Suspense>
  );
}
