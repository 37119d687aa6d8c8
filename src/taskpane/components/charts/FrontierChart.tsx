/**
 * The efficient frontier: the best total score per budget level as a line, the chosen plan as a
 * marked point beside it (the procurement lead sees how far the plan is from the best it could buy).
 */
import { DataVizPalette, LineChart, type ChartProps } from "@fluentui/react-charts";
import type { FrontierChartData } from "../../../application/charts/frontierChart";
import { chartSay } from "../../../i18n/chartMessages";
import { formatNumber, type Locale } from "../../../i18n/locale";
import { useChartStyles } from "./useChartStyles.styles";
import { ChartFrame, type ChartTable } from "./ChartFrame";
import { chartCulture, colour, millions, numberTick } from "./chartFormat";

/** Props of FrontierChart. */
export interface FrontierChartProps {
  readonly data: FrontierChartData;
  readonly locale: Locale;
  readonly height: number;
  /** What the chart covers (whole plan or the chosen category), shown before its summary. */
  readonly note?: string;
}

function summary(data: FrontierChartData, locale: Locale): string {
  const { points, chosen } = data;
  const best = Math.max(...points.map((p) => p.totalScore));
  return chartSay(locale, "frontier.summary", {
    count: formatNumber(chosen.selectedCount, locale),
    cost: millions(chosen.cost, locale),
    score: formatNumber(chosen.totalScore, locale, 1),
    levels: formatNumber(points.length, locale),
    min: millions(points[0]?.budget ?? 0, locale),
    max: millions(points[points.length - 1]?.budget ?? 0, locale),
    best: formatNumber(best, locale, 1),
  });
}

function table(data: FrontierChartData, locale: Locale): ChartTable {
  const say = (key: string) => chartSay(locale, key);
  const score = (value: number, optimal: boolean) => {
    const text = formatNumber(value, locale, 1);
    return optimal ? text : chartSay(locale, "frontier.notOptimal", { score: text });
  };
  return {
    columns: ["", say("frontier.col.budget"), say("frontier.col.score"), say("frontier.col.count")],
    numeric: [1, 2, 3],
    rows: [
      ...data.points.map((p) => [
        say("frontier.series"),
        millions(p.budget, locale),
        score(p.totalScore, p.optimal),
        formatNumber(p.selectedCount, locale),
      ]),
      [
        say("frontier.chosen"),
        millions(data.chosen.cost, locale),
        formatNumber(data.chosen.totalScore, locale, 1),
        formatNumber(data.chosen.selectedCount, locale),
      ],
    ],
  };
}

/** One point: budget in millions against score, read out in the user's language. */
function point(budget: number, score: number, count: number, locale: Locale) {
  const label = `${chartSay(locale, "frontier.col.budget")}: ${millions(budget, locale)}. ${chartSay(locale, "frontier.col.score")}: ${formatNumber(score, locale, 1)}. ${chartSay(locale, "frontier.col.count")}: ${formatNumber(count, locale)}.`;
  return {
    x: budget / 1_000_000,
    y: score,
    xAxisCalloutData: millions(budget, locale),
    yAxisCalloutData: formatNumber(score, locale, 1),
    callOutAccessibilityData: { ariaLabel: label },
  };
}

function series(data: FrontierChartData, locale: Locale): ChartProps {
  return {
    chartTitle: chartSay(locale, "frontier.title"),
    lineChartData: [
      {
        legend: chartSay(locale, "frontier.series"),
        color: colour(DataVizPalette.color1),
        data: data.points.map((p) => point(p.budget, p.totalScore, p.selectedCount, locale)),
      },
      {
        legend: chartSay(locale, "frontier.chosen"),
        color: colour(DataVizPalette.warning),
        legendShape: "diamond",
        data: [point(data.chosen.cost, data.chosen.totalScore, data.chosen.selectedCount, locale)],
      },
    ],
  };
}

/** The svg's name: the title and what the axes show (the library's own would be English). */
const svgLabel = (locale: Locale): string =>
  `${chartSay(locale, "frontier.title")}. ${chartSay(locale, "aria.axes", { x: chartSay(locale, "frontier.x"), y: chartSay(locale, "frontier.y") })}`;

/** The frontier chart in its frame. */
export function FrontierChart({ data, locale, height, note }: FrontierChartProps) {
  const styles = useChartStyles();
  return (
    <ChartFrame
      chartId="frontier"
      title={chartSay(locale, "frontier.title")}
      summary={note ? [note, summary(data, locale)] : [summary(data, locale)]}
      table={table(data, locale)}
      locale={locale}
      height={height}
      render={(size) => (
        <LineChart
          data={series(data, locale)}
          {...size}
          svgProps={{ "aria-label": svgLabel(locale) }}
          legendsOverflowText={chartSay(locale, "legend.more")}
          culture={chartCulture(locale)}
          strokeWidth={2}
          xAxisTitle={chartSay(locale, "frontier.x")}
          yAxisTitle={chartSay(locale, "frontier.y")}
          margins={{ top: 10, right: 16, bottom: 55, left: 60 }}
          tickFormat={numberTick(locale)}
          yAxisTickFormat={numberTick(locale)}
          xMinValue={0}
          yMinValue={0}
          legendProps={{ enabledWrapLines: true, styles: { text: styles.legendText } }}
        />
      )}
    />
  );
}
