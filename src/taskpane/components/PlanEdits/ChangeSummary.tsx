/**
 * What an edit moved: the needs that came into the selection and those that went out, each with
 * the new plan's own reason line ("Tvunget inn …", "Ikke med: budsjett …"), and how many needs got
 * a new rank. A live region, so a screen reader hears it once the plan is made again.
 */
import { Text } from "@fluentui/react-components";
import type { ChangedNeed, PlanChange } from "../../../application/planYear/paneEdits";
import { formatNumber, type Locale } from "../../../i18n/locale";
import { planEditsSay } from "../../../i18n/planEditsMessages";
import { usePlanEditsStyles } from "./usePlanEditsStyles.styles";

/** Props of ChangeSummary. */
export interface ChangeSummaryProps {
  readonly change: PlanChange;
  readonly locale: Locale;
}

/** The change summary. */
export function ChangeSummary({ change, locale }: ChangeSummaryProps) {
  const styles = usePlanEditsStyles();
  const say = (key: string, params?: Record<string, string | number>) => planEditsSay(locale, key, params);
  const none = change.cameIn.length === 0 && change.wentOut.length === 0;
  return (
    <section className={styles.section} aria-labelledby="change-heading" aria-live="polite">
      <h3 id="change-heading" className={styles.heading}>
        {say("change.title")}
      </h3>
      {none && <Text>{say("change.none")}</Text>}
      {change.cameIn.length > 0 && (
        <ChangedList
          label={say("change.cameIn", { count: formatNumber(change.cameIn.length, locale) })}
          needs={change.cameIn}
          locale={locale}
        />
      )}
      {change.wentOut.length > 0 && (
        <ChangedList
          label={say("change.wentOut", { count: formatNumber(change.wentOut.length, locale) })}
          needs={change.wentOut}
          locale={locale}
        />
      )}
      <Text size={200} className={styles.muted}>
        {say("change.rankMoved", { count: formatNumber(change.rankMoved, locale) })}
      </Text>
    </section>
  );
}

/** One list of needs with the why under each. */
function ChangedList(props: { label: string; needs: readonly ChangedNeed[]; locale: Locale }) {
  const styles = usePlanEditsStyles();
  return (
    <div>
      <Text weight="semibold">{props.label}</Text>
      <ul className={styles.list} aria-label={props.label}>
        {props.needs.map((n) => (
          <li key={n.needId}>
            {planEditsSay(props.locale, "change.need", { id: n.needId, title: n.title })}
            {n.why && <div className={styles.why}>{n.why[props.locale]}</div>}
          </li>
        ))}
      </ul>
    </div>
  );
}
