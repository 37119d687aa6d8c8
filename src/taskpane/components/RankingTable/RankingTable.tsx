/**
 * The prioritisation and plan view: every ranked need with its score, whether it is in or out and
 * why (the engine's explanation in the UI language), and when its contract is signed in the
 * capacity-levelled schedule, with the days late when it misses its deadline. A long ranking is drawn
 * in steps (useIncrementalRows, as the needs list) and rows already drawn are not drawn again, so
 * the page never freezes when the ranking appears.
 */
import {
  Badge,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { memo, useMemo } from "react";
import type { PlanResult } from "../../../application/planResult";
import type { PlanRankedNeed } from "../../../application/prioritisationStage";
import type { ScheduledNeed } from "../../../domain/scheduling/scheduleTypes";
import { formatDate, formatNumber, type Locale } from "../../../i18n/locale";
import type { Translate } from "../../messages";
import { useIncrementalRows } from "../NarrowList/useIncrementalRows";
import { useRankingTableStyles } from "./useRankingTableStyles.styles";

/** Props of RankingTable. */
export interface RankingTableProps {
  readonly plan: PlanResult;
  readonly locale: Locale;
  readonly t: Translate;
}

const COLUMNS = ["rank", "need", "score", "selection", "signed", "why"] as const;
type Column = (typeof COLUMNS)[number];
type Styles = ReturnType<typeof useRankingTableStyles>;

/** The class of a column's cells (header and body alike). */
function columnClass(column: Column, styles: Styles): string {
  const extra: Readonly<Record<Column, string>> = {
    rank: styles.rank,
    need: styles.need,
    score: styles.numeric,
    selection: styles.meta,
    signed: styles.meta,
    why: styles.why,
  };
  return mergeClasses(styles.cell, extra[column]);
}

/** The ranked needs of a plan (rank > 0), in rank order; one array per plan. */
function useRanked(plan: PlanResult): readonly PlanRankedNeed[] {
  return useMemo(() => plan.prioritisation?.result?.ranking.filter((r) => r.rank > 0) ?? [], [plan]);
}

/** The ranking with selection and schedule, or why the prioritisation did not run. */
export function RankingTable({ plan, locale, t }: RankingTableProps) {
  const styles = useRankingTableStyles();
  const titles = useMemo(() => new Map(plan.needs.map((n) => [n.id, n.need?.title ?? n.id])), [plan]);
  const scheduled = useMemo(
    () => new Map<string, ScheduledNeed>(plan.schedule.scheduled.map((s) => [s.needId, s])),
    [plan],
  );
  const ranked = useRanked(plan);
  const drawn = useIncrementalRows(ranked);
  const section = plan.prioritisation;
  const result = section?.result;
  if (!result) {
    const reason = section?.configErrors.map((e) => e.message[locale]).join(" ") ?? "–";
    return <Text role="status">{t("ranking.none", { reason })}</Text>;
  }
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
      <div className={styles.container}>
        <Table noNativeElements size="extra-small" aria-label={t("ranking.label")} className={styles.table}>
          <TableHeader className={styles.header}>
            <TableRow className={styles.row}>
              {COLUMNS.map((c) => (
                <TableHeaderCell key={c} className={columnClass(c, styles)}>
                  {t(`ranking.column.${c}`)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {ranked.slice(0, drawn).map((r) => (
              <RankedRow
                key={r.needId}
                ranked={r}
                title={titles.get(r.needId)}
                scheduled={scheduled.get(r.needId)}
                locale={locale}
                t={t}
                styles={styles}
              />
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

interface RankedRowProps {
  readonly ranked: PlanRankedNeed;
  readonly title: string | undefined;
  readonly scheduled: ScheduledNeed | undefined;
  readonly locale: Locale;
  readonly t: Translate;
  readonly styles: Styles;
}

/**
 * One ranked need: rank, id and title, score, in/out and why, contract date and days late; memoised,
 * so drawing more rows does not draw the earlier ones again.
 */
const RankedRow = memo(function RankedRow({
  ranked: r,
  title,
  scheduled: s,
  locale,
  t,
  styles,
}: RankedRowProps) {
  return (
    <TableRow className={styles.row}>
      <TableCell className={columnClass("rank", styles)}>{formatNumber(r.rank, locale)}</TableCell>
      <TableCell className={columnClass("need", styles)}>
        {r.needId} {title}
      </TableCell>
      <TableCell className={columnClass("score", styles)}>{formatNumber(r.score, locale, 2)}</TableCell>
      <TableCell className={columnClass("selection", styles)}>
        <Badge appearance="tint" color={r.selected ? "success" : "subtle"}>
          {t(r.selected ? "ranking.in" : "ranking.out")}
        </Badge>{" "}
        {t(`ranking.reason.${r.reason}`)}
      </TableCell>
      <TableCell className={columnClass("signed", styles)}>
        {s ? formatDate(s.contractSigned, locale) : ""}
        {s && s.daysLate > 0 && (
          <span className={styles.late}>{t("ranking.late", { days: formatNumber(s.daysLate, locale) })}</span>
        )}
      </TableCell>
      <TableCell className={columnClass("why", styles)}>
        <details>
          <summary>{t("ranking.why")}</summary>
          <ul className={styles.whyList}>
            {r.explanation.map((line, i) => (
              <li key={i}>{line.message[locale]}</li>
            ))}
          </ul>
        </details>
      </TableCell>
    </TableRow>
  );
});
