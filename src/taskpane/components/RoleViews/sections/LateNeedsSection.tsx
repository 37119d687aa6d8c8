/**
 * The planner's late needs and why: every need whose contract is signed after its deadline, most
 * days late first, with the deadline and the constraint that delayed it in the user's language.
 */
import { useMemo } from "react";
import { formatDate, formatNumber, translate } from "../../../../i18n/locale";
import { SCHEDULING_MESSAGES } from "../../../../i18n/schedulingMessages";
import { usePane } from "../paneContext";
import { PendingNote } from "../slots";
import { useRoleViewStyles } from "../useRoleViewStyles.styles";

/** The late needs section. */
export function LateNeedsSection() {
  const { plan, locale, r, pending } = usePane();
  const styles = useRoleViewStyles();
  const titles = useMemo(() => new Map(plan?.needs.map((n) => [n.id, n.need?.title ?? n.id])), [plan]);
  const late = useMemo(
    () =>
      (plan?.schedule.scheduled ?? []).filter((s) => s.daysLate > 0).sort((a, b) => b.daysLate - a.daysLate),
    [plan],
  );
  if (!plan) return <p className={styles.note}>{r("noPlan")}</p>;
  // an edit's provisional plan: the previous schedule is not shown as the new one
  if (pending === "schedule") return <PendingNote what="schedule" />;
  if (late.length === 0) return <p>{r("late.none")}</p>;
  const planStart = formatDate(plan.schedule.planStart, locale);
  return (
    <ul aria-label={r("late.label")} className={styles.plain}>
      {late.map((s) => (
        <li key={s.needId}>
          <div className={styles.late}>
            {r("late.line", {
              id: s.needId,
              title: titles.get(s.needId) ?? s.needId,
              days: formatNumber(s.daysLate, locale),
              deadline: s.deadline ? formatDate(s.deadline, locale) : r("late.deadlineUnknown"),
            })}
          </div>
          <div>{translate(SCHEDULING_MESSAGES, locale, `delay.${s.delayedBy ?? ""}`, { planStart })}</div>
        </li>
      ))}
    </ul>
  );
}
