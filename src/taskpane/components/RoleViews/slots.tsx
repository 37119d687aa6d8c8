/**
 * Named slots in the role views for the charts each view asks for: `ChartSlot` draws them with the
 * lazily loaded `PlanCharts` (its code and the chart library arrive when a view first shows a chart)
 * for the plan shown, on today's date in Oslo, with the plan-year record's wheel when the view has
 * read it and the procurement lead's category when one is chosen; while an edit's provisional plan
 * is shown, a note says which of them are still computed.
 */
import { Spinner, Text } from "@fluentui/react-components";
import { Suspense } from "react";
import type { ChartCategory } from "../../../application/charts/planCharts";
import type { WheelDates } from "../../../domain/planYear/planYearTypes";
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
  /** The plan-year record's wheel (absent: no record, the seed's wheel of the plan year). */
  readonly wheel?: WheelDates | undefined;
  /** The lead's category (absent: the whole plan). */
  readonly category?: ChartCategory | undefined;
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

/** What of a provisional plan (pending) a chart waits for, if anything. */
function waitsFor(chart: PaneChartKind, pending: PlanPending | undefined): PlanPending | undefined {
  if (chart === "frontier" && pending !== undefined) return "frontier";
  return SCHEDULE_CHARTS.includes(chart) && pending === "schedule" ? "schedule" : undefined;
}

/**
 * The view's charts for the plan shown (nothing while no plan is loaded). While the plan is an
 * edit's provisional plan, the charts of what is still computed (the frontier; capacity and
 * timeline until the schedule is done) say so instead of drawing the previous plan's.
 */
export function ChartSlot({ charts, wheel, category }: ChartSlotProps) {
  const { plan, input, locale, pending } = usePane();
  if (!plan) return null;
  const drawn = charts.filter((c) => waitsFor(c, pending) === undefined);
  const waiting = [...new Set(charts.map((c) => waitsFor(c, pending)).filter((w) => w !== undefined))];
  const today = calendarDateOfInstant(new Date().toISOString(), DEFAULT_SITE_TIME_ZONE);
  return (
    <>
      {waiting.map((what) => (
        <PendingNote key={what} what={what} />
      ))}
      {drawn.length > 0 && (
        <Suspense fallback={<Spinner size="tiny" label={chartSay(locale, "loading")} />}>
          <LazyPlanCharts
            plan={plan}
            input={input}
            today={today}
            locale={locale}
            only={drawn}
            {...(wheel ? { wheel } : {})}
            {...(category ? { category } : {})}
          />
        </Suspense>
      )}
    </>
  );
}
