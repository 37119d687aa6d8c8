/**
 * Capacity per role per week: for each role the booked load against the capacity, in full-time
 * weeks, as two lines over the plan's weeks (the planner sees where the people run full).
 */
import { DataVizPalette, LineChart, type ChartProps } from "@fluentui/react-charts";
import type { RoleCapacitySeries } from "../../../application/charts/capacityChart";
import { chartSay } from "../../../i18n/chartMessages";
import { formatNumber, type Locale } from "../../../i18n/locale";
import { useChartStyles } from "./useChartStyles.styles";
import { ChartFrame, type ChartTable } from "./ChartFrame";
import { chartCulture, colour, monthYear, numberTick, percent, utcDate } from "./chartFormat";

/** Props of CapacityChart. */
export interface CapacityChartProps {
  readonly series: RoleCapacitySeries;
  readonly locale: Locale;
  readonly height: number;
  /** What the chart covers (whole plan or the chosen category), shown before its summary. */
  readonly note?: string;
}

const roleName = (s: RoleCapacitySeries, locale: Locale) => chartSay(locale, `capacity.role.${s.role}`);

function summary(s: RoleCapacitySeries, locale: Locale): string {
  return chartSay(locale, "capacity.summary", {
    role: roleName(s, locale),
    load: formatNumber(s.totalLoad, locale, 1),
    capacity: formatNumber(s.totalCapacity, locale, 1),
    share: percent(s.totalCapacity > 0 ? s.totalLoad / s.totalCapacity : 0, locale),
    weeks: formatNumber(s.weeks.length, locale),
    week: s.busiest?.weekLabel ?? "–",
    peak: percent(s.busiest?.share ?? 0, locale),
  });
}

function table(s: RoleCapacitySeries, locale: Locale): ChartTable {
  const say = (key: string) => chartSay(locale, key);
  return {
    columns: [say("capacity.col.week"), say("capacity.col.load"), say("capacity.col.capacity")],
    numeric: [1, 2],
    rows: s.weeks.map((w) => [
      w.weekLabel,
      formatNumber(w.load, locale, 2),
      formatNumber(w.capacity, locale, 2),
    ]),
  };
}

function lines(s: RoleCapacitySeries, title: string, locale: Locale): ChartProps {
  const point = (w: RoleCapacitySeries["weeks"][number], y: number) => ({
    x: utcDate(w.weekStart),
    y,
    xAxisCalloutData: w.weekLabel,
    yAxisCalloutData: formatNumber(y, locale, 2),
    callOutAccessibilityData: { ariaLabel: `${w.weekLabel}: ${formatNumber(y, locale, 2)}` },
  });
  return {
    chartTitle: title,
    lineChartData: [
      {
        legend: chartSay(locale, "capacity.capacity"),
        color: colour(DataVizPalette.color2),
        lineOptions: { strokeDasharray: "5 3" },
        data: s.weeks.map((w) => point(w, w.capacity)),
      },
      {
        legend: chartSay(locale, "capacity.load"),
        color: colour(DataVizPalette.color1),
        data: s.weeks.map((w) => point(w, w.load)),
      },
    ],
  };
}

/** One role's capacity chart in its frame. */
export function CapacityChart({ series, locale, height, note }: CapacityChartProps) {
  const styles = useChartStyles();
  const title = chartSay(locale, "capacity.roleTitle", { role: roleName(series, locale) });
  return (
    <ChartFrame
      chartId={`capacity-${series.role}`}
      title={title}
      summary={note ? [note, summary(series, locale)] : [summary(series, locale)]}
      table={table(series, locale)}
      locale={locale}
      height={height}
      render={(size) => (
        <LineChart
          data={lines(series, title, locale)}
          {...size}
          svgProps={{
            "aria-label": `${title}. ${chartSay(locale, "aria.axes", { x: chartSay(locale, "capacity.x"), y: chartSay(locale, "capacity.y") })}`,
          }}
          legendsOverflowText={chartSay(locale, "legend.more")}
          culture={chartCulture(locale)}
          strokeWidth={2}
          xAxisTitle={chartSay(locale, "capacity.x")}
          yAxisTitle={chartSay(locale, "capacity.y")}
          margins={{ top: 10, right: 16, bottom: 55, left: 60 }}
          customDateTimeFormatter={(d) => monthYear(d, locale)}
          yAxisTickFormat={numberTick(locale)}
          yMinValue={0}
          legendProps={{ enabledWrapLines: true, styles: { text: styles.legendText } }}
        />
      )}
    />
  );
}
