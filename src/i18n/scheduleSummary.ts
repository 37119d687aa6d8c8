/**
 * The schedule summary as lines of text in the user's language (CLI `schedule`, task pane).
 */
import type { ScheduleResult } from "../domain/scheduling/scheduleTypes";
import { formatDate, formatNumber, translate, type Locale } from "./locale";
import { SCHEDULING_MESSAGES } from "./schedulingMessages";

/** Summary lines of `result`: counts, lateness, makespan, utilisation and up to `lateListed` late needs. */
export function scheduleSummary(
  result: Omit<ScheduleResult, "completed"> & { readonly completed?: ScheduleResult["completed"] },
  locale: Locale,
  lateListed = 10,
): string[] {
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(SCHEDULING_MESSAGES, locale, key, params);
  const m = result.metrics;
  const lines = [
    t("summary.title", { planStart: formatDate(result.planStart, locale) }),
    t("summary.counts", { scheduled: m.scheduledCount, unscheduled: m.unscheduledCount }),
    ...((result.completed?.length ?? 0) > 0
      ? [t("summary.completed", { completed: result.completed?.length ?? 0 })]
      : []),
    t("summary.late", {
      late: m.lateCount,
      daysLate: formatNumber(m.totalDaysLate, locale),
      maxDaysLate: formatNumber(m.maxDaysLate, locale),
    }),
    t("summary.tardiness", { tardiness: formatNumber(m.weightedTardiness, locale, 1) }),
    t("summary.makespan", { makespanEnd: formatDate(m.makespanEnd, locale), makespanDays: m.makespanDays }),
  ];
  for (const role of m.utilisation.roles) {
    const load = role.load.reduce((a, b) => a + b, 0);
    const capacity = role.capacity.reduce((a, b) => a + b, 0);
    let peak = role.peakUtilisation ?? 0;
    for (const p of m.utilisation.people.filter((x) => x.role === role.role)) {
      p.load.forEach((l, k) => {
        const c = p.capacity[k] as number;
        if (c > 0) peak = Math.max(peak, l / c);
      });
    }
    lines.push(
      t("summary.utilisation", {
        role: t(`role.${role.role}`),
        average: formatNumber(capacity > 0 ? (100 * load) / capacity : 0, locale),
        peak: formatNumber(peak * 100, locale),
      }),
    );
  }
  const reasons = Object.entries(m.lateByReason).map(([code, n]) => `${t(`reason.${code}`)} ${n}`);
  if (reasons.length > 0) lines.push(t("summary.lateByReason", { reasons: reasons.join(", ") }));
  const late = result.scheduled.filter((s) => s.daysLate > 0).sort((a, b) => b.daysLate - a.daysLate);
  for (const s of late.slice(0, lateListed)) {
    lines.push(
      t("summary.lateNeed", {
        needId: s.needId,
        daysLate: s.daysLate,
        deadline: s.deadline ? formatDate(s.deadline, locale) : "",
        reason: t(`delay.${s.delayedBy ?? ""}`, { planStart: formatDate(result.planStart, locale) }),
      }),
    );
  }
  return lines;
}
