/**
 * The Kraljic matrix: one point per category (or subcategory) by total value and mean supply
 * risk, coloured by quadrant; the summary names the lines that split the quadrants.
 */
import { DataVizPalette, ScatterChart, type ChartProps } from "@fluentui/react-charts";
import type { KraljicChartData } from "../../../application/charts/kraljicChart";
import type { KraljicQuadrant } from "../../../domain/prioritisation/kraljic";
import { chartSay } from "../../../i18n/chartMessages";
import { formatNumber, type Locale } from "../../../i18n/locale";
import { useChartStyles } from "./useChartStyles.styles";
import { ChartFrame, type ChartTable } from "./ChartFrame";
import { chartCulture, colour, millions, numberTick } from "./chartFormat";

/** Props of KraljicChart. */
export interface KraljicChartProps {
  readonly data: KraljicChartData;
  readonly locale: Locale;
  readonly height: number;
  /** What the chart covers (whole plan or the chosen category), shown before its summary. */
  readonly note?: string;
}

const COLOURS: Readonly<Record<KraljicQuadrant, string>> = {
  strategic: colour(DataVizPalette.color1),
  bottleneck: colour(DataVizPalette.color5),
  leverage: colour(DataVizPalette.color3),
  "non-critical": colour(DataVizPalette.color2),
};

const quadrantName = (q: KraljicQuadrant, locale: Locale) => chartSay(locale, `kraljic.quadrant.${q}`);

function summary(data: KraljicChartData, locale: Locale): string {
  const count = (q: KraljicQuadrant) =>
    formatNumber(data.quadrants.find((x) => x.quadrant === q)?.points.length ?? 0, locale);
  return chartSay(locale, "kraljic.summary", {
    count: formatNumber(
      data.quadrants.reduce((s, q) => s + q.points.length, 0),
      locale,
    ),
    strategic: count("strategic"),
    bottleneck: count("bottleneck"),
    leverage: count("leverage"),
    nonCritical: count("non-critical"),
    risk: formatNumber(data.riskMidpoint, locale, 1),
    median: millions(data.impactMedian, locale),
  });
}

function table(data: KraljicChartData, locale: Locale): ChartTable {
  const say = (key: string) => chartSay(locale, key);
  return {
    columns: [
      say("kraljic.col.category"),
      say("kraljic.col.quadrant"),
      say("kraljic.col.risk"),
      say("kraljic.col.value"),
      say("kraljic.col.needs"),
    ],
    numeric: [2, 3, 4],
    rows: data.quadrants.flatMap((q) =>
      q.points.map((p) => [
        p.label,
        quadrantName(q.quadrant, locale),
        formatNumber(p.supplyRisk, locale, 2),
        millions(p.profitImpact, locale),
        formatNumber(p.needCount, locale),
      ]),
    ),
  };
}

function series(data: KraljicChartData, locale: Locale): ChartProps {
  return {
    chartTitle: chartSay(locale, "kraljic.title"),
    scatterChartData: data.quadrants
      .filter((q) => q.points.length > 0)
      .map((q) => ({
        legend: quadrantName(q.quadrant, locale),
        color: COLOURS[q.quadrant],
        data: q.points.map((p) => ({
          x: p.profitImpact / 1_000_000,
          y: p.supplyRisk,
          xAxisCalloutData: p.label,
          yAxisCalloutData: formatNumber(p.supplyRisk, locale, 2),
          callOutAccessibilityData: {
            ariaLabel: `${p.label}. ${quadrantName(q.quadrant, locale)}. ${chartSay(locale, "kraljic.col.risk")}: ${formatNumber(p.supplyRisk, locale, 2)}. ${chartSay(locale, "kraljic.col.value")}: ${millions(p.profitImpact, locale)}.`,
          },
        })),
      })),
  };
}

/** The svg's name: the title and what the axes show (the library's own would be English). */
const svgLabel = (locale: Locale): string =>
  `${chartSay(locale, "kraljic.title")}. ${chartSay(locale, "aria.axes", { x: chartSay(locale, "kraljic.x"), y: chartSay(locale, "kraljic.y") })}`;

/** The Kraljic chart in its frame. */
export function KraljicChart({ data, locale, height, note }: KraljicChartProps) {
  const styles = useChartStyles();
  return (
    <ChartFrame
      chartId="kraljic"
      title={chartSay(locale, "kraljic.title")}
      summary={note ? [note, summary(data, locale)] : [summary(data, locale)]}
      table={table(data, locale)}
      locale={locale}
      height={height}
      render={(size) => (
        <ScatterChart
          data={series(data, locale)}
          {...size}
          svgProps={{ "aria-label": svgLabel(locale) }}
          legendsOverflowText={chartSay(locale, "legend.more")}
          culture={chartCulture(locale)}
          xAxisTitle={chartSay(locale, "kraljic.x")}
          yAxisTitle={chartSay(locale, "kraljic.y")}
          margins={{ top: 10, right: 16, bottom: 55, left: 60 }}
          tickFormat={numberTick(locale)}
          yAxisTickFormat={numberTick(locale)}
          xMinValue={0}
          yMinValue={1}
          yMaxValue={5}
          legendProps={{ enabledWrapLines: true, styles: { text: styles.legendText } }}
        />
      )}
    />
  );
}
