/**
 * The annual wheel as a donut: one arc per stage, sized by its days, today's stage in colour and
 * the others grey, today's date in the middle; the summary says today's stage and the next deadline.
 */
import { DataVizPalette, DonutChart, type ChartProps } from "@fluentui/react-charts";
import type { WheelChartData } from "../../../application/charts/wheelChart";
import { chartSay } from "../../../i18n/chartMessages";
import { INSIGHT_MESSAGES } from "../../../i18n/insightMessages";
import { formatDate, formatNumber, translate, type Locale } from "../../../i18n/locale";
import { useChartStyles } from "./useChartStyles.styles";
import { ChartFrame, type ChartTable } from "./ChartFrame";
import { chartCulture, colour } from "./chartFormat";

/** Props of WheelChart. */
export interface WheelChartProps {
  readonly data: WheelChartData;
  readonly locale: Locale;
  /** Height of the donut itself; the legend's rows come on top. */
  readonly height: number;
  /** What the chart covers (whole plan or the chosen category), shown before its summary. */
  readonly note?: string;
}

/** Legend rows the seven stages take at a width (about three legends a row at 350 px, four from 560 px). */
const legendRows = (width: number): number => (width < 560 ? 4 : 2);

const stageName = (stage: string, locale: Locale) =>
  stage === "before" ? chartSay(locale, "wheel.before") : chartSay(locale, `wheel.stage.${stage}`);

function summary(data: WheelChartData, locale: Locale): string[] {
  const lines = [
    chartSay(locale, "wheel.summary", {
      date: formatDate(data.today, locale),
      stage: stageName(data.stage, locale),
    }),
  ];
  if (data.next)
    lines.push(
      chartSay(locale, "wheel.next", {
        milestone: translate(INSIGHT_MESSAGES, locale, `milestone.${data.next.id}`),
        date: formatDate(data.next.date, locale),
        days: formatNumber(data.next.daysLeft, locale),
      }),
    );
  return lines;
}

function table(data: WheelChartData, locale: Locale): ChartTable {
  const say = (key: string) => chartSay(locale, `wheel.col.${key}`);
  return {
    columns: [say("stage"), say("from"), say("to"), say("days")],
    numeric: [3],
    rows: data.segments.map((s) => [
      s.current
        ? `${stageName(s.stage, locale)} (${chartSay(locale, "wheel.today")})`
        : stageName(s.stage, locale),
      formatDate(s.start, locale),
      formatDate(s.end, locale),
      formatNumber(s.days, locale),
    ]),
  };
}

function arcs(data: WheelChartData, locale: Locale): ChartProps {
  return {
    chartData: data.segments.map((s) => ({
      legend: stageName(s.stage, locale),
      data: s.days,
      color: colour(s.current ? DataVizPalette.color1 : DataVizPalette.disabled),
      yAxisCalloutData: chartSay(locale, "wheel.days", { days: formatNumber(s.days, locale) }),
      callOutAccessibilityData: {
        ariaLabel: chartSay(locale, "wheel.arc", {
          stage: stageName(s.stage, locale),
          from: formatDate(s.start, locale),
          to: formatDate(s.end, locale),
          days: formatNumber(s.days, locale),
        }),
      },
    })),
  };
}

/** The wheel chart in its frame. */
export function WheelChart({ data, locale, height, note }: WheelChartProps) {
  const styles = useChartStyles();
  const title = chartSay(locale, "wheel.title");
  return (
    <ChartFrame
      chartId="wheel"
      title={title}
      summary={note ? [note, ...summary(data, locale)] : summary(data, locale)}
      table={table(data, locale)}
      locale={locale}
      height={(width) => height + legendRows(width) * 40}
      render={(size) => (
        <DonutChart
          data={arcs(data, locale)}
          {...size}
          innerRadius={Math.round(height / 5)}
          culture={chartCulture(locale)}
          valueInsideDonut={chartSay(locale, "wheel.today")}
          legendsOverflowText={chartSay(locale, "legend.more")}
          legendProps={{ enabledWrapLines: true, styles: { text: styles.legendText } }}
          hideLabels
        />
      )}
    />
  );
}
