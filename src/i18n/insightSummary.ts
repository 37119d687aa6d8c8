/**
 * The insight as lines of text in the user's language (CLI `insight` and `plan`): the annual
 * wheel's status, contract expiry, spend, joint procurements and the fast-track follow-up, each with
 * the numbers behind it.
 */
import type { PlanInsight } from "../domain/insight/planInsight";
import type { ContractExpiry } from "../domain/insight/contractExpiry";
import { INSIGHT_MESSAGES } from "./insightMessages";
import { formatDate, formatMoney, formatNumber, translate, type Locale } from "./locale";

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** How many items each list shows before "… and N more". */
export interface SummaryLimits {
  readonly listed: number;
}

function wheelLines(
  insight: Pick<PlanInsight, "wheel">,
  planYear: number,
  unitName: (id: string) => string,
  t: Translate,
  locale: Locale,
): string[] {
  const w = insight.wheel;
  const lines = [
    t("wheel.title", { year: planYear, asOf: formatDate(w.asOf, locale), stage: t(`stage.${w.stage}`) }),
  ];
  lines.push(
    w.next
      ? t("wheel.next", {
          milestone: t(`milestone.${w.next.id}`),
          date: formatDate(w.next.date, locale),
          days: w.next.daysLeft,
        })
      : t("wheel.noNext"),
  );
  const total = w.submitted.length + w.notSubmitted.length;
  lines.push(t("wheel.submitted", { count: w.submitted.length, total }));
  if (w.notSubmitted.length > 0)
    lines.push(t("wheel.notSubmitted", { units: w.notSubmitted.map(unitName).join(", ") }));
  const deadline = w.milestones.find((m) => m.id === "localSubmission")?.date ?? w.asOf;
  lines.push(t("wheel.late", { deadline: formatDate(deadline, locale), count: w.late.length }));
  for (const l of w.late) {
    lines.push(
      t("wheel.lateLine", {
        needId: l.needId,
        unit: unitName(l.unit),
        date: formatDate(l.receivedDate, locale),
        days: l.daysLate,
      }),
    );
  }
  if (w.withoutReceiptDate > 0) lines.push(t("wheel.noReceipt", { count: w.withoutReceiptDate }));
  lines.push(
    t("wheel.open", {
      unscored: w.open.unscoredNeeds.length,
      suggestions: w.open.openSuggestions,
      approvals: w.open.approvalsPending.length,
    }),
  );
  return lines;
}

function expiryStatus(c: ContractExpiry, t: Translate): string {
  const s = c.suggestion;
  if (!s) return t("expiry.covered", { needs: c.coveredBy.join(", ") });
  if (s.status === "dismissed") return t("expiry.dismissed", { id: s.id, reason: s.dismissReason ?? "" });
  return t(s.status === "accepted" ? "expiry.accepted" : "expiry.suggested", { id: s.id });
}

function expiryLines(insight: PlanInsight, t: Translate, locale: Locale, limits: SummaryLimits): string[] {
  const e = insight.expiry;
  const lines = [
    t("expiry.summary", {
      ...e.counts,
      horizonStart: formatDate(e.horizon.start, locale),
      horizonEnd: formatDate(e.horizon.end, locale),
      value: formatMoney(e.suggestedValue, locale, 0),
    }),
  ];
  for (const c of e.contracts.slice(0, limits.listed)) {
    lines.push(
      t("expiry.line", {
        contractId: c.contractId,
        supplier: c.supplier,
        finalExpiry: formatDate(c.finalExpiry, locale),
        procedure: t(`procedure.${c.procedure}`),
        latestStart: formatDate(c.latestStart, locale),
        status: expiryStatus(c, t),
      }),
    );
  }
  if (e.contracts.length > limits.listed)
    lines.push(t("more", { count: e.contracts.length - limits.listed }));
  return lines;
}

