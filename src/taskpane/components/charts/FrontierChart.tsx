/**
 * The efficient frontier: the best total score per budget level as a line, the chosen plan as a
 * marked point beside it (the procurement lead sees how far the plan is from the best it could buy).
 * The summary says why the plan lies there: its selection mode, and in rank mode the score the same
 * cost could at least buy; a flat extension beyond the unlimited optimum is named as such.
 */
import { DataVizPalette, LineChart, type ChartProps } from "@fluentui/react-charts";
import type { FrontierChartData, FrontierChartPoint } from "../../../application/charts/frontierChart";
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

/** What the plan and the solved frontier levels are. */
function planLine(data: FrontierChartData, solved: readonly FrontierChartPoint[], locale: Locale): string {
  const { chosen } = data;
  return chartSay(locale, "frontier.summary", {
    count: formatNumber(chosen.selectedCount, locale),
    cost: millions(chosen.cost, locale),
    score: formatNumber(chosen.totalScore, locale, 1),
    levels: formatNumber(solved.length, locale),
    min: millions(solved[0]?.budget ?? 0, locale),
    max: millions(solved[solved.length - 1]?.budget ?? 0, locale),
    best: formatNumber(Math.max(...solved.map((p) => p.totalScore)), locale, 1),
  });
}

/** Why the plan lies where it does: its selection mode, and in rank mode what the cost could buy. */
function modeLines(data: FrontierChartData, locale: Locale): string[] {
  const lines = [chartSay(locale, `frontier.mode.${data.mode}`)];
  if (data.mode === "rank" && data.bestAtCost !== null)
    lines.push(
      chartSay(locale, "frontier.bestAtCost", {
        cost: millions(data.chosen.cost, locale),
        best: formatNumber(data.bestAtCost, locale, 1),
        score: formatNumber(data.chosen.totalScore, locale, 1),
      }),
    );
  return lines;
}

/** The summary: the plan against the frontier, the flat extension when drawn, and why. */
function summary(data: FrontierChartData, locale: Locale): string[] {
  const solved = data.points.filter((p) => !p.derived);
  const top = solved[solved.length - 1]?.budget ?? 0;
  const plateau = solved.length < data.points.length;
  return [
    planLine(data, solved, locale),
    ...(plateau ? [chartSay(locale, "frontier.plateau", { top: millions(top, locale) })] : []),
    ...modeLines(data, locale),
  ];
}

function table(data: FrontierChartData, locale: Locale): ChartTable {
  const say = (key: string) => chartSay(locale, key);
  const score = (p: FrontierChartPoint) => {
    const text = formatNumber(p.totalScore, locale, 1);
    if (p.derived) return chartSay(locale, "frontier.derived", { score: text });
    return p.optimal ? text : chartSay(locale, "frontier.notOptimal", { score: text });
  };
  return {
    columns: ["", say("frontier.col.budget"), say("frontier.col.score"), say("frontier.col.count")],
    numeric: [1, 2, 3],
    rows: [
      ...data.points.map((p) => [
        say("frontier.series"),
        millions(p.budget, locale),
        score(p),
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
      summary={note ? [note, ...summary(data, locale)] : summary(data, locale)}
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
