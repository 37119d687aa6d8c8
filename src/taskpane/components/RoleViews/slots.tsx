/**
 * Named slots in the role views for the charts each view asks for: `ChartSlot` draws them with the
 * lazily loaded `PlanCharts` (its code and the chart library arrive when a view first shows a chart)
 * for the plan shown, on today's date in Oslo, with the plan-year record's wheel when the view has
 * read it and the procurement lead's category when one is chosen.
 */
import { Spinner } from "@fluentui/react-components";
import { Suspense } from "react";
import type { ChartCategory } from "../../../application/charts/planCharts";
import type { WheelDates } from "../../../domain/planYear/planYearTypes";
import { calendarDateOfInstant, DEFAULT_SITE_TIME_ZONE } from "../../../application/sharepoint/zonedDates";
import { chartSay } from "../../../i18n/chartMessages";
import { LazyPlanCharts, type ChartId } from "../charts";
import { usePane } from "./paneContext";

/** The charts the views ask for: lead → frontier, Kraljic; planner → capacity, timeline; coordinator → wheel. */
export type PaneChartKind = ChartId;

/** Props of ChartSlot. */
export interface ChartSlotProps {
  readonly charts: readonly PaneChartKind[];
  /** The plan-year record's wheel (absent: no record, the seed's wheel of the plan year). */
  readonly wheel?: WheelDates | undefined;
  /** The lead's category (absent: the whole plan). */
  readonly category?: ChartCategory | undefined;
}

/** The view's charts for the plan shown (nothing while no plan is loaded). */
export function ChartSlot({ charts, wheel, category }: ChartSlotProps) {
  const { plan, input, locale } = usePane();
  if (!plan) return null;
  const today = calendarDateOfInstant(new Date().toISOString(), DEFAULT_SITE_TIME_ZONE);
  return (
    <Suspense fallback={<Spinner size="tiny" label={chartSay(locale, "loading")} />}>
      <LazyPlanCharts
        plan={plan}
        input={input}
        today={today}
        locale={locale}
        only={charts}
        {...(wheel ? { wheel } : {})}
        {...(category ? { category } : {})}
      />
    </Suspense>
  );
}