function spendLines(insight: PlanInsight, t: Translate, locale: Locale, limits: SummaryLimits): string[] {
  const s = insight.spend;
  const money = (v: number) => formatMoney(v, locale, 0);
  const lines = [
    t("spend.summary", {
      years: s.years.length > 0 ? `${s.years[0]}–${s.years[s.years.length - 1]}` : "–",
      total: money(s.total),
      offContract: money(s.offContractTotal),
      share: formatNumber(s.total > 0 ? (100 * s.offContractTotal) / s.total : 0, locale, 1),
    }),
  ];
  for (const top of s.topSuppliers) {
    const suppliers = top.suppliers
      .slice(0, 3)
      .map((x) => `${x.supplier} ${formatNumber(x.share * 100, locale, 1)} %`);
    lines.push(t("spend.top", { category: top.category, suppliers: suppliers.join(", ") }));
  }
  lines.push(t("spend.suggestions", { count: s.suggestions.length }));
  for (const c of s.suggestions.slice(0, limits.listed)) {
    lines.push(
      t("spend.suggestion", {
        id: c.id,
        total: money(c.total),
        years: c.byYear.length,
        value: money(c.estimatedFrameworkValue),
        threshold: money(c.threshold),
        suppliers: c.suppliers.length,
        units: c.units.length,
      }),
    );
  }
  if (s.suggestions.length > limits.listed)
    lines.push(t("more", { count: s.suggestions.length - limits.listed }));
  return lines;
}

function jointLines(insight: PlanInsight, t: Translate, locale: Locale, limits: SummaryLimits): string[] {
  const count = (kind: string) => insight.joint.filter((p) => p.kind === kind).length;
  const lines = [
    t("joint.summary", {
      similar: count("similar"),
      nordic: count("nordic"),
      armedForces: count("armed-forces"),
    }),
  ];
  for (const p of insight.joint.slice(0, limits.listed)) {
    lines.push(
      t("joint.line", {
        id: p.id,
        kind: t(`joint.kind.${p.kind}`),
        needs: p.needIds.join(", "),
        reach: p.reach,
        value: formatMoney(p.totalValue, locale, 0),
      }),
    );
  }
  if (insight.joint.length > limits.listed)
    lines.push(t("more", { count: insight.joint.length - limits.listed }));
  return lines;
}

function fastTrackLines(
  insight: PlanInsight,
  unitName: (id: string) => string,
  t: Translate,
  locale: Locale,
  limits: SummaryLimits,
): string[] {
  const f = insight.fastTrack;
  const count = (status: string) => f.items.filter((i) => i.status === status).length;
  const lines = [
    t("fastTrack.summary", {
      days: f.slaDays,
      count: f.items.length,
      delivered: f.delivered,
      inTime: f.deliveredInTime,
      share:
        f.shareInTime === null ? t("fastTrack.noShare") : `${formatNumber(f.shareInTime * 100, locale, 1)} %`,
      plannedLate: count("planned-late"),
      unscheduled: count("not-scheduled"),
    }),
  ];
  for (const i of f.items.slice(0, limits.listed)) {
    lines.push(
      t("fastTrack.line", {
        needId: i.needId,
        unit: unitName(i.unit),
        received: i.receivedDate ? formatDate(i.receivedDate, locale) : t("fastTrack.unknown"),
        deadline: formatDate(i.slaDeadline, locale),
        signed: i.signed ? formatDate(i.signed, locale) : "–",
        status: t(`fastTrack.status.${i.status}`),
      }),
    );
  }
  if (f.items.length > limits.listed) lines.push(t("more", { count: f.items.length - limits.listed }));
  return lines;
}

/** The annual wheel's status alone (`year status`); `unitName` turns a unit id into its name. */
export function wheelSummary(
  wheel: PlanInsight["wheel"],
  planYear: number,
  unitName: (id: string) => string,
  locale: Locale,
): string[] {
  const t: Translate = (key, params) => translate(INSIGHT_MESSAGES, locale, key, params);
  return wheelLines({ wheel }, planYear, unitName, t, locale);
}

/** Summary lines of the insight; `unitName` turns a unit id into its name. */
export function insightSummary(
  insight: PlanInsight,
  planYear: number,
  unitName: (id: string) => string,
  locale: Locale,
  limits: SummaryLimits = { listed: 10 },
): string[] {
  const t: Translate = (key, params) => translate(INSIGHT_MESSAGES, locale, key, params);
  return [
    ...wheelLines(insight, planYear, unitName, t, locale),
    "",
    ...expiryLines(insight, t, locale, limits),
    "",
    ...spendLines(insight, t, locale, limits),
    "",
    ...jointLines(insight, t, locale, limits),
    "",
    ...fastTrackLines(insight, unitName, t, locale, limits),
  ];
}
