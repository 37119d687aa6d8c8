/**
 * The plan's timeline: one horizontal bar per need from its start to the contract signed, late
 * needs in their own colour and legend. Bars are named by need id only; the data table adds the
 * title the plan result carries (redacted for security-graded needs).
 */
import { DataVizPalette, GanttChart, type GanttChartDataPoint } from "@fluentui/react-charts";
import type { TimelineChartData } from "../../../application/charts/timelineChart";
import { chartSay } from "../../../i18n/chartMessages";
import { formatDate, formatNumber, type Locale } from "../../../i18n/locale";
import { useChartStyles } from "./useChartStyles.styles";
import { ChartFrame, type ChartTable } from "./ChartFrame";
import { chartCulture, colour, monthYear, utcDate } from "./chartFormat";

/** Props of TimelineChart. */
export interface TimelineChartProps {
  readonly data: TimelineChartData;
  readonly locale: Locale;
  /** What the chart covers (whole plan or the chosen category), shown before its summary. */
  readonly note?: string;
}

/** Height of one bar's row, in pixels. */
const ROW = 18;

function summary(data: TimelineChartData, locale: Locale): string {
  const first = data.bars.reduce((d, b) => (b.start < d ? b.start : d), data.bars[0]?.start ?? "");
  const last = data.bars.reduce((d, b) => (b.contractSigned > d ? b.contractSigned : d), "");
  return chartSay(locale, "timeline.summary", {
    count: formatNumber(data.bars.length, locale),
    late: formatNumber(data.lateCount, locale),
    first: first ? formatDate(first, locale) : "–",
    last: last ? formatDate(last, locale) : "–",
  });
}

function table(data: TimelineChartData, locale: Locale): ChartTable {
  const say = (key: string) => chartSay(locale, `timeline.col.${key}`);
  return {
    columns: [say("need"), say("title"), say("start"), say("signed"), say("deadline"), say("daysLate")],
    numeric: [5],
    rows: data.bars.map((b) => [
      b.needId,
      b.title,
      formatDate(b.start, locale),
      formatDate(b.contractSigned, locale),
      b.deadline ? formatDate(b.deadline, locale) : "–",
      formatNumber(b.daysLate, locale),
    ]),
  };
}

function bars(data: TimelineChartData, locale: Locale): GanttChartDataPoint[] {
  return data.bars.map((b) => {
    const late = b.daysLate > 0;
    const params = {
      id: b.needId,
      start: formatDate(b.start, locale),
      signed: formatDate(b.contractSigned, locale),
      days: formatNumber(b.daysLate, locale),
    };
    return {
      x: { start: utcDate(b.start), end: utcDate(b.contractSigned) },
      y: b.needId,
      legend: chartSay(locale, late ? "timeline.late" : "timeline.onTime"),
      color: colour(late ? DataVizPalette.error : DataVizPalette.color1),
      xAxisCalloutData: chartSay(locale, late ? "timeline.barLate" : "timeline.bar", params),
      callOutAccessibilityData: {
        ariaLabel: chartSay(locale, late ? "timeline.barLate" : "timeline.bar", params),
      },
    };
  });
}

/** The timeline chart in its frame (as tall as its bars need). */
export function TimelineChart({ data, locale, note }: TimelineChartProps) {
  const styles = useChartStyles();
  const title = chartSay(locale, "timeline.title");
  return (
    <ChartFrame
      chartId="timeline"
      title={title}
      summary={note ? [note, summary(data, locale)] : [summary(data, locale)]}
      table={table(data, locale)}
      locale={locale}
      wide
      height={Math.max(200, data.bars.length * ROW + 110)}
      render={(size) => (
        <GanttChart
          data={bars(data, locale)}
          chartTitle={title}
          {...size}
          svgProps={{ "aria-label": title }}
          legendsOverflowText={chartSay(locale, "legend.more")}
          barHeight={ROW - 6}
          culture={chartCulture(locale)}
          margins={{ top: 10, right: 16, bottom: 35, left: 70 }}
          customDateTimeFormatter={(d) => monthYear(d, locale)}
          legendProps={{ enabledWrapLines: true, styles: { text: styles.legendText } }}
        />
      )}
    />
  );
}
