/**
 * The procurement lead's scores: for each ranked need of the chosen category, its total score and
 * each criterion's score × weight = contribution, derived scores marked.
 */
import { useMemo } from "react";
import { formatNumber } from "../../../../i18n/locale";
import { usePane } from "../paneContext";
import { useLeadCategory } from "../useCategory";
import { useRoleViewStyles } from "../useRoleViewStyles.styles";

/** The scores section. */
export function ScoresSection() {
  const { locale, r } = usePane();
  const { plan } = useLeadCategory();
  const styles = useRoleViewStyles();
  const result = plan?.prioritisation?.result;
  const titles = useMemo(() => new Map(plan?.needs.map((n) => [n.id, n.need?.title ?? n.id])), [plan]);
  const criterionName = useMemo(
    () => new Map(result?.criteria.map((c) => [c.id, locale === "nb" ? c.nameNb : c.nameEn])),
    [result, locale],
  );
  const ranked = result?.ranking.filter((n) => n.rank > 0) ?? [];
  if (ranked.length === 0) return <p className={styles.note}>{r("scores.none")}</p>;
  return (
    <ul aria-label={r("scores.label")} className={styles.plain}>
      {ranked.map((n) => (
        <li key={n.needId}>
          <details>
            <summary>
              {r("scores.need", {
                id: n.needId,
                title: titles.get(n.needId) ?? n.needId,
                score: formatNumber(n.score, locale, 2),
              })}
            </summary>
            <ul className={styles.list}>
              {n.breakdown.map((b) => (
                <li key={b.criterionId}>
                  {r("scores.line", {
                    criterion: criterionName.get(b.criterionId) ?? b.criterionId,
                    score: formatNumber(b.score, locale),
                    weight: formatNumber(b.weight, locale, 1),
                    contribution: formatNumber(b.contribution, locale, 2),
                  })}
                  {b.derived ? ` ${r("scores.derived")}` : ""}
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
