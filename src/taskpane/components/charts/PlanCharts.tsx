/**
 * The charts of a plan, shown in the role views: the annual wheel, the efficient frontier, the Kraljic
 * matrix, capacity per role and the timeline, from one pure data step (src/application/charts).
 * `only` picks charts for a role's view (coordinator: wheel; procurement lead: frontier, Kraljic;
 * planner: capacity, timeline). With the lead's `category`, the Kraljic points and the timeline are
 * the category's and the frontier says it is the whole plan's (each chart's note says which). Loaded lazily (index.ts): the chart library is not in the initial bundle.
 */
import { Text } from "@fluentui/react-components";
import { useMemo } from "react";
import {
  planChartsData,
  type PlanChartsData,
  type PlanChartsSource,
} from "../../../application/charts/planCharts";
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

/** The line that says what a chart covers, when a category is chosen (else none). */
function scopeNote(data: PlanChartsData, id: ChartId, locale: Locale): string | undefined {
  const scope = data.scope?.[id];
  if (!scope) return undefined;
  return scope.kind === "category"
    ? chartSay(locale, "scope.category", { name: scope.name })
    : chartSay(locale, `scope.plan.${id}`);
}

/** The plan's charts. */
export default function PlanCharts({
  plan,
  input,
  wheel,
  today,
  category,
  locale,
  only = CHART_IDS,
}: PlanChartsProps) {
  const styles = useChartStyles();
  const data = useMemo(
    () => planChartsData({ plan, input, wheel, today, ...(category ? { category } : {}) }),
    [plan, input, wheel, today, category],
  );
  const shows = (id: ChartId) => only.includes(id);
  const note = (id: ChartId) => scopeNote(data, id, locale);
  const noData = (id: ChartId, title: string) => (
    <section className={styles.frame} data-chart={id} aria-label={title}>
      <h3 className={styles.heading}>{title}</h3>
      {note(id) && <Text>{note(id)}</Text>}
      <Text>{chartSay(locale, "noData")}</Text>
    </section>
  );
  return (
    <div className={styles.root}>
      {shows("wheel") && (
        <WheelChart data={data.wheel} locale={locale} height={HEIGHT} note={note("wheel")} />
      )}
      {shows("frontier") &&
        (data.frontier ? (
          <FrontierChart data={data.frontier} locale={locale} height={HEIGHT} note={note("frontier")} />
        ) : (
          noData("frontier", chartSay(locale, "frontier.title"))
        ))}
      {shows("kraljic") &&
        (data.kraljic ? (
          <KraljicChart data={data.kraljic} locale={locale} height={HEIGHT} note={note("kraljic")} />
        ) : (
          noData("kraljic", chartSay(locale, "kraljic.title"))
        ))}
      {shows("capacity") &&
        (data.capacity.length > 0
          ? data.capacity.map((s) => (
              <CapacityChart
                key={s.role}
                series={s}
                locale={locale}
                height={HEIGHT}
                note={note("capacity")}
              />
            ))
          : noData("capacity", chartSay(locale, "capacity.title")))}
      {shows("timeline") &&
        (data.timeline.bars.length > 0 ? (
          <TimelineChart data={data.timeline} locale={locale} note={note("timeline")} />
        ) : (
          noData("timeline", chartSay(locale, "timeline.title"))
        ))}
    </div>
  );
}
