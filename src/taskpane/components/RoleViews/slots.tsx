/**
 * Named slots in the role views for the charts each view asks for: `ChartSlot` draws them with the
 * lazily loaded `PlanCharts` (its code and the chart library arrive when a view first shows a chart)
 * for the plan shown, on today's date in Oslo; while an edit's provisional plan is shown, a note
 * says which of them are still computed.
 */
import { Spinner, Text } from "@fluentui/react-components";
import { Suspense } from "react";
import { calendarDateOfInstant, DEFAULT_SITE_TIME_ZONE } from "../../../application/sharepoint/zonedDates";
import type { PlanPending } from "../../../application/provisionalPlan";
import { chartSay } from "../../../i18n/chartMessages";
import { COMPUTE_MESSAGES } from "../../../i18n/computeMessages";
import { translate } from "../../../i18n/locale";
import { LazyPlanCharts, type ChartId } from "../charts";
import { usePane } from "./paneContext";

/** The charts the views ask for: lead → frontier, Kraljic; planner → capacity, timeline; coordinator → wheel. */
export type PaneChartKind = ChartId;

/** Props of ChartSlot. */
export interface ChartSlotProps {
  readonly charts: readonly PaneChartKind[];
}

/** Charts drawn from the schedule (pending while a provisional plan's schedule is computed). */
const SCHEDULE_CHARTS: readonly PaneChartKind[] = ["capacity", "timeline"];

/** Says, in the pane's words, what of a provisional plan is still computed (its schedule or frontier). */
export function PendingNote({ what }: { readonly what: PlanPending }) {
  const { locale } = usePane();
  return (
    <Text role="status" size={200}>
      {translate(COMPUTE_MESSAGES, locale, `compute.pending.${what}`)}
    </Text>
  );
}

/**
 * The view's charts for the plan shown (nothing while no plan is loaded). While the plan is an
 * edit's provisional plan, the charts of what is still computed (the frontier; capacity and
 * timeline until the schedule is done) say so instead of drawing the previous plan's.
 */
export function ChartSlot({ charts }: ChartSlotProps) {
  const { plan, input, locale, pending } = usePane();
  if (!plan) return null;
  const waits = (chart: PaneChartKind): PlanPending | undefined =>
    chart === "frontier" && pending !== undefined
      ? "frontier"
      : SCHEDULE_CHARTS.includes(chart) && pending === "schedule"
        ? "schedule"
        : undefined;
  const drawn = charts.filter((c) => waits(c) === undefined);
  const waiting = [...new Set(charts.map(waits).filter((w) => w !== undefined))];
  const today = calendarDateOfInstant(new Date().toISOString(), DEFAULT_SITE_TIME_ZONE);
  return (
    <>
      {waiting.map((what) => (
        <PendingNote key={what} what={what} />
      ))}
      {drawn.length > 0 && (
        <Suspense fallback={<Spinner size="tiny" label={chartSay(locale, "loading")} />}>
          <LazyPlanCharts plan={plan} input={input} today={today} locale={locale} only={drawn} />
        </Suspense>
      )}
    </>
  );
}
