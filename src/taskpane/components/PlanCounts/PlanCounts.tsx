/**
 * The intake counts: received, accepted and rejected (received = accepted + rejected).
 */
import { mergeClasses } from "@fluentui/react-components";
import type { PlanCounts as Counts } from "../../../application/planResult";
import { formatNumber, type Locale } from "../../../i18n/locale";
import type { Translate } from "../../messages";
import { usePlanCountsStyles } from "./usePlanCountsStyles.styles";

/** Props of PlanCounts. */
export interface PlanCountsProps {
  readonly counts: Counts;
  readonly locale: Locale;
  readonly t: Translate;
}

/** Three counts as a labelled description list. */
export function PlanCounts({ counts, locale, t }: PlanCountsProps) {
  const styles = usePlanCountsStyles();
  const items = [
    ["counts.received", counts.received, styles.received],
    ["counts.accepted", counts.accepted, styles.accepted],
    ["counts.rejected", counts.rejected, styles.rejected],
  ] as const;
  return (
    <section aria-label={t("counts.label")}>
      <dl className={styles.list}>
        {items.map(([key, value, accent]) => (
          <div key={key} className={styles.item}>
            <dt className={styles.term}>{t(key)}</dt>
            <dd className={mergeClasses(styles.value, accent)}>{formatNumber(value, locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
