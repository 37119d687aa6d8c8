/**
 * The efficient frontier: the best total score per budget level as a line, the chosen plan as a
 * marked point beside it (the procurement lead sees how far the plan is from the best it could buy).
 */
import { DataVizPalette, LineChart, type ChartProps } from "@fluentui/react-charts";
import type { FrontierChartData } from "../../../application/charts/frontierChart";
import { chartSay } from "../../../i18n/chartMessages";
import { formatNumber, type Locale } from "../../../i18n/locale";
import { ChartFrame, type ChartTable } from "./ChartFrame";
import { chartCulture, millions, numberTick } from "./chartFormat";

/** Props of FrontierChart. */
export interface FrontierChartProps {
  readonly data: FrontierChartData;
  readonly locale: Locale;
  readonly height: number;
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

function series(data: FrontierChartData, locale: Locale): ChartProps {
  return {
    chartTitle: chartSay(locale, "frontier.title"),
    lineChartData: [
      {
        legend: chartSay(locale, "frontier.series"),
        color: DataVizPalette.color1,
        data: data.points.map((p) => ({ x: p.budget / 1_000_000, y: p.totalScore })),
      },
      {
        legend: chartSay(locale, "frontier.chosen"),
        color: DataVizPalette.warning,
        legendShape: "diamond",
        data: [{ x: data.chosen.cost / 1_000_000, y: data.chosen.totalScore }],
        lineOptions: { mode: "markers" },
      },
    ],
  };
}

/** The frontier chart in its frame. */
export function FrontierChart({ data, locale, height }: FrontierChartProps) {
  return (
    <ChartFrame
      chartId="frontier"
      title={chartSay(locale, "frontier.title")}
      summary={[summary(data, locale)]}
      table={table(data, locale)}
      locale={locale}
    >
      <LineChart
        data={series(data, locale)}
        height={height}
        culture={chartCulture(locale)}
        xAxisTitle={chartSay(locale, "frontier.x")}
        yAxisTitle={chartSay(locale, "frontier.y")}
        margins={{ top: 10, right: 16, bottom: 55, left: 60 }}
        tickFormat={numberTick(locale)}
        yAxisTickFormat={numberTick(locale)}
        xMinValue={0}
        yMinValue={0}
        allowMultipleShapesForPoints
        enabledLegendsWrapLines
      />
    </ChartFrame>
  );
}
