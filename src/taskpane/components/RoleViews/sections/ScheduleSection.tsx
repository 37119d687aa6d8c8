/**
 * The planner's schedule: the schedule summary (counts, lateness, makespan, capacity use per role,
 * late needs per reason — the same lines as the CLI's `schedule`), the planner's charts (capacity,
 * timeline) and every scheduled need from start to finish, in start order.
 */
import { useMemo } from "react";
import { formatDate } from "../../../../i18n/locale";
import { scheduleSummary } from "../../../../i18n/scheduleSummary";
import { usePane } from "../paneContext";
import { ChartSlot, PendingNote } from "../slots";
import { useRoleViewStyles } from "../useRoleViewStyles.styles";

/** The schedule section. */
export function ScheduleSection() {
  const { plan, locale, r, pending } = usePane();
  const styles = useRoleViewStyles();
  const summary = useMemo(() => (plan ? scheduleSummary(plan.schedule, locale, 0) : []), [plan, locale]);
  const titles = useMemo(() => new Map(plan?.needs.map((n) => [n.id, n.need?.title ?? n.id])), [plan]);
  const byStart = useMemo(
    () => [...(plan?.schedule.scheduled ?? [])].sort((a, b) => a.start.localeCompare(b.start)),
    [plan],
  );
  if (!plan) return <p className={styles.note}>{r("noPlan")}</p>;
  // an edit's provisional plan: the previous schedule is not shown as the new one
  if (pending === "schedule") return <PendingNote what="schedule" />;
  return (
    <div className={styles.section}>
      <ul aria-label={r("schedule.summary")} className={styles.plain}>
        {summary.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <ChartSlot charts={["capacity", "timeline"]} />
      <ul aria-label={r("schedule.label")} className={styles.list}>
        {byStart.map((s) => (
          <li key={s.needId} className={s.daysLate > 0 ? styles.late : undefined}>
            {r("schedule.line", {
              id: s.needId,
              title: titles.get(s.needId) ?? s.needId,
              start: formatDate(s.start, locale),
              finish: formatDate(s.finish, locale),
              signed: formatDate(s.contractSigned, locale),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
