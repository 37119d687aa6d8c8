/**
 * The annual wheel of the plan year: today's stage, the next deadline and days left, every
 * milestone, and which units have and have not submitted in the plan shown.
 */
import { Text } from "@fluentui/react-components";
import type { WheelStatus } from "../../../domain/insight/annualWheel";
import { INSIGHT_MESSAGES } from "../../../i18n/insightMessages";
import { formatDate, formatNumber, translate, type Locale } from "../../../i18n/locale";
import { planYearPaneSay } from "../../../i18n/planYearPaneMessages";
import { unitName } from "../../unitNames";
import { usePlanYearPanelStyles } from "./usePlanYearPanelStyles.styles";

/** Props of WheelView. */
export interface WheelViewProps {
  readonly wheel: WheelStatus;
  readonly locale: Locale;
}

/** The wheel's status as a short list. */
export function WheelView({ wheel, locale }: WheelViewProps) {
  const styles = usePlanYearPanelStyles();
  const say = (key: string, params?: Readonly<Record<string, string | number>>) =>
    planYearPaneSay(locale, key, params);
  const insight = (key: string) => translate(INSIGHT_MESSAGES, locale, key);
  const units = (list: readonly string[]) =>
    list.length > 0 ? list.map(unitName).join(", ") : say("wheel.none");
  return (
    <section className={styles.section} aria-label={say("wheel.title")}>
      <h3 className={styles.heading}>{say("wheel.title")}</h3>
      <Text>
        {say("wheel.stage", { date: formatDate(wheel.asOf, locale), stage: insight(`stage.${wheel.stage}`) })}
      </Text>
      {wheel.next && (
        <Text weight="semibold">
          {say("wheel.next", {
            milestone: insight(`milestone.${wheel.next.id}`),
            date: formatDate(wheel.next.date, locale),
            days: formatNumber(wheel.next.daysLeft, locale),
          })}
        </Text>
      )}
      <ul className={styles.list}>
        {wheel.milestones.map((m) => (
          <li key={`${m.id}-${m.date}`} className={m.passed ? styles.muted : undefined}>
            {say("wheel.milestone", {
              milestone: insight(`milestone.${m.id}`),
              date: formatDate(m.date, locale),
              state: m.passed
                ? say("wheel.passed")
                : say("wheel.daysLeft", { days: formatNumber(m.daysLeft, locale) }),
            })}
          </li>
        ))}
      </ul>
      <Text>
        {say("wheel.submitted", {
          count: formatNumber(wheel.submitted.length, locale),
          units: units(wheel.submitted.map((s) => s.unit)),
        })}
      </Text>
      <Text>
        {say("wheel.notSubmitted", {
          count: formatNumber(wheel.notSubmitted.length, locale),
          units: units(wheel.notSubmitted),
        })}
      </Text>
    </section>
  );
}
