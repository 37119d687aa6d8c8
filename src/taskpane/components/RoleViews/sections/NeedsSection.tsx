/**
 * The needs as submitted (coordinator): the intake counts, the status filter and search, and the
 * needs table with every rejected need's errors, so the coordinator sees whom to call. The needs
 * show as soon as the intake has run, while the ranking, selection and schedule still compute.
 */
import { Text } from "@fluentui/react-components";
import { useDeferredValue, useMemo, useState } from "react";
import { formatNumber } from "../../../../i18n/locale";
import { filterNeeds, type NeedsQuery } from "../../../needsFilter";
import { NeedsTable } from "../../NeedsTable";
import { NeedsToolbar } from "../../NeedsToolbar";
import { PlanCounts } from "../../PlanCounts";
import { usePane } from "../paneContext";
import { useRoleViewStyles } from "../useRoleViewStyles.styles";

/** The needs section. */
export function NeedsSection() {
  const { needs, locale, t } = usePane();
  const styles = useRoleViewStyles();
  const [query, setQuery] = useState<NeedsQuery>({ status: "all", text: "" });
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(
    () => (needs ? filterNeeds(needs.needs, deferredQuery, locale) : []),
    [needs, deferredQuery, locale],
  );
  // The same element while only the computation's phase changes: the long list is not drawn again.
  const list = useMemo(
    () =>
      shown.length > 0 ? (
        <NeedsTable entries={shown} locale={locale} t={t} />
      ) : (
        <Text className={styles.empty}>{t("empty")}</Text>
      ),
    [shown, locale, t, styles.empty],
  );
  if (!needs) return null;
  return (
    <div className={styles.section}>
      <PlanCounts counts={needs.counts} locale={locale} t={t} />
      <NeedsToolbar query={query} counts={needs.counts} locale={locale} onChange={setQuery} t={t} />
      <Text role="status" size={200} className={styles.shown}>
        {t("shown", {
          shown: formatNumber(shown.length, locale),
          total: formatNumber(needs.counts.received, locale),
        })}
      </Text>
      {list}
    </div>
  );
}
