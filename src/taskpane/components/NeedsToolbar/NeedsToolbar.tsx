/**
 * Filter bar of the needs list: status tabs (all / accepted / rejected, with counts) and a search box.
 */
import { SearchBox, Tab, TabList } from "@fluentui/react-components";
import type { PlanCounts } from "../../../application/planResult";
import { formatNumber, type Locale } from "../../../i18n/locale";
import { STATUS_FILTERS, type NeedsQuery, type StatusFilter } from "../../needsFilter";
import type { Translate } from "../../messages";
import { useNeedsToolbarStyles } from "./useNeedsToolbarStyles.styles";

/** Props of NeedsToolbar. */
export interface NeedsToolbarProps {
  readonly query: NeedsQuery;
  readonly counts: PlanCounts;
  readonly locale: Locale;
  readonly onChange: (query: NeedsQuery) => void;
  readonly t: Translate;
}

const countFor: Record<StatusFilter, "received" | "accepted" | "rejected"> = {
  all: "received",
  accepted: "accepted",
  rejected: "rejected",
};

function isStatusFilter(value: unknown): value is StatusFilter {
  return (STATUS_FILTERS as readonly unknown[]).includes(value);
}

/** Status tabs and free-text search; reports every change through `onChange`. */
export function NeedsToolbar({ query, counts, locale, onChange, t }: NeedsToolbarProps) {
  const styles = useNeedsToolbarStyles();
  return (
    <div className={styles.root}>
      <TabList
        size="small"
        aria-label={t("filter.label")}
        selectedValue={query.status}
        onTabSelect={(_event, data) => {
          if (isStatusFilter(data.value)) onChange({ ...query, status: data.value });
        }}
      >
        {STATUS_FILTERS.map((status) => (
          <Tab key={status} value={status}>
            {t(`filter.${status}`, { count: formatNumber(counts[countFor[status]], locale) })}
          </Tab>
        ))}
      </TabList>
      <SearchBox
        className={styles.search}
        size="small"
        aria-label={t("search.label")}
        placeholder={t("search.placeholder")}
        value={query.text}
        onChange={(_event, data) => onChange({ ...query, text: data.value })}
      />
    </div>
  );
}
