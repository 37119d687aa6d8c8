/**
 * Messages of the rolling re-plan (rullerende plan) the CLI prints after `--progress` or
 * `--previous` with `--as-of`: what is completed, what continues and what moved. Bokmål first,
 * English second; same keys. Only need ids and dates are quoted, never a need's text.
 */
import type { ScheduleDiff } from "../domain/scheduling/rollingPlan";
import type { CompletedNeed, ScheduledNeed } from "../domain/scheduling/scheduleTypes";
import type { IsoDate } from "../domain/time/isoDate";
import { formatDate, formatNumber, translate, type Catalogue, type Locale } from "./locale";
import { PROCUREMENT_TERMS } from "./procurementTerms";

/** The rolling re-plan catalogue. */
export const ROLLING_MESSAGES: Catalogue = {
  nb: {
    ...PROCUREMENT_TERMS.nb,
    "rolling.header":
      "Rullerende plan per {asOf}: {completed} fullført, {continuing} fortsetter, {moved} flyttet.",
    "rolling.completed": "  Fullført: {needId}, ferdig {finish} (kontrakt signert {signed}).",
    "rolling.continuing": "  Fortsetter: {needId}, {phase} pågår; signering {signed}.",
    "rolling.continuingBetween":
      "  Fortsetter: {needId}, neste fase {phase} fra {start}; signering {signed}.",
    "rolling.moved": "  Flyttet: {needId}, signering {previous} → {signed} ({shift} {shift|dag|dager}).",
    "cli.asOfNeedsSource": "Oppgi --as-of sammen med --previous eller --progress, og omvendt.",
  },
  en: {
    ...PROCUREMENT_TERMS.en,
    "rolling.header":
      "Rolling plan as of {asOf}: {completed} completed, {continuing} continuing, {moved} moved.",
    "rolling.completed": "  Completed: {needId}, finished {finish} (contract signed {signed}).",
    "rolling.continuing": "  Continuing: {needId}, {phase} under way; signature {signed}.",
    "rolling.continuingBetween":
      "  Continuing: {needId}, next phase {phase} from {start}; signature {signed}.",
    "rolling.moved": "  Moved: {needId}, signature {previous} → {signed} ({shift} {shift|day|days}).",
    "cli.asOfNeedsSource": "Give --as-of together with --previous or --progress, and the other way round.",
  },
};

/** Lines saying what a rolling re-plan as of `asOf` completed, continued and moved. */
export function rollingSummary(
  schedule: {
    readonly scheduled: readonly ScheduledNeed[];
    readonly completed?: readonly CompletedNeed[];
    readonly diff?: ScheduleDiff;
  },
  asOf: IsoDate,
  locale: Locale,
): string[] {
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(ROLLING_MESSAGES, locale, key, params);
  const date = (d: IsoDate) => formatDate(d, locale);
  const completed = schedule.completed ?? [];
  const continuing = schedule.scheduled.filter((s) => s.frozen === true);
  const moved = schedule.diff?.moved ?? [];
  const lines = [
    t("rolling.header", {
      asOf: date(asOf),
      completed: completed.length,
      continuing: continuing.length,
      moved: moved.length,
    }),
  ];
  for (const c of completed) {
    lines.push(
      t("rolling.completed", { needId: c.needId, finish: date(c.finish), signed: date(c.contractSigned) }),
    );
  }
  for (const s of continuing) {
    const now = s.phases.find((p) => p.start <= asOf && asOf <= p.finish);
    const next = now ?? s.phases.find((p) => p.start > asOf);
    if (!next) continue;
    const params = { needId: s.needId, phase: t(`phase.${next.phase}`), signed: date(s.contractSigned) };
    lines.push(
      now
        ? t("rolling.continuing", params)
        : t("rolling.continuingBetween", { ...params, start: date(next.start) }),
    );
  }
  for (const m of moved) {
    lines.push(
      t("rolling.moved", {
        needId: m.needId,
        previous: date(m.previousSigned),
        signed: date(m.signed),
        shift: `${m.signedShiftDays > 0 ? "+" : ""}${formatNumber(m.signedShiftDays, locale)}`,
      }),
    );
  }
  return lines;
}
