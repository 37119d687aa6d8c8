/**
 * The charts of a plan, shown in the role views: the annual wheel, the efficient frontier, the Kraljic
 * matrix, capacity per role and the timeline, from one pure data step (src/application/charts).
 * `only` picks charts for a role's view (coordinator: wheel; procurement lead: frontier, Kraljic;
 * planner: capacity, timeline). Loaded lazily (index.ts): the chart library is not in the initial bundle.
 */
import { Text } from "@fluentui/react-components";
import { useMemo } from "react";
import { planChartsData, type PlanChartsSource } from "../../../application/charts/planCharts";
import { chartSay } from "../../../i18n/chartMessages";
import type { Locale } from "../../../i18n/locale";
import { CapacityChart } from "./CapacityChart";
import { FrontierChart } from "./FrontierChart";
import { KraljicChart } from "./KraljicChart";
import { TimelineChart } from "./TimelineChart";
import { useChartStyles } from "./useChartStyles.styles";
import { WheelChart } from "./WheelChart";

/** The charts there are. */
export const CHART_IDS = ["wheel", "frontier", "kraljic", "capacity", "timeline"] as const;
/** One chart. */
export type ChartId = (typeof CHART_IDS)[number];

/** Props of PlanCharts. */
export interface PlanChartsProps extends PlanChartsSource {
  readonly locale: Locale;
  /** The charts to show, in CHART_IDS order (default: all). */
  readonly only?: readonly ChartId[];
}

/** Height of the square-ish charts, in pixels (readable at 350 px wide). */
const HEIGHT = 240;

/** The plan's charts. */
export default function PlanCharts({ plan, input, wheel, today, locale, only = CHART_IDS }: PlanChartsProps) {
  const styles = useChartStyles();
  const data = useMemo(() => planChartsData({ plan, input, wheel, today }), [plan, input, wheel, today]);
  const shows = (id: ChartId) => only.includes(id);
  const noData = (id: string, title: string) => (
    <section className={styles.frame} data-chart={id} aria-label={title}>
      <h3 className={styles.heading}>{title}</h3>
      <Text>{chartSay(locale, "noData")}</Text>
    </section>
  );
  return (
    <div className={styles.root}>
      {shows("wheel") && <WheelChart data={data.wheel} locale={locale} height={HEIGHT} />}
      {shows("frontier") &&
        (data.frontier ? (
          <FrontierChart data={data.frontier} locale={locale} height={HEIGHT} />
        ) : (
          noData("frontier", chartSay(locale, "frontier.title"))
        ))}
      {shows("kraljic") &&
        (data.kraljic ? (
          <KraljicChart data={data.kraljic} locale={locale} height={HEIGHT} />
        ) : (
          noData("kraljic", chartSay(locale, "kraljic.title"))
        ))}
      {shows("capacity") &&
        (data.capacity.length > 0
          ? data.capacity.map((s) => (
              <CapacityChart key={s.role} series={s} locale={locale} height={HEIGHT} />
            ))
          : noData("capacity", chartSay(locale, "capacity.title")))}
      {shows("timeline") && <TimelineChart data={data.timeline} locale={locale} />}
    </div>
  );
}
