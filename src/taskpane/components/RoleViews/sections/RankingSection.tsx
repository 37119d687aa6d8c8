/**
 * The procurement lead's ranking: the needs of the chosen category with score, in or out and why,
 * and when the contract is signed (RankingTable over the plan narrowed to the category), and the
 * lead's charts: the frontier (the whole plan's: one budget), the Kraljic points and the timeline of
 * the category.
 */
import { useMemo } from "react";
import { RankingTable } from "../../RankingTable";
import { usePane } from "../paneContext";
import { ChartSlot } from "../slots";
import { useLeadCategory } from "../useCategory";
import { useRoleViewStyles } from "../useRoleViewStyles.styles";

/** The ranking section. */
export function RankingSection() {
  const { locale, t, r } = usePane();
  const { plan, category, choices } = useLeadCategory();
  const styles = useRoleViewStyles();
  const chosen = useMemo(() => choices.find((c) => c.id === category), [choices, category]);
  if (!plan) return <p className={styles.note}>{r("noPlan")}</p>;
  return (
    <div className={styles.section}>
      <ChartSlot charts={["frontier", "kraljic", "timeline"]} category={chosen} />
      <RankingTable plan={plan} locale={locale} t={t} />
    </div>
  );
}
