/**
 * The prioritisation and plan view: every ranked need with its score, whether it is in or out and
 * why (the engine's explanation in the UI language), and when its contract is signed in the
 * capacity-levelled schedule, with the days late when it misses its deadline.
 */
import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { PlanResult } from "../../../application/planResult";
import type { ScheduledNeed } from "../../../domain/scheduling/scheduleTypes";
import { formatDate, formatNumber, type Locale } from "../../../i18n/locale";
import type { Translate } from "../../messages";
import { useRankingTableStyles } from "./useRankingTableStyles.styles";

/** Props of RankingTable. */
export interface RankingTableProps {
  readonly plan: PlanResult;
  readonly locale: Locale;
  readonly t: Translate;
}

const COLUMNS = ["rank", "need", "score", "selection", "signed"] as const;

/** The ranking with selection and schedule, or why the prioritisation did not run. */
export function RankingTable({ plan, locale, t }: RankingTableProps) {
  const styles = useRankingTableStyles();
  const titles = useMemo(() => new Map(plan.needs.map((n) => [n.id, n.need?.title ?? n.id])), [plan]);
  const scheduled = useMemo(
    () => new Map<string, ScheduledNeed>(plan.schedule.scheduled.map((s) => [s.needId, s])),
    [plan],
  );
  const section = plan.prioritisation;
  const result = section?.result;
  if (!result) {
    const reason = section?.configErrors.map((e) => e.message[locale]).join(" ") ?? "–";
    return <Text role="status">{t("ranking.none", { reason })}</Text>;
  }
  const ranked = result.ranking.filter((r) => r.rank > 0);
  const { metrics } = plan.schedule;
  return (
    <>
      <Text role="status" size={200} className={styles.summary}>
        {t("ranking.summary", {
          selected: formatNumber(result.selection.selectedCount, locale),
          ranked: formatNumber(ranked.length, locale),
          total: formatNumber(result.selection.totalScore, locale, 1),
          status: t(
            ["optimal", "rank-order"].includes(result.selection.status)
              ? `ranking.status.${result.selection.status}`
              : "ranking.status.other",
          ),
          late: formatNumber(metrics.lateCount, locale),
          scheduled: formatNumber(metrics.scheduledCount, locale),
        })}
      </Text>
      <div className={styles.scroller}>
        <Table size="extra-small" aria-label={t("ranking.label")} className={styles.table}>
          <TableHeader>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableHeaderCell
                  key={c}
                  className={c === "rank" || c === "score" ? styles.numeric : styles.noWrap}
                >
                  {t(`ranking.column.${c}`)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {ranked.map((r) => {
              const s = scheduled.get(r.needId);
              return (
                <TableRow key={r.needId}>
                  <TableCell className={styles.numeric}>{formatNumber(r.rank, locale)}</TableCell>
                  <TableCell className={styles.need}>
                    <div>
                      {r.needId} {titles.get(r.needId)}
                    </div>
                    <details className={styles.why}>
                      <summary>{t("ranking.why")}</summary>
                      <ul className={styles.whyList}>
                        {r.explanation.map((line, i) => (
                          <li key={i}>{line.message[locale]}</li>
                        ))}
                      </ul>
                    </details>
                  </TableCell>
                  <TableCell className={styles.numeric}>{formatNumber(r.score, locale, 2)}</TableCell>
                  <TableCell className={styles.noWrap}>
                    <Badge appearance="tint" color={r.selected ? "success" : "subtle"}>
                      {t(r.selected ? "ranking.in" : "ranking.out")}
                    </Badge>{" "}
                    {t(`ranking.reason.${r.reason}`)}
                  </TableCell>
                  <TableCell className={styles.noWrap}>
                    {s ? formatDate(s.contractSigned, locale) : "–"}
                    {s && s.daysLate > 0 && (
                      <div className={styles.late}>
                        {t("ranking.late", { days: formatNumber(s.daysLate, locale) })}
                      </div>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
